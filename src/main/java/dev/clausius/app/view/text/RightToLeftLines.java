package dev.clausius.app.view.text;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Where a wrapped right-to-left paragraph's lines end, chosen here rather than by JavaFX. JavaFX 21
 * on Linux (glyphs from Pango) breaks a line of Arabic script at the wrong character: its lines
 * come out about half the paragraph wide, run past the flow's edge and are cut off at the panel's
 * side. Here each space where a line ends becomes a line feed, so every line JavaFX lays out is
 * narrower than its wrapping width and its own breaking has nothing left to do.
 */
final class RightToLeftLines {
    /**
     * The share of the width a line is filled to: a word measured on its own can come out a little
     * narrower than in its line (the joining forms of its first and last letters).
     */
    static final double FILL = 0.96;

    private RightToLeftLines() {
    }

    /** A space between words: which text it is in, where, and whether it is a line feed already. */
    private record Space(int text, int index, boolean lineFeed) {
    }

    /** A word: its pieces' width, and the space before it (null for the first). */
    private record Word(double width, Space before) {
    }

    /**
     * {@code texts} (the runs of one paragraph, each drawn in its font) with a line feed in place of
     * each space after which the next word would make the line wider than {@code width}. A word
     * wider than the width gets a line of its own.
     */
    static List<String> broken(List<String> texts, List<Font> fonts, double width) {
        List<StringBuilder> out = texts.stream().map(StringBuilder::new).toList();
        double line = 0;
        boolean lineEmpty = true;
        for (Word word : words(texts, fonts)) {
            Space space = word.before();
            double spaceWidth = space == null ? 0 : width(" ", fonts.get(space.text()));
            if (space != null && space.lineFeed()) {
                line = word.width();
                lineEmpty = false;
            } else if (!lineEmpty && line + spaceWidth + word.width() > width) {
                out.get(space.text()).setCharAt(space.index(), '\n');
                line = word.width();
            } else {
                line += spaceWidth + word.width();
                lineEmpty = false;
            }
        }
        return out.stream().map(StringBuilder::toString).toList();
    }

    /** The words of the paragraph (a word may run over several texts: S, then a subscript AB). */
    private static List<Word> words(List<String> texts, List<Font> fonts) {
        List<Word> words = new ArrayList<>();
        double word = 0;
        boolean inWord = false;
        Space before = null;
        for (int k = 0; k < texts.size(); k++) {
            String text = texts.get(k);
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                boolean end = i == text.length();
                char c = end ? 0 : text.charAt(i);
                if (end || c == ' ' || c == '\n') {
                    if (i > start) {
                        word += width(text.substring(start, i), fonts.get(k));
                        inWord = true;
                    }
                    if (!end) {
                        if (inWord) {
                            words.add(new Word(word, before));
                        }
                        before = new Space(k, i, c == '\n' || (before != null && before.lineFeed() && !inWord));
                        word = 0;
                        inWord = false;
                    }
                    start = i + 1;
                }
            }
        }
        if (inWord) {
            words.add(new Word(word, before));
        }
        return words;
    }

    private static double width(String text, Font font) {
        Text probe = new Text(text);
        if (font != null) {
            probe.setFont(font);
        }
        return probe.getLayoutBounds().getWidth();
    }
}
