package dev.clausius.app;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.util.Duration;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The README's screenshots, by command rather than by hand: with
 * {@code -Dclausius.screenshot=FILE.png} the explorer plays its preset for a few seconds, saves
 * the window (the panel named by {@code -Dclausius.panel}, in projector mode with
 * {@code -Dclausius.projector=true}) and exits.
 */
final class ExplorerScreenshot {
    private static final double PLAY_SECONDS = 4;

    private ExplorerScreenshot() {
    }

    static void attachIfAsked(ExplorerWindow window) {
        String file = System.getProperty("clausius.screenshot");
        if (file == null) {
            return;
        }
        window.setProjector(Boolean.getBoolean("clausius.projector"));
        String panel = System.getProperty("clausius.panel");
        if (panel != null) {
            window.tabs().getSelectionModel().select(window.panelViews().indexOf(window.panel(panel)));
        }
        window.model().play();
        PauseTransition wait = new PauseTransition(Duration.seconds(PLAY_SECONDS));
        wait.setOnFinished(e -> {
            window.model().pause();
            // one more pulse so the last frames are drawn before the snapshot
            Platform.runLater(() -> {
                var image = window.tabs().getScene().snapshot(null);
                try {
                    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", Path.of(file).toFile());
                    System.out.println("wrote " + file);
                } catch (IOException failure) {
                    System.err.println("could not write " + file + ": " + failure.getMessage());
                }
                Platform.exit();
            });
        });
        wait.play();
    }
}
