package dev.clausius.app.diagnostics;

import dev.clausius.app.host.ShippedPresets;
import dev.clausius.app.sweep.SweepActions;
import dev.clausius.sweep.SweepAxis;
import dev.clausius.sweep.SweepExample;

import java.util.List;

/**
 * A finished sweep's window as a PNG, by command: with {@code -Dclausius.screenshot=FILE.png} and
 * {@code -Dclausius.sweep=NAME} (a file of presets/sweeps/ without .json) the shipped example runs;
 * with {@code -Dclausius.sweep=PATH=START:STOP:N[:log];PATH=...} and
 * {@code -Dclausius.sweepQuantity=Q} the shown preset is swept over those axes. The window is saved
 * once every point has finished and been drawn, and the explorer exits.
 */
public final class SweepScreenshot {
    private SweepScreenshot() {
    }

    /** True when a sweep screenshot was asked for (the panel screenshot then stays off). */
    public static boolean attachIfAsked(SweepActions sweeps) {
        String file = System.getProperty("clausius.screenshot");
        String sweep = System.getProperty("clausius.sweep");
        if (file == null || sweep == null) {
            return false;
        }
        sweeps.whenFinished(() -> sweeps.whenDrawn(() -> save(sweeps, file)));
        if (!sweep.contains("=")) {
            sweeps.openExample(ShippedPresets.folder().resolve(SweepExample.DIRECTORY).resolve(sweep + ".json"));
            return true;
        }
        sweeps.openForPreset();
        List<String> axes = List.of(sweep.split(";"));
        for (int a = 0; a < axes.size(); a++) {
            SweepAxis axis = SweepAxis.parse(axes.get(a));
            sweeps.fill(a, axis.path(), axis.start(), axis.stop(), axis.count(), axis.logarithmic());
        }
        sweeps.chooseQuantity(System.getProperty("clausius.sweepQuantity", "max_I_AB"));
        sweeps.run();
        return true;
    }

    private static void save(SweepActions sweeps, String file) {
        ExplorerScreenshot.save(sweeps.sweepStage().getScene(), file);
    }
}
