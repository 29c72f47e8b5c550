package dev.clausius.figures;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;

/**
 * Plots stacked on one time axis, whose gap may be widened for the language's tick labels: a
 * decimal comma reaches below the baseline, so the lowest tick label of one plot would touch the
 * top one of the plot under it at the gap a style sets ({@link FigureStyle}). The extra is kept
 * whenever a style sets the gap again; it is zero in English.
 */
final class StackedPlot extends CombinedDomainXYPlot {
    private static final long serialVersionUID = 1L;
    private double extraGap;
    private double styledGap;

    StackedPlot(ValueAxis domain) {
        super(domain);
        styledGap = getGap();
    }

    /** Adds {@code extra} to every gap set from now on (and to the current one). */
    void widenGap(double extra) {
        extraGap = extra;
        super.setGap(styledGap + extraGap);
    }

    @Override
    public void setGap(double gap) {
        styledGap = gap;
        super.setGap(gap + extraGap);
    }
}
