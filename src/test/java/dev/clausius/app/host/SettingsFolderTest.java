package dev.clausius.app.host;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The settings folder in each OS's own place, with the OS and its environment handed in (issue 14). */
class SettingsFolderTest {
    private static final String WINDOWS_HOME = "C:\\Users\\ada";

    private static HostSystem windows(Map<String, String> env) {
        return new HostSystem("Windows 11", env, WINDOWS_HOME);
    }

    private static HostSystem linux(Map<String, String> env) {
        return new HostSystem("Linux", env, "/home/ada");
    }

    @Test
    void windowsUsesTheRoamingAppDataFolder() {
        assertEquals("C:\\Users\\ada\\AppData\\Roaming\\Clausius",
                SettingsFolder.of(windows(Map.of("APPDATA", "C:\\Users\\ada\\AppData\\Roaming"))));
        // a redirected profile: APPDATA is followed, not guessed from the home folder
        assertEquals("\\\\server\\profiles\\ada\\Clausius",
                SettingsFolder.of(windows(Map.of("APPDATA", "\\\\server\\profiles\\ada"))));
        assertEquals("D:\\Data\\Clausius", SettingsFolder.of(windows(Map.of("APPDATA", "D:\\Data\\"))));
    }

    @Test
    void windowsVariableNamesIgnoreCaseAsWindowsDoes() {
        assertEquals("D:\\Roaming\\Clausius", SettingsFolder.of(windows(Map.of("AppData", "D:\\Roaming"))));
        // elsewhere a name is what it is: appdata is not APPDATA, and Linux has no APPDATA anyway
        assertEquals("/home/ada/.config/clausius", SettingsFolder.of(linux(Map.of("xdg_config_home", "/x"))));
    }

    @Test
    void windowsWithoutAppDataFallsBackToItsDefaultPlaceUnderTheHomeFolder() {
        String expected = "C:\\Users\\ada\\AppData\\Roaming\\Clausius";
        assertEquals(expected, SettingsFolder.of(windows(Map.of())));
        assertEquals(expected, SettingsFolder.of(windows(Map.of("APPDATA", "  "))));
        // XDG variables mean nothing on Windows
        assertEquals(expected, SettingsFolder.of(windows(Map.of("XDG_CONFIG_HOME", "C:\\xdg"))));
    }

    @Test
    void macOsUsesApplicationSupport() {
        HostSystem mac = new HostSystem("Mac OS X", Map.of("XDG_CONFIG_HOME", "/Users/ada/.config"), "/Users/ada");
        assertEquals(HostSystem.Os.MACOS, mac.os());
        assertEquals("/Users/ada/Library/Application Support/Clausius", SettingsFolder.of(mac));
    }

    @Test
    void linuxFollowsXdgConfigHome() {
        assertEquals("/home/ada/.xdg/clausius", SettingsFolder.of(linux(Map.of("XDG_CONFIG_HOME", "/home/ada/.xdg"))));
        assertEquals("/home/ada/.xdg/clausius", SettingsFolder.of(linux(Map.of("XDG_CONFIG_HOME", "/home/ada/.xdg/"))));
    }

    @Test
    void linuxWithXdgConfigHomeUnsetBlankOrRelativeUsesDotConfig() {
        String expected = "/home/ada/.config/clausius";
        assertEquals(expected, SettingsFolder.of(linux(Map.of())));
        assertEquals(expected, SettingsFolder.of(linux(Map.of("XDG_CONFIG_HOME", ""))));
        assertEquals(expected, SettingsFolder.of(linux(Map.of("XDG_CONFIG_HOME", " \t"))));
        // the XDG specification: a relative path in its variables is invalid and ignored
        assertEquals(expected, SettingsFolder.of(linux(Map.of("XDG_CONFIG_HOME", "config"))));
    }

    @Test
    void otherUnixesFollowXdgToo() {
        HostSystem bsd = new HostSystem("FreeBSD", Map.of(), "/usr/home/ada");
        assertEquals("/usr/home/ada/.config/clausius", SettingsFolder.of(bsd));
    }

    @Test
    void theSystemPropertyOverridesEveryOs() {
        for (HostSystem host : new HostSystem[] {windows(Map.of("APPDATA", "C:\\x")), linux(Map.of("XDG_CONFIG_HOME", "/x")),
                new HostSystem("Mac OS X", Map.of(), "/Users/ada")}) {
            assertEquals("/tmp/settings", SettingsFolder.of("/tmp/settings", host));
            assertEquals(SettingsFolder.of(host), SettingsFolder.of(" ", host), "a blank property is no override");
            assertEquals(SettingsFolder.of(host), SettingsFolder.of(null, host));
        }
    }

    @Test
    void theTestSuiteUsesItsOwnFolderNotTheRealOne() {
        // surefire sets -Dclausius.config.dir into target/: tests never write to the real settings folder
        Path configured = SettingsFolder.fromSystem();
        assertEquals(Path.of(System.getProperty(SettingsFolder.DIRECTORY_PROPERTY)), configured);
        assertNotEquals(Path.of(SettingsFolder.of(HostSystem.current())), configured);
    }
}
