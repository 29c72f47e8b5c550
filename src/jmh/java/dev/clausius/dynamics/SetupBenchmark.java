package dev.clausius.dynamics;

import dev.clausius.linalg.Complex;
import dev.clausius.linalg.ComplexMatrix;
import dev.clausius.quantum.BipartiteSystem;
import dev.clausius.quantum.Coupling;
import dev.clausius.quantum.Subsystem;
import dev.clausius.quantum.Subsystems;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The one-time set-up of a closed evolver on W1's family (the system with its Gibbs states, the
 * blocks, one diagonalization per block, rho(0) in the eigenbasis) on the JVM's LAPACK backend:
 * run once as it is and once with {@code -jvmArgsAppend "-Xmx4g -Dclausius.lapack=java"}
 * (decision 0011, docs/performance.md). {@code bath = sx} is W1's real coupling (dsyevd per
 * block); {@code sy} makes H complex (zheevd, or the real embedding of twice the size in Java).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class SetupBenchmark {
    @Param({"512", "1024"})
    public int dimension;

    @Param({"sx", "sy"})
    public String bath;

    @Benchmark
    public ClosedEvolver setup() {
        int spins = Integer.numberOfTrailingZeros(dimension) - 1;
        List<Double> omegas = IntStream.range(0, spins).mapToObj(k -> 0.8 + 0.4 * k / Math.max(1, spins - 1)).toList();
        Subsystem a = Subsystems.qubit(1);
        Subsystem b = Subsystems.spins(omegas, 0);
        ComplexMatrix v = new Coupling(a, b).add(new Complex(0.04, 0), "sx", bath + "[*]", false).matrix();
        return new ClosedEvolver(new BipartiteSystem(a, b, v, 0.25, 1.5));
    }
}
