package dev.clausius.app.tour;

import dev.clausius.app.view.PresetErrorDialog;

import dev.clausius.i18n.Texts;
import dev.clausius.preset.PresetException;
import dev.clausius.tour.Tour;
import dev.clausius.tour.TourReader;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Tours menu: one item per tour file in presets/tours/, read again each time the menu opens
 * so a teacher's new or edited file shows up without a restart. A file that does not validate is
 * listed too, marked invalid; choosing it shows the reader's one-line message. Tour names are shown
 * in the window's language (English when the tour has no text in it).
 */
public final class TourMenu {
    private TourMenu() {
    }

    /**
     * Fills the menu when it opens, not before: reading the tours reads their presets, which
     * would delay the window's first appearance for a menu that may never be opened.
     */
    public static void attach(MenuButton menu, Path presetsDirectory, Texts texts, Consumer<Tour> start) {
        MenuItem placeholder = new MenuItem(texts.get("tour.menu.reading"));
        placeholder.setDisable(true);
        menu.getItems().setAll(placeholder);
        menu.setOnShowing(e -> menu.getItems().setAll(items(presetsDirectory, texts, start)));
    }

    /** The menu's items in English. */
    public static List<MenuItem> items(Path presetsDirectory, Consumer<Tour> start) {
        return items(presetsDirectory, Texts.english(), start);
    }

    public static List<MenuItem> items(Path presetsDirectory, Texts texts, Consumer<Tour> start) {
        List<MenuItem> items = new ArrayList<>();
        for (Path file : TourReader.files(presetsDirectory)) {
            MenuItem item;
            try {
                Tour tour = TourReader.read(file);
                item = new MenuItem(tour.name().in(texts.language()));
                item.setOnAction(e -> start.accept(tour));
            } catch (PresetException e) {
                item = new MenuItem(texts.get("tour.menu.invalid", file.getFileName().toString()));
                item.setOnAction(event -> {
                    var alert = PresetErrorDialog.show(e.getMessage(), () -> { });
                    alert.setHeaderText(texts.get("tour.menu.cannotStart"));
                    alert.getDialogPane().setId("tourError");
                });
            }
            item.setId("tour-" + stem(file));
            items.add(item);
        }
        if (items.isEmpty()) {
            MenuItem none = new MenuItem(texts.get("tour.menu.none",
                    presetsDirectory.resolve(TourReader.DIRECTORY).toString()));
            none.setDisable(true);
            items.add(none);
        }
        return items;
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }
}
