package dev.clausius.app;

import dev.clausius.app.session.CurrentSession;
import dev.clausius.app.session.PresetFileLoader;
import dev.clausius.app.session.SessionLoading;
import dev.clausius.app.session.SessionMemory;
import dev.clausius.app.session.UnsavedEdits;
import dev.clausius.app.tour.TourMenu;
import dev.clausius.i18n.Language;
import dev.clausius.i18n.Texts;
import dev.clausius.tour.Tour;
import dev.clausius.tour.TourReader;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.clausius.app.FxReads.onFx;
import static dev.clausius.app.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A tour in a Persian window: the tour's Persian texts where it has them, the English ones where
 * it does not, the panel's own words from the Persian bundle, and its text set right to left.
 */
@ExtendWith(ApplicationExtension.class)
class TourPanelLanguageTest {

    private Stage stage;
    private Explorer explorer;

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        explorer = new Explorer(stage, new PresetFileLoader(),
                new CurrentSession(new UnsavedEdits(SessionMemory.fromSystem())), Texts.of(Language.PERSIAN));
        explorer.session().show(SessionLoading.load(Path.of("presets", "resonant-qubits.json"),
                new PresetFileLoader()).session());
        explorer.window().show();
    }

    @AfterEach
    void closeWindow() {
        TestWindows.hide(stage);
    }

    private String text(String id) {
        return onFx(() -> ((Label) stage.getScene().lookup("#" + id)).getText());
    }

    @Test
    void aPersianWindowShowsThePersianTextsRightToLeftAndFallsBackToEnglish() throws Exception {
        Files.copy(Path.of("presets", "resonant-qubits.json"), temp.resolve("resonant-qubits.json"));
        Path tours = Files.createDirectories(temp.resolve(TourReader.DIRECTORY));
        Files.writeString(tours.resolve("fa.json"), """
                {"format": "clausius-tour", "version": 1,
                 "name": {"en": "Heat flows", "fa": "جریان گرما"},
                 "steps": [
                   {"title": {"en": "Half way", "de": "Halbzeit", "fa": "نیمه‌راه"}, "preset": "resonant-qubits.json",
                    "panel": "entropies", "time": 10,
                    "text": {"en": "S_{AB} stays. Always (Eq. 16).", "fa": "S_{AB} ثابت می‌ماند. همیشه (معادله ۱۶)."}},
                   {"title": "Only English", "preset": "resonant-qubits.json", "panel": "entropies", "time": 20,
                    "text": "Not translated yet. Still shown (Eq. 16)."}]}
                """);
        Texts persian = Texts.of(Language.PERSIAN);
        List<MenuItem> items = onFx(() -> TourMenu.items(temp, persian, t -> { }));
        assertEquals(List.of("جریان گرما"), items.stream().map(MenuItem::getText).toList());

        Tour tour = TourReader.read(tours.resolve("fa.json"));
        onFx(() -> {
            explorer.tours().start(tour);
            return null;
        });
        waitUntil(60, () -> explorer.tours().player().arrivalProperty().get() != null);
        assertEquals("جریان گرما", text("tourName"));
        assertEquals("نیمه‌راه", text("tourStepTitle"));
        // the label reads the typeset markup as plain text: S_{AB} is S_AB
        assertEquals("S_AB ثابت می‌ماند. همیشه (معادله ۱۶).", text("tourStepText"));
        assertEquals(persian.get("tour.step.count", 1, 2), text("tourStepCount"));
        assertEquals("بعدی", onFx(() -> ((Button) stage.getScene().lookup("#tourNext")).getText()));
        assertEquals("تور آموزشی", onFx(() -> stage.getScene().lookup("#tourPanel").getAccessibleText()));
        for (String id : List.of("tourName", "tourStepCount", "tourStepTitle", "tourStepText", "tourCheck")) {
            Node node = onFx(() -> stage.getScene().lookup("#" + id));
            assertEquals(NodeOrientation.RIGHT_TO_LEFT, onFx(node::getNodeOrientation), id);
        }

        onFx(() -> {
            explorer.tours().player().next();
            return null;
        });
        waitUntil(60, () -> explorer.tours().player().arrivalProperty().get() != null
                && explorer.tours().player().arrivalProperty().get().step() == 1);
        assertEquals("Only English", text("tourStepTitle"), "no Persian title: the English one");
        assertEquals("Not translated yet. Still shown (Eq. 16).", text("tourStepText"));
    }
}
