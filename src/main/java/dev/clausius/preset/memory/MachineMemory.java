package dev.clausius.preset.memory;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Reads this JVM's {@link MemoryBudget} with JDK calls only (the preset package does not load the
 * native libraries). The process limit follows JavaCPP's own rule, which the linear algebra's
 * buffers obey (measured: ND4J's buffers are not in JavaCPP's {@code totalBytes}, so only the
 * physical limit applies to them; a JVM with -Xmx256m stopped at 1.08 GB resident with "Physical
 * memory usage is too high"): the property {@code org.bytedeco.javacpp.maxphysicalbytes} when set,
 * otherwise {@code maxbytes + 3 * maxMemory}, with {@code maxbytes} itself defaulting to the heap's
 * maximum, so 4 x -Xmx by default. 0 means no limit. {@code MachineMemoryTest} checks this against
 * JavaCPP in the same JVM.
 */
public final class MachineMemory {
    static final String MAX_BYTES = "org.bytedeco.javacpp.maxbytes";
    public static final String MAX_PHYSICAL_BYTES = "org.bytedeco.javacpp.maxphysicalbytes";

    private MachineMemory() {
    }

    /** This JVM's budget now (the properties and the heap limit are fixed at start-up). */
    public static MemoryBudget budget() {
        long heap = Runtime.getRuntime().maxMemory();
        return new MemoryBudget(orUnlimited(physicalMemory()), orUnlimited(processLimit(heap)), orUnlimited(heap));
    }

    /**
     * JavaCPP's limit on the resident set for a heap of at most {@code heap} bytes, 0 for none. A
     * value JavaCPP could not parse would stop it loading at all, so it is not handled here.
     */
    static long processLimit(long heap) {
        long maxBytes = bytes(property(MAX_BYTES), heap);
        long limit = maxBytes > 0 ? maxBytes + 3 * heap : 0;
        return bytes(property(MAX_PHYSICAL_BYTES), heap, limit);
    }

    private static long bytes(String text, long heap) {
        return bytes(text, heap, heap);
    }

    /**
     * JavaCPP's size syntax ({@code Pointer.parseBytes}): leading digits, then nothing or one of k, m,
     * g, t (powers of 1024, also kb, mb, gb, tb) or %, a percentage of the heap's maximum.
     * {@code absent} when unset or unreadable (JavaCPP itself would then fail to load).
     */
    static long bytes(String text, long heap, long absent) {
        if (text == null) {
            return absent;
        }
        int digits = 0;
        while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits > 18) {
            return absent;
        }
        long n = Long.parseLong(text.substring(0, digits));
        return switch (text.substring(digits).trim().toLowerCase(Locale.ROOT)) {
            case "%" -> n * heap / 100;
            case "t", "tb" -> n << 40;
            case "g", "gb" -> n << 30;
            case "m", "mb" -> n << 20;
            case "k", "kb" -> n << 10;
            case "" -> n;
            default -> absent;
        };
    }

    private static String property(String lowerCaseName) {
        String value = System.getProperty(lowerCaseName);
        return value != null ? value : System.getProperty(camelCase(lowerCaseName));
    }

    /** JavaCPP reads each property also as maxBytes, maxPhysicalBytes. */
    private static String camelCase(String name) {
        return name.replace("maxbytes", "maxBytes").replace("maxphysicalbytes", "maxPhysicalBytes");
    }

    /** The container's limit when there is one (the JDK reads cgroups), else the machine's RAM; 0 if unknown. */
    private static long physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 0;
    }

    private static long orUnlimited(long bytes) {
        return bytes > 0 && bytes != Long.MAX_VALUE ? bytes : Long.MAX_VALUE;
    }
}
