package dev.clausius.export;

/**
 * How an export draws its figures.
 *
 * @param size    printed width and height, and the PNG resolution
 * @param caption whether each chart carries the preset's key parameters as a caption line
 * @param titled  whether the panel's title heads its figure (a journal may set its own caption)
 */
public record FigureOptions(FigureSize size, boolean caption, boolean titled) {
}
