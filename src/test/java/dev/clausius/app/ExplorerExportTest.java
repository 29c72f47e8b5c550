package dev.clausius.app;


import dev.clausius.preset.Preset;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;

import static dev.clausius.app.FxReads.onFx;
import static dev.clausius.app.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Export from the real window (Ctrl+E, the dialog, the overwrite question) and "Copy data". */
@ExtendWith(ApplicationExtension.class)
class ExplorerExportTest {
    private static final String STEM = "resonant-qubits-heat-swap";

    private Stage stage;
    private Explorer explorer;

    @TempDir
    Path directory;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Preset preset = TestPresets.resonantQubits(0.25, 100.0);
        explorer = TestWindows.open(stage, preset, new ResonantQubitsEvolver(0.05, 0.5, 2.0, 0));
        // the one-panel exports and the copied series below are the entropies' (the scene, first, has no series)
        explorer.window().selectPanel("entropies");
    }

    @AfterEach
    void closeWindow() {
        WaitForAsyncUtils.asyncFx(() -> stage.hide());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void playSome(FxRobot robot) throws TimeoutException {
        robot.type(KeyCode.SPACE);
        waitUntil(10, () -> explorer.session().model().frames().size() >= 30);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private DialogPane openDialog(FxRobot robot, boolean all, boolean csv) {
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup("#exportDialog").queryAs(DialogPane.class);
        onFx(() -> {
            robot.lookup("#exportDirectory").queryAs(TextField.class).setText(directory.toString());
            robot.lookup("#exportScope").queryAs(ChoiceBox.class).getSelectionModel().select(all ? 1 : 0);
            robot.lookup("#exportCSV").queryAs(CheckBox.class).setSelected(csv);
            return null;
        });
        return dialog;
    }

    @Test
    void exportOfAllPanelsWritesPngAtTheDpiSvgThatParsesPdfPagesAndCsv(FxRobot robot) throws Exception {
        playSome(robot);
        int frames = onFx(() -> explorer.session().model().frames().size());
        DialogPane dialog = openDialog(robot, true, true);
        robot.clickOn(dialog.lookupButton(ButtonType.OK));
        waitUntil(60, () -> String.valueOf(explorer.window().statusBar().auditText()).contains("exported "));

        BufferedImage png = ImageIO.read(directory.resolve(STEM + "_entropies.png").toFile());
        assertEquals(Math.round(300 * 3.4), png.getWidth());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // the SVG names Batik's DTD; a test must not fetch it from the network
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var svg = factory.newDocumentBuilder().parse(directory.resolve(STEM + "_production.svg").toFile());
        assertTrue(svg.getElementsByTagName("path").getLength() > 0);
        try (PDDocument pdf = Loader.loadPDF(directory.resolve(STEM + "_temperatures.pdf").toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
        }
        // closed mode: scene, entropies, production, temperatures, state (no engine page)
        try (PDDocument pdf = Loader.loadPDF(directory.resolve(STEM + "_all-panels.pdf").toFile())) {
            assertEquals(5, pdf.getNumberOfPages());
        }
        var csv = Files.readAllLines(directory.resolve(STEM + "_entropies.csv"));
        assertTrue(csv.get(0).startsWith("t,"), csv.get(0));
        assertTrue(csv.size() - 1 >= frames, "every frame, not the decimated drawing");
        try (var files = Files.list(directory)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains(".tmp")), "no temporary file left");
        }
    }

    @Test
    void overwriteAsksAndCancelKeepsTheOldFile(FxRobot robot) throws Exception {
        Path old = directory.resolve(STEM + "_entropies.png");
        Files.writeString(old, "old");
        DialogPane dialog = openDialog(robot, false, false);
        robot.clickOn(dialog.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane ask = robot.lookup("#exportOverwrite").queryAs(DialogPane.class);
        assertNotNull(ask);
        assertTrue(ask.getContentText().contains(STEM + "_entropies.png"), ask.getContentText());
        robot.clickOn((Button) ask.lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("old", Files.readString(old));
        assertTrue(onFx(() -> explorer.window().statusBar().auditText()).contains("nothing was written"));
    }

    @Test
    void aFailedExportSaysWhyAndLeavesNothing(FxRobot robot) throws Exception {
        Path missing = directory.resolve("no-such-dir");
        DialogPane dialog = openDialog(robot, false, false);
        onFx(() -> {
            robot.lookup("#exportDirectory").queryAs(TextField.class).setText(missing.toString());
            return null;
        });
        robot.clickOn(dialog.lookupButton(ButtonType.OK));
        waitUntil(30, () -> String.valueOf(explorer.window().statusBar().auditText()).contains("export failed"));
        String reason = onFx(() -> explorer.window().statusBar().auditText());
        assertTrue(reason.contains("no-such-dir") && !reason.contains("\n"), reason);
        assertTrue(Files.notExists(missing));
        DialogPane failed = robot.lookup("#exportFailed").queryAs(DialogPane.class);
        robot.clickOn(failed.lookupButton(ButtonType.OK));
    }

    @Test
    void theNextExportDialogOpensInTheFolderLastExportedTo(FxRobot robot) throws Exception {
        Path figures = Files.createDirectories(directory.resolve("figures"));
        playSome(robot);
        DialogPane dialog = openDialog(robot, false, true);
        onFx(() -> {
            robot.lookup("#exportDirectory").queryAs(TextField.class).setText(figures.toString());
            for (String format : new String[] {"#exportPNG", "#exportSVG", "#exportPDF"}) {
                robot.lookup(format).queryAs(CheckBox.class).setSelected(false);
            }
            return null;
        });
        robot.clickOn(dialog.lookupButton(ButtonType.OK));
        waitUntil(30, () -> String.valueOf(explorer.window().statusBar().auditText()).contains("exported "));
        assertTrue(Files.isRegularFile(figures.resolve(STEM + "_entropies.csv")));

        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(figures.toString(), onFx(() -> robot.lookup("#exportDirectory").queryAs(TextField.class).getText()));
        DialogPane again = robot.lookup("#exportDialog").queryAs(DialogPane.class);
        robot.clickOn(again.lookupButton(ButtonType.CANCEL));
    }

    @Test
    void copyDataPutsTabSeparatedValuesWithAHeaderOnTheClipboard(FxRobot robot) throws Exception {
        playSome(robot);
        robot.clickOn("#export");
        robot.clickOn("Copy data (tab-separated)");
        WaitForAsyncUtils.waitForFxEvents();
        String text = onFx(() -> Clipboard.getSystemClipboard().getString());
        String[] lines = text.split("\n");
        assertTrue(lines[0].startsWith("t\tS_A"), lines[0]);
        assertEquals(lines[0].split("\t").length, lines[1].split("\t").length);
        assertEquals(onFx(() -> explorer.session().model().frames().size()) + 1, lines.length);
    }
}
