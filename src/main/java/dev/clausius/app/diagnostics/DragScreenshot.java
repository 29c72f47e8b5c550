package dev.clausius.app.diagnostics;

import dev.clausius.app.session.CurrentSession;
import dev.clausius.app.session.Parameter;
import dev.clausius.app.view.ExplorerWindow;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * A drag in progress, for the docs: with {@code -Dclausius.dragShot=FILE.png} the explorer seeks to
 * the middle of its run, drags the parameter of {@link DragSpec} ({@code -Dclausius.drag}) from its
 * first to its second value in ten steps and, without releasing, saves the window (the panel named
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
        int middle = session.model().grid().size() / 2;
        session.model().seek(middle);
        DragBenchmark.whenTrue(() -> session.model().shownIndex() >= middle && !session.model().seeking(), () -> {
            Parameter parameter = spec.parameter(session.preset());
            window.hooks().parameterDragStarted(parameter);
            Timeline values = new Timeline();
            for (int k = 0; k < STEPS; k++) {
                double value = DragSpec.between(spec.from(), spec.to(), k, STEPS);
                values.getKeyFrames().add(new KeyFrame(Duration.seconds(0.1 * (k + 1)),
                        e -> window.hooks().parameterDragged(parameter, value)));
            }
            values.setOnFinished(e -> DragBenchmark.whenTrue(
                    () -> DragSpec.value(session.preset(), spec.path()).orElse(Double.NaN) == spec.to()
                            && session.pins().ghost() != null,
                    () -> DragBenchmark.afterPulses(3, () -> window.painter().whenDrawn(
                            () -> ExplorerScreenshot.save(window.tabs().getScene(), file)))));
            values.play();
        });
        return true;
    }
}
