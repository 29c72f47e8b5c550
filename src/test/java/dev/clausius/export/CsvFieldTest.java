package dev.clausius.export;

import dev.clausius.figures.Curve;
import dev.clausius.figures.look.Dash;
import dev.clausius.thermo.Frame;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvFieldTest {
    @Test
    void aPlainFieldIsWrittenAsItIs() {
        assertEquals("S_A", CsvField.csv("S_A"));
        assertEquals("$.coupling[0].g", CsvField.csv("$.coupling[0].g"));
        assertEquals("T_A (gen.) 'dQ/dS'", CsvField.csv("T_A (gen.) 'dQ/dS'"));
    }

    @Test
    void commaQuoteAndEveryLineBreakAreQuotedWithQuotesDoubled() {
        assertEquals("\"a,b\"", CsvField.csv("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvField.csv("say \"hi\""));
        assertEquals("\"one\rtwo\"", CsvField.csv("one\rtwo"));
        assertEquals("\"one\ntwo\"", CsvField.csv("one\ntwo"));
        assertEquals("\"one\r\ntwo\"", CsvField.csv("one\r\ntwo"));
    }

    @Test
    void aWrittenRowReadsBackFieldForField() {
        List<String> fields = List.of("t", "a,b", "say \"hi\"", "one\rtwo", "one\ntwo", "one\r\ntwo", "", "plain");
        StringBuilder row = new StringBuilder();
        for (String field : fields) {
            row.append(row.length() == 0 ? "" : ",").append(CsvField.csv(field));
        }
        String text = row + "\r\n" + "1,2,3,4,5,6,7,8\r\n";
        List<List<String>> records = Rfc4180.read(text);
        assertEquals(2, records.size(), text);
        assertEquals(fields, records.get(0));
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8"), records.get(1));
    }

    @Test
    void aPanelCsvWithAnAwkwardLabelReadsBackAsTwoColumnsPerRow() throws Exception {
        List<Curve> curves = List.of(new Curve("heat,\n\"Q_A\"", Color.RED, Dash.SOLID, Frame::time),
                new Curve("plain", Color.BLUE, Dash.SOLID, f -> 2 * f.time()));
        StringWriter out = new StringWriter();
        PanelCsv.write(curves, List.of(TestFrames.at(0), TestFrames.at(0.5)), out);
        List<List<String>> records = Rfc4180.read(out.toString());
        assertEquals(List.of(List.of("t", "heat,\n\"Q_A\"", "plain"), List.of("0.0", "0.0", "0.0"),
                List.of("0.5", "0.5", "1.0")), records);

        String clipboard = PanelTsv.text(curves, List.of(TestFrames.at(0.5)));
        assertEquals("t\theat, \"Q_A\"\tplain\n0.5\t0.5\t1.0\n", clipboard);
    }

    @Test
    void clipboardCellsHaveNoTabsOrLineBreaks() {
        assertEquals("a b c d e", CsvField.tabSeparated("a\tb\nc\r\nd\re"));
        assertEquals("say \"hi\", twice", CsvField.tabSeparated("say \"hi\", twice"));
    }

    /** RFC 4180 section 2, read character by character: written here, not taken from the code under test. */
    private static final class Rfc4180 {
        static List<List<String>> read(String text) {
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                    i++;
                } else if (c == '"' && field.length() == 0) {
                    quoted = true;
                    i++;
                } else if (c == ',') {
                    record.add(field.toString());
                    field.setLength(0);
                    i++;
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' || c == '\n') {
                    record.add(field.toString());
                    field.setLength(0);
                    records.add(record);
                    record = new ArrayList<>();
                    i += c == '\r' ? 2 : 1;
                } else {
                    field.append(c);
                    i++;
                }
            }
            if (field.length() > 0 || !record.isEmpty()) {
                record.add(field.toString());
                records.add(record);
            }
            return records;
        }
    }
}
