package dev.clausius.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonTextTest {
    /** A preset name a user may well type: quotes, a backslash, a line break, a tab. */
    private static final String AWKWARD = "Qubit \"A\" \\ bath\nsecond line\tend";

    @Test
    void oneLineLayoutIsTheContractsSpacing() {
        ObjectNode json = JsonText.object();
        json.put("dim", 4);
        json.put("ms_per_step", 0.1 + 0.2);
        json.put("W", JsonText.finiteOrNull(Double.NaN));
        json.putObject("inner").put("p50", JsonText.rounded(57.0, 1));
        assertEquals("{\"dim\": 4, \"ms_per_step\": 0.30000000000000004, \"W\": null, \"inner\": {\"p50\": 57.0}}",
                JsonText.line(json));
    }

    @Test
    void anAwkwardPresetNameRoundTripsThroughBothLayouts() throws Exception {
        ObjectNode json = JsonText.object();
        json.put("preset", AWKWARD);
        json.put("seconds", JsonText.rounded(10.04, 1));
        String line = JsonText.line(json);
        assertFalse(line.contains("\n"), "one line: " + line);
        JsonNode back = new ObjectMapper().readTree(line);
        assertEquals(AWKWARD, back.get("preset").textValue());
        assertEquals(10.0, back.get("seconds").doubleValue());

        String document = JsonText.document(json);
        assertTrue(document.endsWith("}\n"), document);
        assertFalse(document.contains("\r"), document);
        assertEquals(AWKWARD, new ObjectMapper().readTree(document).get("preset").textValue());
    }

    @Test
    void numbersKeepEveryDigitAndTheNonFiniteBecomeNull() throws Exception {
        double third = 1.0 / 3;
        ObjectNode json = JsonText.object();
        json.put("third", JsonText.finiteOrNull(third));
        json.put("inf", JsonText.finiteOrNull(Double.POSITIVE_INFINITY));
        JsonNode back = new ObjectMapper().readTree(JsonText.line(json));
        assertEquals(third, back.get("third").doubleValue(), 0.0);
        assertTrue(back.get("inf").isNull());
    }

    @Test
    void roundedWritesTheFixedPlacesOfPrintf() {
        for (double x : new double[] {0.1, 57.0, 12.345, 0.05, 1234.5678, 0.0}) {
            for (int places = 1; places <= 2; places++) {
                assertEquals(String.format(java.util.Locale.ROOT, "%." + places + "f", x),
                        JsonText.rounded(x, places).toString(), x + " to " + places);
            }
        }
        assertNull(JsonText.rounded(Double.NaN, 1));
    }
}
