package dev.clausius.figures.describe;

import dev.clausius.dynamics.Evolvers;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.dynamics.engine.CycleRecord;
import dev.clausius.export.RecordedRun;
import dev.clausius.figures.Figure;
import dev.clausius.figures.FigureData;
import dev.clausius.figures.Figures;
import dev.clausius.i18n.Language;
import dev.clausius.i18n.Texts;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetReader;
import dev.clausius.preset.optional.PresetOptions;
import dev.clausius.preset.optional.Translation;
import dev.clausius.thermo.Frame;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each panel's description against the shipped presets' own runs: the numbers are the frame's at
 * three significant digits (the literal strings are read off {@code run --csv}), the words come
 * from the bundle of the language asked for.
 */
class PanelDescriberTest {
    private static final Texts ENGLISH = Texts.english();

    static Preset read(String file) throws Exception {
        return PresetReader.read(Path.of("presets", file));
    }

    /** The preset's frames from t = 0 to {@code end} on its own dt, with its states, cycles and cells at the end. */
    static FigureData run(Preset preset, double end) throws Exception {
        return RecordedRun.of(preset, Evolvers.create(preset, preset.name()),
                new TimeGrid(TimeGrid.of(preset).dt(), end)).figureData();
    }

    private static String describe(String panel, FigureData data, Texts texts) {
        return PanelDescriber.forPanel(panel).describe(data, texts);
    }

    private static Frame last(FigureData data) {
        return data.frames().get(data.frames().size() - 1);
    }

    @Test
    void theResonantQubitsAtTEquals10AsEveryPanelSaysThem() throws Exception {
        FigureData data = run(read("resonant-qubits.json"), 10);
        // S_A 0.46924, S_B 0.62548, S_AB 1.02818 (= S_AB(0): unitary), S_C -0.066531 at t = 10 (run --csv)
        assertEquals("Entropies at t = 10: S_A 0.469, S_B 0.625, S_AB 1.03 constant, S_C -0.0665",
                describe("entropies", data, ENGLISH));
        // dQ_A/dt = 0.010869 > 0: heat flows into A; T_A_gen 0.65531 < T_B_gen 1.3119; I(A:B) 0.066531
        assertEquals("Scene at t = 10: B (T_gen 1.31) is hotter than A (T_gen 0.655); heat flows from B into A at "
                        + "0.0109 per unit time; correlation bond I(A:B) 0.0665; entropy budget S_A + S_B + S_C 1.03 "
                        + "against S_AB 1.03", describe("scene", data, ENGLISH));
        // T_pop = omega / ln(p_g/p_e) with p_e = (1 + 2 E_A/omega)/2 from E_A = -0.32142, omega = 1: equal to
        // T_A_gen, since rho_A stays diagonal under the swap
        double excited = (1 + 2 * -0.32141844472780223) / 2;
        double populationTemperature = 1 / Math.log((1 - excited) / excited);
        assertEquals("0.655", ENGLISH.number(populationTemperature, 3));
        assertEquals("Temperatures at t = 10: T_A_gen 0.655, T_B_gen 1.31, T_pop 0.655; T_A(0) 0.500, T_B(0) 2.00",
                describe("temperatures", data, ENGLISH));
        // the same populations from rho_A itself: p_e = 0.17858, and the Bloch vector's z = p_e - p_g
        assertEquals("State at t = 10: populations of ρ_A: 0.179, 0.821; populations of ρ_B: "
                        + ENGLISH.number(data.stateB().population(0), 3) + ", "
                        + ENGLISH.number(data.stateB().population(1), 3)
                        + "; Bloch vector of A (x, y, z) = (0.00, 0.00, -0.643), length |r| 0.643",
                describe("state", data, ENGLISH));
        assertEquals(excited, data.stateA().population(0), 1e-12);
        // Sigma 0.074213 = I 0.066531 + D_B 0.0076817 + Delta E_V/T_B (E_V ~ 1e-19: 0); the interior term is 0
        assertEquals("Entropy production at t = 10: Σ 0.0742, I(A:B) 0.0665, D(ρ_B‖ρ_B(0)) 0.00768, ΔE_V/T_B 0.00; "
                        + "Σ = I + D_B + ΔE_V/T_B holds; dΣ/dt " + ENGLISH.number(0.01658623930450929
                        - 0.010869185909633854 / 2.0, 3) + ", interior_A zero up to round-off",
                describe("production", data, ENGLISH));
        assertEquals("Engine: engine mode only, this preset has no cycle", describe("engine", data, ENGLISH));
    }

    @Test
    void pastTheFullSwapTheHeatTurnsRoundAndTheDescriptionFollows() throws Exception {
        FigureData data = run(read("resonant-qubits.json"), 40);
        // t = 40: dQ_A/dt = -0.0097755, T_A_gen 1.4377 > T_B_gen 0.61380
        String scene = describe("scene", data, ENGLISH);
        assertTrue(scene.startsWith("Scene at t = 40: A (T_gen 1.44) is hotter than B (T_gen 0.614); "
                + "heat flows from A into B at 0.00978 per unit time;"), scene);
        assertEquals("Entropies at t = 40: S_A 0.636, S_B 0.446, S_AB 1.03 constant, S_C -0.0541",
                describe("entropies", data, ENGLISH));
    }

    @Test
    void atTZeroTheGeneralizedTemperaturesAreNotDefined() throws Exception {
        FigureData data = run(read("resonant-qubits.json"), 0);
        // dS/dt = dQ/dt = 0 at t = 0: T_gen = 0/0 is NaN in the CSV, and neither body gets a colour
        assertTrue(Double.isNaN(last(data).generalizedTemperatureA()));
        assertTrue(describe("temperatures", data, ENGLISH).startsWith(
                "Temperatures at t = 0: T_A_gen not defined, T_B_gen not defined"));
        assertTrue(describe("scene", data, ENGLISH).startsWith("Scene at t = 0: A (no temperature, T_gen not defined), "
                + "B (no temperature, T_gen not defined); no heat flows; no correlation bond;"));
        for (Language language : Language.values()) {
            Texts texts = Texts.of(language);
            assertTrue(describe("temperatures", data, texts).contains(texts.get("a11y.notDefined")), language.tag());
        }
    }

    @Test
    void aClassicalPairsJointEntropyGrowsSoItIsNotCalledConstant() throws Exception {
        FigureData data = run(read("classical-bars.json"), 10);
        // S_A 2.5883, S_B -0.88254, S_AB 1.7058 at t = 10 (from 0 at t = 0: Eq. 15)
        assertEquals("Entropies at t = 10: S_A 2.59, S_B -0.883, S_AB 1.71, S_C 0.00", describe("entropies", data, ENGLISH));
        String production = describe("production", data, ENGLISH);
        // Eq. 15: interior_AB = dS_A/dt + dS_B/dt = 0.10608 > 0; interior_A 0.050090, interior_B 0.010524
        assertTrue(production.endsWith("interior_A 0.0501, interior_B 0.0105, interior_AB 0.106"), production);
        double[][] cells = data.cellTemperatures();
        double meanA = java.util.Arrays.stream(cells[0]).average().orElseThrow();
        String scene = describe("scene", data, ENGLISH);
        assertTrue(scene.contains("A (mean " + ENGLISH.number(meanA, 3) + ", far end " + ENGLISH.number(cells[0][0], 3)
                + ", at the contact " + ENGLISH.number(cells[0][cells[0].length - 1], 3) + ")"), scene);
        // dQ_A/dt = 0.11595: heat from the hot bar B into A
        assertTrue(scene.contains("heat flows from B into A at 0.116 per unit time; no correlation bond"), scene);
        // the border cells, Eq. 1's temperatures: 0.96012 and 1.5399
        assertTrue(describe("temperatures", data, ENGLISH).contains("T_A_border 0.960, T_B_border 1.54"));
    }

    @Test
    void anOpenQubitHasNoBSoItsEntropyIsNotDefinedAndItsPartnerIsTheBath() throws Exception {
        Preset preset = read("lindblad-qubit.json");
        FigureData data = run(preset, 5);
        Frame frame = last(data);
        assertEquals("Entropies at t = 5: S_A 0.359, S_B not defined, S_AB 0.359, S_C not defined",
                describe("entropies", data, ENGLISH));
        String scene = describe("scene", data, ENGLISH);
        assertTrue(scene.contains("bath (T " + ENGLISH.number(preset.temperatureB(), 3) + ")"), scene);
        // dQ_A/dt = 0.016519 > 0: the bath heats A
        assertTrue(scene.contains("heat flows from bath into A at 0.0165 per unit time"), scene);
        assertTrue(frame.heatRateA() > 0);
        assertTrue(describe("temperatures", data, ENGLISH).endsWith("T_A(0) " + ENGLISH.number(preset.temperatureA(), 3)
                + ", T_bath " + ENGLISH.number(preset.temperatureB(), 3)));
    }

    @Test
    void theEngineReadsOutTheLedgerOfItsLastCompletedCycle() throws Exception {
        Preset preset = read("otto-qubit.json");
        FigureData data = run(preset, 100);
        List<CycleRecord> cycles = data.cycles();
        assertEquals(2, cycles.size(), "one cycle of the Otto qubit is 40 time units");
        CycleRecord second = cycles.get(1);
        double carnot = 1 - preset.engine().cold().temperature() / preset.engine().hot().temperature();
        Frame frame = last(data);
        String expected = "Engine at t = 100: cycle 3, stroke " + frame.engine().stroke() + ", ω "
                + ENGLISH.number(frame.engine().omega(), 3) + "; last completed cycle 2: Q_hot "
                + ENGLISH.number(second.heatHot(), 3) + ", Q_cold " + ENGLISH.number(second.heatCold(), 3) + ", W "
                + ENGLISH.number(second.work(), 3) + ", η (Eq. 19) "
                + ENGLISH.number(second.generalizedTemperatureEfficiency(), 3) + ", W/Q_hot "
                + ENGLISH.number(second.energyEfficiency(), 3) + ", η_Carnot " + ENGLISH.number(carnot, 3);
        assertEquals(expected, describe("engine", data, ENGLISH));
        // the first law per cycle: W = Q_hot + Q_cold up to the medium's energy change over the cycle
        assertEquals(second.heatHot() + second.heatCold() - second.energyChange(), second.work(), 1e-9);
        assertEquals("Engine at t = 0: cycle 1, stroke 0, ω " + ENGLISH.number(run(preset, 0).frames().get(0).engine()
                .omega(), 3) + "; no completed cycle yet", describe("engine", run(preset, 0), ENGLISH));
    }

    @Test
    void comparingReadsBothSidesAndTheirRatesOfSab() throws Exception {
        FigureData shown = run(read("resonant-qubits.json"), 10);
        FigureData partner = run(read("classical-bars.json"), 10);
        String text = describe("compare", shown.withPartner(partner), ENGLISH);
        // closed: dS_AB/dt is exactly 0 (Eq. 16); classical: interior_AB = dS_A/dt + dS_B/dt = 0.10608 (Eq. 15)
        assertEquals("Compare at t = 10: solid, quantum, Resonant qubits: heat swap: S_AB 1.03 constant, dS_AB/dt 0.00, "
                + "I(A:B) 0.0665; dashed, classical, Classical bars: heat conduction: S_AB 1.71, dS_AB/dt 0.106, "
                + "I(A:B) 0.00", text);
        assertTrue(describe("compare", shown, ENGLISH).endsWith("; no preset to compare with yet"));
        // a preset's own translation of its name is read out in that language, its own name elsewhere
        Preset translated = partner.preset().withOptions(new PresetOptions(java.util.Map.of(),
                java.util.Map.of("de", new Translation("Klassische Stäbe: Wärmeleitung", null))));
        FigureData both = shown.withPartner(new FigureData(translated, partner.frames(), List.of(), null, null,
                partner.end(), partner.cellTemperatures()));
        assertTrue(describe("compare", both, Texts.of(Language.GERMAN))
                .contains("gestrichelt, klassisch, Klassische Stäbe: Wärmeleitung: S_AB 1,71"));
        assertTrue(describe("compare", both, Texts.of(Language.SPANISH)).contains("clásico, Classical bars: heat conduction:"));
    }

    @Test
    void inGermanTheWordsAreTheGermanBundlesAndTheDecimalSeparatorIsAComma() throws Exception {
        FigureData data = run(read("resonant-qubits.json"), 31.25);
        // S_A 0.66284, S_B 0.36537, S_AB 1.02818, S_C -2.6669e-5 at t = 31.25
        assertEquals("Entropien bei t = 31,25: S_A 0,663, S_B 0,365, S_AB 1,03 konstant, S_C -0,0000267",
                describe("entropies", data, Texts.of(Language.GERMAN)));
        assertEquals("Entropías en t = 31,25: S_A 0,663, S_B 0,365, S_AB 1,03 constante, S_C -0,0000267",
                describe("entropies", data, Texts.of(Language.SPANISH)));
        Texts persian = Texts.of(Language.PERSIAN);
        String fa = describe("entropies", data, persian);
        assertEquals(persian.get("a11y.at", "آنتروپی‌ها", "۳۱٫۲۵", String.join("، ",
                "S_A ۰٫۶۶۳", "S_B ۰٫۳۶۵", "S_AB ۱٫۰۳ ثابت", "S_C " + persian.number(-2.6668917885719345E-5, 3))), fa);
    }

    @Test
    void everyPanelOfEveryModeIsDescribedInEveryLanguageWithEveryArgumentFilled() throws Exception {
        List<String> files = List.of("resonant-qubits.json", "lindblad-qubit.json", "otto-qubit.json",
                "classical-bars.json", "qutrit-qubit.json", "two-oscillators.json");
        int described = 0;
        for (String file : files) {
            Preset preset = read(file);
            FigureData data = run(preset, 2 * TimeGrid.of(preset).dt());
            FigureData empty = new FigureData(preset, List.of(), List.of(), null, null, 1);
            for (Figure figure : Figures.forPreset(preset, 1)) {
                for (Language language : Language.values()) {
                    Texts texts = Texts.of(language);
                    String text = describe(figure.name(), data, texts);
                    assertFalse(text.isBlank());
                    assertFalse(text.contains("{") || text.contains("NaN"), file + " " + figure.name() + ": " + text);
                    assertTrue(text.startsWith(texts.get("a11y.panel." + figure.name())), text);
                    String none = describe(figure.name(), empty, texts);
                    assertTrue(none.equals(texts.get("a11y.noFrame", texts.get("a11y.panel." + figure.name())))
                            || figure.name().equals("engine"), none);
                    described++;
                }
            }
        }
        assertEquals(4 * (5 * 7 + 5), described, "seven panels for five quantum presets, five for the classical one");
    }
}
