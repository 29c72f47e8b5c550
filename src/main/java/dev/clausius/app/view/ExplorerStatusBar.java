package dev.clausius.app.view;

import dev.clausius.app.model.AuditLog;
import dev.clausius.app.model.InvariantCheck;
import dev.clausius.app.model.ScreenNumber;
import dev.clausius.app.model.SimulationModel;
import dev.clausius.app.model.StatusText;

import dev.clausius.app.view.text.TypesetLabel;
import dev.clausius.thermo.Invariants;
import dev.clausius.i18n.Texts;
import dev.clausius.typeset.Markup;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.StatusBar;

import java.util.ArrayList;
import java.util.List;

/**
 * The bottom bar: t, frames/s and playing state on the left; the newest audit note; the live
 * invariants on the right, each turning amber (style class "amber") above its threshold.
 */
public final class ExplorerStatusBar {
    private final StatusBar bar = new StatusBar();
    private final TypesetLabel audit = new TypesetLabel();
    private final List<TypesetLabel> checks = new ArrayList<>();
    /** The model's first guard breach, kept in view over later explanatory notes until a reset. */
    private AuditLog.Note breachNote;
    private final Texts texts;
    private SimulationModel model;
    private final ChangeListener<String> onBreach;

    ExplorerStatusBar(Texts texts) {
        this.texts = texts;
        bar.setId("statusBar");
        bar.setAccessibleText(texts.get("status.name"));
        bar.setAccessibleHelp(texts.get("status.help"));
        audit.setId("audit");
        audit.setAccessibleText(texts.get("status.audit.name"));
        audit.setAccessibleHelp(texts.get("status.audit.help"));
        audit.setMaxWidth(520);
        bar.getLeftItems().add(audit);
        for (InvariantCheck check : InvariantCheck.ALL) {
            TypesetLabel label = new TypesetLabel(check.text(texts, Invariants.UNKNOWN));
            label.setId("check-" + check.id());
            label.getStyleClass().add("invariant");
            // a formula and its value read left to right in every language
            label.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
            String meaning = Markup.plain(check.meaning(texts));
            String help = texts.get("status.check.tooltip", meaning, ScreenNumber.scientific(texts, check.threshold()));
            label.setTooltip(new Tooltip(help));
            label.setAccessibleText(meaning);
            label.setAccessibleHelp(help);
            checks.add(label);
            bar.getRightItems().add(label);
        }
        onBreach = (obs, old, breach) -> {
            breachNote = breach == null ? null : new AuditLog.Note(texts.get("status.breach", breach), true);
            showAudit(breachNote);
        };
    }

    Node node() {
        return bar;
    }

    /** Binds the text to a (new) model; the old model's binding is replaced. */
    void bind(SimulationModel model) {
        release();
        this.model = model;
        double end = model.grid().end();
        bar.textProperty().bind(Bindings.createStringBinding(
                () -> StatusText.of(texts, model.timeProperty().get(), end, model.framesPerSecondProperty().get(),
                        model.playingProperty().get(), model.finishedProperty().get(), model.failureProperty().get()),
                model.timeProperty(), model.framesPerSecondProperty(), model.playingProperty(),
                model.finishedProperty(), model.failureProperty()));
        breachNote = null;
        showInvariants(Invariants.UNKNOWN);
        showAudit(null);
        model.breachProperty().addListener(onBreach);
    }

    /** Stops listening to the model, which outlives this bar when the window's language is switched. */
    void release() {
        if (model != null) {
            model.breachProperty().removeListener(onBreach);
            bar.textProperty().unbind();
            model = null;
        }
    }

    void showInvariants(Invariants invariants) {
        for (int i = 0; i < checks.size(); i++) {
            InvariantCheck check = InvariantCheck.ALL.get(i);
            TypesetLabel label = checks.get(i);
            label.setMarkup(check.text(texts, invariants));
            label.getStyleClass().remove("amber");
            if (check.amber(invariants)) {
                label.getStyleClass().add("amber");
            }
        }
    }

    /** Shows a note; an explanation (not a warning) does not cover a guard breach still in force. */
    public void showAudit(AuditLog.Note shown) {
        AuditLog.Note note = breachNote != null && (shown == null || !shown.warning()) ? breachNote : shown;
        audit.getStyleClass().remove("amber");
        if (note == null) {
            audit.setMarkup("");
            audit.setTooltip(null);
            return;
        }
        audit.setMarkup((note.warning() ? "⚠ " : "ℹ ") + note.text());
        audit.setTooltip(new Tooltip(Markup.plain(note.text())));
        if (note.warning()) {
            audit.getStyleClass().add("amber");
        }
    }

    public String text() {
        return bar.getText();
    }

    public String auditText() {
        return audit.getText();
    }
}
