package dev.clausius.app.session;

import dev.clausius.preset.ComplexValue;
import dev.clausius.preset.CouplingSpec;
import dev.clausius.preset.EngineSpec;
import dev.clausius.preset.Mode;
import dev.clausius.preset.OpenSpec;
import dev.clausius.preset.Preset;
import dev.clausius.preset.SubsystemSpec;
import dev.clausius.preset.TimeSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.Function;

/**
 * The editable numbers of a preset for the parameter sheet: omegas, dimensions, temperatures, the
 * first coupling, dt and end, bath rates, engine strokes. Bounds keep edits to systems the explorer
 * can show (dimension limits are checked again by the preset reader).
 */
public final class PresetParameters {
    private PresetParameters() {
    }

    static final double MAX_OMEGA = 100;
    static final double MAX_TEMPERATURE = 1000;

    public static List<Parameter> of(Preset p) {
        List<Parameter> list = new ArrayList<>();
        if (p.mode() == Mode.ENGINE) {
            engine(p, list);
        } else {
            subsystem(p, "A", p.subsystemA(), s -> withA(p, s), list);
            if (p.subsystemB() != null) {
                subsystem(p, "B", p.subsystemB(), s -> withB(p, s), list);
            }
            list.add(new Parameter("temperatures", "T_A", "$.temperatures.A", "initial temperature of A",
                    p.temperatureA(), 0, MAX_TEMPERATURE, false, v -> withTemperatures(p, v, p.temperatureB())));
            list.add(new Parameter("temperatures", p.mode() == Mode.OPEN ? "T_bath" : "T_B", "$.temperatures.B",
                    p.mode() == Mode.OPEN ? "bath temperature" : "initial temperature of B",
                    p.temperatureB(), 0, MAX_TEMPERATURE, false, v -> withTemperatures(p, p.temperatureA(), v)));
            if (p.coupling() instanceof CouplingSpec.Terms terms && !terms.terms().isEmpty()) {
                CouplingSpec.Term t = terms.terms().get(0);
                list.add(new Parameter("coupling", "g (real part)", "$.coupling[0].g",
                        "strength of " + t.operatorA() + " ⊗ " + t.operatorB() + (t.hermitianConjugate() ? " + h.c." : ""),
                        t.g().re(), -10, 10, false, v -> withFirstTerm(p, terms, t, v)));
            }
            if (p.open() != null) {
                list.add(new Parameter("bath", "gamma", "$.bath.gamma", "bath coupling rate g0", p.open().gamma(), 0, 100,
                        false, v -> copy(p, p.subsystemA(), p.subsystemB(), p.temperatureA(), p.temperatureB(),
                        p.coupling(), new OpenSpec(v, p.open().operator(), p.open().jumps()), p.engine(), p.time())));
            }
        }
        list.add(new Parameter("time", "dt", "$.time.dt", "output time step", p.time().dt(), 1e-4, 100, false,
                v -> copy(p, p.subsystemA(), p.subsystemB(), p.temperatureA(), p.temperatureB(), p.coupling(), p.open(),
                        p.engine(), new TimeSpec(v, p.time().end()))));
        if (!Double.isNaN(p.time().end())) {
            list.add(new Parameter("time", "end", "$.time.end", "last time of the run", p.time().end(), 0, 1e5, false,
                    v -> copy(p, p.subsystemA(), p.subsystemB(), p.temperatureA(), p.temperatureB(), p.coupling(),
                            p.open(), p.engine(), new TimeSpec(p.time().dt(), v))));
        }
        return list;
    }

    private static void subsystem(Preset p, String side, SubsystemSpec s, Function<SubsystemSpec, Preset> with,
                                  List<Parameter> list) {
        String at = "$." + side;
        if (s instanceof SubsystemSpec.Qubit q) {
            list.add(omega(side, at, q.omega(), v -> with.apply(new SubsystemSpec.Qubit(v))));
        } else if (s instanceof SubsystemSpec.Spin spin) {
            list.add(omega(side, at, spin.omega(), v -> with.apply(new SubsystemSpec.Spin(spin.j(), v))));
            list.add(new Parameter(side, "j", at + ".j", "spin quantum number (0.5, 1, 1.5, ...)", spin.j(), 0.5, 15,
                    false, v -> with.apply(new SubsystemSpec.Spin(v, spin.omega()))));
        } else if (s instanceof SubsystemSpec.Oscillator o) {
            list.add(omega(side, at, o.omega(), v -> with.apply(new SubsystemSpec.Oscillator(v, o.levels()))));
            list.add(new Parameter(side, "levels", at + ".levels", "Fock states kept", o.levels(), 2, 64, true,
                    v -> with.apply(new SubsystemSpec.Oscillator(o.omega(), (int) v))));
        } else if (s instanceof SubsystemSpec.Spins spins) {
            list.add(new Parameter(side, "n", at + ".n", "number of spins (dimension 2^n)", spins.n(), 1, 9, true,
                    v -> with.apply(new SubsystemSpec.Spins((int) v, resize(spins.omegas(), (int) v), spins.flipFlop()))));
            list.add(new Parameter(side, "J", at + ".J", "nearest-neighbour flip-flop", spins.flipFlop(), -10, 10, false,
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

    private static Parameter omega(String side, String at, double value, DoubleFunction<Preset> with) {
        return new Parameter(side, "omega", at + ".omega", "level spacing of " + side, value, 1e-3, MAX_OMEGA, false, with);
    }

    private static void engine(Preset p, List<Parameter> list) {
        EngineSpec e = p.engine();
        list.add(new Parameter("baths", "T_hot", "$.baths.hot.temperature", "hot bath temperature", e.hot().temperature(),
                1e-3, MAX_TEMPERATURE, false, v -> withEngine(p, new EngineSpec(e.medium(),
                new EngineSpec.Bath(v, e.hot().gamma()), e.cold(), e.strokes(), e.cycles()))));
        list.add(new Parameter("baths", "T_cold", "$.baths.cold.temperature", "cold bath temperature",
                e.cold().temperature(), 1e-3, MAX_TEMPERATURE, false, v -> withEngine(p, new EngineSpec(e.medium(),
                e.hot(), new EngineSpec.Bath(v, e.cold().gamma()), e.strokes(), e.cycles()))));
        list.add(new Parameter("baths", "gamma_hot", "$.baths.hot.gamma", "hot bath rate", e.hot().gamma(), 1e-4, 100,
                false, v -> withEngine(p, new EngineSpec(e.medium(), new EngineSpec.Bath(e.hot().temperature(), v),
                e.cold(), e.strokes(), e.cycles()))));
        list.add(new Parameter("baths", "gamma_cold", "$.baths.cold.gamma", "cold bath rate", e.cold().gamma(), 1e-4, 100,
                false, v -> withEngine(p, new EngineSpec(e.medium(), e.hot(),
                new EngineSpec.Bath(e.cold().temperature(), v), e.strokes(), e.cycles()))));
        list.add(new Parameter("cycle", "cycles", "$.cycles", "number of cycles", e.cycles(), 1, 1000, true,
                v -> withEngine(p, new EngineSpec(e.medium(), e.hot(), e.cold(), e.strokes(), (int) v))));
        for (int i = 0; i < e.strokes().size(); i++) {
            EngineSpec.Stroke s = e.strokes().get(i);
            int index = i;
            String at = "$.strokes[" + i + "]";
            String what = s.bath() == null ? "isolated" : s.bath() + " bath";
            list.add(new Parameter("stroke " + i + " (" + what + ")", "duration " + i, at + ".duration",
                    "0 = sudden quench", s.duration(), 0, 1e4, false, v -> withStroke(p, index,
                    new EngineSpec.Stroke(s.bath(), s.omegaStart(), s.omegaEnd(), v))));
            list.add(new Parameter("stroke " + i + " (" + what + ")", "omega start " + i, at + ".omega[0]",
                    "omega at the stroke's start", s.omegaStart(), 1e-3, MAX_OMEGA, false, v -> withStroke(p, index,
                    new EngineSpec.Stroke(s.bath(), v, s.omegaEnd(), s.duration()))));
            list.add(new Parameter("stroke " + i + " (" + what + ")", "omega end " + i, at + ".omega[1]",
                    "omega at the stroke's end", s.omegaEnd(), 1e-3, MAX_OMEGA, false, v -> withStroke(p, index,
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
