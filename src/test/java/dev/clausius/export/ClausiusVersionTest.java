package dev.clausius.export;

import dev.clausius.testing.PomVersion;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClausiusVersionTest {
    @Test
    void theVersionIsThePomsVersion() throws Exception {
        String pom = PomVersion.read();
        assertTrue(pom.matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), "pom version " + pom);
        assertEquals(pom, ClausiusVersion.number());
        assertEquals("Clausius " + pom, ClausiusVersion.software());
    }
}
