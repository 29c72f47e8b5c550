package dev.clausius.cli;

import dev.clausius.export.FailureText;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;

/**
 * Opens the JavaFX explorer through reflection, so that this package compiles without the app
 * package and a headless command never loads a JavaFX class (no display, no toolkit start-up).
 */
final class ReflectiveExplorer implements Backend.Explorer {
    private static final String LAUNCHER = "dev.clausius.app.ExplorerLauncher";

    @Override
    public void open(Path presetOrNull) throws Exception {
        Method launch;
        try {
            launch = Class.forName(LAUNCHER).getMethod("launch", Path.class);
        } catch (ClassNotFoundException | NoSuchMethodException | LinkageError missing) {
            throw CliException.failure("the desktop explorer is not part of this build ("
                    + FailureText.describe(missing) + "); the headless commands are run, validate, bench and export");
        }
        try {
            launch.invoke(null, presetOrNull);
        } catch (InvocationTargetException e) {
            // The explorer's own failure (no display, a broken preset) is the one to report.
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
