package dev.clausius.typeset;

import java.util.ArrayList;
import java.util.List;

/**
 * The one markup of every text a user reads (legends, axis labels, captions, readouts, the status
 * bar, info and tour texts): LaTeX-like {@code S_{AB}} for a subscript and {@code x^{2}} for a
 * superscript; Greek letters and operators are plain Unicode.
 * <ul>
 *   <li>Only a brace group is a script: a bare {@code _} or {@code ^} is literal, so a plain name
 *       such as {@code interior_A} or {@code T_A_gen} reads as written and text without markup is
 *       shown unchanged.</li>
 *   <li>{@code \_ \^ \{ \}} are the literal characters; any other backslash is itself (a
 *       Windows path reads as written).</li>
 *   <li>Inside a group, balanced braces only group; a script inside a script takes the inner
 *       shift (one level of scripts is drawn, as a chart label needs no more).</li>
 *   <li>An unclosed group, or a {@code _} or {@code ^} without its braces, stays literal text.</li>
 * </ul>
 */
public final class Markup {
    /** The characters a backslash makes literal. */
    private static final String ESCAPED = "_^{}";
    private Markup() {
    }

    /** The runs of {@code text}, neighbours of equal shift merged; empty for an empty text. */
    public static List<Run> parse(String text) {
        List<Run> runs = new ArrayList<>();
        parse(text, 0, text.length(), Shift.NORMAL, runs);
        return runs;
    }

    /** Whether {@code text} has any markup (a script group or an escape) to typeset. */
    public static boolean hasMarkup(String text) {
        if (text.contains("_{") || text.contains("^{")) {
            return true;
        }
        for (int i = text.indexOf('\\'); i >= 0 && i + 1 < text.length(); i = text.indexOf('\\', i + 1)) {
            if (ESCAPED.indexOf(text.charAt(i + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text as one plain line, for CSV headers, dataset keys, clipboard and accessibility
     * texts: a subscript group as {@code _} and its text, a superscript as {@code ^} and its text,
     * and a comma in a subscript as {@code _} ({@code T_{A,gen}} is the column {@code T_A_gen}).
     */
    public static String plain(String text) {
        if (!hasMarkup(text)) {
            return text;
        }
        StringBuilder plain = new StringBuilder();
        for (Run run : parse(text)) {
            switch (run.shift()) {
                case NORMAL -> plain.append(run.text());
                case SUB -> plain.append('_').append(run.text().replace(',', '_'));
                case SUPER -> plain.append('^').append(run.text());
            }
        }
        return plain.toString();
    }

    private static void parse(String text, int from, int to, Shift shift, List<Run> runs) {
        StringBuilder pending = new StringBuilder();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < to && ESCAPED.indexOf(text.charAt(i + 1)) >= 0) {
                pending.append(text.charAt(i + 1));
                i += 2;
            } else if ((c == '_' || c == '^') && i + 1 < to && text.charAt(i + 1) == '{'
                    && closing(text, i + 1, to) >= 0) {
                int close = closing(text, i + 1, to);
                add(runs, pending, shift);
                parse(text, i + 2, close, c == '_' ? Shift.SUB : Shift.SUPER, runs);
                i = close + 1;
            } else if (c == '{' && shift != Shift.NORMAL && closing(text, i, to) >= 0) {
                // a grouping brace inside a script: its content belongs to the script
                int close = closing(text, i, to);
                add(runs, pending, shift);
                parse(text, i + 1, close, shift, runs);
                i = close + 1;
            } else {
                pending.append(c);
                i++;
            }
        }
        add(runs, pending, shift);
    }

    /** The index of the brace closing the one at {@code open}, skipping escapes; -1 if unclosed. */
    private static int closing(String text, int open, int to) {
        int depth = 0;
        for (int i = open; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < to && ESCAPED.indexOf(text.charAt(i + 1)) >= 0) {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static void add(List<Run> runs, StringBuilder pending, Shift shift) {
        if (pending.isEmpty()) {
            return;
        }
        Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        if (last != null && last.shift() == shift) {
            runs.set(runs.size() - 1, new Run(last.text() + pending, shift));
        } else {
            runs.add(new Run(pending.toString(), shift));
        }
        pending.setLength(0);
    }
}
