package dev.clausius.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The program's version, as the build wrote it: Maven fills {@code version.properties} beside this
 * class from the pom's {@code <version>} (resource filtering), so {@code --version} and the
 * "Software" field of every exported figure agree with the build and nothing else spells it out.
 * Read from the classpath, it is there in {@code target/classes} (tests, {@code javafx:run}) and in
 * the jar alike, where a manifest entry would be missing in the first two.
 */
public final class ClausiusVersion {
    /** What {@link #number()} says when the resource was not filtered (a build that bypassed Maven). */
    static final String UNKNOWN = "unknown";
    private static final String NUMBER = load();

    private ClausiusVersion() {
    }

    /** The version number, e.g. {@code 0.1.0}. */
    public static String number() {
        return NUMBER;
    }

    /** The name and version a figure's metadata gives as its software, e.g. {@code Clausius 0.1.0}. */
    public static String software() {
        return "Clausius " + NUMBER;
    }

    private static String load() {
        try (InputStream in = ClausiusVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties properties = new Properties();
            properties.load(in);
            String value = properties.getProperty("version", "").strip();
            // an unfiltered copy still holds the placeholder
            return value.isEmpty() || value.startsWith("${") ? UNKNOWN : value;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the version resource", e);
        }
    }
}
