package dev.clausius.app.view;

import dev.clausius.app.session.Parameter;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The current preset's parameters in a ControlsFX PropertySheet. A field commits on Enter or when
 * it loses focus, never on each keystroke (each commit may rebuild the system); the validation
 * message is shown right below the sheet, and the rejected field is marked.
 */
public final class ParameterSheet {
    private final PropertySheet sheet = new PropertySheet();
    private final Label message = new Label();
    private final VBox box;
    private final BiConsumer<Parameter, String> onCommit;

    /** @param onCommit called on the FX thread with the parameter and the text typed */
    ParameterSheet(BiConsumer<Parameter, String> onCommit) {
        this.onCommit = onCommit;
        sheet.setId("parameterSheet");
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setAccessibleText("Parameters of the current preset");
        sheet.setPropertyEditorFactory(item -> new CommitField((Item) item));
        message.setId("parameterMessage");
        message.setWrapText(true);
        message.getStyleClass().add("validation");
        message.setAccessibleText("Validation message of the last edit");
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

    void show(List<Parameter> parameters) {
        sheet.getItems().setAll(parameters.stream().map(Item::new).toList());
        showMessage(null);
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

    /** A sheet row for one parameter. */
    static final class Item implements PropertySheet.Item {
        final Parameter parameter;

        Item(Parameter parameter) {
            this.parameter = parameter;
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
            return parameter.description() + " (" + parameter.path() + ", " + Parameter.format(parameter.min()) + " to "
                    + Parameter.format(parameter.max()) + ")";
        }

        @Override
        public Object getValue() {
            return parameter.value();
        }

        @Override
        public void setValue(Object value) {
            // values change through CommitField, which validates and rebuilds first
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.empty();
        }
    }

    /** A text field that hands its text over on Enter or focus loss only. */
    private final class CommitField implements PropertyEditor<Object> {
        private final TextField field = new TextField();
        private final Item item;
        private String committed;

        CommitField(Item item) {
            this.item = item;
            committed = Parameter.format(item.parameter.value());
            field.setText(committed);
            field.setId("param-" + item.parameter.path().replaceAll("[^A-Za-z0-9]+", "_"));
            field.setAccessibleText(item.parameter.name() + ": " + item.getDescription());
            field.setOnAction(e -> commit());
            field.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    commit();
                }
            });
        }

        private void commit() {
            String text = field.getText();
            if (text.equals(committed)) {
                return;
            }
            committed = text;
            onCommit.accept(item.parameter, text);
        }

        @Override
        public Node getEditor() {
            return field;
        }

        @Override
        public Object getValue() {
            return field.getText();
        }

        @Override
        public void setValue(Object value) {
            // the sheet hands the parameter's value back as a Double ("1.0"): shown and taken as
            // committed in the sheet's own format, so leaving the field unchanged rebuilds nothing
            committed = value instanceof Double number ? Parameter.format(number) : String.valueOf(value);
            field.setText(committed);
        }
    }
}
