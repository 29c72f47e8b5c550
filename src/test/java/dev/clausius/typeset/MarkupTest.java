package dev.clausius.typeset;

import static dev.clausius.typeset.Shift.NORMAL;
import static dev.clausius.typeset.Shift.SUB;
import static dev.clausius.typeset.Shift.SUPER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkupTest {

    private static Run n(String text) {
        return new Run(text, NORMAL);
    }

    private static Run sub(String text) {
        return new Run(text, SUB);
    }

    @Test
    void aSubscriptGroupIsOneLoweredRun() {
        assertEquals(List.of(n("S"), sub("AB")), Markup.parse("S_{AB}"));
        assertEquals(List.of(n("x"), new Run("2", SUPER), n(" + 1")), Markup.parse("x^{2} + 1"));
    }

    @Test
    void theIssuesSymbolsParseIntoTheirRuns() {
        assertEquals(List.of(n("ρ"), sub("B"), n("‖ρ"), sub("B"), n("(0)")), Markup.parse("ρ_{B}‖ρ_{B}(0)"));
        assertEquals(List.of(n("ΔE"), sub("V"), n("/T"), sub("B")), Markup.parse("ΔE_{V}/T_{B}"));
        assertEquals(List.of(n("dS"), sub("A"), n("/dt − (dQ"), sub("A"), n("/dt)/T"), sub("B")),
                Markup.parse("dS_{A}/dt − (dQ_{A}/dt)/T_{B}"));
        assertEquals(List.of(n("T"), sub("gen")), Markup.parse("T_{gen}"));
    }

    @Test
    void plainTextIsOneRunUnchanged() {
        for (String plain : List.of("interior_A", "T_A_gen", "a_b^c", "S_AB = 1.028 nats", "x_", "C:\\Users\\me\\p.json",
                "{braces} stay", "Σ ≤ 0")) {
            assertEquals(List.of(n(plain)), Markup.parse(plain), plain);
            assertEquals(plain, Markup.plain(plain), plain);
            assertFalse(Markup.hasMarkup(plain), plain);
        }
        assertEquals(List.of(), Markup.parse(""));
    }

    @Test
    void innerBracesGroupAndEscapesAreLiteral() {
        assertEquals(List.of(n("T"), sub("A{1}")), Markup.parse("T_{A\\{1\\}}"));
        assertEquals(List.of(n("T"), sub("ab")), Markup.parse("T_{a{b}}"));
        assertEquals(List.of(n("x"), sub("i"), n("y")), Markup.parse("x_{{i}}y"));
        assertEquals(List.of(n("a_{b} and c^{d}")), Markup.parse("a\\_{b} and c\\^{d}"));
        assertTrue(Markup.hasMarkup("a\\_{b}"));
    }

    @Test
    void aScriptInsideAScriptTakesTheInnerShift() {
        assertEquals(List.of(n("e"), new Run("−x", SUPER), sub("0")), Markup.parse("e^{−x_{0}}"));
    }

    @Test
    void anUnclosedGroupStaysLiteral() {
        assertEquals(List.of(n("S_{AB")), Markup.parse("S_{AB"));
        assertEquals(List.of(n("S"), sub("A"), n(" and T_{B")), Markup.parse("S_{A} and T_{B"));
    }

    @Test
    void plainTextOfMarkupIsTheContractsNames() {
        assertEquals("S_AB", Markup.plain("S_{AB}"));
        assertEquals("T_A_gen", Markup.plain("T_{A,gen}"));
        assertEquals("D(ρ_B‖ρ_B(0))", Markup.plain("D(ρ_{B}‖ρ_{B}(0))"));
        assertEquals("x^2 + 1", Markup.plain("x^{2} + 1"));
    }
}
