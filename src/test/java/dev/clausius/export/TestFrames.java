package dev.clausius.export;

import dev.clausius.dynamics.Evolver;
import dev.clausius.thermo.Column;
import dev.clausius.thermo.Frame;
import dev.clausius.thermo.Invariants;

import java.util.Arrays;
import java.util.function.DoubleFunction;

/** Frames and evolvers with made-up values, for tests that check files and text, not physics. */
public final class TestFrames {
    private TestFrames() {
    }

    /** A frame whose columns hold the given values, in {@link Column} order. */
    public static Frame of(double... values) {
        // the closed/open-mode constructor: one double per column of Column.timeSeries()
        int columns = Column.timeSeries().size();
        if (values.length != columns) {
            throw new IllegalArgumentException("a Frame has " + columns + " values");
        }
        Class<?>[] types = new Class<?>[columns];
        Arrays.fill(types, double.class);
        Object[] arguments = Arrays.stream(values).boxed().toArray();
        try {
            return Frame.class.getDeclaredConstructor(types).newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** A frame at t with simple distinct values in every other column. */
    public static Frame at(double t) {
        double[] values = new double[Column.timeSeries().size()];
        values[0] = t;
        for (int i = 1; i < values.length; i++) {
            values[i] = Math.sin(t + i) / i;
        }
        return of(values);
    }

    /** An evolver of made-up frames that fails with an IllegalStateException at its failAt-th frame (-1: never). */
    public static Evolver evolver(int dimension, int failAt) {
        return new Evolver() {
            private int calls;

            @Override
            public Frame frameAt(double time) {
                if (calls++ == failAt) {
                    throw new IllegalStateException("test evolver fails at frame " + failAt);
                }
                return at(time);
            }

            @Override
            public int dimension() {
                return dimension;
            }
        };
    }

    /** {@code base} with the invariants {@code check} gives for the time of the last frame asked for. */
    public static Evolver checkedBy(Evolver base, DoubleFunction<Invariants> check) {
        return new Evolver() {
            private double t;

            @Override
            public Frame frameAt(double time) {
                t = time;
                return base.frameAt(time);
            }

            @Override
            public int dimension() {
                return base.dimension();
            }

            @Override
            public Invariants invariants() {
                return check.apply(t);
            }
        };
    }
}
