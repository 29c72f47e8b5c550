package dev.clausius.app.model;

import dev.clausius.i18n.Texts;

/** The words of the status line, kept apart from the controls so they can be tested as strings. */
public final class StatusText {
    private StatusText() {
    }

    /** In English: {@code "t = 12.50 / 100.00   60 frames/s   playing"}. */
    public static String of(double time, double end, double framesPerSecond, boolean playing, boolean finished,
                     String failure) {
        return of(Texts.english(), time, end, framesPerSecond, playing, finished, failure);
    }

    /**
     * The status line in {@code texts}' language, its numbers in the language's digits and
     * decimal separator (the CSV keeps a decimal point on every machine).
     *
     * @param failure the evolver's message, or null
     */
    public static String of(Texts texts, double time, double end, double framesPerSecond, boolean playing,
                            boolean finished, String failure) {
        String state;
        if (failure != null) {
            state = failure;
        } else if (playing) {
            state = texts.get("status.playing");
        } else if (finished) {
            state = texts.get("status.finished");
        } else {
            state = texts.get("status.paused");
        }
        return texts.get("status.line", ScreenNumber.fixed(texts, time, 2), ScreenNumber.fixed(texts, end, 2),
                ScreenNumber.fixed(texts, framesPerSecond, 0), state);
    }
}
