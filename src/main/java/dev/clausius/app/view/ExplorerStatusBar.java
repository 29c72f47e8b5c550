package dev.clausius.app.view;

import dev.clausius.app.model.AuditLog;
import dev.clausius.app.model.InvariantCheck;
import dev.clausius.app.model.SimulationModel;
import dev.clausius.app.model.StatusText;

import dev.clausius.app.view.text.TypesetLabel;
import dev.clausius.thermo.Invariants;
import dev.clausius.typeset.Markup;
import javafx.beans.binding.Bindings;
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

    ExplorerStatusBar() {
        bar.setId("statusBar");
        bar.setAccessibleText("Status: time, frames per second, invariants and audit notes");
        audit.setId("audit");
        audit.setAccessibleText("Audit note");
        audit.setMaxWidth(520);
        bar.getLeftItems().add(audit);
        for (InvariantCheck check : InvariantCheck.ALL) {
            TypesetLabel label = new TypesetLabel(check.text(Invariants.UNKNOWN));
            label.setId("check-" + check.id());
            label.getStyleClass().add("invariant");
            label.setTooltip(new Tooltip(Markup.plain(check.meaning()) + "; amber above " + check.threshold()));
            label.setAccessibleText(Markup.plain(check.meaning()));
            checks.add(label);
            bar.getRightItems().add(label);
        }
    }

    Node node() {
        return bar;
    }

    /** Binds the text to a (new) model; the old model's binding is replaced. */
    void bind(SimulationModel model) {
        double end = model.grid().end();
        bar.textProperty().bind(Bindings.createStringBinding(
                () -> StatusText.of(model.timeProperty().get(), end, model.framesPerSecondProperty().get(),
                        model.playingProperty().get(), model.finishedProperty().get(), model.failureProperty().get()),
                model.timeProperty(), model.framesPerSecondProperty(), model.playingProperty(),
                model.finishedProperty(), model.failureProperty()));
        breachNote = null;
        showInvariants(Invariants.UNKNOWN);
        showAudit(null);
        model.breachProperty().addListener((obs, old, breach) -> {
            breachNote = breach == null ? null : new AuditLog.Note("numerical check beyond its threshold at "
                    + breach + " (the amber value on the right; the curves may be wrong from here)", true);
        showAudit(breachNote);
        });
    }

    void showInvariants(Invariants invariants) {
        for (int i = 0; i < checks.size(); i++) {
            InvariantCheck check = InvariantCheck.ALL.get(i);
            TypesetLabel label = checks.get(i);
            label.setMarkup(check.text(invariants));
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
