package dev.clausius.cli;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The relaunched child's environment, as a jpackage launcher's parent hands it over. */
class PassiveOpenMpRelaunchTest {

    @Test
    void theChildWaitsPassivelyAndIsNotTakenForAJpackageReentry() {
        Map<String, String> environment = new HashMap<>(Map.of(
                "_JPACKAGE_LAUNCHER", "12345", "PATH", "/usr/bin", "OMP_WAIT_POLICY_UNRELATED", "x"));
        PassiveOpenMpRelaunch.childEnvironment(environment, 1_700_000_000_000L);

        assertEquals("PASSIVE", environment.get("OMP_WAIT_POLICY"));
        // a child launcher that inherits the marker reads its first argument as a main class
        assertFalse(environment.containsKey("_JPACKAGE_LAUNCHER"));
        assertEquals("1700000000000", environment.get("CLAUSIUS_LAUNCH_EPOCH_MS"));
        assertEquals("/usr/bin", environment.get("PATH"), "everything else is inherited");
        assertEquals("x", environment.get("OMP_WAIT_POLICY_UNRELATED"));
    }
}
