package dev.clausius.app.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.clausius.export.FigureOptions;
import dev.clausius.export.JournalStyle;
import dev.clausius.figures.FigureFonts;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The export dialog's style choice (issue 17): a journal's style brings its widths and its dpi,
 * and the request carries the style's lettering to the one export path. The dialog alone, on a
 * bare window: the files it leads to are JournalStylesTest's.
 */
@ExtendWith(ApplicationExtension.class)
class ExportDialogStyleTest {
    private Stage stage;

    @TempDir
    Path directory;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(read));
    }

    @SuppressWarnings("unchecked")
    private static String shown(ChoiceBox<?> box) {
        return ((StringConverter<Object>) box.getConverter()).toString(box.getValue());
    }

    @Test
    void aJournalStyleSetsItsWidthsAndDpiAndTheRequestCarriesItsLettering(FxRobot robot) throws Exception {
        AtomicReference<ExportRequest> chosen = new AtomicReference<>();
        onFx(() -> {
            new ExportDialog(stage, "Entropies", "entropies", "r", directory).show(chosen::set);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup("#exportDialog").queryAs(DialogPane.class);
        ChoiceBox<?> width = robot.lookup("#exportWidth").queryAs(ChoiceBox.class);
        ChoiceBox<?> dpi = robot.lookup("#exportDpi").queryAs(ChoiceBox.class);
        @SuppressWarnings("unchecked")
        ChoiceBox<JournalStyle> style = robot.lookup("#exportStyle").queryAs(ChoiceBox.class);
        assertEquals(JournalStyle.DEFAULT, onFx(style::getValue));
        assertEquals("Column, 3.4 in", onFx(() -> shown(width)));
        assertEquals(300, onFx(dpi::getValue));

        onFx(() -> {
            style.setValue(JournalStyle.NATURE);
            return null;
        });
        assertEquals("Column, 89 mm", onFx(() -> shown(width)));
        assertEquals(600, onFx(dpi::getValue), "line art at 600 dpi");
        onFx(() -> {
            style.setValue(JournalStyle.IEEE);
            ((ChoiceBox<JournalStyle.Column>) (ChoiceBox<?>) width).setValue(JournalStyle.Column.DOUBLE);
            return null;
        });
        assertEquals("Page, 7.16 in", onFx(() -> shown(width)));
        robot.clickOn((Button) dialog.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chosen.get() != null);

        ExportRequest request = chosen.get();
        assertEquals(JournalStyle.IEEE, request.style());
        assertEquals(7.16, request.size().widthInches(), 1e-12);
        assertEquals(600, request.size().dpi());
        FigureOptions options = request.figureOptions();
        assertEquals(FigureFonts.SERIF, options.lettering().family());
        assertEquals(8, options.lettering().fontPoints());
        assertNull(JournalStyle.DEFAULT.lettering(null, null), "the explorer's look unless a journal is chosen");
    }
}
