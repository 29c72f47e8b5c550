package dev.clausius.linalg;

import java.util.Random;
import java.util.concurrent.TimeUnit;
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
 * The kernels a closed-mode frame is made of, at D = n: complex product (zgemm), the real-W
 * product on the (2n x n) real view (dgemm), the Hermitian eigen-decomposition with vectors
 * (zheevd, as the reduced states use it), partial traces over a qubit factor (A = 2, B = n/2), and
 * tr_A(H rho) from the nonzeros of a W1-like H. Run: docs/performance.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class KernelBenchmark {
    @Param({"64", "256", "512", "1024", "2048"})
    public int n;

    private ComplexMatrix x;
    private ComplexMatrix y;
    private ComplexMatrix out;
    private RealMatrix w;
    private HermitianEigensolver solver;
    private ComplexMatrix reducedA;
    private ComplexMatrix reducedB;
    private SparseComplexMatrix hamiltonian;

    @Setup(Level.Trial)
    public void setUp() {
        Random random = new Random(7);
        x = randomHermitian(n, random);
        y = randomHermitian(n, random);
        out = ComplexMatrix.zeros(n);
        w = new RealMatrix(n);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                w.set(i, j, random.nextGaussian());
            }
        }
        solver = new HermitianEigensolver(n);
        reducedA = ComplexMatrix.zeros(2);
        reducedB = ComplexMatrix.zeros(n / 2);
        hamiltonian = SparseComplexMatrix.of(spinBathLike(n));
    }

    static ComplexMatrix randomHermitian(int n, Random random) {
        ComplexMatrix m = ComplexMatrix.zeros(n);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i <= j; i++) {
                double re = random.nextGaussian();
                double im = i == j ? 0 : random.nextGaussian();
                m.set(i, j, re, im);
                m.set(j, i, re, -im);
            }
        }
        return m;
    }

    /** Diagonal plus sx (x) sum_k sx_k on a qubit and log2(n) - 1 spins: W1's sparsity. */
    static ComplexMatrix spinBathLike(int n) {
        ComplexMatrix h = ComplexMatrix.zeros(n);
        int dB = n / 2;
        for (int i = 0; i < n; i++) {
            h.set(i, i, 0.1 * i / n, 0);
            for (int bit = 1; bit < dB; bit <<= 1) {
                h.set(i, (i ^ dB) ^ bit, 0.04, 0);
            }
        }
        return h;
    }

    @Benchmark
    public ComplexMatrix zgemm() {
        Blas.multiply(x, false, y, false, out);
        return out;
    }

    @Benchmark
    public ComplexMatrix dgemmRealView() {
        Blas.multiplyByReal(x, w, true, out);
        return out;
    }

    @Benchmark
    public double zheevdWithVectors() {
        solver.solve(x);
        return solver.value(0);
    }

    @Benchmark
    public ComplexMatrix partialTraces() {
        PartialTrace.overB(x, 2, n / 2, reducedA);
        PartialTrace.overA(x, 2, n / 2, reducedB);
        return reducedB;
    }

    @Benchmark
    public ComplexMatrix sparsePartialTraceOfHRho() {
        hamiltonian.partialTraceOverAOfProduct(x, 2, n / 2, reducedB);
        return reducedB;
    }
}
