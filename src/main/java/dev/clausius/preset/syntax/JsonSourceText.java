package dev.clausius.preset.syntax;

import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.CharBuffer;

/**
 * The text Jackson read, to turn its (line, column) into the column an editor shows. Jackson counts
 * columns in bytes when it reads UTF-8 bytes (so "Wärme" is 6 wide) and in UTF-16 units when it
 * reads a String; an editor counts characters. Lines end at "\n", "\r" or "\r\n", as Jackson counts
 * them; a byte-order mark is not a character on the page. Immutable.
 */
final class JsonSourceText {
    /** A place in the text as Jackson counts it (line and column from 1). */
    record Place(int line, int column) {
    }

    private static final char BYTE_ORDER_MARK = '\ufeff';

    /** The bytes Jackson read as UTF-8 (its columns count bytes), or null. */
    private final byte[] utf8;
    /** The characters Jackson read (its columns count UTF-16 units), or null. */
    private final String chars;

    private JsonSourceText(byte[] utf8, String chars) {
        this.utf8 = utf8;
        this.chars = chars;
    }

    static JsonSourceText ofUtf8(byte[] bytes) {
        return new JsonSourceText(bytes, null);
    }

    static JsonSourceText ofChars(String text) {
        return new JsonSourceText(null, text);
    }

    /** Text that cannot be looked at (Jackson decoded UTF-16 or UTF-32): its columns are passed on as given. */
    static JsonSourceText unknown() {
        return new JsonSourceText(null, null);
    }

    boolean isKnown() {
        return utf8 != null || chars != null;
    }

    /** Line {@code line} (1-based) without its line break or a leading byte-order mark, or null. */
    String line(int line) {
        int start = lineStart(line);
        if (start < 0) {
            return null;
        }
        int end = lineEnd(start);
        String text = utf8 != null ? new String(utf8, start, end - start, StandardCharsets.UTF_8)
                : chars.substring(start, end);
        return line == 1 && text.startsWith(String.valueOf(BYTE_ORDER_MARK)) ? text.substring(1) : text;
    }

    /**
     * The index into {@link #line(int)} of Jackson's (line, column), or -1 when the text is unknown.
     * A byte column that falls inside a multi-byte character (Jackson sometimes stops after the
     * first byte of a character it did not expect) means that character.
     */
    int index(int line, int jacksonColumn) {
        int start = lineStart(line);
        if (start < 0 || jacksonColumn < 1) {
            return -1;
        }
        int end = lineEnd(start);
        int at = (int) Math.min((long) start + jacksonColumn - 1, end);
        int index;
        if (utf8 != null) {
            while (at > start && at < end && isContinuation(utf8[at])) {
                at--;
            }
            index = new String(utf8, start, at - start, StandardCharsets.UTF_8).length();
        } else {
            index = at - start;
        }
        return line == 1 && startsWithByteOrderMark() ? Math.max(0, index - 1) : index;
    }

    /** The column an editor shows for Jackson's (line, column): characters from the line's start, 1-based. */
    int column(int line, int jacksonColumn) {
        int index = index(line, jacksonColumn);
        String text = index < 0 ? null : line(line);
        return text == null ? jacksonColumn : text.codePointCount(0, Math.min(index, text.length())) + 1;
    }

    /** "line 3, column 7" for Jackson's (line, column), the column counted in characters. */
    String at(int line, int jacksonColumn) {
        return "line " + line + ", column " + column(line, jacksonColumn);
    }

    /** The character at Jackson's (line, column), or -1 at the end of a line, the end of the text or when unknown. */
    int codePointAt(int line, int jacksonColumn) {
        int index = index(line, jacksonColumn);
        String text = index < 0 ? null : line(line);
        return text == null || index >= text.length() ? -1 : text.codePointAt(index);
    }

    /** Offset of the first byte that is not UTF-8, or -1 when all bytes decode (or the text is not bytes). */
    int firstMalformedByte() {
        if (utf8 == null) {
            return -1;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(utf8);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return -1; // with endOfInput true, a sequence cut short by the end is an error above
            }
            out.clear();
        }
    }

    /** Jackson's (line, byte column) of byte {@code offset}: where a byte that is not UTF-8 sits. */
    Place place(int offset) {
        int line = 1;
        int start = 0;
        for (int i = 0; i < offset && i < utf8.length; i++) {
            int c = utf8[i] & 0xFF;
            if (c == '\n' || c == '\r' && (i + 1 >= utf8.length || utf8[i + 1] != '\n')) {
                line++;
                start = i + 1;
            }
        }
        return new Place(line, offset - start + 1);
    }

    /**
     * Where the last '"' that is not escaped stands, or null: at the end of a file that ends
     * inside a key, that is the key's opening quote.
     */
    Place lastUnescapedQuote() {
        if (utf8 == null) {
            return null;
        }
        for (int i = utf8.length - 1; i >= 0; i--) {
            if (utf8[i] == '"') {
                int backslashes = 0;
                while (i - 1 - backslashes >= 0 && utf8[i - 1 - backslashes] == '\\') {
                    backslashes++;
                }
                if (backslashes % 2 == 0) {
                    return place(i);
                }
            }
        }
        return null;
    }

    /** The text as a String without a leading byte-order mark (what a String parser should see), or null. */
    String string() {
        String text = utf8 != null ? new String(utf8, StandardCharsets.UTF_8) : chars;
        return text != null && text.startsWith(String.valueOf(BYTE_ORDER_MARK)) ? text.substring(1) : text;
    }

    private boolean startsWithByteOrderMark() {
        return utf8 != null ? utf8.length >= 3 && (utf8[0] & 0xFF) == 0xEF && (utf8[1] & 0xFF) == 0xBB
                && (utf8[2] & 0xFF) == 0xBF : chars != null && chars.startsWith(String.valueOf(BYTE_ORDER_MARK));
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    private int length() {
        return utf8 != null ? utf8.length : chars == null ? 0 : chars.length();
    }

    private int unit(int i) {
        return utf8 != null ? utf8[i] & 0xFF : chars.charAt(i);
    }

    /** Where line {@code line} (1-based) starts, or -1 when the text is unknown or shorter. */
    private int lineStart(int line) {
        if (!isKnown() || line < 1) {
            return -1;
        }
        int n = 1;
        int i = 0;
        int length = length();
        while (n < line && i < length) {
            int c = unit(i++);
            if (c == '\n') {
                n++;
            } else if (c == '\r') {
                if (i < length && unit(i) == '\n') {
                    i++;
                }
                n++;
            }
        }
        return n == line ? i : -1;
    }

    private int lineEnd(int start) {
        int i = start;
        int length = length();
        while (i < length && unit(i) != '\n' && unit(i) != '\r') {
            i++;
        }
        return i;
    }
}
