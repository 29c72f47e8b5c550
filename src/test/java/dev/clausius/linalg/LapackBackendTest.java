package dev.clausius.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The selection rule of decision 0011, with its inputs given, and the probe on this machine. */
class LapackBackendTest {
    private static final BooleanSupplier HAS_LAPACK = () -> true;
    private static final BooleanSupplier NO_LAPACK = () -> false;

    @Test
    void withoutAnOverrideTheProbeDecides() {
        assertEquals(LapackBackend.NATIVE, LapackBackend.choose(null, null, HAS_LAPACK).backend());
        LapackBackend.Choice mac = LapackBackend.choose(null, "", NO_LAPACK);
        assertEquals(LapackBackend.JAVA, mac.backend());
        assertEquals("the native OpenBLAS has no LAPACKE", mac.reason());
    }

    @Test
    void thePropertyWinsOverTheEnvironment() {
        LapackBackend.Choice choice = LapackBackend.choose("native", "java", NO_LAPACK);
        assertEquals(LapackBackend.NATIVE, choice.backend());
        assertEquals("forced by -Dclausius.lapack=native", choice.reason());
        assertEquals(LapackBackend.JAVA, LapackBackend.choose(" Java ", "native", HAS_LAPACK).backend());
    }

    @Test
    void theEnvironmentForcesWhenThePropertyIsAbsent() {
        LapackBackend.Choice choice = LapackBackend.choose(null, "JAVA", HAS_LAPACK);
        assertEquals(LapackBackend.JAVA, choice.backend());
        assertEquals("forced by CLAUSIUS_LAPACK=java", choice.reason());
    }

    @Test
    void aForcedChoiceDoesNotProbe() {
        AtomicInteger probes = new AtomicInteger();
        LapackBackend.choose("java", null, () -> probes.incrementAndGet() > 0);
        LapackBackend.choose(null, "native", () -> probes.incrementAndGet() > 0);
        assertEquals(0, probes.get());
    }

    @Test
    void anUnknownValueIsNamedAndTheProbeDecides() {
        LapackBackend.Choice choice = LapackBackend.choose("jav", null, HAS_LAPACK);
        assertEquals(LapackBackend.NATIVE, choice.backend());
        assertEquals("-Dclausius.lapack=jav ignored (not java or native); the native OpenBLAS has LAPACKE",
                choice.reason());
        // an unknown property does not hide a valid variable
        assertEquals(LapackBackend.JAVA, LapackBackend.choose("accelerate", "java", HAS_LAPACK).backend());
    }

    /** Declared, never implemented: what LAPACKE_dsyevd is in the macosx-arm64 JNI library of JavaCPP 1.5.7. */
    private static native int LAPACKE_missing(int n);

    @Test
    void aNativeMethodWithoutImplementationIsCaughtNotFatal() {
        assertFalse(LapackBackend.linksAndRuns(() -> LAPACKE_missing(1)));
        assertTrue(LapackBackend.linksAndRuns(() -> Math.abs(-1)));
    }

    @Test
    void thisLinuxOpenBlasHasLapackE() {
        // the linux-x86_64 build defines all 7,448 LAPACKE wrappers; macosx-arm64 none (decision 0011)
        assertTrue(LapackBackend.nativeHasLapack());
        String line = LapackBackend.describeSelection();
        assertTrue(line.startsWith("LAPACK: " + LapackBackend.selected().name().toLowerCase()), line);
        assertFalse(line.contains("ignored"), line);
    }
}
