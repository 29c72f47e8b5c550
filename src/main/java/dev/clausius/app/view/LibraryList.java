package dev.clausius.app.view;

import dev.clausius.app.session.PresetLibrary;
import dev.clausius.i18n.Texts;
import javafx.scene.control.ListView;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The preset library beside the charts: its entries (names wrap, see {@link PresetListCell}), each
 * file once, and choosing one other than the preset shown asks for it to be opened.
 */
public final class LibraryList {
    private final ListView<PresetLibrary.Entry> view;

    /**
     * @param shown  the file of the preset on screen (choosing it again opens nothing)
     * @param chosen told of a file chosen in the list
     */
    LibraryList(ListView<PresetLibrary.Entry> view, Supplier<Path> shown, Consumer<Path> chosen, Texts texts) {
        this.view = view;
        PresetListCell.install(view, texts);
        view.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (entry != null && !entry.file().equals(shown.get())) {
                chosen.accept(entry.file());
            }
        });
    }

    /** Adds {@code entry} unless its file is listed already. */
    public void add(PresetLibrary.Entry entry) {
        if (view.getItems().stream().noneMatch(e -> e.file().equals(entry.file()))) {
            view.getItems().add(entry);
        }
    }

    public void setAll(List<PresetLibrary.Entry> entries) {
        view.getItems().setAll(entries);
    }

    /** Selects the entry for {@code file} again (after an open was cancelled). */
    public void select(Path file) {
        view.getItems().stream().filter(e -> e.file().equals(file)).findFirst()
                .ifPresent(e -> view.getSelectionModel().select(e));
    }

    public ListView<PresetLibrary.Entry> view() {
        return view;
    }
}
