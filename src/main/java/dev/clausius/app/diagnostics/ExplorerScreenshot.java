package dev.clausius.app.diagnostics;

import dev.clausius.app.host.ShippedPresets;
import dev.clausius.app.model.Speed;
import dev.clausius.app.tour.TourPlayer;
import dev.clausius.app.session.CurrentSession;
import dev.clausius.app.tour.TourPanel;
import dev.clausius.app.view.ExplorerWindow;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.util.Duration;

import dev.clausius.preset.PresetException;
import dev.clausius.tour.Tour;
import dev.clausius.tour.TourReader;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The README's screenshots, by command rather than by hand: with
 * {@code -Dclausius.screenshot=FILE.png} the explorer plays its preset for a few seconds
 * ({@code -Dclausius.playSeconds}, 0 for the opening frame), saves
 * the window (the panel named by {@code -Dclausius.panel}, in projector mode with
 * {@code -Dclausius.projector=true}; the compare panel's second preset by {@code -Dclausius.compareWith})
 * and exits; with {@code -Dclausius.tour} it shows a tour step instead.
 */
public final class ExplorerScreenshot {
    private static final double PLAY_SECONDS = 4;

    private ExplorerScreenshot() {
    }

    public static void attachIfAsked(ExplorerWindow window, CurrentSession session, TourPanel tours) {
        attachIfAsked(window, session, tours, partner -> { });
    }

    /**
     * As above; {@code -Dclausius.compareWith=FILE} puts that preset beside the shown one in the
     * compare panel through {@code compareWith} (else the default partner stays).
     */
    public static void attachIfAsked(ExplorerWindow window, CurrentSession session, TourPanel tours,
                                     Consumer<Path> compareWith) {
        String file = System.getProperty("clausius.screenshot");
        if (file == null) {
            return;
        }
        String partner = System.getProperty("clausius.compareWith");
        if (partner != null) {
            compareWith.accept(Path.of(partner));
        }
        window.setProjector(Boolean.getBoolean("clausius.projector"));
        String panel = System.getProperty("clausius.panel");
        if (panel != null) {
            window.selectPanel(panel);
        }
        String tour = System.getProperty("clausius.tour");
        if (tour != null) {
            showTourStep(window, tours, tour, Integer.getInteger("clausius.tourStep", 1) - 1, file);
            return;
        }
        // -Dclausius.playSeconds=0: the opening frame at t = 0, as a preset first shows itself
        double seconds = Double.parseDouble(System.getProperty("clausius.playSeconds", Double.toString(PLAY_SECONDS)));
        if (seconds > 0) {
            session.model().play();
        }
        PauseTransition wait = new PauseTransition(Duration.seconds(Math.max(seconds, 1)));
        wait.setOnFinished(e -> {
            session.model().pause();
            // one more pulse hands the last frames to the chart painter; then wait for its drawing
            Platform.runLater(() -> window.painter().whenDrawn(() -> save(window, file)));
        });
        wait.play();
    }

    /**
     * {@code -Dclausius.tour=NAME} (a file of presets/tours/ without .json) and
     * {@code -Dclausius.tourStep=K} (1-based): the window once step K has been reached.
     */
    private static void showTourStep(ExplorerWindow window, TourPanel tours, String name, int step, String file) {
        Tour tour;
        try {
            tour = TourReader.read(ShippedPresets.folder().resolve(TourReader.DIRECTORY).resolve(name + ".json"));
        } catch (PresetException e) {
            System.err.println(e.getMessage());
            Platform.exit();
            return;
        }
        TourPlayer player = tours.player();
        player.setPlaySpeed(Speed.MAX);
        player.arrivalProperty().addListener((obs, old, arrived) -> {
            if (arrived != null && arrived.step() == step) {
                // let a few pulses redraw the panel with its highlight before the snapshot
                PauseTransition settle = new PauseTransition(Duration.seconds(1));
                settle.setOnFinished(e -> window.painter().whenDrawn(() -> save(window, file)));
                settle.play();
            }
        });
        tours.start(tour);
        player.go(step);
    }

    private static void save(ExplorerWindow window, String file) {
        save(window.tabs().getScene(), file);
    }

    /** Writes {@code scene} as a PNG to {@code file} and ends the explorer (also the sweep window's shot). */
    static void save(javafx.scene.Scene scene, String file) {
        var image = scene.snapshot(null);
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", Path.of(file).toFile());
            System.out.println("wrote " + file);
        } catch (IOException failure) {
            System.err.println("could not write " + file + ": " + failure.getMessage());
        }
        Platform.exit();
    }
}
