package dev.clausius.app.sweep;

import dev.clausius.app.control.ExplorerActions;
import dev.clausius.app.exporter.ExportActions;
import dev.clausius.app.session.CurrentSession;
import dev.clausius.app.session.PresetTexts;
import dev.clausius.i18n.Texts;
import dev.clausius.app.view.ExplorerWindow;
import dev.clausius.dynamics.Evolvers;
import dev.clausius.export.ExportFormat;
import dev.clausius.export.ExportNames;
import dev.clausius.export.FigureSize;
import dev.clausius.figures.FigureStyle;
import dev.clausius.figures.sweep.SweepFigure;
import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetException;
import dev.clausius.preset.write.PresetWriter;
import dev.clausius.sweep.SweepExample;
import dev.clausius.sweep.SweepPlan;
import dev.clausius.sweep.SweepQuantity;
import dev.clausius.sweep.SweepRow;
import dev.clausius.sweep.SweepRunner;
import javafx.geometry.Point2D;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Sweep menu and the sweep window's commands: plan and run a sweep of the shown preset (or a
 * shipped example) in the background, draw its points as they finish, load a clicked point's
 * preset into the explorer as an unsaved preset, and export the plot and the points.
 */
public final class SweepActions {
    private final ExplorerWindow window;
    private final CurrentSession session;
    private final ExplorerActions actions;
    private final ExportActions exports;
    private final Path presetsDirectory;
    private final SweepRunner runner = new SweepRunner(Evolvers::create, SweepRunner.interactiveWorkers());
    // FX thread only
    private SweepWindow shown;
    private SweepRun running;
    private SweepSpec spec;
    private List<SweepRow> rows = List.of();
    /** The shown preset a sweep of the form varies (null for an example): loading its points keeps its edits. */
    private Preset base;
    private Runnable whenFinished = () -> { };

    public SweepActions(ExplorerWindow window, CurrentSession session, ExplorerActions actions, ExportActions exports,
                        Path presetsDirectory) {
        this.window = window;
        this.session = session;
        this.actions = actions;
        this.exports = exports;
        this.presetsDirectory = presetsDirectory;
        // the sweep window is owned by the explorer's: closing that closes it, and its closing cancels the run
        attach(window.header().sweepMenu());
    }

    /** The menu: this preset's sweep, then the shipped examples (read when the menu opens). */
    private void attach(MenuButton menu) {
        Texts texts = window.texts();
        MenuItem own = new MenuItem(texts.get("sweep.menu.own"));
        own.setId("sweepOpen");
        own.setOnAction(e -> openForPreset());
        Menu examples = new Menu(texts.get("sweep.menu.examples"));
        examples.setId("sweepExamples");
        menu.getItems().setAll(own, new SeparatorMenuItem(), examples);
        menu.setOnShowing(e -> examples.getItems().setAll(exampleItems()));
    }

    private List<MenuItem> exampleItems() {
        List<MenuItem> items = new ArrayList<>();
        for (Path file : SweepExample.files(presetsDirectory)) {
            MenuItem item = new MenuItem(ExportNames.stem(file));
            item.setId("sweep-" + ExportNames.stem(file));
            item.setOnAction(e -> openExample(file));
            items.add(item);
        }
        if (items.isEmpty()) {
            MenuItem none = new MenuItem(window.texts().get("sweep.menu.none", presetsDirectory.resolve(SweepExample.DIRECTORY)));
            none.setDisable(true);
            items.add(none);
        }
        return items;
    }

    /** The sweep window for the preset on screen (with its unsaved edits), its form ready to fill in. */
    public void openForPreset() {
        Preset preset = session.preset();
        if (preset == null) {
            return;
        }
        Path file = session.source();
        Texts texts = window.texts();
        SweepForm form = new SweepForm(preset, texts);
        SweepWindow sweep = open(new SweepWindow(window.stage(), texts,
                texts.get("sweep.title", PresetTexts.of(preset, texts.language()).name()), texts.get("sweep.about"), form));
        sweep.setOnRun(() -> runForm(form, preset, file));
    }

    /** Closes the sweep window, if one is open (its closing cancels its run). */
    public void close() {
        if (shown != null) {
            shown.stage().hide();
        }
    }

    /** Runs the open window's sweep, as its Run button does. */
    public void run() {
        shown.run();
    }

    private void runForm(SweepForm form, Preset preset, Path file) {
        SweepForm.Choice choice;
        try {
            choice = form.choice();
        } catch (IllegalArgumentException e) {
            shown.message(e.getMessage().replace("--set '", "'"));
            return;
        }
        base = preset;
        String source = file != null ? file.toString() : preset.name();
        String stem = ExportNames.safeStem(file != null ? file.getFileName().toString() : preset.name());
        start(() -> new SweepSpec(SweepPlan.of(source, PresetWriter.toJson(preset), choice.axes(),
                quantities(choice.quantity(), preset)), file, stem, choice.labels(), false, "Sweep: " + preset.name(),
                ""));
    }

    /** Runs {@code action} on the FX thread when the next sweep has ended (screenshots). */
    public void whenFinished(Runnable action) {
        whenFinished = action;
    }

    /** Runs {@code action} on the FX thread once the plot's drawings asked for so far are on screen. */
    public void whenDrawn(Runnable action) {
        if (shown.canvas() == null) {
            action.run(); // the sweep never got as far as a plot
        } else {
            shown.canvas().whenDrawn(action);
        }
    }

    /**
     * Runs the shipped sweep {@code file} at once; it is read (every point's preset) on the sweep's
     * thread, and a bad file is named in the window in one line.
     */
    public void openExample(Path file) {
        SweepWindow sweep = open(new SweepWindow(window.stage(), window.texts(), ExportNames.stem(file), "", null));
        Runnable run = () -> {
            base = null; // the shown preset is not the example's: its unsaved edits are asked about
            start(() -> exampleSpec(file));
        };
        sweep.setOnRun(run);
        run.run();
    }

    /** Reads a shipped sweep (off the FX thread). */
    private static SweepSpec exampleSpec(Path file) throws PresetException {
        SweepExample example = SweepExample.read(file);
        return new SweepSpec(example.plan(), example.preset(), ExportNames.stem(file), example.axisLabels(),
                example.fit(), example.name(), example.description());
    }

    private SweepWindow open(SweepWindow sweep) {
        cancel();
        running = null; // what the cancelled run still reports is dropped
        if (shown != null) {
            shown.stage().hide();
        }
        shown = sweep;
        spec = null;
        rows = List.of();
        sweep.setOnCancel(this::cancel);
        sweep.setOnExport(this::export);
        sweep.setOnPoint(this::load);
        sweep.stage().setOnHiding(e -> cancel());
        sweep.show();
        return sweep;
    }

    /** The kept quantities: the plotted one first, and an engine's other last-cycle figures for the CSV. */
    private static List<SweepQuantity> quantities(SweepQuantity plotted, Preset preset) {
        List<SweepQuantity> kept = new ArrayList<>(List.of(plotted));
        if (preset.mode() == Mode.ENGINE) {
            for (SweepQuantity.OfEngine q : SweepQuantity.OfEngine.values()) {
                if (q != plotted) {
                    kept.add(q);
                }
            }
        }
        return kept;
    }

    private void start(SweepRun.Planner planner) {
        SweepWindow sweep = shown;
        SweepRun run = new SweepRun(runner);
        running = run;
        sweep.running(true);
        sweep.exportable(false);
        Texts texts = window.texts();
        sweep.message(texts.get("sweep.reading"));
        run.start(planner, new SweepRun.Listener() {
            @Override
            public void planned(SweepSpec planned) {
                if (running != run) {
                    return;
                }
                spec = planned;
                rows = List.of();
                if (!planned.description().isEmpty()) {
                    sweep.describe(planned.title(), planned.description());
                }
                sweep.newPlot(new SweepFigure(planned.twoAxes(), window.texts()));
                FigureStyle style = window.projectorOn() ? FigureStyle.PROJECTOR : FigureStyle.NORMAL;
                SweepFigure figure = sweep.figure();
                sweep.canvas().change(() -> {
                    figure.style(style);
                    planned.draw(figure, List.of());
                });
                sweep.progress(0, planned.plan().points().size());
                sweep.message(texts.get("sweep.running", planned.plan().points().size(),
                        SweepRunner.interactiveWorkers()));
            }

            @Override
            public void rows(List<SweepRow> finished, int total) {
                if (running != run) {
                    return;
                }
                rows = finished;
                sweep.progress(finished.size(), total);
                sweep.exportable(true);
                sweep.canvas().change(() -> spec.draw(sweep.figure(), finished));
            }

            @Override
            public void ended(String problem) {
                if (running != run) {
                    return;
                }
                running = null;
                sweep.running(false);
                sweep.message(problem == null ? texts.get("sweep.done")
                        : problem.equals(SweepRun.CANCELLED) ? texts.get("sweep.cancelled", rows.size()) : problem);
                Runnable then = whenFinished;
                whenFinished = () -> { };
                then.run();
            }
        });
    }

    private void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** Loads point {@code index}'s preset into the explorer, unsaved, on the base preset's file. */
    private void load(int index) {
        SweepSpec loaded = spec;
        Preset preset = loaded.plan().presets().get(index);
        Preset current = session.preset();
        boolean ours = current != null && (current.equals(base) || loaded.plan().presets().contains(current));
        Texts texts = window.texts();
        if (!ours && !actions.mayDiscardEdits(texts.get("edits.next.sweepPoint", index))) {
            return;
        }
        Path source = loaded.presetFile() != null ? loaded.presetFile()
                : session.source() != null ? session.source() : Path.of(preset.name());
        String point = texts.get("sweep.point", index, loaded.plan().points().get(index).parameters());
        shown.message(texts.get("sweep.loading", point));
        actions.show(preset, source, () -> shown.message(texts.get("sweep.loaded", point)),
                problem -> shown.message(problem));
    }

    private void export() {
        SweepSpec exported = spec;
        List<SweepRow> finished = rows;
        if (exported == null || finished.isEmpty()) {
            return;
        }
        exports.showFigureDialog(shown.stage(), exported.stem(), SweepExporter.pattern(exported.stem()),
                new ExportActions.FigureJob() {
                    @Override
                    public List<Path> targets(Path directory, Set<ExportFormat> formats, FigureSize size) {
                        return new SweepExporter(exported, finished, directory, formats, size, window.texts()).targets();
                    }

                    @Override
                    public List<Path> write(Path directory, Set<ExportFormat> formats, FigureSize size)
                            throws IOException {
                        return new SweepExporter(exported, finished, directory, formats, size, window.texts()).write();
                    }
                });
    }

    // what tests and screenshots read

    /** The sweep window's stage, or null before one opened. */
    public Stage sweepStage() {
        return shown == null ? null : shown.stage();
    }

    /** The finished rows, in point order. */
    public List<SweepRow> rows() {
        return rows;
    }

    /** The running or last plan, or null. */
    public SweepPlan plan() {
        return spec == null ? null : spec.plan();
    }

    /** "k of N points". */
    public String progressText() {
        return shown == null ? "" : shown.progressText();
    }

    public String message() {
        return shown == null ? "" : shown.messageText();
    }

    /** Whether a sweep is running now. */
    public boolean running() {
        return running != null;
    }

    /** The points drawn on the plot now (read on its painter thread). */
    public int drawnPoints() {
        SweepFigure figure = shown == null ? null : shown.figure();
        return figure == null ? 0 : shown.canvas().read(() -> figure.points().getSeriesCount() == 0 ? 0
                : figure.points().getItemCount(0));
    }

    /** The figure on screen (read it only through {@link #readFigure}). */
    public <T> T readFigure(java.util.function.Function<SweepFigure, T> read) {
        return shown.canvas().read(() -> read.apply(shown.figure()));
    }

    /** Where point {@code index} is drawn, in screen coordinates, or null if it is not drawn. */
    public Point2D pointOnScreen(int index) {
        SweepFigure figure = shown.figure();
        java.awt.geom.Point2D at = shown.canvas().readDrawing(area -> figure.screenPoint(area, index));
        return at == null ? null : shown.canvas().node().localToScreen(at.getX(), at.getY());
    }

    /** Fills axis {@code a} of the open form (a second axis turns the plot into a heat map). */
    public void fill(int a, String path, double start, double stop, int count, boolean log) {
        shown.form().select(a, path, start, stop, count, log);
    }

    /** Chooses the quantity of the open form by its summary name, e.g. {@code t_max_E_A}. */
    public void chooseQuantity(String name) {
        shown.form().selectQuantity(name);
    }
}
