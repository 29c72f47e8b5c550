package dev.clausius.dynamics.lindblad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clausius.linalg.ComplexMatrix;
import dev.clausius.testing.NaiveMatrix;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LindbladGeneratorTest {
    private static final double TOL = 1e-12;

    /** Eq. 7-8 written out term by term with the naive oracle. */
    private static NaiveMatrix naiveRate(NaiveMatrix h, List<NaiveMatrix> ls, double[] rates, NaiveMatrix rho,
                                         boolean withHamiltonian) {
        NaiveMatrix out = new NaiveMatrix(rho.rows(), rho.columns());
        if (withHamiltonian) {
            out = h.times(rho).minus(rho.times(h)).scale(0, -1);
        }
        for (int k = 0; k < ls.size(); k++) {
            NaiveMatrix l = ls.get(k);
            NaiveMatrix ldl = l.adjoint().times(l);
            NaiveMatrix term = l.times(rho).times(l.adjoint())
                    .minus(ldl.times(rho).plus(rho.times(ldl)).scale(0.5));
            out = out.plus(term.scale(rates[k]));
        }
        return out;
    }

    private record Case(NaiveMatrix h, List<NaiveMatrix> ls, double[] rates, LindbladGenerator generator) {
    }

    private static Case randomCase(int d, long seed) {
        Random random = new Random(seed);
        NaiveMatrix h = NaiveMatrix.randomHermitian(d, random);
        List<NaiveMatrix> ls = List.of(NaiveMatrix.random(d, random), NaiveMatrix.random(d, random),
                NaiveMatrix.random(d, random));
        double[] rates = {0.3, 1.7, 0.0};
        List<JumpOperator> jumps = List.of(new JumpOperator(ls.get(0).toComplexMatrix(), rates[0]),
                new JumpOperator(ls.get(1).toComplexMatrix(), rates[1]),
                new JumpOperator(ls.get(2).toComplexMatrix(), rates[2]));
        return new Case(h, ls, rates, new LindbladGenerator(h.toComplexMatrix(), jumps));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 6})
    void applyAndDissipatorAgreeWithTheTextbookFormula(int d) {
        Case c = randomCase(d, 10 + d);
        NaiveMatrix rho = NaiveMatrix.randomDensity(d, new Random(d));
        ComplexMatrix out = ComplexMatrix.zeros(d);
        c.generator().apply(rho.toComplexMatrix(), out);
        assertTrue(naiveRate(c.h(), c.ls(), c.rates(), rho, true).maxAbsDifference(out) < TOL * d);
        c.generator().dissipator(rho.toComplexMatrix(), out);
        assertTrue(naiveRate(c.h(), c.ls(), c.rates(), rho, false).maxAbsDifference(out) < TOL * d);
    }

    @Test
    void applyIsLinearOnNonHermitianInputs() {
        // the generator is a linear map on all matrices (coherences |i><j| alone are not Hermitian)
        Case c = randomCase(4, 3);
        NaiveMatrix x = NaiveMatrix.random(4, new Random(9));
        ComplexMatrix out = ComplexMatrix.zeros(4);
        c.generator().apply(x.toComplexMatrix(), out);
        assertTrue(naiveRate(c.h(), c.ls(), c.rates(), x, true).maxAbsDifference(out) < TOL * 4);
    }

    @Test
    void rateIsTracelessAndHermitianForADensityMatrix() {
        Case c = randomCase(5, 4);
        ComplexMatrix rho = NaiveMatrix.randomDensity(5, new Random(2)).toComplexMatrix();
        ComplexMatrix out = ComplexMatrix.zeros(5);
        c.generator().apply(rho, out);
        assertEquals(0, out.trace().re(), TOL);
        assertEquals(0, out.trace().im(), TOL);
        assertTrue(out.hermiticityError() < TOL);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void superoperatorActsOnColumnStackedVectors(int d) {
        Case c = randomCase(d, 20 + d);
        ComplexMatrix liouvillian = c.generator().superoperator();
        assertEquals(d * d, liouvillian.rows());
        NaiveMatrix x = NaiveMatrix.random(d, new Random(d + 1));
        ComplexMatrix vec = new ComplexMatrix(d * d, 1);
        for (int j = 0; j < d; j++) {
            for (int i = 0; i < d; i++) {
                vec.set(i + j * d, 0, x.re[i][j], x.im[i][j]);
            }
        }
        ComplexMatrix image = liouvillian.times(vec);
        ComplexMatrix out = ComplexMatrix.zeros(d);
        c.generator().apply(x.toComplexMatrix(), out);
        for (int j = 0; j < d; j++) {
            for (int i = 0; i < d; i++) {
                assertEquals(out.re(i, j), image.re(i + j * d, 0), TOL * d);
                assertEquals(out.im(i, j), image.im(i + j * d, 0), TOL * d);
            }
        }
    }

    @Test
    void refusesMismatchedShapesAndAliasedOutput() {
        ComplexMatrix h = ComplexMatrix.diagonal(1, -1);
        assertThrows(IllegalArgumentException.class,
                () -> new LindbladGenerator(h, List.of(new JumpOperator(ComplexMatrix.zeros(3), 1))));
        LindbladGenerator generator = new LindbladGenerator(h, List.of());
        ComplexMatrix rho = ComplexMatrix.identity(2);
        assertThrows(IllegalArgumentException.class, () -> generator.apply(rho, rho));
        assertThrows(IllegalArgumentException.class, () -> new JumpOperator(ComplexMatrix.identity(2), -1));
    }
}
