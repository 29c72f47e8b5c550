package dev.clausius.figures;

import dev.clausius.typeset.Markup;
import org.jfree.chart.labels.XYSeriesLabelGenerator;
import org.jfree.data.xy.AbstractXYDataset;

import java.util.List;

/**
 * An XY dataset of plain arrays, replaced wholesale: a chart is redrawn from freshly decimated
 * points at most once per update, with one change event for all its series. Each series has a
 * label in {@link Markup} for its legend and a key, the label's plain text ({@code S_{AB}} is
 * keyed {@code S_AB}).
 */
public final class SeriesDataset extends AbstractXYDataset {
    /** Legend labels from a SeriesDataset's markup, from any other dataset its keys. */
    public static final XYSeriesLabelGenerator LEGEND_LABELS = (dataset, series) ->
            dataset instanceof SeriesDataset labelled ? labelled.label(series) : String.valueOf(dataset.getSeriesKey(series));

    private List<String> labels;
    private List<String> keys;
    private double[][] xs;
    private double[][] ys;

    public SeriesDataset(List<String> labels) {
        this(labels, labels);
    }

    /**
     * Series shown in the legend as {@code labels} (markup, perhaps translated) and keyed by the plain
     * text of {@code names} (the English names data files and pins use).
     */
    public SeriesDataset(List<String> labels, List<String> names) {
        if (labels.size() != names.size()) {
            throw new IllegalArgumentException(labels.size() + " labels for " + names.size() + " series");
        }
        this.labels = List.copyOf(labels);
        this.keys = names.stream().map(Markup::plain).toList();
        this.xs = new double[keys.size()][0];
        this.ys = new double[keys.size()][0];
    }

    /** Replaces one series without an event; call {@link #changed()} after the last one. */
    public void set(int series, double[] x, double[] y) {
        xs[series] = x;
        ys[series] = y;
    }

    /** Renames the series (as many labels, in markup, as series), e.g. after the presets they show changed. */
    public void setKeys(String... names) {
        if (names.length != keys.size()) {
            throw new IllegalArgumentException(names.length + " names for " + keys.size() + " series");
        }
        labels = List.of(names);
        keys = labels.stream().map(Markup::plain).toList();
    }

    /** As {@link #setKeys(String...)}, the legend showing {@code shown} (translated) for each of {@code names}. */
    public void setKeys(List<String> shown, List<String> names) {
        if (names.size() != keys.size() || shown.size() != names.size()) {
            throw new IllegalArgumentException(names.size() + " names for " + keys.size() + " series");
        }
        labels = List.copyOf(shown);
        keys = names.stream().map(Markup::plain).toList();
    }

    /** The legend label of a series, in markup. */
    public String label(int series) {
        return labels.get(series);
    }

    /** Replaces every series by empty ones under {@code names}, without an event (a new set of curves). */
    public void replace(List<String> names) {
        keys = List.copyOf(names);
        xs = new double[keys.size()][0];
        ys = new double[keys.size()][0];
    }

    public void changed() {
        fireDatasetChanged();
    }

    @Override
    public int getSeriesCount() {
        return keys.size();
    }

    @Override
    public Comparable<String> getSeriesKey(int series) {
        return keys.get(series);
    }

    @Override
    public int getItemCount(int series) {
        return xs[series].length;
    }

    @Override
    public Number getX(int series, int item) {
        return xs[series][item];
    }

    @Override
    public double getXValue(int series, int item) {
        return xs[series][item];
    }

    @Override
    public Number getY(int series, int item) {
        return ys[series][item];
    }

    @Override
    public double getYValue(int series, int item) {
        return ys[series][item];
    }
}
