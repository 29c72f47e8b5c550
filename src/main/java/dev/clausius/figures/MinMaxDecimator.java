package dev.clausius.figures;

import java.util.Arrays;

/**
 * Per-pixel min/max decimation: all frames are kept by the caller, but a chart only needs, for each
 * pixel column, the first, lowest, highest and last point (in time order). Drawn as one line, that
 * is pixel-for-pixel the full curve, so a one-frame spike is never lost, while a chart of 10^5
 * frames draws a few thousand points. A NaN (a gap) inside a column is kept, so gaps survive too.
 */
public final class MinMaxDecimator {
    private MinMaxDecimator() {
    }

    /** Decimated points; {@code x.length == y.length}. */
    public record Points(double[] x, double[] y) {
        public int size() {
            return x.length;
        }
    }

    /**
     * @param x       abscissae in increasing order
     * @param y       ordinates (NaN allowed)
     * @param count   how many of the arrays' leading entries are used
     * @param lower   the abscissa of the left edge of pixel column 0
     * @param binWidth the width of one pixel column in data units (> 0)
     */
    public static Points decimate(double[] x, double[] y, int count, double lower, double binWidth) {
        if (!(binWidth > 0) || Double.isInfinite(binWidth)) {
            return new Points(Arrays.copyOf(x, count), Arrays.copyOf(y, count));
        }
        double[] outX = new double[Math.min(count, 16)];
        double[] outY = new double[outX.length];
        int size = 0;
        int i = 0;
        while (i < count) {
            long bin = (long) Math.floor((x[i] - lower) / binWidth);
            int end = i + 1;
            while (end < count && (long) Math.floor((x[end] - lower) / binWidth) == bin) {
                end++;
            }
            int[] keep = keepers(y, i, end);
            if (size + keep.length > outX.length) {
                int capacity = Math.max(outX.length * 2, size + keep.length);
                outX = Arrays.copyOf(outX, capacity);
                outY = Arrays.copyOf(outY, capacity);
            }
            for (int k : keep) {
                outX[size] = x[k];
                outY[size] = y[k];
                size++;
            }
            i = end;
        }
        return new Points(Arrays.copyOf(outX, size), Arrays.copyOf(outY, size));
    }

    /** Indices to keep of one column [from, to): first, min, max, first NaN, last, in time order. */
    private static int[] keepers(double[] y, int from, int to) {
        if (to - from <= 4) {
            int[] all = new int[to - from];
            for (int k = 0; k < all.length; k++) {
                all[k] = from + k;
            }
            return all;
        }
        int min = -1;
        int max = -1;
        int nan = -1;
        for (int k = from; k < to; k++) {
            if (Double.isNaN(y[k])) {
                if (nan < 0) {
                    nan = k;
                }
            } else {
                if (min < 0 || y[k] < y[min]) {
                    min = k;
                }
                if (max < 0 || y[k] > y[max]) {
                    max = k;
                }
            }
        }
        return Arrays.stream(new int[] {from, min, max, nan, to - 1}).filter(k -> k >= 0).sorted().distinct().toArray();
    }
}
