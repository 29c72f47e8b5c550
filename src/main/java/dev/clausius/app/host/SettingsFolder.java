package dev.clausius.app.host;

import java.nio.file.Path;

/**
 * Where the explorer keeps what it remembers between runs (the last session, the folders its
 * dialogs last used), in each OS's own place: {@code %APPDATA%\Clausius} on Windows,
 * {@code ~/Library/Application Support/Clausius} on macOS, {@code $XDG_CONFIG_HOME/clausius}
 * (else {@code ~/.config/clausius}) elsewhere. The system property {@value #DIRECTORY_PROPERTY}
 * overrides all three; the test suite points it into target/, so tests never write to the real home.
 */
public final class SettingsFolder {
    public static final String DIRECTORY_PROPERTY = "clausius.config.dir";

    private SettingsFolder() {
    }

    /** This JVM's settings folder: the system property's, else the host's. */
    public static Path fromSystem() {
        return Path.of(of(System.getProperty(DIRECTORY_PROPERTY), HostSystem.current()));
    }

    /** The settings folder on {@code host}, or {@code configured} when that is set (not null or blank). */
    static String of(String configured, HostSystem host) {
        return configured != null && !configured.isBlank() ? configured : of(host);
    }

    /** The settings folder the OS's conventions give, as a path in the host's syntax. */
    public static String of(HostSystem host) {
        return switch (host.os()) {
            // APPDATA is the roaming profile folder; it is missing only in stripped-down
            // environments (a service, some CI shells), where its default place is the best guess
            case WINDOWS -> host.join(host.variable("APPDATA")
                    .orElseGet(() -> host.join(host.userHome(), "AppData", "Roaming")), "Clausius");
            case MACOS -> host.join(host.userHome(), "Library", "Application Support", "Clausius");
            case XDG -> host.join(host.xdgConfigHome(), "clausius");
        };
    }
}
