package dev.clausius.app.view;

import dev.clausius.i18n.Texts;

import java.util.Collections;
import java.util.Enumeration;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The window's {@link Texts} as the ResourceBundle FXMLLoader resolves {@code %key} with: each
 * value goes through {@link Texts#get}, so an FXML text reads exactly as the same key in code
 * ({@code ''} is one apostrophe in both).
 */
final class TextsBundle extends ResourceBundle {
    private final Texts texts;
    private final ResourceBundle keys;

    TextsBundle(Texts texts) {
        this.texts = texts;
        this.keys = ResourceBundle.getBundle("dev.clausius.i18n.messages", texts.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Override
    protected Object handleGetObject(String key) {
        return texts.has(key) ? texts.get(key) : null;
    }

    @Override
    protected Set<String> handleKeySet() {
        return keys.keySet();
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(keys.keySet());
    }
}
