package dev.clausius.linalg;

import org.bytedeco.javacpp.DoublePointer;

/** A dense real square matrix in column-major order: the real eigenvectors of a real Hamiltonian. */
final class RealMatrix {
    private final int n;
    private final Storage storage;

    RealMatrix(int n) {
        this.n = n;
        this.storage = new Storage((long) n * n);
    }

    int size() {
        return n;
    }

    double get(int i, int j) {
        return storage.get(i + (long) j * n);
    }

    void set(int i, int j, double value) {
        storage.put(i + (long) j * n, value);
    }

    DoublePointer pointer() {
        return storage.pointer();
    }

    ComplexMatrix toComplex() {
        ComplexMatrix c = ComplexMatrix.zeros(n);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                c.set(i, j, get(i, j), 0);
            }
        }
        return c;
    }
}
