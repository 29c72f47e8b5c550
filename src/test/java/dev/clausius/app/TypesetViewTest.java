package dev.clausius.app;

import static dev.clausius.app.FxReads.onFx;
import static dev.clausius.app.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clausius.app.view.text.TypesetFlow;
import dev.clausius.app.view.text.TypesetLabel;
import dev.clausius.typeset.TypesetLine;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Symbols on screen are typeset: the status bar's ΔS_AB, a caption and the readout under the cursor
 * show the subscript as a smaller Text moved below the baseline, while their plain text (what a
 * screen reader and the older tests read) keeps the underscore.
 */
@ExtendWith(ApplicationExtension.class)
class TypesetViewTest {
    private Stage stage;
    private Explorer explorer;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        explorer = TestWindows.open(stage, TestPresets.resonantQubits(0.25, 100.0), ResonantQubitsEvolver.standard());
        explorer.window().selectPanel("entropies");
    }

    @AfterEach
    void closeWindow() {
        TestWindows.hide(stage);
    }

    /** One window for every check: each explorer window a test opens stays in the test JVM's heap. */
    @Test
    void theStatusBarTheCaptionAndTheReadoutAreTypeset(FxRobot robot) throws TimeoutException {
        waitUntil(10, () -> onFx(() -> explorer.session().model().shownIndex()) == 0);
        TypesetLabel drift = robot.lookup("#check-entropyDrift").queryAs(TypesetLabel.class);
        waitUntil(10, () -> onFx(() -> drift.getText()).startsWith("ΔS_AB "));
        List<Text> texts = onFx(() -> texts(drift.getGraphic()));
        assertEquals("ΔS", onFx(() -> texts.get(0).getText()));
        Text sub = texts.get(1);
        assertEquals("AB", onFx(sub::getText));
        assertSubscript(texts.get(0), sub);

        TypesetFlow caption = (TypesetFlow) onFx(() -> explorer.window().panel("entropies").node().lookup("#entropiesCaption"));
        List<Text> captionTexts = onFx(() -> texts(caption));
        assertEquals("Eq. 16: S", onFx(() -> captionTexts.get(0).getText()));
        assertEquals("AB", onFx(() -> captionTexts.get(1).getText()));
        assertSubscript(captionTexts.get(0), captionTexts.get(1));
        assertTrue(onFx(caption::plainText).startsWith("Eq. 16: S_AB = S_A + S_B + S_C"));

        onFx(() -> {
            explorer.session().model().setSpeed(dev.clausius.app.model.Speed.MAX);
            explorer.session().model().play();
            return null;
        });
        waitUntil(20, () -> explorer.session().model().finishedProperty().get());
        Node chart = robot.lookup("#entropiesChart").query();
        Bounds bounds = onFx(() -> chart.localToScreen(chart.getBoundsInLocal()));
        robot.moveTo(new javafx.geometry.Point2D(bounds.getMinX() + 0.3 * bounds.getWidth(),
                bounds.getMinY() + 0.5 * bounds.getHeight()));
        TypesetLabel readout = robot.lookup("#entropiesReadout").queryAs(TypesetLabel.class);
        waitUntil(10, () -> onFx(readout::getText).startsWith("t = "));
        assertTrue(onFx(readout::getText).contains("S_AB = "), onFx(readout::getText));
        List<Text> shown = onFx(() -> texts(readout.getGraphic()));
        Text ab = shown.stream().filter(t -> t.getText().equals("AB")).findFirst().orElseThrow();
        assertSubscript(shown.get(0), ab);
    }

    private static List<Text> texts(Node flow) {
        assertInstanceOf(TypesetFlow.class, flow);
        return ((TypesetFlow) flow).getChildren().stream().map(Text.class::cast).toList();
    }

    /** Smaller by the script scale, moved down, and styled as a subscript. */
    private static void assertSubscript(Text base, Text sub) {
        double baseSize = onFx(() -> base.getFont().getSize());
        double subSize = onFx(() -> sub.getFont().getSize());
        assertEquals(TypesetLine.SCRIPT_SCALE, subSize / baseSize, 0.02, baseSize + " and " + subSize);
        assertEquals(TypesetLine.SUB_DROP * baseSize, onFx(sub::getTranslateY), 0.05 * baseSize);
        assertTrue(onFx(() -> sub.getStyleClass().contains("sub")));
    }
}
