package dev.clausius.dynamics;

import dev.clausius.linalg.Complex;
import dev.clausius.linalg.ComplexMatrix;
import dev.clausius.linalg.KernelFloor;
import dev.clausius.quantum.BipartiteSystem;
import dev.clausius.quantum.Coupling;
import dev.clausius.quantum.Subsystem;
import dev.clausius.quantum.Subsystems;
import dev.clausius.thermo.Frame;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One closed-mode frame with every CSV column, on W1's family (a qubit, sx (x) sum_k sx_k,
 * log2(D) - 1 free spins with omegas 0.8..1.2) at D = 64 ... 2048, with the invariant blocks
 * ({@code blocks = true}) and on the dense path, next to its kernel floor (the same BLAS/LAPACK
 * calls alone). Run: docs/performance.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class FrameBenchmark {
    @Param({"64", "256", "512", "1024", "2048"})
    public int dimension;

    @Param({"true", "false"})
    public boolean blocks;

    private ClosedEvolver evolver;
    private KernelFloor floor;
    private int step;

    /** W1's family at dimension 2^(n+1). */
    static BipartiteSystem spinBath(int dimension) {
        int spins = Integer.numberOfTrailingZeros(dimension) - 1;
        List<Double> omegas = IntStream.range(0, spins).mapToObj(k -> 0.8 + 0.4 * k / Math.max(1, spins - 1)).toList();
        Subsystem a = Subsystems.qubit(1);
        Subsystem b = Subsystems.spins(omegas, 0);
        ComplexMatrix v = new Coupling(a, b).add(new Complex(0.04, 0), "sx", "sx[*]", false).matrix();
        return new BipartiteSystem(a, b, v, 0.25, 1.5);
    }

    @Setup(Level.Trial)
    public void setUp() {
        BipartiteSystem system = spinBath(dimension);
        evolver = ClosedEvolver.withBlocks(system, blocks);
        int dA = system.a().dimension();
        int dB = system.b().dimension();
        floor = new KernelFloor(evolver.blocks(), evolver.blocks().reduced(dA, dB, true),
                evolver.blocks().reduced(dA, dB, false), system.hamiltonian().isReal());
    }

    /** The same BLAS/LAPACK calls as one frame, alone: the frame's kernel floor. */
    @Benchmark
    public KernelFloor kernelFloor() {
        floor.run();
        return floor;
    }

    @Benchmark
    public Frame frame() {
        step++;
        return evolver.frameAt(0.5 * step);
    }
}
