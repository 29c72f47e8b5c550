package dev.clausius.app.session;

import dev.clausius.preset.optional.PresetOptions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiPredicate;

/**
 * Works out the sliders' spans off the FX thread. Each span asks the preset reader about its ends,
 * a few dozen parses a preset: milliseconds once the JVM is warm, but 0.4 to 1 s for the first
 * preset of a session, which the window must not wait for. One thread, in the order asked.
 */
public final class SliderSpans implements AutoCloseable {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "slider spans");
        t.setDaemon(true);
        return t;
    });

    /** The spans of {@code parameters} (see {@link #settle}), checked against the preset reader, later. */
    public CompletableFuture<Map<String, SliderScale>> settle(List<Parameter> parameters, Map<String, SliderScale> shown,
                                                            PresetOptions options) {
        return CompletableFuture.supplyAsync(() -> settle(parameters, shown, options, SliderSpans::readerAccepts), thread);
    }

    /**
     * By path, the span each parameter's slider should have: the one {@code shown} if it holds the
     * value and {@code accepted} takes both its ends (a span does not jump under the person's hand),
     * else one worked out again ({@link ParameterRange}). Another number's edit can move a limit:
     * the levels of B bound those of A.
     */
    static Map<String, SliderScale> settle(List<Parameter> parameters, Map<String, SliderScale> shown,
                                           PresetOptions options, BiPredicate<Parameter, Double> accepted) {
        Map<String, SliderScale> spans = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            SliderScale span = shown.get(p.path());
            boolean keep = span != null && span.contains(p.value()) && accepted.test(p, span.min())
                    && accepted.test(p, span.max());
            spans.put(p.path(), keep ? span : ParameterRange.of(p, options, v -> accepted.test(p, v)));
        }
        return spans;
    }

    /** True if the preset reader takes {@code p} set to {@code value}, written as the sheet writes it. */
    static boolean readerAccepts(Parameter p, double value) {
        return ParameterCommit.commit(p, Parameter.format(value), "slider").problem() == null;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
