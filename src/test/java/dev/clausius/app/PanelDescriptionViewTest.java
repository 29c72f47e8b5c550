package dev.clausius.app;

import dev.clausius.app.session.CurrentSession;
import dev.clausius.app.session.PresetFileLoader;
import dev.clausius.app.session.Session;
import dev.clausius.app.session.SessionMemory;
import dev.clausius.app.session.UnsavedEdits;
import dev.clausius.app.view.PulseListener;
import dev.clausius.app.view.chart.PanelView;
import dev.clausius.figures.FigureData;
import dev.clausius.figures.describe.PanelDescriber;
import dev.clausius.dynamics.Evolvers;
import dev.clausius.figures.EntropiesFigure;
import dev.clausius.i18n.Language;
import dev.clausius.i18n.Texts;
import dev.clausius.preset.Preset;
import dev.clausius.thermo.Frame;
import dev.clausius.typeset.Markup;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.clausius.app.FxReads.onFx;
import static dev.clausius.app.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a screen reader reads on the charts: the accessible text of the Entropies chart follows the
 * frame on screen (the real closed evolver of the resonant qubits), at most once a second while
 * playing, in the window's language.
 */
@ExtendWith(ApplicationExtension.class)
class PanelDescriptionViewTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeWindow() {
        TestWindows.hide(stage);
    }

    private Explorer open(Texts texts) throws Exception {
        Preset preset = TestPresets.resonantQubits(0.25, 100.0);
        // the evolver is built here, not on the FX thread (the linear algebra loads on first use)
        dev.clausius.dynamics.Evolver evolver = Evolvers.create(preset, "resonant qubits");
        // the first window of the run loads the explorer's classes and fonts: more than onFx's 5 s may pass
        return WaitForAsyncUtils.asyncFx(() -> {
            Explorer explorer = new Explorer(stage, new PresetFileLoader(),
                    new CurrentSession(new UnsavedEdits(SessionMemory.fromSystem())), texts);
            explorer.session().show(new Session(preset, evolver));
            explorer.window().show();
            explorer.window().selectPanel("entropies");
            return explorer;
        }).get(60, TimeUnit.SECONDS);
    }

    private static Node chart(Explorer explorer) {
        return onFx(() -> explorer.window().panel("entropies").views().get(0));
    }

    private static String read(Node node, AccessibleAttribute attribute) {
        return onFx(() -> (String) node.queryAccessibleAttribute(attribute));
    }

    /** The Entropies description of {@code frame}, built from the bundle's words and the frame's numbers. */
    private static String expected(Texts texts, Frame frame) {
        String list = texts.get("a11y.list", texts.get("a11y.value", "S_A", texts.number(frame.entropyA(), 3)),
                texts.get("a11y.value", "S_B", texts.number(frame.entropyB(), 3)));
        list = texts.get("a11y.list", list,
                texts.get("a11y.constant", texts.get("a11y.value", "S_AB", texts.number(frame.entropyAB(), 3))));
        list = texts.get("a11y.list", list, texts.get("a11y.value", "S_C", texts.number(frame.correlationEntropy(), 3)));
        return texts.get("a11y.at", texts.get("a11y.panel.entropies"), timeOf(texts, frame.time()), list);
    }

    private static String timeOf(Texts texts, double t) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(texts.locale());
        format.setMaximumFractionDigits(2);
        format.setGroupingUsed(false);
        return format.format(t);
    }

    /** Moves the time slider to grid index {@code index} and returns the frame shown there. */
    private static Frame seek(Explorer explorer, int index) throws Exception {
        onFx(() -> {
            explorer.window().transport().slider().setValue(index);
            return null;
        });
        waitUntil(20, () -> explorer.session().model().frames().size() == index + 1);
        return onFx(() -> explorer.session().model().frames().get(index));
    }

    @Test
    void theEntropiesChartReadsOutTheFrameOnScreenAndFollowsAStep(FxRobot robot) throws Exception {
        Explorer explorer = open(Texts.english());
        Node chart = chart(explorer);
        assertEquals(AccessibleRole.IMAGE_VIEW, onFx(() -> chart.queryAccessibleAttribute(AccessibleAttribute.ROLE)));
        assertEquals("chart", read(chart, AccessibleAttribute.ROLE_DESCRIPTION));
        assertTrue(onFx(chart::isFocusTraversable), "Tab lands on the chart");
        String help = read(chart, AccessibleAttribute.HELP);
        assertTrue(help.startsWith(Markup.plain(onFx(() -> explorer.window().panel("entropies").figure().caption()))), help);
        assertTrue(help.endsWith("F1 lists every key."), help);

        Frame frame = seek(explorer, 40);
        waitUntil(10, () -> read(chart, AccessibleAttribute.TEXT).startsWith("Entropies at t = 10:"));
        // t = 10 of resonant-qubits.json (run --csv): S_A 0.46924, S_B 0.62548, S_AB 1.02818, S_C -0.066531
        assertEquals("Entropies at t = 10: S_A 0.469, S_B 0.625, S_AB 1.03 constant, S_C -0.0665",
                read(chart, AccessibleAttribute.TEXT));
        assertEquals(expected(Texts.english(), frame), read(chart, AccessibleAttribute.TEXT));
        // S_AB(t) = S_AB(0): a closed pair's joint entropy is the invariant the word "constant" claims
        assertEquals(onFx(() -> explorer.session().model().frames().get(0).entropyAB()), frame.entropyAB(), 1e-12);

        robot.type(KeyCode.RIGHT);
        waitUntil(20, () -> explorer.session().model().frames().size() == 42);
        Frame next = onFx(() -> explorer.session().model().frames().get(41));
        assertEquals(10.25, next.time());
        waitUntil(10, () -> read(chart, AccessibleAttribute.TEXT).equals(expected(Texts.english(), next)));
    }

    @Test
    void everyPanelAndTheSceneDescribeTheFrameOnScreen() throws Exception {
        Explorer explorer = open(Texts.english());
        seek(explorer, 40);
        Node scene = onFx(() -> explorer.window().panel("scene").views().get(0));
        // t = 10 (run --csv): dQ_A/dt = 0.010869 > 0 into A; T_A_gen 0.65531, T_B_gen 1.3119; I(A:B) 0.066531
        waitUntil(10, () -> read(scene, AccessibleAttribute.TEXT).startsWith("Scene at t = 10:"));
        assertEquals("Scene at t = 10: B (T_gen 1.31) is hotter than A (T_gen 0.655); heat flows from B into A at "
                + "0.0109 per unit time; correlation bond I(A:B) 0.0665; entropy budget S_A + S_B + S_C 1.03 against "
                + "S_AB 1.03", read(scene, AccessibleAttribute.TEXT));
        List<PanelView> panels = onFx(() -> explorer.window().panelViews());
        assertEquals(7, panels.size());
        // the compare panel's partner is loaded in the background: wait for the descriptions to agree
        // with the frames on screen, then check each (the throttle renews them within a second)
        waitUntil(10, () -> panels.stream().allMatch(panel -> panel.views().stream().allMatch(chart ->
                PanelDescriber.forPanel(panel.figure().name()).describe(explorer.session().snapshot(), Texts.english())
                        .equals(chart.queryAccessibleAttribute(AccessibleAttribute.TEXT)))));
        FigureData shown = onFx(() -> explorer.session().snapshot());
        for (PanelView panel : panels) {
            String name = panel.figure().name();
            String expected = PanelDescriber.forPanel(name).describe(shown, Texts.english());
            for (Node chart : panel.views()) {
                assertEquals(expected, read(chart, AccessibleAttribute.TEXT), name);
                assertTrue(onFx(chart::isFocusTraversable), name);
            }
            assertTrue(expected.startsWith(Texts.english().get("a11y.panel." + name)), expected);
        }
    }

    @Test
    void whilePlayingTheDescriptionChangesAtMostOnceASecondOfPulses(FxRobot robot) throws Exception {
        Explorer explorer = open(Texts.english());
        Node chart = chart(explorer);
        waitUntil(10, () -> read(chart, AccessibleAttribute.TEXT).startsWith("Entropies at t = 0:"));
        List<Long> changes = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Double> shownTimes = new ArrayList<>();
        onFx(() -> {
            explorer.window().addPulseListener(new PulseListener() {
                @Override
                public void pulseStarted(long nanos) {
                }

                @Override
                public void pulseFinished(long pulseTime, long workNanos, int framesShown) {
                    String text = (String) chart.queryAccessibleAttribute(AccessibleAttribute.TEXT);
                    if (texts.isEmpty() || !texts.get(texts.size() - 1).equals(text)) {
                        changes.add(pulseTime);
                        texts.add(text);
                        shownTimes.add(explorer.session().model().timeProperty().get());
                    }
                }
            });
            return null;
        });
        robot.type(KeyCode.SPACE);
        // four changes after the first: at least three seconds of playback (40 frames a second)
        waitUntil(30, () -> changes.size() >= 5);
        robot.type(KeyCode.SPACE);
        List<Long> seen = onFx(() -> List.copyOf(changes));
        List<String> said = onFx(() -> List.copyOf(texts));
        List<Double> at = onFx(() -> List.copyOf(shownTimes));
        for (int i = 2; i < seen.size(); i++) {
            // from the first change made while playing on: pulses a second or more apart
            assertTrue(seen.get(i) - seen.get(i - 1) >= 1_000_000_000L,
                    "changes " + (i - 1) + " and " + i + " are " + (seen.get(i) - seen.get(i - 1)) + " ns apart");
        }
        // each change describes the frame on screen at that pulse, not an older one
        List<Frame> frames = onFx(() -> List.copyOf(explorer.session().model().frames()));
        for (int i = 1; i < said.size(); i++) {
            double t = at.get(i);
            Frame frame = frames.stream().filter(f -> f.time() == t).findFirst().orElseThrow();
            assertEquals(expected(Texts.english(), frame), said.get(i));
        }
        assertTrue(at.get(at.size() - 1) > at.get(1), "the description moved on with the run");
    }

    @Test
    void inGermanTheChartSpeaksGermanWithADecimalComma() throws Exception {
        Texts german = Texts.of(Language.GERMAN);
        Explorer explorer = open(german);
        Node chart = chart(explorer);
        Frame frame = seek(explorer, 40);
        waitUntil(10, () -> read(chart, AccessibleAttribute.TEXT).startsWith("Entropien bei t = 10:"));
        assertEquals("Entropien bei t = 10: S_A 0,469, S_B 0,625, S_AB 1,03 konstant, S_C -0,0665",
                read(chart, AccessibleAttribute.TEXT));
        assertEquals(expected(german, frame), read(chart, AccessibleAttribute.TEXT));
        assertEquals("Diagramm", read(chart, AccessibleAttribute.ROLE_DESCRIPTION));
        assertTrue(read(chart, AccessibleAttribute.HELP).endsWith("F1 zeigt alle Tasten."));
        assertTrue(onFx(() -> explorer.window().panel("entropies").figure()) instanceof EntropiesFigure);
    }
}
