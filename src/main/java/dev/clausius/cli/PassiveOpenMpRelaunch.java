package dev.clausius.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ND4J's OpenMP threads spin after each native op unless OMP_WAIT_POLICY=PASSIVE, and on two
 * cores they starve OpenBLAS (W1 measured 51.6 ms/frame without it, 42.0 with it). libgomp reads
 * the variable once when it loads, and a JVM cannot set its own environment, so an entry point
 * started without it ({@code java -jar}, {@code mvn javafx:run}) runs its exact command line once
 * more as a child with the variable set (docs/decisions/0001-linear-algebra.md).
 */
final class PassiveOpenMpRelaunch {
    static final String VARIABLE = "OMP_WAIT_POLICY";
    /** The first JVM's start (epoch ms), passed to the child; read by the explorer's benchmark. */
    public static final String LAUNCH_VARIABLE = "CLAUSIUS_LAUNCH_EPOCH_MS";
    /**
     * Set by a jpackage launcher for the JVM it starts. A child launcher that inherits it takes
     * itself for a re-entry and reads its first argument as the main class (`Clausius validate`
     * then fails with exit 1), so the child must start clean.
     */
    static final String JPACKAGE_VARIABLE = "_JPACKAGE_LAUNCHER";
    /** The system property a jpackage launcher sets to its own path: the app runs from an installed image. */
    static final String JPACKAGE_APP_PATH = "jpackage.app-path";

    private PassiveOpenMpRelaunch() {
    }

    /**
     * The child's exit status, or empty when this process already has the setting (or cannot relaunch).
     *
     * @param arguments the command line's arguments after the main class: an explorer launch also
     *                  gets the start-up class archive ({@link ExplorerClassArchive})
     */
    static Optional<Integer> relaunchIfNeeded(String[] arguments) {
        if (System.getenv(VARIABLE) != null) {
            return Optional.empty();
        }
        ProcessHandle.Info info = ProcessHandle.current().info();
        if (info.command().isEmpty() || info.arguments().isEmpty()) {
            return Optional.empty();
        }
        // a jpackage launcher takes no JVM options on its command line (they would reach main as
        // arguments), so an installed app relaunches without the class archive
        boolean jpackage = System.getProperty(JPACKAGE_APP_PATH) != null;
        Optional<ExplorerClassArchive> archive = jpackage ? Optional.empty()
                : ExplorerClassArchive.forLaunch(List.of(arguments), System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>();
        command.add(info.command().get());
        archive.ifPresent(a -> command.addAll(a.jvmOptions()));
        command.addAll(List.of(info.arguments().get()));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        childEnvironment(builder.environment(), java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
        try {
            Process child = builder.start();
            Thread stopChild = new Thread(child::destroy);
            Runtime.getRuntime().addShutdownHook(stopChild);
            int status = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stopChild);
            archive.ifPresent(a -> a.install(status));
            return Optional.of(status);
        } catch (IOException e) {
            return Optional.empty(); // run here, only slower
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(ExitCodes.FAILURE);
        }
    }

    /**
     * The child's environment: this one's, with the passive OpenMP policy, without a jpackage
     * launcher's re-entry marker, and with this (the user's) JVM start for the explorer's launch
     * benchmark, which counts from here, not from the child's start.
     */
    static void childEnvironment(java.util.Map<String, String> environment, long launchEpochMillis) {
        environment.put(VARIABLE, "PASSIVE");
        environment.remove(JPACKAGE_VARIABLE);
        environment.put(LAUNCH_VARIABLE, Long.toString(launchEpochMillis));
    }

}
