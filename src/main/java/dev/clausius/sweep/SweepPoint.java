package dev.clausius.sweep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One grid point of a sweep: its index and the value of each axis' path, in axis order. */
public record SweepPoint(int index, Map<String, Double> parameters) {

    /** The Cartesian product of the axes, the last axis varying fastest. */
    public static List<SweepPoint> grid(List<SweepAxis> axes) {
        long total = 1;
        for (SweepAxis axis : axes) {
            total *= axis.count();
            if (total > SweepAxis.MOST_VALUES) {
                throw new IllegalArgumentException("the --set axes make more than " + SweepAxis.MOST_VALUES + " points");
            }
        }
        java.util.ArrayList<SweepPoint> points = new java.util.ArrayList<>();
        for (int p = 0; p < total; p++) {
            Map<String, Double> values = new LinkedHashMap<>();
            int rest = p;
            int[] digits = new int[axes.size()];
            for (int a = axes.size() - 1; a >= 0; a--) {
                digits[a] = rest % axes.get(a).count();
                rest /= axes.get(a).count();
            }
            for (int a = 0; a < axes.size(); a++) {
                values.put(axes.get(a).path(), axes.get(a).value(digits[a]));
            }
            points.add(new SweepPoint(p, values));
        }
        return points;
    }
}
