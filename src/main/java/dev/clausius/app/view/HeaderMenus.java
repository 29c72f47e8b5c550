package dev.clausius.app.view;

import dev.clausius.i18n.Language;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;

import java.util.function.Consumer;

/**
 * The window header's menus and buttons as the commands see them: what File's items, Keys and the
 * Language menu do is set from outside, and the Tours and Sweep menus are filled from outside. A
 * view part: it owns no command.
 */
public final class HeaderMenus {
    private final MenuItem openItem;
    private final MenuItem saveItem;
    private final MenuItem exportItem;
    private final MenuItem copyDataItem;
    private final Button help;
    private final MenuButton languages;
    private final LanguageMenu languageMenu;
    private final MenuButton tours;
    private final MenuButton sweeps;

    HeaderMenus(MenuItem openItem, MenuItem saveItem, MenuItem exportItem, MenuItem copyDataItem, Button help,
                MenuButton languages, Language shown, MenuButton tours, MenuButton sweeps) {
        this.openItem = openItem;
        this.saveItem = saveItem;
        this.exportItem = exportItem;
        this.copyDataItem = copyDataItem;
        this.help = help;
        this.languages = languages;
        this.languageMenu = new LanguageMenu(languages, shown);
        this.tours = tours;
        this.sweeps = sweeps;
    }

    public void setOnOpen(Runnable action) {
        openItem.setOnAction(e -> action.run());
    }

    public void setOnSave(Runnable action) {
        saveItem.setOnAction(e -> action.run());
    }

    public void setOnExport(Runnable action) {
        exportItem.setOnAction(e -> action.run());
    }

    public void setOnCopyData(Runnable action) {
        copyDataItem.setOnAction(e -> action.run());
    }

    public void setOnHelp(Runnable action) {
        help.setOnAction(e -> action.run());
    }

    /** What choosing a language in the Language menu does. */
    public void setOnLanguage(Consumer<Language> action) {
        languageMenu.setOnChoice(action);
    }

    /** One export at a time: the menu item waits until the running one has finished. */
    public void setExporting(boolean running) {
        exportItem.setDisable(running);
    }

    /** The Language menu. */
    public MenuButton languageMenu() {
        return languages;
    }

    /** The menu the guided tours fill. */
    public MenuButton toursMenu() {
        return tours;
    }

    /** The menu the parameter sweeps fill. */
    public MenuButton sweepMenu() {
        return sweeps;
    }
}
