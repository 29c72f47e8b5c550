package dev.clausius.app.view;

import dev.clausius.app.session.Parameter;
import dev.clausius.app.session.SliderScale;
import dev.clausius.i18n.Texts;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.property.editor.PropertyEditor;


/**
 * One row's editor in the parameter sheet: a text field for exact values, committed on Enter or
 * focus loss (each commit may rebuild the system), and a slider beside it. The slider's drags go to
 * the window's drag hooks; its key steps and track clicks are committed like typed text.
 */
final class ParameterEditor implements PropertyEditor<Object>, ParameterSlider.Moves {
    private final TextField field = new TextField();
    private final ParameterSlider slider;
    private final HBox box;
    private final ParameterSheet.Item item;
    private final WindowHooks hooks;
    private final Texts texts;
    private String committed;

    ParameterEditor(ParameterSheet.Item item, WindowHooks hooks, Texts texts) {
        this.item = item;
        this.hooks = hooks;
        this.texts = texts;
        Parameter p = item.parameter();
        committed = Parameter.format(texts, p.value());
        field.setText(committed);
        String id = p.path().replaceAll("[^A-Za-z0-9]+", "_");
        field.setId("param-" + id);
        field.setPrefColumnCount(4);
        field.setMinWidth(56);
        field.setAccessibleText(texts.get("param.field.accessible", p.name(), item.getDescription()));
        field.setOnAction(e -> commit());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
        slider = new ParameterSlider(item.scale(), p.value(), this);
        slider.setId("slider-" + id);
        slider.setMinWidth(30);
        slider.setPrefWidth(40);
        HBox.setHgrow(slider, Priority.ALWAYS);
        describeSlider();
        box = new HBox(4, field, slider);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // a small preferred width: the names keep theirs, the slider takes the rest of the row
        box.setPrefWidth(110);
    }

    /** The row's parameter or span changed (a rebuild); the field and thumb follow unless in use. */
    void refresh(boolean spanChanged) {
        Parameter p = item.parameter();
        if (slider.isValueChanging()) {
            return; // the thumb is in the person's hand: it stays where they hold it
        }
        String text = Parameter.format(texts, p.value());
        if (field.getText().equals(committed)) {
            field.setText(text); // never over text being typed
        }
        committed = text;
        slider.show(item.scale(), p.value());
        if (spanChanged) {
            describeSlider();
        }
    }

    ParameterSlider slider() {
        return slider;
    }

    private void describeSlider() {
        Parameter p = item.parameter();
        SliderScale scale = item.scale();
        String from = Parameter.format(texts, scale.min());
        String to = Parameter.format(texts, scale.max());
        slider.setAccessibleText(texts.get("slider.accessible", p.name(), from, to));
        slider.setAccessibleHelp(scale.log() ? texts.get("slider.help.log", SliderScale.PAGE)
                : texts.get("slider.help", Parameter.format(texts, scale.grid()), SliderScale.PAGE));
        slider.setTooltip(new Tooltip(texts.get(scale.log() ? "slider.tooltip.log" : "slider.tooltip", p.name(), from, to)));
    }

    private void commit() {
        String text = field.getText();
        if (text.equals(committed)) {
            return;
        }
        committed = text;
        hooks.parameterEdited(item.parameter(), text);
    }

    private void showText(double value) {
        committed = Parameter.format(texts, value);
        field.setText(committed);
    }

    @Override
    public void stepped(double value) {
        field.setText(Parameter.format(texts, value));
        commit();
    }

    @Override
    public void dragStarted(double value) {
        hooks.parameterDragStarted(item.parameter());
    }

    @Override
    public void dragged(double value) {
        showText(value);
        hooks.parameterDragged(item.parameter(), value);
    }

    @Override
    public void dragEnded(double value) {
        showText(value);
        if (!slider.scale().equals(item.scale())) {
            // the reader's span arrived while the thumb was held
            slider.show(item.scale(), value);
            describeSlider();
        }
        hooks.parameterDragEnded(item.parameter(), value);
    }

    @Override
    public Node getEditor() {
        return box;
    }

    @Override
    public Object getValue() {
        return field.getText();
    }

    @Override
    public void setValue(Object value) {
        // the sheet hands over the item's value when it lays the row out: written as the sheet writes it
        if (value instanceof Number number) {
            committed = Parameter.format(texts, number.doubleValue());
            field.setText(committed);
        }
    }
}
