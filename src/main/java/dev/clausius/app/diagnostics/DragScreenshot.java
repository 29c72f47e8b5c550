package dev.clausius.app.diagnostics;

import dev.clausius.app.session.CurrentSession;
import dev.clausius.app.session.SliderScale;
import dev.clausius.app.view.ExplorerWindow;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.control.TitledPane;
import javafx.util.Duration;

/**
 * A drag in progress, for the docs: with {@code -Dclausius.dragShot=FILE.png} the explorer seeks to
 * the middle of its run, opens the sheet's group of the parameter of {@link DragSpec}
 * ({@code -Dclausius.drag}), drags its slider's thumb (as the mouse does: value changing) from the
 * first to the second value in ten steps and, without releasing, saves the window (the panel named
 * by {@code -Dclausius.panel}) once the last value's run and the ghost are drawn, then exits.
 */
public final class DragScreenshot {
    private static final int STEPS = 10;

    private DragScreenshot() {
    }

    /** @return true if a drag screenshot was asked for (the other screenshots then stand aside) */
    public static boolean attachIfAsked(ExplorerWindow window, CurrentSession session) {
        String file = System.getProperty("clausius.dragShot");
        if (file == null) {
            return false;
        }
        String panel = System.getProperty("clausius.panel");
        if (panel != null) {
            window.selectPanel(panel);
        }
        DragSpec spec = DragSpec.fromSystem(session.preset());
        Slider slider = window.sheet().slider(spec.path()).orElseThrow(
                () -> new IllegalArgumentException("the sheet has no slider for " + spec.path()));
        SliderScale scale = window.sheet().scale(spec.path()).orElseThrow();
        int middle = session.model().grid().size() / 2;
        session.model().seek(middle);
        DragBenchmark.whenTrue(() -> session.model().shownIndex() >= middle && !session.model().seeking(), () -> {
            // the sheet's groups exist once its skin does, after the first pulses
            window.sheet().parameter(spec.path()).ifPresent(row -> expand(window, row.category()));
            slider.setValueChanging(true);
            Timeline values = new Timeline();
            for (int k = 0; k < STEPS; k++) {
                double position = scale.position(DragSpec.between(spec.from(), spec.to(), k + 1, STEPS + 1));
                values.getKeyFrames().add(new KeyFrame(Duration.seconds(0.1 * (k + 1)), e -> slider.setValue(position)));
            }
            double last = scale.value(scale.position(spec.to()));
            values.setOnFinished(e -> DragBenchmark.whenTrue(
                    () -> DragSpec.value(session.preset(), spec.path()).orElse(Double.NaN) == last
                            && session.pins().ghost() != null,
                    () -> DragBenchmark.afterPulses(3, () -> window.painter().whenDrawn(
                            () -> ExplorerScreenshot.save(window.tabs().getScene(), file)))));
            values.play();
        });
        return true;
    }

    /** Opens the sheet's group {@code category} (the sheet's groups are titled panes). */
    private static void expand(ExplorerWindow window, String category) {
        for (Node node : window.tabs().getScene().getRoot().lookupAll(".titled-pane")) {
            if (node instanceof TitledPane pane && category.equals(pane.getText())) {
                pane.setExpanded(true);
            }
        }
    }
}
