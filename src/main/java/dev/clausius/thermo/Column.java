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
    CYCLE("cycle", "", f -> f.engine() == null ? Double.NaN : f.engine().cycle(), true),
    STROKE("stroke", "", f -> f.engine() == null ? Double.NaN : f.engine().stroke(), true),
    OMEGA("omega", "energy", f -> f.engine() == null ? Double.NaN : f.engine().omega(), true),
    HEAT_HOT("Q_hot", "energy", f -> f.engine() == null ? Double.NaN : f.engine().heatHot(), true),
    HEAT_COLD("Q_cold", "energy", f -> f.engine() == null ? Double.NaN : f.engine().heatCold(), true),
    WORK("W", "energy", f -> f.engine() == null ? Double.NaN : f.engine().work(), true);

    private static final List<Column> EVERY_MODE = Arrays.stream(values()).filter(c -> !c.engineOnly).toList();
    private static final List<Column> ENGINE_MODE = List.of(values());

    private final String csvName;
    private final String unit;
    private final ToDoubleFunction<Frame> accessor;
    private final boolean engineOnly;

    Column(String csvName, String unit, ToDoubleFunction<Frame> accessor) {
        this(csvName, unit, accessor, false);
    }

    Column(String csvName, String unit, ToDoubleFunction<Frame> accessor, boolean engineOnly) {
        this.csvName = csvName;
        this.unit = unit;
        this.accessor = accessor;
        this.engineOnly = engineOnly;
    }

    /** The columns of a closed- or open-mode time series. */
    public static List<Column> timeSeries() {
        return EVERY_MODE;
    }

    /** The columns of an engine-mode time series: every column, the engine ledger last. */
    public static List<Column> engineTimeSeries() {
        return ENGINE_MODE;
    }

    /** True for the integer columns (cycle, stroke), written without a decimal point. */
    public boolean isCount() {
        return this == CYCLE || this == STROKE;
    }

    /** True for the columns only an engine has (cycle, stroke, omega, Q_hot, Q_cold, W). */
    public boolean engineOnly() {
        return engineOnly;
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
