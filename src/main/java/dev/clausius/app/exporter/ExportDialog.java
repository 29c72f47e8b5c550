package dev.clausius.app.exporter;

import dev.clausius.export.ExportFormat;
import dev.clausius.export.ExportNames;
import dev.clausius.export.FigureSize;
import dev.clausius.export.JournalStyle;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The export dialog: which panels, which formats, which printed size, where. It only asks; the
 * files are drawn and written off the FX thread by {@link FigureExporter}.
 */
public final class ExportDialog {
    /** The styles as the dialog names them: the explorer's look, or a journal's figure specification. */
    private static final Map<JournalStyle, String> STYLE_NAMES = Map.of(
            JournalStyle.DEFAULT, "Explorer's look",
            JournalStyle.APS, "APS (Physical Review): serif, 8 pt",
            JournalStyle.IEEE, "IEEE: serif, 8 pt",
            JournalStyle.NATURE, "Nature: sans, 7 pt");

    private final Dialog<ExportRequest> dialog = new Dialog<>();
    private final ChoiceBox<String> scope = new ChoiceBox<>();
    private final Map<ExportFormat, CheckBox> formats = new java.util.EnumMap<>(ExportFormat.class);
    private final ChoiceBox<JournalStyle> style = new ChoiceBox<>();
    private final ChoiceBox<JournalStyle.Column> width = new ChoiceBox<>();
    private final ChoiceBox<Integer> dpi = new ChoiceBox<>();
    private final CheckBox caption = new CheckBox("Caption line with the preset's key parameters");
    private final TextField directory = new TextField();
    private final Label problem = new Label();

    ExportDialog(Window owner, String panelTitle, String panelName, String stem, Path startDirectory) {
        this(owner, panelTitle, panelName, stem, ExportNames.pattern(stem), startDirectory);
    }

    /**
     * The dialog for a panel ({@code panelTitle} not null: current or all panels, caption), or for
     * one figure that is not a panel (a sweep's: formats, width, dpi and directory only).
     */
    ExportDialog(Window owner, String panelTitle, String panelName, String stem, String filesPattern,
                 Path startDirectory) {
        dialog.initOwner(owner);
        dialog.setTitle("Clausius - export");
        dialog.setHeaderText("Export figures and data");
        dialog.getDialogPane().setId("exportDialog");
        scope.getItems().addAll("Current panel (" + panelTitle + ")", "All panels");
        if (panelTitle == null) {
            dialog.setHeaderText("Export the figure and its data");
        }
        scope.getSelectionModel().selectFirst();
        scope.setId("exportScope");
        scope.setAccessibleText("Export the current panel or all panels");
        HBox formatRow = new HBox(10);
        for (ExportFormat format : ExportFormat.values()) {
            CheckBox box = new CheckBox(format.name());
            box.setId("export" + format.name());
            box.setAccessibleText(switch (format) {
                case PNG -> "PNG image at the chosen resolution";
                case SVG -> "SVG vector figure";
                case PDF -> "PDF vector figure";
                case CSV -> panelTitle == null ? "CSV of the figure's data" : "CSV of the panel's series, every frame";
            });
            box.setSelected(format != ExportFormat.CSV);
            formats.put(format, box);
            formatRow.getChildren().add(box);
        }
        style.getItems().addAll(JournalStyle.values());
        style.setConverter(new StringConverter<>() {
            @Override
            public String toString(JournalStyle s) {
                return s == null ? "" : STYLE_NAMES.get(s);
            }

            @Override
            public JournalStyle fromString(String text) {
                return null;
            }
        });
        style.setId("exportStyle");
        style.setAccessibleText("Figure style: the explorer's look or a journal's width, font and line widths");
        width.getItems().addAll(JournalStyle.Column.values());
        width.setConverter(new StringConverter<>() {
            @Override
            public String toString(JournalStyle.Column column) {
                return column == null ? "" : widthName(style.getValue(), column);
            }

            @Override
            public JournalStyle.Column fromString(String text) {
                return null;
            }
        });
        width.setId("exportWidth");
        width.setAccessibleText("Printed width of each figure: a column or the page");
        dpi.getItems().addAll(150, 300, 600);
        // a journal's style brings its column widths and its resolution for line art
        style.valueProperty().addListener((o, old, chosen) -> {
            JournalStyle.Column column = width.getValue();
            width.getItems().setAll(JournalStyle.Column.values()); // relabels the widths
            width.setValue(column == null ? JournalStyle.Column.SINGLE : column);
            dpi.setValue(chosen.dpi());
        });
        style.setValue(JournalStyle.DEFAULT);
        dpi.setId("exportDpi");
        dpi.setAccessibleText("PNG resolution in dots per inch");
        caption.setId("exportCaption");
        caption.setAccessibleText("Add a caption line with the preset's key parameters");
        directory.setText(startDirectory.toString());
        directory.setId("exportDirectory");
        directory.setAccessibleText("Directory the files are written to");
        Button choose = new Button("Choose...");
        choose.setAccessibleText("Choose the export directory");
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            File current = new File(directory.getText());
            if (current.isDirectory()) {
                chooser.setInitialDirectory(current);
            }
            File picked = chooser.showDialog(dialog.getDialogPane().getScene().getWindow());
            if (picked != null) {
                directory.setText(picked.toString());
            }
        });
        HBox.setHgrow(directory, Priority.ALWAYS);
        problem.setId("exportProblem");
        problem.getStyleClass().add("validation-message");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        if (panelTitle != null) {
            grid.addRow(0, new Label("Panels"), scope);
            grid.add(caption, 1, 5);
        }
        grid.addRow(1, new Label("Formats"), formatRow);
        grid.addRow(2, new Label("Style"), style);
        grid.addRow(3, new Label("Width"), width);
        grid.addRow(4, new Label("PNG dpi"), dpi);
        grid.addRow(6, new Label("Directory"), new HBox(6, directory, choose));
        grid.add(new Label("Files are named " + filesPattern), 1, 7);
        grid.add(problem, 1, 8);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText("Export");
        ok.setId("exportOk");
        // nothing ticked or no directory: say so in the dialog rather than close it on a useless request
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            String reason = reasonNotReady();
            problem.setText(reason == null ? "" : reason);
            if (reason != null) {
                event.consume();
            }
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? request(panelName, stem) : null);
    }

    private String reasonNotReady() {
        if (formats.values().stream().noneMatch(CheckBox::isSelected)) {
            return "Tick at least one format.";
        }
        if (directory.getText().isBlank()) {
            return "Choose a directory.";
        }
        return null;
    }

    private ExportRequest request(String panelName, String stem) {
        Set<ExportFormat> chosen = EnumSet.noneOf(ExportFormat.class);
        formats.forEach((format, box) -> {
            if (box.isSelected()) {
                chosen.add(format);
            }
        });
        double inches = style.getValue().widthInches(width.getValue());
        return new ExportRequest(Path.of(directory.getText().strip()), stem,
                scope.getSelectionModel().getSelectedIndex() == 1, panelName, chosen,
                FigureSize.ofWidth(inches, dpi.getValue()), caption.isSelected(), style.getValue());
    }

    /** "Column, 3.4 in", "Page, 183 mm": Nature gives its widths in millimetres, the others in inches. */
    private static String widthName(JournalStyle journal, JournalStyle.Column column) {
        double inches = (journal == null ? JournalStyle.DEFAULT : journal).widthInches(column);
        String size = journal == JournalStyle.NATURE
                ? String.format(Locale.ROOT, "%.0f mm", inches * 25.4)
                : String.format(Locale.ROOT, "%.4g in", inches).replaceAll("\\.?0+ in$", " in");
        return (column == JournalStyle.Column.SINGLE ? "Column, " : "Page, ") + size;
    }

    /** Shows the dialog without blocking; {@code chosen} runs on the FX thread if the user exports. */
    void show(Consumer<ExportRequest> chosen) {
        dialog.setOnHidden(e -> {
            ExportRequest request = dialog.getResult();
            if (request != null) {
                chosen.accept(request);
            }
        });
        dialog.show();
    }
}
