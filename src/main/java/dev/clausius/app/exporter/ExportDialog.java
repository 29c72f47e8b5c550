package dev.clausius.app.exporter;

import dev.clausius.export.ExportFormat;
import dev.clausius.export.ExportNames;
import dev.clausius.export.FigureSize;
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

import java.io.File;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The export dialog: which panels, which formats, which printed size, where. It only asks; the
 * files are drawn and written off the FX thread by {@link FigureExporter}.
 */
public final class ExportDialog {
    /** The printed widths a journal asks for: a column and a full page. */
    static final String COLUMN = "Column, 3.4 in";
    static final String PAGE = "Page, 7 in";

    private final Dialog<ExportRequest> dialog = new Dialog<>();
    private final ChoiceBox<String> scope = new ChoiceBox<>();
    private final Map<ExportFormat, CheckBox> formats = new java.util.EnumMap<>(ExportFormat.class);
    private final ChoiceBox<String> width = new ChoiceBox<>();
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
        width.getItems().addAll(COLUMN, PAGE);
        width.getSelectionModel().selectFirst();
        width.setId("exportWidth");
        width.setAccessibleText("Printed width of each figure");
        dpi.getItems().addAll(150, 300, 600);
        dpi.getSelectionModel().select(Integer.valueOf(FigureSize.DEFAULT_DPI));
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
            grid.add(caption, 1, 4);
        }
        grid.addRow(1, new Label("Formats"), formatRow);
        grid.addRow(2, new Label("Width"), width);
        grid.addRow(3, new Label("PNG dpi"), dpi);
        grid.addRow(5, new Label("Directory"), new HBox(6, directory, choose));
        grid.add(new Label("Files are named " + filesPattern), 1, 6);
        grid.add(problem, 1, 7);
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
        double inches = PAGE.equals(width.getValue()) ? FigureSize.PAGE_WIDTH : FigureSize.COLUMN_WIDTH;
        return new ExportRequest(Path.of(directory.getText().strip()), stem,
                scope.getSelectionModel().getSelectedIndex() == 1, panelName, chosen,
                FigureSize.ofWidth(inches, dpi.getValue()), caption.isSelected());
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
