package dev.clausius.app.view;

import dev.clausius.i18n.Language;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * The Language menu: every language the explorer speaks, each in its own name (a German teacher
 * finds "Deutsch" in a Persian window), the window's own ticked. Choosing one tells the hook.
 */
final class LanguageMenu {
    private Consumer<Language> onChoice = language -> { };

    LanguageMenu(MenuButton menu, Language current) {
        ToggleGroup group = new ToggleGroup();
        for (Language language : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(language.nativeName());
            item.setId("language-" + language.tag());
            item.setToggleGroup(group);
            item.setSelected(language == current);
            item.setOnAction(e -> {
                onChoice.accept(language);
            });
            menu.getItems().add(item);
        }
        // the button says which language is on ("DE", "FA"): short enough for the projector's header
        // at 1280 px in every language, and readable to a visitor who does not read this one; its
        // accessible name and tooltip say "Language" in the window's language
        menu.setText(current.tag().toUpperCase(Locale.ROOT));
    }

    void setOnChoice(Consumer<Language> action) {
        onChoice = action;
    }
}
