package dev.clausius.linalg;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.indexer.DoubleIndexer;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Off-heap doubles held by an ND4J array, seen three ways: the ND4J array (element-wise work),
 * a raw pointer for OpenBLAS/LAPACKE (no copy), and an indexer for tight Java loops.
 */
final class Storage {
    private final INDArray array;
    private final DoublePointer pointer;
    private final DoubleIndexer indexer;

    Storage(long length) {
        // zero-filled: callers rely on fresh storage being 0
        this.array = Nd4j.create(DataType.DOUBLE, Math.max(1, length));
        this.pointer = new BufferPointer(array.data());
        this.indexer = (DoubleIndexer) array.data().indexer();
    }

    /**
     * A pointer that keeps its ND4J buffer reachable. A plain DoublePointer copy of the address does
     * not: once a caller's last use of a matrix is the pointer it hands to OpenBLAS, the JIT may
     * treat the matrix as dead, ND4J's deallocator frees the memory during the native call, and
     * zheevd or zgemm then writes into freed memory (seen as "corrupted double-linked list" aborts).
     * The JNI call holds this object, so the buffer lives as long as the call.
     */
    private static final class BufferPointer extends DoublePointer {
        @SuppressWarnings({"unused", "FieldCanBeLocal"})
        private final DataBuffer owner;

        BufferPointer(DataBuffer owner) {
            super(owner.addressPointer());
            this.owner = owner;
        }
    }

    INDArray array() {
        return array;
    }

    DoublePointer pointer() {
        return pointer;
    }

    /** A pointer to element {@code offset} that, like {@link #pointer()}, keeps the buffer reachable. */
    DoublePointer pointerAt(long offset) {
        return new BufferPointer(array.data()).position(offset);
    }

    double get(long i) {
        return indexer.get(i);
    }

    void put(long i, double value) {
        indexer.put(i, value);
    }
}
