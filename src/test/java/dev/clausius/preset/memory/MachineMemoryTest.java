package dev.clausius.preset.memory;

import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link MachineMemory} restates JavaCPP's limits with JDK calls; here, in one JVM, they are
 * compared with JavaCPP's own (tests may use JavaCPP: the preset packages themselves may not).
 */
class MachineMemoryTest {
    private static final long HEAP = 3L << 30;

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "64k", "64kb", "512m", "512 MB", "3g", "3G", "3gb", "1t", "2TB", "50%", "250%", "0"})
    void sizesAreReadAsJavaCppReadsThem(String text) {
        assertEquals(Pointer.parseBytes(text, HEAP), MachineMemory.bytes(text, HEAP, -1), text);
    }

    @Test
    void theProcessLimitIsJavaCppsInThisJvm() {
        long heap = Runtime.getRuntime().maxMemory();
        assertEquals(Pointer.maxPhysicalBytes(), MachineMemory.processLimit(heap));
        MemoryBudget budget = MachineMemory.budget();
        assertEquals(Pointer.maxPhysicalBytes() > 0 ? Pointer.maxPhysicalBytes() : Long.MAX_VALUE, budget.processBytes());
        assertEquals(heap, budget.heapBytes());
        long physical = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        assertEquals(physical, budget.physicalBytes());
        assertEquals(Math.min(physical, budget.processBytes()), budget.residentBytes());
    }
}
