package dev.clausius.tour;

import dev.clausius.dynamics.engine.CycleRecord;
import dev.clausius.preset.Mode;
import dev.clausius.thermo.Column;
import dev.clausius.thermo.Frame;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The numbers a tour step's check may name: every CSV column of every mode (by its header name),
 * Spohn's production rate, and the efficiencies of the last completed engine cycle.
 */
public final class Quantity {

    /** dS_A/dt - (dQ_A/dt)/T_B: the rate of paper Eq. 14, never negative with a Markovian bath. */
    public static final String SPOHN_RATE = "spohn_rate";
    /** Paper Eq. 19 with the medium's generalized temperatures, of the last completed cycle. */
    public static final String ETA_EQ19 = "eta_eq19";
    /**
     * Sigma - (I + D(rho_B || rho_B(0)) + (E_V(t) - E_V(0))/T_B): the exact decomposition of the
     * closed mode (docs/conventions.md, check 5), zero up to round-off.
     */
    public static final String IDENTITY_RESIDUAL = "identity_residual";
    /** W / Q_hot of the last completed cycle. */
    public static final String ETA_ENERGY = "eta_energy";

    /** Columns that are NaN without a subsystem B (open and engine mode; classical bodies have a B). */
    private static final Set<String> NEED_B = Set.of("S_B", "S_C", "I_AB", "E_B", "E_V", "Q_B", "dS_B", "dQ_B",
            "T_B_gen", "D_B");
    /** Columns (and rates) whose fixed-H_A formulas do not carry over to an engine. */
    private static final Set<String> NOT_IN_ENGINE = Set.of("Q_A", "sigma_spohn", SPOHN_RATE);
    /** Quantities of the closed mode only. */
    private static final Set<String> CLOSED_ONLY = Set.of(IDENTITY_RESIDUAL);
    /**
     * Classical bodies have a B but no density matrix: D(rho_B || rho_B(0)) is NaN there
     * (docs/conventions.md, classical mode), while S_B, S_C = I_AB = 0, E_V = 0 and Q_B are numbers.
     */
    private static final Set<String> NOT_IN_CLASSICAL = Set.of("D_B", IDENTITY_RESIDUAL);

    private Quantity() {
    }

    /** Every name a check accepts. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        Column.all().forEach(c -> names.add(c.csvName()));
        names.addAll(List.of(SPOHN_RATE, IDENTITY_RESIDUAL, ETA_EQ19, ETA_ENERGY));
        return names;
    }

    /**
     * Why {@code name} cannot be checked for a preset of {@code mode}, or empty when it can; with
     * {@code mode} null (the preset did not read) only whether the name exists.
     */
    public static Optional<String> problem(String name, Mode mode) {
        if (!names().contains(name)) {
            return Optional.of("unknown quantity '" + name + "' (allowed: " + String.join(", ", names()) + ")");
        }
        if (mode == null) {
            return Optional.empty();
        }
        boolean engineOnly = isCycleQuantity(name) || column(name).map(Column::engineOnly).orElse(false);
        if (engineOnly && mode != Mode.ENGINE) {
            return Optional.of(name + " exists only in engine mode, and this preset is in " + modeName(mode) + " mode");
        }
        boolean classicalOnly = column(name).map(Column::classicalOnly).orElse(false);
        if (classicalOnly && mode != Mode.CLASSICAL) {
            return Optional.of(name + " exists only in classical mode, and this preset is in " + modeName(mode) + " mode");
        }
        if (mode == Mode.CLASSICAL) {
            return NOT_IN_CLASSICAL.contains(name)
                    ? Optional.of(name + " is NaN in classical mode (the bodies have no density matrix)")
                    : Optional.empty();
        }
        if (mode != Mode.CLOSED && (NEED_B.contains(name) || CLOSED_ONLY.contains(name))) {
            return Optional.of(name + " is NaN in " + modeName(mode) + " mode (there is no subsystem B)");
        }
        if (mode == Mode.ENGINE && NOT_IN_ENGINE.contains(name)) {
            return Optional.of(name + " is NaN in engine mode (H_A changes in time)");
        }
        return Optional.empty();
    }

    /** True for the quantities read from completed cycles rather than from a frame. */
    public static boolean isCycleQuantity(String name) {
        return ETA_EQ19.equals(name) || ETA_ENERGY.equals(name);
    }

    /**
     * The value of a frame quantity; {@code first} is the frame at t = 0 (for E_V(0)) and
     * {@code bathTemperature} is T_B.
     */
    public static double ofFrame(String name, Frame frame, Frame first, double bathTemperature) {
        if (SPOHN_RATE.equals(name)) {
            return frame.entropyRateA() - frame.heatRateA() / bathTemperature; // Eq. 14, differentiated
        }
        if (IDENTITY_RESIDUAL.equals(name)) {
            return frame.spohnProduction() - (frame.mutualInformation() + frame.relativeEntropyB()
                    + (frame.energyCoupling() - first.energyCoupling()) / bathTemperature);
        }
        return column(name).orElseThrow(() -> new IllegalArgumentException("not a frame quantity: " + name))
                .valueOf(frame);
    }

    /** The value of a cycle quantity for one completed cycle. */
    public static double ofCycle(String name, CycleRecord cycle) {
        return ETA_EQ19.equals(name) ? cycle.generalizedTemperatureEfficiency() : cycle.energyEfficiency();
    }

    private static Optional<Column> column(String name) {
        return Column.all().stream().filter(c -> c.csvName().equals(name)).findFirst();
    }

    private static String modeName(Mode mode) {
        return mode.name().toLowerCase(java.util.Locale.ROOT);
    }
}
