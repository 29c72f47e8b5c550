package dev.clausius.app.sweep;

import dev.clausius.app.view.chart.ChartCanvas;
import dev.clausius.app.view.text.ScriptFont;
import dev.clausius.figures.sweep.SweepFigure;
import dev.clausius.i18n.Texts;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.IntConsumer;

/**
 * The sweep window, a view: the form (or a shipped example's description), Run, Cancel and
 * Export, a progress bar "k of N points", and the plot, which fills in as points finish. A click on
 * a point reports its index through {@link #setOnPoint}. What the buttons do is set from outside.
 */
final class SweepWindow {
    private final Stage stage = new Stage();
    private final SweepForm form;
    private final Button run = new Button();
    private final Button cancel = new Button();
    private final Button export = new Button();
    private final Texts texts;
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressText = new Label("");
    private final Label message = new Label("");
    private final StackPane plotHolder = new StackPane();
    private final Label heading = new Label();
    private final Label about = new Label();
    private final VBox left = new VBox(8);
    private ChartCanvas canvas;
    private SweepFigure figure;
    private IntConsumer onPoint = index -> { };

    /** @param form the form to fill in, or null for a shipped example that runs as it is */
    SweepWindow(Window owner, Texts texts, String title, String description, SweepForm form) {
        this.form = form;
        this.texts = texts;
        stage.initOwner(owner);
        stage.setTitle(texts.get("window.title", title));
        run.setText(texts.get("sweep.run"));
        cancel.setText(texts.get("dialog.cancel"));
        export.setText(texts.get("sweep.export"));
        heading.setText(title);
        heading.getStyleClass().add("preset-name");
        about.setText(description);
        about.setWrapText(true);
        about.setMaxWidth(500);
        run.setId("sweepRun");
        run.setDefaultButton(true);
        run.setAccessibleText(texts.get("sweep.run.name"));
        run.setAccessibleHelp(texts.get("sweep.run.help"));
        cancel.setId("sweepCancel");
        cancel.setAccessibleText(texts.get("sweep.cancel.name"));
        cancel.setAccessibleHelp(texts.get("sweep.cancel.help"));
        cancel.setDisable(true);
        export.setId("sweepExport");
        export.setAccessibleText(texts.get("sweep.export.name"));
        export.setAccessibleHelp(texts.get("sweep.export.help"));
        export.setDisable(true);
        progress.setId("sweepProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setAccessibleText(texts.get("sweep.progress.name"));
        progressText.setId("sweepProgressText");
        message.setId("sweepMessage");
        message.setWrapText(true);
        message.setMaxWidth(500);
        left.getChildren().addAll(heading, about);
        about.setManaged(!description.isBlank());
        if (form != null) {
            left.getChildren().add(form.node());
        }
        left.getChildren().addAll(new HBox(8, run, cancel, export), progress, progressText, message);
        left.setPadding(new Insets(10));
        left.setPrefWidth(540);
        left.setMinWidth(540);
        plotHolder.setId("sweepPlot");
        plotHolder.setMinSize(400, 300);
        plotHolder.setPrefSize(640, 480);
        BorderPane root = new BorderPane(plotHolder);
        root.setLeft(left);
        root.setId("sweepWindow");
        root.setNodeOrientation(texts.language().rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        ScriptFont.apply(root, texts.language().rightToLeft());
        // the plot's axes read left to right, as the explorer's charts
        plotHolder.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        stage.setScene(new Scene(root));
        stage.setOnHidden(e -> closeCanvas());
    }

    /** Names the sweep once it is read (a shipped example's name and description). */
    void describe(String title, String description) {
        stage.setTitle(texts.get("window.title", title));
        heading.setText(title);
        about.setText(description);
        about.setManaged(!description.isBlank());
    }

    void setOnRun(Runnable action) {
        run.setOnAction(e -> action.run());
    }

    /** Does what the Run button does. */
    void run() {
        run.fire();
    }

    void setOnCancel(Runnable action) {
        cancel.setOnAction(e -> action.run());
    }

    void setOnExport(Runnable action) {
        export.setOnAction(e -> action.run());
    }

    /** A click near a drawn point: its index in the sweep's point list. */
    void setOnPoint(IntConsumer action) {
        onPoint = action;
    }

    void show() {
        stage.show();
    }

    Stage stage() {
        return stage;
    }

    SweepForm form() {
        return form;
    }

    /** A fresh, empty plot for a new sweep; the figure then belongs to the canvas' painter thread. */
    void newPlot(SweepFigure newFigure) {
        closeCanvas();
        figure = newFigure;
        canvas = new ChartCanvas(newFigure.chart());
        Node node = canvas.node();
        node.setId("sweepChart");
        SweepFigure clicked = newFigure;
        ChartCanvas drawnOn = canvas;
        node.setOnMouseClicked(e -> drawnOn.askAboutDrawing(area -> clicked.nearest(area, e.getX(), e.getY()),
                index -> {
                    if (index >= 0) {
                        onPoint.accept(index);
                    }
                }));
        plotHolder.getChildren().setAll(node);
    }

    ChartCanvas canvas() {
        return canvas;
    }

    SweepFigure figure() {
        return figure;
    }

    void running(boolean on) {
        run.setDisable(on);
        cancel.setDisable(!on);
        if (form != null) {
            form.node().setDisable(on);
        }
    }

    void exportable(boolean on) {
        export.setDisable(!on);
    }

    void progress(int done, int total) {
        progress.setProgress(total == 0 ? 0 : done / (double) total);
        progressText.setText(texts.get("sweep.progress", done, total));
    }

    String progressText() {
        return progressText.getText();
    }

    void message(String text) {
        message.setText(text == null ? "" : text);
    }

    String messageText() {
        return message.getText();
    }

    private void closeCanvas() {
        if (canvas != null) {
            canvas.close();
        }
    }
}
