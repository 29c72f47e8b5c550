package dev.clausius.app.session;

import dev.clausius.figures.FigureData;
import dev.clausius.figures.PinnedRun;
import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import dev.clausius.app.model.ScreenNumber;
import dev.clausius.i18n.Texts;

/**
 * The pinned runs (at most {@link #MAX}, oldest first) that the time and engine panels draw faint under the
 * live curves and panel exports write beside them. They stay while presets of their mode are
 * shown; a preset of another mode clears them (their curves would not match). Every change is
 * told to {@link #setOnNotice} in one line for the status bar. Used on the FX thread; a pin's
 * series (every curve at every frame) are computed once, on a "clausius-pin" thread.
 */
public final class Pins {
    public static final int MAX = 4;

    private final Executor compute;
    private final Executor fx;
    /** Bumped by every clear, so a pin still being computed then is dropped when it arrives. */
    private int generation;
    /** The mode of the preset on screen (null before the first): a pin of another mode arriving late is dropped. */
    private Mode shownMode;

    private final List<Pin> pins = new ArrayList<>();
    private final ReadOnlyIntegerWrapper size = new ReadOnlyIntegerWrapper(this, "size", 0);
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper(this, "changes", 0);
    private Consumer<String> onNotice = text -> { };
    /** The notices' language: the window's that listens to them. */
    private Texts texts = Texts.english();
    private int next = 1;
    /** The pins labelled against {@link #labelledFor}: rebuilt when either changes, not every pulse. */
    private List<PinnedRun> labelled = List.of();
    private Preset labelledFor;
    /** A drag's ghost: the run on screen when the drag started, drawn after the pins; null when none. */
    private Pin ghost;
    /** Its legend text from the parameters that differ from the live preset ("g = 0.05", or empty). */
    private Function<String, String> ghostLabel = differences -> differences;
    /** Bumped by every new ghost and release, so a ghost computed too late is dropped (or kept as a pin). */
    private int ghostGeneration;

    /** Pins computed each on a daemon thread of its own (a click, not a stream: no pool to keep) and added on the FX thread. */
    public Pins() {
        this(task -> {
            Thread thread = new Thread(task, "clausius-pin");
            thread.setDaemon(true);
            thread.start();
        }, Platform::runLater);
    }

    /** @param compute where a pin's series are computed; {@code fx} where it is then added (the FX thread) */
    public Pins(Executor compute, Executor fx) {
        this.compute = compute;
        this.fx = fx;
    }

    /**
     * The window closed: a pin still being computed is dropped when it arrives. Each pin's thread
     * ends with its computation, so there is no pool to shut down.
     */
    public void close() {
        generation++;
        ghostGeneration++;
    }

    /**
     * Pins the run drawn in {@code data} (its frames so far; the series are computed once, off the
     * FX thread); the fifth pin drops the oldest. Nothing is pinned before the first frame.
     */
    public void pin(FigureData data) {
        if (data == null || data.frames().isEmpty()) {
            onNotice.accept(texts.get("pins.nothing"));
            return;
        }
        int number = next++;
        int asked = generation;
        compute.execute(() -> {
            PinnedRun run = PinnedRun.of("pin" + number, "pin " + number, data.preset(), data.frames(),
                    data.cycles(), data.end());
            fx.execute(() -> {
                if (asked == generation && (shownMode == null || shownMode == data.preset().mode())) {
                    add(new Pin(number, data.preset(), run), data.frames().get(data.frames().size() - 1).time());
                }
            });
        });
    }

    /**
     * Keeps the run drawn in {@code data} as a drag's ghost, drawn faint like a pin until
     * {@link #releaseGhost()}; computed off the FX thread like a pin.
     *
     * @param label the legend text, given the parameters that differ from the live run ("g = 0.05", or empty)
     */
    public void ghost(FigureData data, Function<String, String> label) {
        int asked = ++ghostGeneration;
        ghost = null;
        if (data == null || data.frames().isEmpty()) {
            return;
        }
        ghostLabel = label;
        compute.execute(() -> {
            PinnedRun run = PinnedRun.of("ghost", label.apply(""), data.preset(), data.frames(), data.cycles(),
                    data.end());
            fx.execute(() -> {
                if (asked == ghostGeneration) {
                    ghost = new Pin(0, data.preset(), run);
                    changed();
                }
            });
        });
    }

    /** The drag's ghost, or null (none, or still being computed). */
    public PinnedRun ghost() {
        return ghost == null ? null : ghost.run();
    }

    /**
     * The drag ended: its ghost becomes a regular pin when there are pins, else it clears. A ghost
     * still being computed is dropped.
     */
    public void releaseGhost() {
        ghostGeneration++;
        Pin released = ghost;
        ghost = null;
        if (released != null && !pins.isEmpty()) {
            int number = next++;
            add(new Pin(number, released.preset(), released.run().renamed("pin" + number, "pin " + number)),
                    released.run().time()[released.run().time().length - 1]);
        } else if (released != null) {
            changed();
        }
    }

    private void add(Pin pin, double until) {
        String time = ScreenNumber.plain(texts, until);
        String notice = texts.get("pins.pinned", time, pin.number());
        if (pins.size() == MAX) {
            notice = texts.get("pins.pinnedDropping", time, pin.number(), pins.remove(0).number(), MAX);
        }
        pins.add(pin);
        changed();
        onNotice.accept(notice);
    }

    /** Removes every pin; the next is pin 1 again. */
    public void clear() {
        boolean any = !pins.isEmpty();
        removeAll();
        onNotice.accept(texts.get(any ? "pins.cleared" : "pins.none"));
    }

    /** A new preset is on screen: pins of another mode are cleared, with a notice saying why. */
    void presetShown(Preset preset) {
        shownMode = preset.mode();
        if (pins.isEmpty() || pins.get(0).preset().mode() == preset.mode()) {
            return;
        }
        String mode = pins.get(0).preset().mode().jsonName();
        removeAll();
        onNotice.accept(texts.get("pins.clearedMode", mode, PresetTexts.of(preset, texts.language()).name(),
                preset.mode().jsonName()));
    }

    /** The pins with legend texts naming what differs from {@code live} ({@link PinLabel}), oldest first. */
    public List<PinnedRun> labelled(Preset live) {
        if (labelled == null || !Objects.equals(live, labelledFor)) {
            labelledFor = live;
            List<PinnedRun> runs = new ArrayList<>(pins.stream()
                    .map(p -> p.run().withLabel(PinLabel.of(texts, p.number(), p.preset(), live))).toList());
            if (ghost != null) {
                runs.add(ghost.run().withLabel(ghostLabel.apply(
                        String.join(", ", PinLabel.differences(texts, ghost.preset(), live)))));
            }
            labelled = List.copyOf(runs);
        }
        return labelled;
    }

    public List<Pin> pins() {
        return List.copyOf(pins);
    }

    public ReadOnlyIntegerProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    /** Counts every change (a fifth pin changes the pins, not their number): views redraw on it. */
    public ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /** Where the one-line notices go (the status bar), in English. */
    public void setOnNotice(Consumer<String> notice) {
        setOnNotice(Texts.english(), notice);
    }

    /** Where the one-line notices go, in {@code language}'s words (the window's that shows them). */
    public void setOnNotice(Texts language, Consumer<String> notice) {
        texts = Objects.requireNonNull(language);
        onNotice = Objects.requireNonNull(notice);
    }

    private void removeAll() {
        pins.clear();
        next = 1;
        generation++;
        changed();
    }

    private void changed() {
        size.set(pins.size());
        labelled = null;
        changes.set(changes.get() + 1);
    }
}
