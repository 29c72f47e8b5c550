package dev.clausius.app.sweep;

import dev.clausius.app.session.Parameter;
import dev.clausius.app.session.PresetParameters;
import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import dev.clausius.sweep.SweepAxis;
import dev.clausius.sweep.SweepQuantity;
import dev.clausius.thermo.Column;
import dev.clausius.i18n.Texts;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to sweep: one or two numbers of the parameter sheet, each from START to STOP in N points
 * (evenly, or evenly in ln x), and the quantity kept of each run: a statistic of a CSV column (its
 * value at t_end, its max or min, the time of its first maximum) or an engine's last cycle (eta of
 * Eq. 19, W/Q_hot, W). Only asks; the plan is made and run elsewhere.
 */
final class SweepForm {
    /** The chosen axes (with their labels) and quantity. */
    record Choice(List<SweepAxis> axes, List<String> labels, SweepQuantity quantity) {
    }

    static final int DEFAULT_POINTS = 6;
    /** The statistic choice that is an engine's last cycle, not a prefix of a column. */
    private static final String LAST_CYCLE = "lastCycle";
    /** The statistics' bundle keys by their quantities' name prefixes; the choice box holds the prefixes. */
    private static final Map<String, String> STATISTICS = new LinkedHashMap<>();

    static {
        STATISTICS.put(SweepQuantity.Statistic.FINAL.prefix(), "sweep.statistic.final");
        STATISTICS.put(SweepQuantity.Statistic.MAX.prefix(), "sweep.statistic.max");
        STATISTICS.put(SweepQuantity.Statistic.MIN.prefix(), "sweep.statistic.min");
        STATISTICS.put(SweepQuantity.Statistic.TIME_OF_FIRST_MAX.prefix(), "sweep.statistic.timeOfFirstMax");
    }

    private final GridPane grid = new GridPane();
    private final List<AxisRow> rows = new ArrayList<>();
    private final CheckBox second = new CheckBox();
    private final ChoiceBox<String> statistic = new ChoiceBox<>();
    private final ChoiceBox<String> column = new ChoiceBox<>();
    private final List<String> columns;
    private final Texts texts;

    SweepForm(Preset preset, Texts texts) {
        this.texts = texts;
        grid.setHgap(6);
        grid.setVgap(6);
        List<Parameter> parameters = PresetParameters.of(preset);
        boolean engine = preset.mode() == Mode.ENGINE;
        List<Column> series = switch (preset.mode()) {
            case ENGINE -> Column.engineTimeSeries();
            case CLASSICAL -> Column.classicalTimeSeries();
            default -> Column.timeSeries();
        };
        columns = series.stream().filter(c -> c != Column.TIME).map(Column::csvName).toList();
        grid.addRow(0, new Label(texts.get("sweep.parameter")), new Label(texts.get("sweep.start")),
                new Label(texts.get("sweep.stop")), new Label(texts.get("sweep.points")));
        for (int a = 0; a < 2; a++) {
            AxisRow row = new AxisRow(a, parameters, texts);
            rows.add(row);
            grid.addRow(a == 0 ? 1 : 3, row.parameter, row.start, row.stop, row.count, row.log);
        }
        second.setId("sweepSecond");
        second.setText(texts.get("sweep.second"));
        second.setAccessibleText(texts.get("sweep.second"));
        second.setAccessibleHelp(texts.get("sweep.second.help"));
        grid.add(second, 0, 2, 4, 1);
        rows.get(1).setDisable(true);
        second.selectedProperty().addListener((obs, was, on) -> rows.get(1).setDisable(!on));
        if (parameters.size() > 1) {
            rows.get(1).parameter.getSelectionModel().select(1);
        }
        if (engine) {
            statistic.getItems().add(LAST_CYCLE);
        }
        statistic.getItems().addAll(STATISTICS.keySet());
        statistic.setConverter(new StringConverter<>() {
            @Override
            public String toString(String choice) {
                return choice == null ? "" : texts.get(LAST_CYCLE.equals(choice) ? "sweep.statistic.lastCycle"
                        : STATISTICS.get(choice));
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        statistic.setId("sweepStatistic");
        statistic.setAccessibleText(texts.get("sweep.statistic.name"));
        statistic.setAccessibleHelp(texts.get("sweep.statistic.help"));
        column.setId("sweepColumn");
        column.setAccessibleText(texts.get("sweep.column.name"));
        column.setAccessibleHelp(texts.get("sweep.column.help"));
        statistic.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> fillColumns(now));
        statistic.getSelectionModel().select(engine ? LAST_CYCLE : SweepQuantity.Statistic.MAX.prefix());
        grid.addRow(4, new Label(texts.get("sweep.quantity")), statistic, column);
        GridPane.setColumnSpan(column, 2);
    }

    Node node() {
        return grid;
    }

    /** Selects the parameter at {@code path} on axis {@code a} (filling its default range). */
    void select(int a, String path, double start, double stop, int count, boolean log) {
        AxisRow row = rows.get(a);
        row.parameter.getItems().stream().filter(p -> p.path().equals(path)).findFirst()
                .ifPresent(p -> row.parameter.getSelectionModel().select(p));
        row.start.setText(Parameter.format(start));
        row.stop.setText(Parameter.format(stop));
        row.count.setText(Integer.toString(count));
        row.log.setSelected(log);
        if (a == 1) {
            second.setSelected(true);
        }
    }

    /** Selects the quantity named {@code name}, e.g. {@code t_max_E_A} or {@code eta_eq19}. */
    void selectQuantity(String name) {
        boolean engineFigure = List.of(SweepQuantity.OfEngine.values()).stream()
                .anyMatch(q -> q.columnName().equals(name));
        if (engineFigure && statistic.getItems().contains(LAST_CYCLE)) {
            statistic.getSelectionModel().select(LAST_CYCLE);
            column.getSelectionModel().select(name);
            return;
        }
        for (String prefix : STATISTICS.keySet()) {
            String rest = name.startsWith(prefix) ? name.substring(prefix.length()) : null;
            if (rest != null && columns.contains(rest)) {
                statistic.getSelectionModel().select(prefix);
                column.getSelectionModel().select(rest);
                return;
            }
        }
        throw new IllegalArgumentException("no quantity " + name + " for this preset");
    }

    /** The sweep asked for; an IllegalArgumentException with a one-line reason when it cannot be. */
    Choice choice() {
        List<SweepAxis> axes = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int a = 0; a < (second.isSelected() ? 2 : 1); a++) {
            axes.add(rows.get(a).axis());
            labels.add(rows.get(a).parameter.getValue().name());
        }
        if (axes.size() == 2 && axes.get(0).path().equals(axes.get(1).path())) {
            throw new IllegalArgumentException(texts.get("sweep.sameParameter", axes.get(0).path()));
        }
        String prefix = LAST_CYCLE.equals(statistic.getValue()) ? null : statistic.getValue();
        String name = prefix == null ? column.getValue() : prefix + column.getValue();
        return new Choice(axes, labels, SweepQuantity.parse(name));
    }

    private void fillColumns(String statisticLabel) {
        String kept = column.getValue();
        List<String> items = LAST_CYCLE.equals(statisticLabel)
                ? List.of(SweepQuantity.OfEngine.values()).stream().map(SweepQuantity::columnName).toList() : columns;
        column.getItems().setAll(items);
        column.getSelectionModel().select(items.contains(kept) ? kept : items.contains("I_AB") ? "I_AB" : items.get(0));
    }

    /** One axis: a parameter of the sheet, its range and spacing. */
    private static final class AxisRow {
        final ChoiceBox<Parameter> parameter = new ChoiceBox<>();
        final TextField start = new TextField();
        final TextField stop = new TextField();
        final TextField count = new TextField(Integer.toString(DEFAULT_POINTS));
        final CheckBox log = new CheckBox();
        private final Texts texts;

        AxisRow(int a, List<Parameter> parameters, Texts texts) {
            this.texts = texts;
            log.setText(texts.get("sweep.log"));
            parameter.getItems().setAll(parameters);
            parameter.setConverter(new StringConverter<>() {
                @Override
                public String toString(Parameter p) {
                    return p == null ? "" : p.category() + ": " + p.name();
                }

                @Override
                public Parameter fromString(String text) {
                    return null;
                }
            });
            parameter.getSelectionModel().selectedItemProperty().addListener((obs, was, p) -> {
                defaults(p);
                parameter.setTooltip(p == null ? null : new javafx.scene.control.Tooltip(p.path() + ": " + p.description()));
            });
            parameter.setMaxWidth(220);
            parameter.setId("sweepParameter" + a);
            start.setId("sweepStart" + a);
            stop.setId("sweepStop" + a);
            count.setId("sweepCount" + a);
            log.setId("sweepLog" + a);
            log.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            for (TextField field : List.of(start, stop, count)) {
                field.setPrefColumnCount(field == count ? 3 : 5);
                field.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
            parameter.setAccessibleText(texts.get("sweep.axis.parameter", a + 1));
            start.setAccessibleText(texts.get("sweep.axis.start", a + 1));
            stop.setAccessibleText(texts.get("sweep.axis.stop", a + 1));
            count.setAccessibleText(texts.get("sweep.axis.count", a + 1));
            log.setAccessibleText(texts.get("sweep.log.name"));
            log.setAccessibleHelp(texts.get("sweep.log.help"));
            if (!parameters.isEmpty()) {
                parameter.getSelectionModel().select(0);
            }
        }

        /** Half to twice the current value (0 to 1 for a zero). */
        private void defaults(Parameter p) {
            if (p == null) {
                return;
            }
            double value = p.value();
            double low = value == 0 ? 0 : Math.max(p.min(), Math.min(value / 2, value * 2));
            double high = value == 0 ? Math.min(1, p.max()) : Math.min(p.max(), Math.max(value / 2, value * 2));
            start.setText(Parameter.format(p.integer() ? Math.ceil(low) : low));
            stop.setText(Parameter.format(p.integer() ? Math.floor(high) : high));
        }

        void setDisable(boolean off) {
            for (Node node : List.of(parameter, start, stop, count, log)) {
                node.setDisable(off);
            }
        }

        SweepAxis axis() {
            Parameter p = parameter.getValue();
            if (p == null) {
                throw new IllegalArgumentException(texts.get("sweep.noParameter"));
            }
            String text = p.path() + "=" + start.getText().strip() + ":" + stop.getText().strip() + ":"
                    + count.getText().strip() + (log.isSelected() ? ":log" : "");
            SweepAxis axis = SweepAxis.parse(text);
            for (double v : new double[] {axis.start(), axis.stop()}) {
                String problem = p.boundsProblem(v);
                if (problem != null && !p.integer()) {
                    throw new IllegalArgumentException(problem);
                }
            }
            return axis;
        }
    }
}
