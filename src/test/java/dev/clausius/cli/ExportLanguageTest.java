package dev.clausius.cli;

import dev.clausius.export.ClausiusVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19: the command line's figures speak English, byte for byte as before figures took a
 * language; {@code --lang} writes their words in another language, and the data files stay English.
 */
class ExportLanguageTest {
    @TempDir
    Path directory;

    /** The golden hashes: file name to SHA-256, from the jar before the change (see the resource's header). */
    private static Map<String, String> golden() throws IOException {
        Map<String, String> hashes = new LinkedHashMap<>();
        try (InputStream in = ExportLanguageTest.class.getResourceAsStream("english-export.sha256")) {
            assertTrue(in != null, "missing english-export.sha256");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\\s+");
                    hashes.put(parts[1], parts[0]);
                }
            }
        }
        return hashes;
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private Path preset(String name) throws IOException {
        Path copy = directory.resolve(name + ".json");
        Files.copy(Path.of("presets", name + ".json"), copy);
        return copy;
    }

    @Test
    void theEnglishExportIsByteForByteTheOneBeforeFiguresTookALanguage() throws Exception {
        Map<String, String> golden = golden();
        assertEquals(27, golden.size(), "SVG and CSV files of three presets");
        Path out = directory.resolve("en");
        for (String name : List.of("resonant-qubits", "otto-qubit", "classical-bars")) {
            Cli.Result result = Cli.run("export", preset(name).toString(), "--out", out.toString(), "--format", "svg,csv");
            assertEquals(ExitCodes.SUCCESS, result.code(), result.err());
        }
        byte[] version = ("Clausius " + ClausiusVersion.number()).getBytes(StandardCharsets.UTF_8);
        for (Map.Entry<String, String> file : golden.entrySet()) {
            byte[] bytes = Files.readAllBytes(out.resolve(file.getKey()));
            String text = new String(bytes, StandardCharsets.UTF_8);
            byte[] normalized = text.replace(new String(version, StandardCharsets.UTF_8), "Clausius VERSION")
                    .getBytes(StandardCharsets.UTF_8);
            assertEquals(file.getValue(), sha256(normalized), file.getKey());
        }
    }

    @Test
    void aSpanishSvgCarriesTheSpanishWordsAsTextAndTheCsvStaysEnglish() throws Exception {
        Properties spanish = new Properties();
        try (InputStream in = ExportLanguageTest.class.getResourceAsStream("/dev/clausius/i18n/messages_es.properties")) {
            spanish.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Path preset = preset("resonant-qubits");
        Path es = directory.resolve("es");
        Path en = directory.resolve("en");
        assertEquals(ExitCodes.SUCCESS, Cli.run("export", preset.toString(), "--out", es.toString(), "--format", "svg,csv",
                "--lang", "es").assertNoStackTrace().code());
        assertEquals(ExitCodes.SUCCESS, Cli.run("export", preset.toString(), "--out", en.toString(), "--format", "csv")
                .code());
        String svg = Files.readString(es.resolve("resonant-qubits_entropies.svg"));
        String title = spanish.getProperty("figure.entropies.title");
        assertEquals("Entropías", title);
        // the title drawn on the figure, as text, and the document's title
        assertTrue(svg.contains(">" + title + "</text"), "title as text");
        assertTrue(Pattern.compile("<title\\s*>" + title + "</title").matcher(svg).find(), "document title");
        String state = Files.readString(es.resolve("resonant-qubits_state.svg"));
        assertTrue(state.contains(">" + spanish.getProperty("figure.state.axis.column") + "</text"), "axis label as text");
        String temperatures = Files.readString(es.resolve("resonant-qubits_temperatures.svg"));
        // a decimal comma on the ticks (a tick label is one text element: 0,5 or 1,0 ...)
        Matcher tick = Pattern.compile(">\\d+,\\d+</text").matcher(temperatures);
        assertTrue(tick.find(), "ticks with a decimal comma");
        assertFalse(Pattern.compile(">\\d+\\.\\d+</text").matcher(temperatures).find(), "no decimal point on the ticks");
        for (String csv : List.of("resonant-qubits_entropies.csv", "resonant-qubits_production.csv",
                "resonant-qubits_temperatures.csv", "resonant-qubits_timeseries.csv")) {
            assertEquals(Files.readString(en.resolve(csv)), Files.readString(es.resolve(csv)), csv + " stays English");
        }
    }

    @Test
    void anUnknownLanguageIsAUsageErrorBeforeAnythingIsComputed() {
        Path out = directory.resolve("xx");
        Cli.Result result = Cli.run("export", Path.of("presets", "resonant-qubits.json").toString(), "--out", out.toString(),
                "--lang", "xx");
        assertEquals(ExitCodes.BAD_INPUT, result.code());
        assertTrue(result.err().contains("--lang"), result.err());
        assertFalse(Files.exists(out));
    }
}
