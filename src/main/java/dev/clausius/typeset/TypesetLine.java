package dev.clausius.typeset;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line of {@link Markup} set in a font for Java2D: each run drawn with its own
 * {@code drawString}, scripts smaller and moved off the baseline. Plain strings, not glyph
 * outlines, so the text stays text in every export (Batik's SVG, PDFBox's PDF) and a PDF's text
 * reads "S" then "AB".
 * <p>
 * Words the shipped fonts have no glyphs for (Persian) are set in Clausius Sans Arabic, shipped too
 * ({@link #fontFor}), and a line with right-to-left text is laid out by the Unicode bidi algorithm
 * with a right-to-left base: its runs are drawn in visual order, so "آنتروپی (nats)" reads from the
 * right and a symbol such as S_{AB} stays one left-to-right piece inside it.
 */
public record TypesetLine(List<Run> runs, Font font, float smallest) {
    /**
     * A script's size against the line's: LaTeX sets 6 pt scripts in 8 pt text, so a journal
     * figure's 8 pt labels keep their subscripts at the 6 pt minimum printers ask for.
     */
    public static final float SCRIPT_SCALE = 0.75f;
    /** How far a subscript's baseline drops, in units of the line's font size. */
    public static final float SUB_DROP = 0.25f;
    /** How far a superscript's baseline rises, in units of the line's font size. */
    public static final float SUPER_RISE = 0.38f;

    /** Neighbouring runs of one shift are merged: one drawString each, one text element in an SVG. */
    public TypesetLine {
        List<Run> merged = new ArrayList<>();
        for (Run run : runs) {
            Run last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.shift() == run.shift()) {
                merged.set(merged.size() - 1, new Run(last.text() + run.text(), run.shift()));
            } else if (!run.text().isEmpty()) {
                merged.add(run);
            }
        }
        runs = List.copyOf(merged);
    }

    /** A line on screen: scripts at {@link #SCRIPT_SCALE} of the line, however small. */
    public static TypesetLine of(String markup, Font font) {
        return of(markup, font, 0f);
    }

    /**
     * A line whose scripts are never smaller than {@code smallest}, in the font's units. A printed
     * figure is laid out larger than it prints (export's layout scale), so its smallest legible
     * size (6 pt) is 6 pt times that scale in these units: a 7 pt Nature label keeps 6 pt
     * subscripts, not 5.25.
     */
    public static TypesetLine of(String markup, Font font, float smallest) {
        return new TypesetLine(Markup.parse(markup), font, smallest);
    }

    /** The font of a run: the line's, or smaller for a script (never under the smallest, nor above the line's). */
    public Font font(Shift shift) {
        if (shift == Shift.NORMAL) {
            return font;
        }
        float size = font.getSize2D();
        return font.deriveFont(Math.max(size * SCRIPT_SCALE, Math.min(size, smallest)));
    }

    /** The vertical offset of a run's baseline from the line's (positive is down, as in Java2D). */
    public float baseline(Shift shift) {
        return switch (shift) {
            case NORMAL -> 0f;
            case SUB -> SUB_DROP * font.getSize2D();
            case SUPER -> -SUPER_RISE * font.getSize2D();
        };
    }

    /**
     * The family Persian words are set in when the line's font has no glyphs for them: Clausius Sans
     * Arabic (Noto Sans Arabic), shipped with the figure fonts and registered with Java2D by
     * {@code FigureFonts}.
     */
    public static final String SCRIPT_FALLBACK = "Clausius Sans Arabic";

    /**
     * {@code font}; or, when it lacks a glyph of {@code text} (the shipped Liberation-based fonts
     * have no Arabic script), {@link #SCRIPT_FALLBACK} at the same size (bold or regular), if it is
     * registered and has every glyph; else the system's logical sans-serif font, which falls back
     * through the platform's fonts (DejaVu Sans on Linux, Tahoma or Segoe UI on Windows).
     */
    public static Font fontFor(String text, Font font) {
        if (font == null || text == null || font.canDisplayUpTo(text) == -1) {
            return font;
        }
        Font script = scriptFont(font);
        if (script != null && script.canDisplayUpTo(text) == -1) {
            return script;
        }
        return new Font(Font.SANS_SERIF, font.getStyle(), 1).deriveFont(font.getSize2D());
    }

    /** {@link #SCRIPT_FALLBACK} in {@code font}'s weight and size, or null when it is not registered. */
    private static Font scriptFont(Font font) {
        Font script = new Font(SCRIPT_FALLBACK, font.getStyle() & Font.BOLD, 1);
        return SCRIPT_FALLBACK.equals(script.getFamily(Locale.ROOT)) ? script.deriveFont(font.getSize2D()) : null;
    }

    /** The font a piece is drawn in: its shift's, or the fallback for words that font cannot show. */
    private Font font(Run piece) {
        return fontFor(piece.text(), font(piece.shift()));
    }

    public float width(FontRenderContext frc) {
        float width = 0f;
        for (Run piece : visualOrder()) {
            width += (float) font(piece).getStringBounds(piece.text(), frc).getWidth();
        }
        return width;
    }

    /** Above the baseline: the font's ascent, or a superscript's top if that is higher. */
    public float ascent(FontRenderContext frc) {
        float ascent = font.getLineMetrics("Hg", frc).getAscent();
        for (Run run : runs) {
            if (run.shift() == Shift.SUPER) {
                LineMetrics metrics = font(run.shift()).getLineMetrics(run.text(), frc);
                ascent = Math.max(ascent, metrics.getAscent() - baseline(run.shift()));
            }
        }
        return ascent;
    }

    /** Below the baseline: the font's descent, or a subscript's bottom if that is lower. */
    public float descent(FontRenderContext frc) {
        float descent = font.getLineMetrics("Hg", frc).getDescent();
        for (Run run : runs) {
            if (run.shift() == Shift.SUB) {
                LineMetrics metrics = font(run.shift()).getLineMetrics(run.text(), frc);
                descent = Math.max(descent, metrics.getDescent() + baseline(run.shift()));
            }
        }
        return descent;
    }

    /** The line's box with its baseline at y = 0. */
    public Rectangle2D bounds(FontRenderContext frc) {
        float ascent = ascent(frc);
        return new Rectangle2D.Float(0f, -ascent, width(frc), ascent + descent(frc));
    }

    /**
     * The line broken at spaces into lines at most {@code maxWidth} wide (a word wider than that
     * gets a line of its own); the spaces at the breaks are dropped.
     */
    public List<TypesetLine> wrap(float maxWidth, FontRenderContext frc) {
        List<TypesetLine> lines = new ArrayList<>();
        List<Run> line = new ArrayList<>();
        float lineWidth = 0f;
        for (List<Run> word : words()) {
            float wordWidth = new TypesetLine(word, font, smallest).width(frc);
            float trimmed = new TypesetLine(strip(word), font, smallest).width(frc);
            if (!line.isEmpty() && lineWidth + trimmed > maxWidth) {
                lines.add(new TypesetLine(strip(line), font, smallest));
                line = new ArrayList<>();
                lineWidth = 0f;
            }
            line.addAll(word);
            lineWidth += wordWidth;
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(new TypesetLine(strip(line), font, smallest));
        }
        return lines;
    }

    /** The runs cut after each space: a word keeps its trailing space and its scripts. */
    private List<List<Run>> words() {
        List<List<Run>> words = new ArrayList<>();
        List<Run> word = new ArrayList<>();
        for (Run run : runs) {
            String text = run.text();
            int start = 0;
            for (int space = text.indexOf(' '); space >= 0; space = text.indexOf(' ', space + 1)) {
                word.add(new Run(text.substring(start, space + 1), run.shift()));
                words.add(word);
                word = new ArrayList<>();
                start = space + 1;
            }
            if (start < text.length()) {
                word.add(new Run(text.substring(start), run.shift()));
            }
        }
        if (!word.isEmpty()) {
            words.add(word);
        }
        return words;
    }

    /** The runs without the trailing spaces of the last one. */
    private static List<Run> strip(List<Run> runs) {
        if (runs.isEmpty()) {
            return runs;
        }
        List<Run> stripped = new ArrayList<>(runs);
        Run last = stripped.remove(stripped.size() - 1);
        String text = last.text().stripTrailing();
        if (!text.isEmpty()) {
            stripped.add(new Run(text, last.shift()));
        }
        return stripped;
    }

    /** Draws the line with its baseline starting at (x, y), in the graphics' current paint. */
    public void draw(Graphics2D g2, float x, float y) {
        Font saved = g2.getFont();
        FontRenderContext frc = g2.getFontRenderContext();
        float cursor = x;
        for (Run run : visualOrder()) {
            Font runFont = font(run);
            g2.setFont(runFont);
            g2.drawString(run.text(), cursor, y + baseline(run.shift()));
            cursor += (float) runFont.getStringBounds(run.text(), frc).getWidth();
        }
        g2.setFont(saved);
    }

    /**
     * The pieces the line is drawn in, left to right as they are seen: its runs, cut where the
     * shipped font stops having the glyphs (Persian words are set in {@link #fontFor}'s fallback)
     * and, for a line with right-to-left letters, where the bidi level changes, then reordered with
     * a right-to-left base. Each piece is one drawString, which shapes and orders its own letters.
     * A line of Latin text is its runs, as they are.
     */
    List<Run> visualOrder() {
        StringBuilder all = new StringBuilder();
        for (Run run : runs) {
            all.append(run.text());
        }
        char[] text = all.toString().toCharArray();
        Bidi bidi = Bidi.requiresBidi(text, 0, text.length) ? new Bidi(all.toString(), Bidi.DIRECTION_RIGHT_TO_LEFT) : null;
        List<Run> pieces = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        int start = 0;
        for (Run run : runs) {
            Font shipped = font(run.shift());
            int end = start + run.text().length();
            int[] shown = shown(shipped, text, start, end);
            int from = start;
            while (from < end) {
                int level = bidi == null ? 0 : bidi.getLevelAt(from);
                int to = from + 1;
                while (to < end && (bidi == null ? 0 : bidi.getLevelAt(to)) == level && shown[to - start] == shown[from - start]) {
                    to++;
                }
                String piece = all.substring(from, to);
                // drawString orders a piece with right-to-left letters itself; a right-to-left piece of
                // only neutrals (") ", "= ") it would draw as written, so it is reversed and mirrored here
                pieces.add(new Run((level & 1) == 1 && !hasRightToLeftLetter(piece) ? mirrored(piece) : piece,
                        run.shift()));
                levels.add(level);
                from = to;
            }
            start = end;
        }
        if (bidi == null) {
            return pieces.size() == runs.size() ? runs : pieces;
        }
        Run[] ordered = pieces.toArray(new Run[0]);
        byte[] levelBytes = new byte[levels.size()];
        for (int i = 0; i < levelBytes.length; i++) {
            levelBytes[i] = levels.get(i).byteValue();
        }
        Bidi.reorderVisually(levelBytes, 0, ordered, 0, ordered.length);
        return List.of(ordered);
    }

    /**
     * For each character of {@code text[start, end)}: which font draws it. A letter or digit: the
     * shipped {@code font} (0) if it has the glyph, else the script fallback (1) if that has it, else
     * the system's sans (2). Spaces, signs and marks go with the nearest letter or digit before them
     * (after them at the start), so "۰٫۵" and "تغییر ناگهانی، " stay whole pieces in one font,
     * unless the script fallback lacks them ("(" after a Persian word): then the shipped font's.
     */
    private static int[] shown(Font font, char[] text, int start, int end) {
        Font script = scriptFont(font);
        int[] shown = new int[end - start];
        int last = -1;
        int pending = 0;
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text[i])) {
                last = font.canDisplay(text[i]) ? 0 : script != null && script.canDisplay(text[i]) ? 1 : 2;
                for (int k = i - pending; k <= i; k++) {
                    shown[k - start] = last == 1 && !script.canDisplay(text[k]) ? 0 : last;
                }
                pending = 0;
            } else if (last >= 0) {
                shown[i - start] = last == 1 && !script.canDisplay(text[i]) ? 0 : last;
            } else {
                pending++;
            }
        }
        // a run of signs only: the shipped font's, as drawn so far (0)
        return shown;
    }

    private static boolean hasRightToLeftLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            byte direction = Character.getDirectionality(text.charAt(i));
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} reversed with its brackets mirrored: how a right-to-left line shows neutrals. */
    private static String mirrored(String text) {
        String pairs = "()[]{}<>";
        StringBuilder out = new StringBuilder(text.length());
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            int k = pairs.indexOf(c);
            out.append(k < 0 ? c : pairs.charAt(k ^ 1));
        }
        return out.toString();
    }
}
