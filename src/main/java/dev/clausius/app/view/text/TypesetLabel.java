package dev.clausius.app.view.text;

import dev.clausius.typeset.Markup;
import javafx.beans.binding.Bindings;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.shape.Rectangle;

/**
 * A label whose text is {@link Markup}: its text is the plain form (for accessibility, copying and
 * tests) and, where the markup has scripts, a {@link TypesetFlow} is shown in its place in the
 * label's text colour. Text without markup stays an ordinary label (wrapping, ellipsis). A
 * wrapping label with markup fills the width its parent offers and its flow wraps there.
 */
public final class TypesetLabel extends Label {
    private final TypesetFlow flow = new TypesetFlow();

    public TypesetLabel() {
        flow.fillProperty().bind(textFillProperty());
        // a flow has no ellipsis: one wider than the label is cut at its edge
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        flow.prefWidthProperty().bind(Bindings.createDoubleBinding(
                () -> isWrapText() ? getWidth() - snappedLeftInset() - snappedRightInset() : USE_COMPUTED_SIZE,
                widthProperty(), insetsProperty(), wrapTextProperty()));
    }

    /** Whether the flow is shown and wraps: then the label takes its width from its parent. */
    private boolean wrapping() {
        return getGraphic() == flow && isWrapText();
    }

    @Override
    protected double computePrefHeight(double width) {
        if (!wrapping()) {
            return super.computePrefHeight(width);
        }
        double content = (width < 0 ? getWidth() : width) - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + flow.prefHeight(Math.max(1, content)) + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return wrapping() ? computePrefHeight(width) : super.computeMinHeight(width);
    }

    public TypesetLabel(String markup) {
        this();
        setMarkup(markup);
    }

    public String markup() {
        return flow.markup();
    }

    public TypesetFlow flow() {
        return flow;
    }

    public void setMarkup(String markup) {
        String text = markup == null ? "" : markup;
        setText(Markup.plain(text));
        // a wrapped right-to-left text is set in the flow even without scripts: the flow breaks its
        // lines itself (RightToLeftLines), where a plain label's wrapping cuts Persian lines off
        if (Markup.hasMarkup(text) || (isWrapText() && getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT)) {
            flow.setMarkup(text);
            setGraphic(flow);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            if (isWrapText()) {
                // a wrapping flow has no width of its own: the label fills what its parent offers
                setMaxWidth(Double.MAX_VALUE);
            }
        } else if (getGraphic() != null) {
            setGraphic(null);
            setContentDisplay(ContentDisplay.LEFT);
        }
    }
}
