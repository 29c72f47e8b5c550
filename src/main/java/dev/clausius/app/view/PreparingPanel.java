package dev.clausius.app.view;

import dev.clausius.app.model.LatestProgress;
import dev.clausius.i18n.Texts;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.layout.VBox;

/**
 * The tab shown in place of the panels until the first session is attached: which preset is being
 * prepared and, once its setup reports, how far its diagonalization has got.
 */
final class PreparingPanel {
    private final String name;
    private final LatestProgress progress;
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Label text;
    private final Tab tab;
    private final Texts texts;

    PreparingPanel(String name, LatestProgress progress, Texts texts) {
        this.name = name;
        this.progress = progress;
        this.texts = texts;
        spinner.setAccessibleText(texts.get("preparing.progress.name"));
        spinner.setAccessibleHelp(texts.get("preparing.progress.help"));
        spinner.setId("preparingProgress");
        text = new Label(texts.get("preparing.text", name));
        text.setId("preparing");
        VBox box = new VBox(12, spinner, text);
        box.setAlignment(Pos.CENTER);
        tab = new Tab(texts.get("preparing.tab"), box);
    }

    Tab tab() {
        return tab;
    }

    /** Shows the setup's newest report (called on each pulse while preparing). */
    void update() {
        LatestProgress.Report report = progress.latest();
        if (report.fraction() >= 0) {
            spinner.setProgress(report.fraction());
            text.setText(texts.get("preparing.stage", name, report.stage()));
        }
    }
}
