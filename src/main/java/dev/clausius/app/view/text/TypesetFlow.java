package dev.clausius.app.view.text;

import dev.clausius.typeset.Markup;
import dev.clausius.typeset.Run;
import dev.clausius.typeset.Shift;
import dev.clausius.typeset.TypesetLine;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * {@link Markup} on screen: a TextFlow of one Text per run, scripts at TypesetLine.SCRIPT_SCALE em (so they follow the
 * CSS font, projector mode included) and moved off the baseline by the same fractions as the
 * figures' {@link TypesetLine}. Setting the same markup again does nothing, and markup whose runs
 * keep their shifts (a readout whose numbers change) only retexts the nodes: a status bar updated
 * every pulse builds no nodes.
 */
public final class TypesetFlow extends TextFlow {
    /** The style of a script Text: its size relative to the inherited font. */
    static final String SCRIPT_STYLE = "-fx-font-size: " + TypesetLine.SCRIPT_SCALE + "em;";

    private final ObjectProperty<Paint> fill = new SimpleObjectProperty<>(this, "fill", Color.BLACK);
    private String markup = "";
    private List<Run> runs = List.of();
    /** The runs' texts as shown, before a right-to-left flow's lines are broken. */
    private List<String> unbroken = List.of();

    public TypesetFlow() {
        getStyleClass().add("typeset");
    }

    public TypesetFlow(String markup) {
        this();
        setMarkup(markup);
    }

    /** The paint of every run (a hosting label binds it to its text fill). */
    public ObjectProperty<Paint> fillProperty() {
        return fill;
    }

    public String markup() {
        return markup;
    }

    /** The text as plain text ({@code S_AB} for S_{AB}): what a screen reader and a test read. */
    public String plainText() {
        return shown(Markup.plain(markup));
    }

    public void setMarkup(String newMarkup) {
        String text = newMarkup == null ? "" : newMarkup;
        if (text.equals(markup)) {
            return;
        }
        markup = text;
        List<Run> parsed = Markup.parse(text);
        if (sameShape(parsed)) {
            for (int i = 0; i < parsed.size(); i++) {
                ((Text) getChildren().get(i)).setText(shown(parsed.get(i).text()));
            }
        } else {
            getChildren().setAll(parsed.stream().map(this::node).toList());
        }
        runs = parsed;
        unbroken = parsed.stream().map(run -> shown(run.text())).toList();
        breakRightToLeft(getWidth());
        setAccessibleText(plainText());
    }

    @Override
    protected void setWidth(double value) {
        breakRightToLeft(value);
        super.setWidth(value);
    }

    @Override
    protected double computePrefHeight(double width) {
        breakRightToLeft(width);
        return super.computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        breakRightToLeft(getWidth());
        super.layoutChildren();
    }

    /**
     * A right-to-left flow {@code width} wide: its lines broken by {@link RightToLeftLines}, not by
     * JavaFX, which cuts wrapped Arabic-script lines in the wrong place. Left-to-right flows, and a
     * width not known yet, are left as they are.
     */
    private void breakRightToLeft(double width) {
        double inside = width - snappedLeftInset() - snappedRightInset();
        if (getEffectiveNodeOrientation() != NodeOrientation.RIGHT_TO_LEFT || inside <= 0
                || unbroken.size() != getChildren().size()) {
            return;
        }
        List<Text> texts = getChildren().stream().map(Text.class::cast).toList();
        List<String> lines = RightToLeftLines.broken(unbroken, texts.stream().map(Text::getFont).toList(),
                inside * RightToLeftLines.FILL);
        for (int i = 0; i < texts.size(); i++) {
            if (!texts.get(i).getText().equals(lines.get(i))) {
                texts.get(i).setText(lines.get(i));
            }
        }
    }

    private boolean sameShape(List<Run> parsed) {
        if (parsed.size() != runs.size()) {
            return false;
        }
        for (int i = 0; i < parsed.size(); i++) {
            if (parsed.get(i).shift() != runs.get(i).shift()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A run's text for JavaFX: without the bidi embedding marks (LRE ... PDF) the figures put around
     * formulas and numbers in Persian for Java2D; JavaFX draws them as boxes, and its TextFlow orders
     * a right-to-left line itself.
     */
    static String shown(String text) {
        return EMBEDDING.matcher(text).replaceAll("");
    }

    private static final java.util.regex.Pattern EMBEDDING = java.util.regex.Pattern.compile("[\u202A-\u202E]");

    private Node node(Run run) {
        Text text = new Text(shown(run.text()));
        text.fillProperty().bind(fill);
        if (run.shift() != Shift.NORMAL) {
            text.setStyle(SCRIPT_STYLE);
            text.getStyleClass().add(run.shift() == Shift.SUB ? "sub" : "super");
            // the line's size is the script's over the scale; the shift is a fraction of the line's
            double fraction = (run.shift() == Shift.SUB ? TypesetLine.SUB_DROP : -TypesetLine.SUPER_RISE)
                    / TypesetLine.SCRIPT_SCALE;
            text.translateYProperty().bind(text.fontProperty().map(font -> fraction * font.getSize()));
        }
        return text;
    }
}
