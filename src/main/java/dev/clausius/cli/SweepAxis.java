package dev.clausius.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One {@code --set PATH=START:STOP:N}: N evenly spaced values from START to STOP inclusive. */
record SweepAxis(String path, double start, double stop, int count) {
    private static final Pattern FORM = Pattern.compile("([^=]+)=([^:]+):([^:]+):([^:]+)");
    /** More points than anyone means to run; also keeps the product of the axes far from overflow. */
    static final int MOST_VALUES = 100_000;

    /** Parses PATH=START:STOP:N; an IllegalArgumentException saying what is wrong. */
    static SweepAxis parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("--set '" + text + "': expected PATH=START:STOP:N, e.g. coupling[0].g=0.01:0.1:10");
        }
        double start = number(text, "START", m.group(2));
        double stop = number(text, "STOP", m.group(3));
        int count;
        try {
            count = Integer.parseInt(m.group(4).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--set '" + text + "': N must be a whole number, got '" + m.group(4) + "'");
        }
        if (count < 1 || count > MOST_VALUES) {
            throw new IllegalArgumentException("--set '" + text + "': N must be 1.." + MOST_VALUES + ", got " + count);
        }
        return new SweepAxis(m.group(1).strip(), start, stop, count);
    }

    private static double number(String text, String name, String value) {
        try {
            double x = Double.parseDouble(value.strip());
            if (Double.isFinite(x)) {
                return x;
            }
        } catch (NumberFormatException e) {
            // reported below with the same message as a non-finite value
        }
        throw new IllegalArgumentException("--set '" + text + "': " + name + " must be a finite number, got '" + value + "'");
    }

    /** Value i of count; exactly START and STOP at the ends. */
    double value(int i) {
        if (count == 1 || i == 0) {
            return start;
        }
        if (i == count - 1) {
            return stop;
        }
        return start + (stop - start) * i / (count - 1);
    }

    SweepAxis withPath(String canonical) {
        return new SweepAxis(canonical, start, stop, count);
    }
}
