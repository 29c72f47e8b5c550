package dev.clausius.dynamics.engine;

import dev.clausius.dynamics.Evolver;
import dev.clausius.linalg.ComplexMatrix;
import dev.clausius.thermo.Column;
import dev.clausius.thermo.EngineLedger;
import dev.clausius.thermo.Frame;
import dev.clausius.thermo.GeneralizedTemperature;
import dev.clausius.thermo.Invariants;
import dev.clausius.thermo.StateSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * Engine mode: a medium H(t) = omega(t) H1 driven through the strokes of its preset, cycle after
 * cycle, in contact with the hot or cold bath or isolated; a zero-duration stroke is a sudden
 * quench (the state does not change, the work tr(rho Delta H) is done at once). Time runs forward:
 * asking for an earlier time starts again from t = 0.
 */
public final class EngineEvolver implements Evolver {
    /** Times closer than this (relative) to a stroke boundary count as on it. */
    private static final double BOUNDARY_TOLERANCE = 1e-12;
    private final EngineSchedule schedule;
    private final PopulationMasterEquation equation;
    private final EngineIntegrator integrator;
    private final List<EngineSchedule.Segment> segments;
    private final double[] populationRate;
    private final List<CycleRecord> cycles = new ArrayList<>();
    private EngineState state;
    private EngineState cycleStart;
    private double cycleStartEnergy;
    private double time;
    private double omega;
    private int index;

    public EngineEvolver(EngineSchedule schedule, ComplexMatrix unitHamiltonian, ComplexMatrix bathOperator) {
        this.schedule = schedule;
        this.equation = new PopulationMasterEquation(unitHamiltonian, bathOperator);
        this.integrator = new EngineIntegrator(equation);
        this.segments = schedule.segments();
        this.populationRate = new double[equation.dimension()];
        reset();
    }

    /** Back to t = 0: the Gibbs state of the cold bath at the first stroke's omega. */
    private void reset() {
        omega = segments.get(0).omegaStart();
        state = new EngineState(equation.gibbs(omega, schedule.spec().cold().temperature()));
        time = 0;
        index = 0;
        cycles.clear();
        startCycle();
    }

    private void startCycle() {
        cycleStart = state.copy();
        cycleStartEnergy = energy();
    }

    @Override
    public int dimension() {
        return equation.dimension();
    }

    @Override
    public List<Column> columns() {
        return Column.engineTimeSeries();
    }

    public EngineSchedule schedule() {
        return schedule;
    }

    @Override
    public Frame frameAt(double t) {
        if (t < time * (1 - BOUNDARY_TOLERANCE) - BOUNDARY_TOLERANCE) {
            reset();
        }
        advanceTo(t);
        return frame(t);
    }

    /** Trace and positivity of the populations; the closed-mode conservation checks do not apply. */
    @Override
    public Invariants invariants() {
        double sum = 0;
        double smallest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < equation.dimension(); i++) {
            sum += state.population(i);
            smallest = Math.min(smallest, state.population(i));
        }
        // a diagonal state is Hermitian by construction: 0, not "unknown"
        return new Invariants(Math.abs(sum - 1), 0.0, smallest, Double.NaN, Double.NaN, Double.NaN, 0.0);
    }

    /** The medium's state in its own basis (for a qubit index 0 = |e>). */
    @Override
    public StateSnapshot stateA() {
        double[] p = new double[equation.dimension()];
        for (int i = 0; i < p.length; i++) {
            p[i] = state.population(i);
        }
        double[][][] rho = equation.densityMatrix(p);
        return new StateSnapshot(rho[0], rho[1]);
    }

    /** Every completed cycle so far. */
    public List<CycleRecord> completedCycles() {
        return List.copyOf(cycles);
    }

    /** Runs to the end of the last cycle and summarizes it (`run --summary`). */
    public EngineSummary summary() {
        advanceTo(schedule.end());
        CycleRecord last = cycles.get(cycles.size() - 1);
        return EngineSummary.of(last, schedule.spec().cold().temperature(), schedule.spec().hot().temperature());
    }

    private void advanceTo(double t) {
        double tolerance = BOUNDARY_TOLERANCE * Math.max(1, Math.abs(t));
        while (index < segments.size()) {
            EngineSchedule.Segment segment = segments.get(index);
            if (segment.start() > t + tolerance) {
                break;
            }
            if (segment.isQuench()) {
                // Delta W_on = tr(rho (H(omega') - H(omega))): the state is unchanged
                state.addToLedger(EngineState.WORK_ON, (segment.omegaEnd() - omega) * meanLevel());
                omega = segment.omegaEnd();
                finishSegment(segment);
                continue;
            }
            double target = Math.min(t, segment.end());
            integrator.advance(state, segment, Math.max(time, segment.start()), target);
            time = Math.max(time, target);
            omega = segment.omegaAt(time);
            if (time >= segment.end() - tolerance) {
                time = segment.end();
                omega = segment.omegaEnd();
                finishSegment(segment);
            } else {
                break;
            }
        }
        time = Math.max(time, t);
    }

    private void finishSegment(EngineSchedule.Segment segment) {
        index++;
        boolean closesCycle = index == segments.size() || segments.get(index).cycle() != segment.cycle();
        if (closesCycle) {
            cycles.add(new CycleRecord(segment.cycle(),
                    state.ledger(EngineState.HEAT_HOT) - cycleStart.ledger(EngineState.HEAT_HOT),
                    state.ledger(EngineState.HEAT_COLD) - cycleStart.ledger(EngineState.HEAT_COLD),
                    -(state.ledger(EngineState.WORK_ON) - cycleStart.ledger(EngineState.WORK_ON)),
                    state.ledger(EngineState.TEMPERATURE_ENTROPY_HOT) - cycleStart.ledger(EngineState.TEMPERATURE_ENTROPY_HOT),
                    state.ledger(EngineState.TEMPERATURE_ENTROPY_COLD) - cycleStart.ledger(EngineState.TEMPERATURE_ENTROPY_COLD),
                    energy() - cycleStartEnergy));
            startCycle();
        }
    }

    private double meanLevel() {
        double sum = 0;
        for (int i = 0; i < equation.dimension(); i++) {
            sum += state.population(i) * equation.energy(i);
        }
        return sum;
    }

    private double energy() {
        return omega * meanLevel();
    }

    /** The segment the medium is in now (after every quench at this instant). */
    private EngineSchedule.Segment current() {
        return segments.get(Math.min(index, segments.size() - 1));
    }

    private Frame frame(double t) {
        EngineSchedule.Segment segment = current();
        boolean inContact = index < segments.size() && segment.contact() != EngineSchedule.Contact.NONE;
        int d = equation.dimension();
        double[] p = new double[d];
        for (int i = 0; i < d; i++) {
            p[i] = state.population(i);
        }
        equation.rate(p, omega, segment.temperature(), inContact ? segment.gamma() : 0, populationRate);
        double entropy = 0;
        double entropyRate = 0;
        double heatRate = 0;
        boolean fullRank = true;
        for (int i = 0; i < d; i++) {
            heatRate += populationRate[i] * omega * equation.energy(i);
            if (p[i] > 0) {
                entropy -= p[i] * Math.log(p[i]);
                entropyRate -= populationRate[i] * Math.log(p[i]);
            } else {
                fullRank = false;
            }
        }
        if (!fullRank) {
            entropyRate = Double.NaN; // ln 0
        }
        double nan = Double.NaN;
        // rho is diagonal in H's eigenbasis, so [H, rho] = 0 and the interior term (Eq. 11) is exactly 0
        double interior = fullRank ? 0.0 : nan;
        EngineLedger ledger = new EngineLedger(segment.cycle(), segment.stroke(), omega,
                state.ledger(EngineState.HEAT_HOT), state.ledger(EngineState.HEAT_COLD),
                -state.ledger(EngineState.WORK_ON));
        return new Frame(t, entropy, nan, entropy, nan, nan, energy(), nan, nan, nan, nan,
                entropyRate, heatRate, nan, nan, nan, interior, entropyRate,
                GeneralizedTemperature.of(heatRate, entropyRate), nan, nan, ledger);
    }
}
