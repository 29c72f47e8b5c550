package dev.clausius.app.host;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The machine the explorer runs on, as far as where its files go: the OS's name ({@code os.name}),
 * the environment and the user's home folder. A value handed in rather than read where it is
 * used, so the tests cover Windows, macOS and Linux on one machine. Paths are kept as text in the
 * host's own syntax ({@code C:\Users\ada} on Windows), which a test on another OS can compare.
 */
public record HostSystem(String osName, Map<String, String> environment, String userHome) {

    /** The conventions a folder follows. Anything not Windows or macOS follows the XDG base directories (Linux, BSD). */
    public enum Os { WINDOWS, MACOS, XDG }

    public HostSystem {
        osName = osName == null ? "" : osName;
        environment = Map.copyOf(environment);
        userHome = userHome == null ? "" : userHome;
    }

    /** This JVM's host. */
    public static HostSystem current() {
        return new HostSystem(System.getProperty("os.name"), System.getenv(), System.getProperty("user.home"));
    }

    public Os os() {
        String name = osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return Os.WINDOWS;
        }
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return Os.MACOS;
        }
        return Os.XDG;
    }

    /** A variable of the environment, or empty when it is unset or blank; on Windows names ignore case, as there. */
    public Optional<String> variable(String name) {
        String value = environment.get(name);
        if (value == null && os() == Os.WINDOWS) {
            value = environment.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /**
     * An absolute path from a variable, or empty when it is unset, blank or relative: the XDG
     * base-directory specification says a relative path in its variables is invalid and to be
     * ignored.
     */
    public Optional<String> absoluteVariable(String name) {
        return variable(name).filter(this::isAbsolute);
    }

    /** {@code first} followed by {@code more}, joined by the host's separator. */
    public String join(String first, String... more) {
        char separator = os() == Os.WINDOWS ? '\\' : '/';
        StringBuilder path = new StringBuilder(first);
        for (String part : more) {
            char last = path.length() == 0 ? separator : path.charAt(path.length() - 1);
            if (last != separator && last != '/') {
                path.append(separator);
            }
            path.append(part);
        }
        return path.toString();
    }

    /**
     * The XDG configuration home: {@code $XDG_CONFIG_HOME}, else {@code ~/.config} (also where
     * {@code user-dirs.dirs} names the documents folder).
     */
    String xdgConfigHome() {
        return absoluteVariable("XDG_CONFIG_HOME").orElseGet(() -> join(userHome, ".config"));
    }

    private boolean isAbsolute(String path) {
        if (os() == Os.WINDOWS) {
            // C:\... or C:/..., or a UNC path \\server\share
            return path.matches("^[A-Za-z]:[\\\\/].*") || path.startsWith("\\\\");
        }
        return path.startsWith("/");
    }
}
