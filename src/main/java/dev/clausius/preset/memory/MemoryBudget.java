package dev.clausius.preset.memory;

/**
 * The memory a simulation may use in this JVM, read once by {@link MachineMemory} or given by a
 * test. Three limits, each in bytes ({@link Long#MAX_VALUE} when there is none):
 *
 * @param physicalBytes the machine's physical memory, or the container's limit when there is one
 * @param processBytes  the JVM's own limit on the whole process (resident set, heap included):
 *                      the linear algebra's native buffers are counted by JavaCPP, which refuses to
 *                      allocate once the process is larger than its {@code maxphysicalbytes}
 * @param heapBytes     the Java heap's maximum ({@code -Xmx})
 */
public record MemoryBudget(long physicalBytes, long processBytes, long heapBytes) {
    public MemoryBudget {
        if (physicalBytes <= 0 || processBytes <= 0 || heapBytes <= 0) {
            throw new IllegalArgumentException("memory limits must be > 0: " + physicalBytes + ", "
                    + processBytes + ", " + heapBytes);
        }
    }

    /** The process may grow to the smaller of the machine's memory and the JVM's own limit. */
    public long residentBytes() {
        return Math.min(physicalBytes, processBytes);
    }

    /** True when the machine's memory, not a JVM option, is what limits the process. */
    public boolean machineIsTheLimit() {
        return physicalBytes <= processBytes;
    }
}
