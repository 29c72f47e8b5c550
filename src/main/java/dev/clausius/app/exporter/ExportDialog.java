package dev.clausius.app.exporter;

import dev.clausius.app.view.Dialogs;
import dev.clausius.app.view.text.ScriptFont;
import dev.clausius.export.ExportFormat;
import dev.clausius.export.ExportNames;
import dev.clausius.export.FigureSize;
import dev.clausius.export.JournalStyle;
import dev.clausius.i18n.Texts;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
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
    private final Dialog<ExportRequest> dialog = new Dialog<>();
    private final ChoiceBox<String> scope = new ChoiceBox<>();
    private final Map<ExportFormat, CheckBox> formats = new java.util.EnumMap<>(ExportFormat.class);
    private final ChoiceBox<JournalStyle> style = new ChoiceBox<>();
    private final ChoiceBox<JournalStyle.Column> width = new ChoiceBox<>();
    private final ChoiceBox<Integer> dpi = new ChoiceBox<>();
    private final CheckBox caption = new CheckBox();
    private final Texts texts;
    private final TextField directory = new TextField();
    private final Label problem = new Label();

    /** In English. */
    ExportDialog(Window owner, String panelTitle, String panelName, String stem, Path startDirectory) {
        this(owner, Texts.english(), panelTitle, panelName, stem, ExportNames.pattern(stem), startDirectory);
    }

    /**
     * The dialog for a panel ({@code panelTitle} not null: current or all panels, caption), or for
     * one figure that is not a panel (a sweep's: formats, width, dpi and directory only).
     */
    ExportDialog(Window owner, Texts texts, String panelTitle, String panelName, String stem, String filesPattern,
                 Path startDirectory) {
        this.texts = texts;
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("export.title"));
        dialog.setHeaderText(texts.get("export.header"));
        dialog.getDialogPane().setId("exportDialog");
        dialog.getDialogPane().setNodeOrientation(texts.language().rightToLeft()
                ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        ScriptFont.apply(dialog.getDialogPane(), texts.language().rightToLeft());
        scope.getItems().addAll(texts.get("export.scope.current", panelTitle), texts.get("export.scope.all"));
        if (panelTitle == null) {
            dialog.setHeaderText(texts.get("export.header.figure"));
        }
        scope.getSelectionModel().selectFirst();
        scope.setId("exportScope");
        scope.setAccessibleText(texts.get("export.scope.name"));
        scope.setAccessibleHelp(texts.get("export.scope.help"));
        caption.setText(texts.get("export.caption"));
        HBox formatRow = new HBox(10);
        for (ExportFormat format : ExportFormat.values()) {
            CheckBox box = new CheckBox(format.name());
            box.setId("export" + format.name());
            box.setAccessibleText(format.name());
            box.setAccessibleHelp(texts.get(switch (format) {
                case PNG -> "export.format.png";
                case SVG -> "export.format.svg";
                case PDF -> "export.format.pdf";
                case CSV -> panelTitle == null ? "export.format.csv.figure" : "export.format.csv.panel";
            }));
            box.setSelected(format != ExportFormat.CSV);
            formats.put(format, box);
            formatRow.getChildren().add(box);
        }
        style.getItems().addAll(JournalStyle.values());
        style.setConverter(new StringConverter<>() {
            @Override
            public String toString(JournalStyle s) {
                return s == null ? "" : texts.get("export.style." + s.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public JournalStyle fromString(String text) {
                return null;
            }
        });
        style.setId("exportStyle");
        style.setAccessibleText(texts.get("export.style.name"));
        style.setAccessibleHelp(texts.get("export.style.help"));
        width.getItems().addAll(JournalStyle.Column.values());
        width.setConverter(new StringConverter<>() {
            @Override
            public String toString(JournalStyle.Column column) {
                return column == null ? "" : widthName(texts, style.getValue(), column);
            }

            @Override
            public JournalStyle.Column fromString(String text) {
                return null;
            }
        });
        width.setId("exportWidth");
        width.setAccessibleText(texts.get("export.width.name"));
        width.setAccessibleHelp(texts.get("export.width.help"));
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
        dpi.setAccessibleText(texts.get("export.dpi.name"));
        dpi.setAccessibleHelp(texts.get("export.dpi.help"));
        caption.setId("exportCaption");
        caption.setAccessibleText(texts.get("export.caption"));
        caption.setAccessibleHelp(texts.get("export.caption.help"));
        directory.setText(startDirectory.toString());
        directory.setId("exportDirectory");
        directory.setAccessibleText(texts.get("export.directory.name"));
        directory.setAccessibleHelp(texts.get("export.directory.help"));
        // a path reads left to right in every language
        directory.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        Button choose = new Button(texts.get("export.choose"));
        choose.setAccessibleText(texts.get("export.choose.name"));
        choose.setAccessibleHelp(texts.get("export.choose.help"));
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
            grid.addRow(0, new Label(texts.get("export.panels")), scope);
            grid.add(caption, 1, 5);
        }
        grid.addRow(1, new Label(texts.get("export.formats")), formatRow);
        grid.addRow(2, new Label(texts.get("export.style")), style);
        grid.addRow(3, new Label(texts.get("export.width")), width);
        grid.addRow(4, new Label(texts.get("export.dpi")), dpi);
        grid.addRow(6, new Label(texts.get("export.directory")), new HBox(6, directory, choose));
        grid.add(new Label(texts.get("export.names", filesPattern)), 1, 7);
        grid.add(problem, 1, 8);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText(texts.get("export.ok"));
        Dialogs.label(dialog, ButtonType.CANCEL, texts.get("dialog.cancel"));
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
            return texts.get("export.problem.format");
        }
        if (directory.getText().isBlank()) {
            return texts.get("export.problem.directory");
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
    private static String widthName(Texts texts, JournalStyle journal, JournalStyle.Column column) {
        double inches = (journal == null ? JournalStyle.DEFAULT : journal).widthInches(column);
        String size = journal == JournalStyle.NATURE
                ? texts.get("export.size.mm", String.format(texts.locale(), "%.0f", inches * 25.4))
                : texts.get("export.size.in", String.format(texts.locale(), "%.4g", inches)
                        .replaceAll("[.,٫]?[0۰]+$", ""));
        return texts.get(column == JournalStyle.Column.SINGLE ? "export.width.column" : "export.width.page", size);
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
