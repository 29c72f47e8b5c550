package dev.clausius.export;

import dev.clausius.figures.FigureStyle;

/**
 * How an export draws its figures.
 *
 * @param size      printed width and height, and the PNG resolution
 * @param caption   whether each chart carries the preset's key parameters as a caption line
 * @param titled    whether the panel's title heads its figure (a journal may set its own caption)
 * @param lettering the text and lines at the printed size (a journal style), or null for the
 *                  explorer's own look scaled to the width
 */
public record FigureOptions(FigureSize size, boolean caption, boolean titled, Lettering lettering) {

    /** The explorer's look, scaled to the width. */
    public FigureOptions(FigureSize size, boolean caption, boolean titled) {
        this(size, caption, titled, null);
    }

    /** The look the figures are drawn in. */
    public FigureStyle figureStyle() {
        return lettering == null ? FigureStyle.NORMAL : lettering.figureStyle(size);
    }
}
