package dev.clausius.app.session;

import dev.clausius.app.session.Parameter.Kind;
import dev.clausius.i18n.Texts;
import dev.clausius.preset.ComplexValue;
import dev.clausius.preset.CouplingSpec;
import dev.clausius.preset.EngineSpec;
import dev.clausius.preset.Mode;
import dev.clausius.preset.OpenSpec;
import dev.clausius.preset.Preset;
import dev.clausius.preset.SubsystemSpec;
import dev.clausius.preset.TimeSpec;
import dev.clausius.preset.optional.PresetOptions;
import dev.clausius.preset.optional.SliderRange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import java.util.function.Function;

/**
 * The editable numbers of a preset for the parameter sheet: omegas, dimensions, temperatures, the
 * first coupling, dt and end, bath rates, engine strokes. Bounds keep edits to systems the explorer
 * can show (dimension limits are checked again by the preset reader). Categories and descriptions
 * are in the language of the {@link Texts} given; names are symbols and stay. A new value outside
 * the preset's slider range for its path widens that range (the reader refuses a range without
 * its value).
 */
public final class PresetParameters {
    private PresetParameters() {
    }

    static final double MAX_OMEGA = 100;
    static final double MAX_TEMPERATURE = 1000;

    /** The parameters with English categories and descriptions. */
    public static List<Parameter> of(Preset p) {
        return of(p, Texts.english());
    }

    public static List<Parameter> of(Preset p, Texts t) {
        List<Parameter> list = new ArrayList<>();
        if (p.mode() == Mode.ENGINE) {
            engine(p, t, list);
        } else {
            subsystem(t, "A", p.subsystemA(), s -> withA(p, s), list);
            if (p.subsystemB() != null) {
                subsystem(t, "B", p.subsystemB(), s -> withB(p, s), list);
            }
            String temperatures = t.get("param.category.temperatures");
            list.add(new Parameter(temperatures, "T_A", "$.temperatures.A", t.get("param.temperatureA"),
                    p.temperatureA(), 0, MAX_TEMPERATURE, Kind.TEMPERATURE, v -> withTemperatures(p, v, p.temperatureB())));
            list.add(new Parameter(temperatures, p.mode() == Mode.OPEN ? "T_bath" : "T_B", "$.temperatures.B",
                    t.get(p.mode() == Mode.OPEN ? "param.bathTemperature" : "param.temperatureB"),
                    p.temperatureB(), 0, MAX_TEMPERATURE, Kind.TEMPERATURE, v -> withTemperatures(p, p.temperatureA(), v)));
            if (p.coupling() instanceof CouplingSpec.Terms terms && !terms.terms().isEmpty()) {
                CouplingSpec.Term term = terms.terms().get(0);
                list.add(new Parameter(t.get("param.category.coupling"), "g (real part)", "$.coupling[0].g",
                        t.get("param.coupling", term.operatorA() + " ⊗ " + term.operatorB()
                                + (term.hermitianConjugate() ? " + h.c." : "")),
                        term.g().re(), -10, 10, Kind.AMOUNT, v -> withFirstTerm(p, terms, term, v)));
            }
            if (p.open() != null) {
                list.add(new Parameter(t.get("param.category.bath"), "gamma", "$.bath.gamma", t.get("param.gamma"),
                        p.open().gamma(), 0, 100, Kind.RATE, v -> copy(p, p.subsystemA(), p.subsystemB(),
                        p.temperatureA(), p.temperatureB(), p.coupling(), new OpenSpec(v, p.open().operator(),
                        p.open().jumps()), p.engine(), p.time())));
            }
        }
        String time = t.get("param.category.time");
        list.add(new Parameter(time, "dt", "$.time.dt", t.get("param.dt"), p.time().dt(), 1e-4, 100, Kind.AMOUNT,
                v -> copy(p, p.subsystemA(), p.subsystemB(), p.temperatureA(), p.temperatureB(), p.coupling(), p.open(),
                        p.engine(), new TimeSpec(v, p.time().end()))));
        if (!Double.isNaN(p.time().end())) {
            list.add(new Parameter(time, "end", "$.time.end", t.get("param.end"), p.time().end(), 0, 1e5, Kind.AMOUNT,
                    v -> copy(p, p.subsystemA(), p.subsystemB(), p.temperatureA(), p.temperatureB(), p.coupling(),
                            p.open(), p.engine(), new TimeSpec(p.time().dt(), v))));
        }
        List<Parameter> kept = new ArrayList<>();
        for (Parameter q : list) {
            DoubleFunction<Preset> with = q.with();
            kept.add(new Parameter(q.category(), q.name(), q.path(), q.description(), q.value(), q.min(), q.max(),
                    q.kind(), v -> widenRange(with.apply(v), q.path(), v)));
        }
        return kept;
    }

    /**
     * {@code edited} with its {@code ranges} entry for {@code path} ($.a.b or a.b) widened to hold
     * {@code value}: the reader refuses a range without its value, and a value typed outside the
     * preset's slider span is still a value the person chose.
     */
    static Preset widenRange(Preset edited, String path, double value) {
        PresetOptions options = edited.options();
        String key = options.ranges().containsKey(path) ? path
                : path.startsWith("$.") && options.ranges().containsKey(path.substring(2)) ? path.substring(2) : null;
        SliderRange range = key == null ? null : options.ranges().get(key);
        if (range == null || (value >= range.min() && value <= range.max())) {
            return edited;
        }
        Map<String, SliderRange> ranges = new LinkedHashMap<>(options.ranges());
        ranges.put(key, new SliderRange(Math.min(range.min(), value), Math.max(range.max(), value)));
        return new Preset(edited.name(), edited.description(), edited.mode(), edited.subsystemA(), edited.subsystemB(),
                edited.temperatureA(), edited.temperatureB(), edited.coupling(), edited.open(), edited.engine(),
                edited.time(), edited.classical(), new PresetOptions(ranges, options.translations()));
    }

    private static void subsystem(Texts t, String side, SubsystemSpec s, Function<SubsystemSpec, Preset> with,
                                  List<Parameter> list) {
        String at = "$." + side;
        if (s instanceof SubsystemSpec.Qubit q) {
            list.add(omega(t, side, at, q.omega(), v -> with.apply(new SubsystemSpec.Qubit(v))));
        } else if (s instanceof SubsystemSpec.Spin spin) {
            list.add(omega(t, side, at, spin.omega(), v -> with.apply(new SubsystemSpec.Spin(spin.j(), v))));
            list.add(new Parameter(side, "j", at + ".j", t.get("param.j"), spin.j(), 0.5, 15,
                    Kind.HALF_INTEGER, v -> with.apply(new SubsystemSpec.Spin(v, spin.omega()))));
        } else if (s instanceof SubsystemSpec.Oscillator o) {
            list.add(omega(t, side, at, o.omega(), v -> with.apply(new SubsystemSpec.Oscillator(v, o.levels()))));
            list.add(new Parameter(side, "levels", at + ".levels", t.get("param.levels"), o.levels(), 2, 64, Kind.COUNT,
                    v -> with.apply(new SubsystemSpec.Oscillator(o.omega(), (int) v))));
        } else if (s instanceof SubsystemSpec.Spins spins) {
            list.add(new Parameter(side, "n", at + ".n", t.get("param.n"), spins.n(), 1, 9, Kind.COUNT,
                    v -> with.apply(new SubsystemSpec.Spins((int) v, resize(spins.omegas(), (int) v), spins.flipFlop()))));
            list.add(new Parameter(side, "J", at + ".J", t.get("param.J"), spins.flipFlop(), -10, 10, Kind.AMOUNT,
                    v -> with.apply(new SubsystemSpec.Spins(spins.n(), spins.omegas(), v))));
        }
    }

    private static List<Double> resize(List<Double> omegas, int n) {
        List<Double> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(omegas.get(Math.min(k, omegas.size() - 1)));
        }
        return out;
    }

    private static Parameter omega(Texts t, String side, String at, double value, DoubleFunction<Preset> with) {
        return new Parameter(side, "omega", at + ".omega", t.get("param.omega", side), value, 1e-3, MAX_OMEGA,
                Kind.AMOUNT, with);
    }

    private static void engine(Preset p, Texts t, List<Parameter> list) {
        EngineSpec e = p.engine();
        String baths = t.get("param.category.baths");
        list.add(new Parameter(baths, "T_hot", "$.baths.hot.temperature", t.get("param.hot.temperature"),
                e.hot().temperature(), 1e-3, MAX_TEMPERATURE, Kind.TEMPERATURE, v -> withEngine(p, new EngineSpec(e.medium(),
                new EngineSpec.Bath(v, e.hot().gamma()), e.cold(), e.strokes(), e.cycles()))));
        list.add(new Parameter(baths, "T_cold", "$.baths.cold.temperature", t.get("param.cold.temperature"),
                e.cold().temperature(), 1e-3, MAX_TEMPERATURE, Kind.TEMPERATURE, v -> withEngine(p, new EngineSpec(e.medium(),
                e.hot(), new EngineSpec.Bath(v, e.cold().gamma()), e.strokes(), e.cycles()))));
        list.add(new Parameter(baths, "gamma_hot", "$.baths.hot.gamma", t.get("param.hot.gamma"), e.hot().gamma(), 1e-4,
                100, Kind.RATE, v -> withEngine(p, new EngineSpec(e.medium(), new EngineSpec.Bath(e.hot().temperature(), v),
                e.cold(), e.strokes(), e.cycles()))));
        list.add(new Parameter(baths, "gamma_cold", "$.baths.cold.gamma", t.get("param.cold.gamma"), e.cold().gamma(),
                1e-4, 100, Kind.RATE, v -> withEngine(p, new EngineSpec(e.medium(), e.hot(),
                new EngineSpec.Bath(e.cold().temperature(), v), e.strokes(), e.cycles()))));
        list.add(new Parameter(t.get("param.category.cycle"), "cycles", "$.cycles", t.get("param.cycles"), e.cycles(),
                1, 1000, Kind.COUNT, v -> withEngine(p, new EngineSpec(e.medium(), e.hot(), e.cold(), e.strokes(), (int) v))));
        for (int i = 0; i < e.strokes().size(); i++) {
            EngineSpec.Stroke s = e.strokes().get(i);
            int index = i;
            String at = "$.strokes[" + i + "]";
            String stroke = t.get("param.category.stroke", i,
                    t.get(s.bath() == null ? "param.stroke.isolated" : "param.stroke." + s.bath()));
            list.add(new Parameter(stroke, "duration " + i, at + ".duration", t.get("param.duration"), s.duration(), 0,
                    1e4, Kind.AMOUNT, v -> withStroke(p, index, new EngineSpec.Stroke(s.bath(), s.omegaStart(),
                    s.omegaEnd(), v))));
            list.add(new Parameter(stroke, "omega start " + i, at + ".omega[0]", t.get("param.omegaStart"),
                    s.omegaStart(), 1e-3, MAX_OMEGA, Kind.AMOUNT, v -> withStroke(p, index,
                    new EngineSpec.Stroke(s.bath(), v, s.omegaEnd(), s.duration()))));
            list.add(new Parameter(stroke, "omega end " + i, at + ".omega[1]", t.get("param.omegaEnd"),
                    s.omegaEnd(), 1e-3, MAX_OMEGA, Kind.AMOUNT, v -> withStroke(p, index,
                    new EngineSpec.Stroke(s.bath(), s.omegaStart(), v, s.duration()))));
        }
    }
    private static Preset withStroke(Preset p, int index, EngineSpec.Stroke stroke) {
        EngineSpec e = p.engine();
        List<EngineSpec.Stroke> strokes = new ArrayList<>(e.strokes());
        strokes.set(index, stroke);
        return withEngine(p, new EngineSpec(e.medium(), e.hot(), e.cold(), List.copyOf(strokes), e.cycles()));
    }

    private static Preset withEngine(Preset p, EngineSpec engine) {
        return copy(p, p.subsystemA(), p.subsystemB(), p.temperatureA(), p.temperatureB(), p.coupling(), p.open(),
                engine, p.time());
    }

    private static Preset withA(Preset p, SubsystemSpec a) {
        return copy(p, a, p.subsystemB(), p.temperatureA(), p.temperatureB(), p.coupling(), p.open(), p.engine(), p.time());
    }

    private static Preset withB(Preset p, SubsystemSpec b) {
        return copy(p, p.subsystemA(), b, p.temperatureA(), p.temperatureB(), p.coupling(), p.open(), p.engine(), p.time());
    }

    private static Preset withTemperatures(Preset p, double a, double b) {
        return copy(p, p.subsystemA(), p.subsystemB(), a, b, p.coupling(), p.open(), p.engine(), p.time());
    }

    private static Preset withFirstTerm(Preset p, CouplingSpec.Terms terms, CouplingSpec.Term t, double re) {
        List<CouplingSpec.Term> list = new ArrayList<>(terms.terms());
        list.set(0, new CouplingSpec.Term(new ComplexValue(re, t.g().im()), t.operatorA(), t.operatorB(),
                t.hermitianConjugate(), t.spread(), t.seed()));
        return copy(p, p.subsystemA(), p.subsystemB(), p.temperatureA(), p.temperatureB(),
                new CouplingSpec.Terms(List.copyOf(list)), p.open(), p.engine(), p.time());
    }

    private static Preset copy(Preset p, SubsystemSpec a, SubsystemSpec b, double ta, double tb, CouplingSpec coupling,
                               OpenSpec open, EngineSpec engine, TimeSpec time) {
        return new Preset(p.name(), p.description(), p.mode(), a, b, ta, tb, coupling, open, engine, time, p.classical(), p.options());
    }
}
