package dev.clausius.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clausius.testing.NaiveMatrix;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SparseComplexMatrixTest {

    private static NaiveMatrix sparseHermitian(int n, Random random) {
        NaiveMatrix h = NaiveMatrix.randomHermitian(n, random);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if ((i * 7 + j * 3) % 4 == 0 && i != j) {
                    h.re[i][j] = 0;
                    h.im[i][j] = 0;
                    h.re[j][i] = 0;
                    h.im[j][i] = 0;
                }
            }
        }
        return h;
    }

    @Test
    void partialTracesOfProductAgreeWithDenseProduct() {
        Random random = new Random(8);
        int dA = 3;
        int dB = 4;
        NaiveMatrix h = sparseHermitian(dA * dB, random);
        NaiveMatrix rho = NaiveMatrix.randomDensity(dA * dB, random);
        SparseComplexMatrix sparse = SparseComplexMatrix.of(h.toComplexMatrix());
        assertTrue(sparse.nonzeros() < dA * dB * dA * dB);
        NaiveMatrix product = h.times(rho);
        ComplexMatrix outA = ComplexMatrix.zeros(dA);
        ComplexMatrix outB = ComplexMatrix.zeros(dB);
        sparse.partialTraceOverBOfProduct(rho.toComplexMatrix(), dA, dB, outA);
        sparse.partialTraceOverAOfProduct(rho.toComplexMatrix(), dA, dB, outB);
        assertTrue(product.partialTraceOverB(dA, dB).maxAbsDifference(outA) < 1e-12);
        assertTrue(product.partialTraceOverA(dA, dB).maxAbsDifference(outB) < 1e-12);
        Complex trace = sparse.traceOfProduct(rho.toComplexMatrix());
        assertEquals(product.traceRe(), trace.re(), 1e-12);
        assertEquals(product.traceIm(), trace.im(), 1e-12);
    }
}
