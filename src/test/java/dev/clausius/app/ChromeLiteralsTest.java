package dev.clausius.app;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A guard for issue 19: the explorer's chrome takes every word from the bundles. A literal
 * sentence handed to a control, a dialog or a status note in these sources would show in English
 * whatever the language.
 */
class ChromeLiteralsTest {
    private static final Path APP = Path.of("src/main/java/dev/clausius/app");
    /** The sources whose words went into the bundles. */
    private static final List<String> CONVERTED = List.of(
            "Explorer.java", "ExplorerApp.java",
            "view/ExplorerWindow.java", "view/TransportBar.java", "view/ExplorerStatusBar.java",
            "view/PreparingPanel.java", "view/PanelTabs.java", "view/PresetListCell.java", "view/LanguageMenu.java",
            "view/PresetErrorDialog.java", "view/UnsavedEditsPrompt.java", "view/Dialogs.java",
            "control/ExplorerActions.java", "compare/CompareActions.java",
            "exporter/ExportDialog.java", "exporter/ExportActions.java",
            "sweep/SweepWindow.java", "sweep/SweepForm.java", "sweep/SweepActions.java",
            "model/StatusText.java", "model/AuditLog.java", "session/Pins.java");
    /** A text handed to something a person reads, starting with a letter. */
    private static final Pattern LITERAL = Pattern.compile(
            "(setText|setTitle|setHeaderText|setContentText|setAccessibleText|setAccessibleHelp|setPromptText|message|accept"
                    + "|new (MenuItem|Menu|Button|Label|CheckBox|ToggleButton|Tooltip|Tab|RadioMenuItem|Note|AuditLog\\.Note))"
                    + "\\(\\s*\"\\p{L}");

    @Test
    void theConvertedSourcesHandNoLiteralSentenceToAControl() throws IOException {
        List<String> found = new ArrayList<>();
        for (String name : CONVERTED) {
            Path file = APP.resolve(name);
            assertTrue(Files.isRegularFile(file), "converted source " + file);
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = LITERAL.matcher(lines.get(i));
                if (m.find()) {
                    found.add(name + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void everyTextOfTheWindowsLayoutIsABundleKey() throws IOException {
        Path fxml = Path.of("src/main/resources/dev/clausius/app/view/explorer.fxml");
        String layout = Files.readString(fxml);
        Matcher m = Pattern.compile("\\b(text|accessibleText|accessibleHelp|promptText)=\"([^\"]*)\"").matcher(layout);
        int texts = 0;
        List<String> literal = new ArrayList<>();
        while (m.find()) {
            texts++;
            if (!m.group(2).startsWith("%")) {
                literal.add(m.group());
            }
        }
        assertTrue(texts > 20, "the layout's texts: " + texts);
        assertEquals(List.of(), literal);
    }

    @Test
    void theGuardCatchesALiteral() {
        assertTrue(LITERAL.matcher("        Button b = new Button(\"Run\");").find());
        assertTrue(LITERAL.matcher("alert.setTitle(\"Clausius - x\");").find());
        assertTrue(LITERAL.matcher("item.setText(\"Öffnen\")").find());
        assertTrue(LITERAL.matcher("onNotice.accept(\"pins cleared\");").find());
        assertTrue(!LITERAL.matcher("button.setText(texts.get(\"sweep.run\"));").find());
        assertTrue(!LITERAL.matcher("label.setText(\"\");").find());
    }
}
