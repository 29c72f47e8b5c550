package dev.clausius.app.view;

import dev.clausius.app.session.Parameter;
import dev.clausius.app.session.ParameterRange;
import dev.clausius.app.session.SliderScale;
import dev.clausius.app.session.SliderSpans;
import dev.clausius.i18n.Texts;
import dev.clausius.preset.optional.PresetOptions;

import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The current preset's parameters in a ControlsFX PropertySheet, each a text field with a slider
 * beside it ({@link ParameterEditor}). The validation message is shown right below the sheet.
 * A preset with the same parameter paths as the shown one (a rebuild, maybe ten a second while a
 * slider is dragged) updates the rows in place, so the editor in the person's hand survives.
 * A new row's slider starts on its span within the parameter's bounds; the spans checked against
 * the preset reader follow from {@link SliderSpans} (off the FX thread) after every preset shown
 * outside a drag, and a span is kept unless the value left it or the reader now refuses an end.
 */
public final class ParameterSheet {
    private final PropertySheet sheet = new PropertySheet();
    private final Label message = new Label();
    private final VBox box;
    private final WindowHooks hooks;
    private final Texts texts;
    private final Map<String, Item> items = new LinkedHashMap<>();
    private final SliderSpans spans = new SliderSpans();
    private PresetOptions options = PresetOptions.NONE;
    /** Counts the presets shown outside drags: only the newest one's spans are applied. */
    private long asked;
    private boolean settled = true;

    /** Edits, steps and drags go to {@code hooks}; every text is in {@code texts}' language. */
    ParameterSheet(WindowHooks hooks, Texts texts) {
        this.hooks = hooks;
        this.texts = texts;
        sheet.setId("parameterSheet");
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setAccessibleText(texts.get("param.sheet.accessible"));
        sheet.setPropertyEditorFactory(item -> ((Item) item).editor());
        message.setId("parameterMessage");
        message.setWrapText(true);
        message.getStyleClass().add("validation");
        message.setAccessibleText(texts.get("param.message.accessible"));
        message.setManaged(false);
        message.setVisible(false);
        box = new VBox(4, sheet, message);
    }

    Node node() {
        return box;
    }

    PropertySheet sheet() {
        return sheet;
    }

    /** Shows {@code parameters}, in place when their paths are the shown ones; spans from {@code presetOptions}. */
    void show(List<Parameter> parameters, PresetOptions presetOptions) {
        options = presetOptions;
        List<String> paths = parameters.stream().map(Parameter::path).toList();
        if (paths.equals(new ArrayList<>(items.keySet()))) {
            for (Parameter p : parameters) {
                items.get(p.path()).update(p);
            }
        } else {
            items.clear();
            for (Parameter p : parameters) {
                items.put(p.path(), new Item(p));
            }
            sheet.getItems().setAll(items.values());
        }
        showMessage(null);
        if (!hooks.dragging()) {
            settle(parameters);
        }
    }

    /** Checks the spans against the preset reader off the FX thread; the newest request's answer is applied. */
    private void settle(List<Parameter> parameters) {
        long request = ++asked;
        settled = false;
        Map<String, SliderScale> shown = new LinkedHashMap<>();
        items.forEach((path, item) -> shown.put(path, item.scale()));
        spans.settle(parameters, shown, options).whenComplete((result, failure) -> Platform.runLater(() -> {
            if (request != asked) {
                return;
            }
            if (result != null) {
                result.forEach((path, span) -> {
                    Item item = items.get(path);
                    if (item != null) {
                        item.settle(span);
                    }
                });
            }
            settled = true;
        }));
    }

    /** True when every slider's span has been checked against the preset reader for the preset shown. */
    public boolean spansSettled() {
        return settled;
    }

    /** Stops the spans' thread (the window closes). */
    void close() {
        spans.close();
    }

    /** Shows a validation problem, or hides the message for null. */
    public void showMessage(String text) {
        message.setText(text == null ? "" : text);
        message.setVisible(text != null);
        message.setManaged(text != null);
    }

    public String message() {
        return message.isVisible() ? message.getText() : null;
    }

    /** The slider of the parameter at {@code path} ($.coupling[0].g), if the sheet shows it. */
    public Optional<javafx.scene.control.Slider> slider(String path) {
        Item item = items.get(path);
        return item == null ? Optional.empty() : Optional.of(item.editor().slider());
    }

    /** The span of the slider of the parameter at {@code path}, if the sheet shows it. */
    public Optional<SliderScale> scale(String path) {
        return Optional.ofNullable(items.get(path)).map(Item::scale);
    }

    /** The parameter the row at {@code path} edits now (its latest value and preset), if shown. */
    public Optional<Parameter> parameter(String path) {
        return Optional.ofNullable(items.get(path)).map(Item::parameter);
    }

    /** A sheet row for one parameter; its editor is made once and kept through in-place updates. */
    final class Item implements PropertySheet.Item {
        private Parameter parameter;
        private SliderScale scale;
        private ParameterEditor editor;

        Item(Parameter parameter) {
            this.parameter = parameter;
            this.scale = ParameterRange.unchecked(parameter, options);
        }

        Parameter parameter() {
            return parameter;
        }

        SliderScale scale() {
            return scale;
        }

        ParameterEditor editor() {
            if (editor == null) {
                editor = new ParameterEditor(this, hooks, texts);
            }
            return editor;
        }

        void update(Parameter next) {
            parameter = next;
            boolean spanChanged = !scale.contains(next.value());
            if (spanChanged) {
                scale = ParameterRange.unchecked(next, options); // until the reader's answer
            }
            if (editor != null) {
                editor.refresh(spanChanged);
            }
        }

        /** The span checked against the reader. */
        void settle(SliderScale span) {
            if (!span.equals(scale)) {
                scale = span;
                if (editor != null) {
                    editor.refresh(true);
                }
            }
        }

        @Override
        public Class<?> getType() {
            return Double.class;
        }

        @Override
        public String getCategory() {
            return parameter.category();
        }

        @Override
        public String getName() {
            return parameter.name();
        }

        @Override
        public String getDescription() {
            return texts.get("param.row.description", parameter.description(), parameter.path(),
                    Parameter.format(texts, parameter.min()), Parameter.format(texts, parameter.max()));
        }

        @Override
        public Object getValue() {
            return parameter.value();
        }

        @Override
        public void setValue(Object value) {
            // values change through the editor, which validates and rebuilds first
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.empty();
        }
    }
}
