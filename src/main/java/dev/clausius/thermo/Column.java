package dev.clausius.thermo;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The time-series columns (docs/conventions.md), in the order Clausius writes them; each name is defined here only. */
public enum Column {
    TIME("t", "time", Frame::time),
    ENTROPY_A("S_A", "nats", Frame::entropyA),
    ENTROPY_B("S_B", "nats", Frame::entropyB),
    ENTROPY_AB("S_AB", "nats", Frame::entropyAB),
    CORRELATION_ENTROPY("S_C", "nats", Frame::correlationEntropy),
    MUTUAL_INFORMATION("I_AB", "nats", Frame::mutualInformation),
    ENERGY_A("E_A", "energy", Frame::energyA),
    ENERGY_B("E_B", "energy", Frame::energyB),
    ENERGY_COUPLING("E_V", "energy", Frame::energyCoupling),
    HEAT_A("Q_A", "energy", Frame::heatA),
    HEAT_B("Q_B", "energy", Frame::heatB),
    ENTROPY_RATE_A("dS_A", "nats/time", Frame::entropyRateA),
    HEAT_RATE_A("dQ_A", "energy/time", Frame::heatRateA),
    ENTROPY_RATE_B("dS_B", "nats/time", Frame::entropyRateB),
    HEAT_RATE_B("dQ_B", "energy/time", Frame::heatRateB),
    SPOHN_PRODUCTION("sigma_spohn", "nats", Frame::spohnProduction),
    INTERIOR_PRODUCTION_A("interior_A", "nats/time", Frame::interiorProductionA),
    EXTERIOR_PRODUCTION_A("exterior_A", "nats/time", Frame::exteriorProductionA),
    GENERALIZED_TEMPERATURE_A("T_A_gen", "energy", Frame::generalizedTemperatureA),
    GENERALIZED_TEMPERATURE_B("T_B_gen", "energy", Frame::generalizedTemperatureB),
    RELATIVE_ENTROPY_B("D_B", "nats", Frame::relativeEntropyB),
    // engine mode only: cumulative since t = 0
    CYCLE("cycle", "", f -> f.engine() == null ? Double.NaN : f.engine().cycle(), Scope.ENGINE),
    STROKE("stroke", "", f -> f.engine() == null ? Double.NaN : f.engine().stroke(), Scope.ENGINE),
    OMEGA("omega", "energy", f -> f.engine() == null ? Double.NaN : f.engine().omega(), Scope.ENGINE),
    HEAT_HOT("Q_hot", "energy", f -> f.engine() == null ? Double.NaN : f.engine().heatHot(), Scope.ENGINE),
    HEAT_COLD("Q_cold", "energy", f -> f.engine() == null ? Double.NaN : f.engine().heatCold(), Scope.ENGINE),
    WORK("W", "energy", f -> f.engine() == null ? Double.NaN : f.engine().work(), Scope.ENGINE),
    // classical mode only (docs/conventions.md): the cells at the contact and the interior productions
    BORDER_TEMPERATURE_A("T_A_border", "energy", f -> f.classical() == null ? Double.NaN
            : f.classical().borderTemperatureA(), Scope.CLASSICAL),
    BORDER_TEMPERATURE_B("T_B_border", "energy", f -> f.classical() == null ? Double.NaN
            : f.classical().borderTemperatureB(), Scope.CLASSICAL),
    INTERIOR_PRODUCTION_B("interior_B", "nats/time", f -> f.classical() == null ? Double.NaN
            : f.classical().interiorProductionB(), Scope.CLASSICAL),
    INTERIOR_PRODUCTION_AB("interior_AB", "nats/time", f -> f.classical() == null ? Double.NaN
            : f.classical().interiorProductionAB(), Scope.CLASSICAL);

    /** Which time series a column belongs to. */
    private enum Scope { EVERY_MODE, ENGINE, CLASSICAL }

    private static final List<Column> EVERY_MODE = only(Scope.EVERY_MODE);
    private static final List<Column> ENGINE_MODE = only(Scope.EVERY_MODE, Scope.ENGINE);
    private static final List<Column> CLASSICAL_MODE = only(Scope.EVERY_MODE, Scope.CLASSICAL);
    private static final List<Column> ALL = List.of(values());

    private final String csvName;
    private final String unit;
    private final ToDoubleFunction<Frame> accessor;
    private final Scope scope;

    Column(String csvName, String unit, ToDoubleFunction<Frame> accessor) {
        this(csvName, unit, accessor, Scope.EVERY_MODE);
    }

    Column(String csvName, String unit, ToDoubleFunction<Frame> accessor, Scope scope) {
        this.csvName = csvName;
        this.unit = unit;
        this.accessor = accessor;
        this.scope = scope;
    }

    private static List<Column> only(Scope... scopes) {
        List<Scope> wanted = List.of(scopes);
        return Arrays.stream(values()).filter(c -> wanted.contains(c.scope)).toList();
    }

    /** The columns of a closed- or open-mode time series. */
    public static List<Column> timeSeries() {
        return EVERY_MODE;
    }

    /** The columns of an engine-mode time series: the closed/open columns, then the engine ledger. */
    public static List<Column> engineTimeSeries() {
        return ENGINE_MODE;
    }

    /** The columns of a classical-mode time series: the closed/open columns, then the border columns. */
    public static List<Column> classicalTimeSeries() {
        return CLASSICAL_MODE;
    }

    /** Every column of every mode, in enum order. */
    public static List<Column> all() {
        return ALL;
    }

    /** True for the integer columns (cycle, stroke), written without a decimal point. */
    public boolean isCount() {
        return this == CYCLE || this == STROKE;
    }

    /** True for the columns only an engine has (cycle, stroke, omega, Q_hot, Q_cold, W). */
    public boolean engineOnly() {
        return scope == Scope.ENGINE;
    }

    /** True for the columns only classical mode has (T_A_border, T_B_border, interior_B, interior_AB). */
    public boolean classicalOnly() {
        return scope == Scope.CLASSICAL;
    }

    /** The CSV header name, e.g. {@code S_A}. */
    public String csvName() {
        return csvName;
    }

    /** The unit, in hbar = k_B = 1 units. */
    public String unit() {
        return unit;
    }

    public double valueOf(Frame frame) {
        return accessor.applyAsDouble(frame);
    }
}
