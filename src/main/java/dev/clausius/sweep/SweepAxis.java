package dev.clausius.sweep;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code --set PATH=START:STOP:N[:log]}: N values from START to STOP inclusive, evenly spaced,
 * or evenly spaced in ln x with {@code :log} (cycle times and rates that span decades).
 */
public record SweepAxis(String path, double start, double stop, int count, boolean logarithmic) {
    private static final Pattern FORM = Pattern.compile("([^=]+)=([^:]+):([^:]+):([^:]+?)(:log)?");
    /** More points than anyone means to run; also keeps the product of the axes far from overflow. */
    public static final int MOST_VALUES = 100_000;

    /** Parses PATH=START:STOP:N; an IllegalArgumentException saying what is wrong. */
    public static SweepAxis parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("--set '" + text
                    + "': expected PATH=START:STOP:N or PATH=START:STOP:N:log, e.g. coupling[0].g=0.01:0.1:10");
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
        boolean log = m.group(5) != null;
        if (log && !(start > 0 && stop > 0)) {
            throw new IllegalArgumentException("--set '" + text + "': a :log axis needs START and STOP > 0");
        }
        return new SweepAxis(m.group(1).strip(), start, stop, count, log);
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

    /** An evenly spaced axis. */
    public SweepAxis(String path, double start, double stop, int count) {
        this(path, start, stop, count, false);
    }

    /** Value i of count; exactly START and STOP at the ends. */
    public double value(int i) {
        if (count == 1 || i == 0) {
            return start;
        }
        if (i == count - 1) {
            return stop;
        }
        if (logarithmic) {
            return Math.exp(Math.log(start) + (Math.log(stop) - Math.log(start)) * i / (count - 1));
        }
        return start + (stop - start) * i / (count - 1);
    }

    public SweepAxis withPath(String canonical) {
        return new SweepAxis(canonical, start, stop, count, logarithmic);
    }
}
