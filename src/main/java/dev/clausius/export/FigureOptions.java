package dev.clausius.export;

import dev.clausius.figures.FigureStyle;
import dev.clausius.i18n.Texts;

/**
 * How an export draws its figures.
 *
 * @param size      printed width and height, and the PNG resolution
 * @param caption   whether each chart carries the preset's key parameters as a caption line
 * @param titled    whether the panel's title heads its figure (a journal may set its own caption)
 * @param lettering the text and lines at the printed size (a journal style), or null for the
 *                  explorer's own look scaled to the width
 * @param texts     the language of the figures' words (titles, axes, legends, notes): the
 *                  explorer's in its exports, English on the command line; data files stay English
 */
public record FigureOptions(FigureSize size, boolean caption, boolean titled, Lettering lettering, Texts texts) {

    public FigureOptions {
        texts = texts == null ? Texts.english() : texts;
    }

    /** In English, the command line's language. */
    public FigureOptions(FigureSize size, boolean caption, boolean titled, Lettering lettering) {
        this(size, caption, titled, lettering, Texts.english());
    }

    /** The explorer's look, scaled to the width. */
    public FigureOptions(FigureSize size, boolean caption, boolean titled) {
        this(size, caption, titled, null);
    }

    /** The look the figures are drawn in. */
    public FigureStyle figureStyle() {
        return lettering == null ? FigureStyle.NORMAL : lettering.figureStyle(size);
    }
}
