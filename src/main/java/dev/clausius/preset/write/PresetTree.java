package dev.clausius.preset.write;

import dev.clausius.preset.ClassicalSpec;
import dev.clausius.preset.CommonFields;
import dev.clausius.preset.ComplexArray;
import dev.clausius.preset.ComplexValue;
import dev.clausius.preset.CouplingSpec;
import dev.clausius.preset.EngineModeParser;
import dev.clausius.preset.EngineSpec;
import dev.clausius.preset.OpenSpec;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetParser;
import dev.clausius.preset.SubsystemSpec;
import dev.clausius.preset.optional.PresetOptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * A preset as a format-v1 JSON tree, field for field the layout the reader expects, so that
 * reading what was written gives the same preset back. Parts that are null are left out (the
 * reader then names what is missing).
 */
final class PresetTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PresetTree() {
    }

    static ObjectNode of(Preset p) {
        ObjectNode root = NODES.objectNode();
        root.put("format", PresetParser.FORMAT);
        root.put("version", PresetParser.VERSION);
        root.put("name", p.name());
        root.put("description", p.description() == null ? "" : p.description());
        if (p.mode() == null) {
            return root;
        }
        root.put("mode", p.mode().jsonName());
        switch (p.mode()) {
            case CLOSED -> {
                putIfPresent(root, "A", subsystem(p.subsystemA()));
                putIfPresent(root, "B", subsystem(p.subsystemB()));
                root.set("temperatures", temperatures(p));
                putIfPresent(root, "coupling", coupling(p.coupling()));
            }
            case OPEN -> {
                putIfPresent(root, "A", subsystem(p.subsystemA()));
                root.set("temperatures", temperatures(p));
                if (p.open() != null) {
                    open(root, p.open());
                }
            }
            case ENGINE -> {
                if (p.engine() != null) {
                    engine(root, p.engine());
                }
            }
            case CLASSICAL -> {
                if (p.classical() != null) {
                    root.set("A", body(p.classical().bodyA()));
                    root.set("B", body(p.classical().bodyB()));
                    root.putObject("contact").put("conductance", p.classical().contactConductance());
                }
                root.set("temperatures", temperatures(p));
            }
        }
        if (p.time() != null) {
            ObjectNode time = root.putObject("time");
            time.put("dt", p.time().dt());
            if (!Double.isNaN(p.time().end())) {
                time.put("end", p.time().end());
            }
        }
        options(root, p.options());
        return root;
    }

    /** The optional ranges and translations, after everything a result depends on. */
    private static void options(ObjectNode root, PresetOptions options) {
        if (!options.ranges().isEmpty()) {
            ObjectNode ranges = root.putObject("ranges");
            options.ranges().forEach((path, span) -> ranges.putArray(path).add(span.min()).add(span.max()));
        }
        if (!options.translations().isEmpty()) {
            ObjectNode translations = root.putObject("translations");
            options.translations().forEach((language, t) -> {
                ObjectNode entry = translations.putObject(language);
                if (t.name() != null) {
                    entry.put("name", t.name());
                }
                if (t.description() != null) {
                    entry.put("description", t.description());
                }
            });
        }
    }

    private static ObjectNode body(ClassicalSpec.Body body) {
        ObjectNode node = NODES.objectNode();
        node.put("kind", ClassicalSpec.BODY_KIND);
        node.put("cells", body.cells());
        node.put("heat_capacity", body.heatCapacity());
        node.put("conductance", body.conductance());
        return node;
    }

    private static void putIfPresent(ObjectNode parent, String name, JsonNode child) {
        if (child != null) {
            parent.set(name, child);
        }
    }

    private static ObjectNode temperatures(Preset p) {
        ObjectNode t = NODES.objectNode();
        t.set("A", temperature(p.temperatureA()));
        t.set("B", temperature(p.temperatureB()));
        return t;
    }

    private static JsonNode temperature(double t) {
        return t == Double.POSITIVE_INFINITY ? NODES.textNode(CommonFields.INFINITE_TEMPERATURE) : NODES.numberNode(t);
    }

    /** A subsystem; NaN omegas (an engine medium's) are left out. */
    static ObjectNode subsystem(SubsystemSpec s) {
        if (s == null) {
            return null;
        }
        ObjectNode node = NODES.objectNode();
        node.put("kind", s.kind());
        if (s instanceof SubsystemSpec.Qubit q) {
            putOmega(node, q.omega());
        } else if (s instanceof SubsystemSpec.Spin spin) {
            node.put("j", spin.j());
            putOmega(node, spin.omega());
        } else if (s instanceof SubsystemSpec.Oscillator o) {
            putOmega(node, o.omega());
            node.put("levels", o.levels());
        } else if (s instanceof SubsystemSpec.Spins chain) {
            node.put("n", chain.n());
            node.set("omega", spinOmegas(chain.omegas()));
            node.put("J", chain.flipFlop());
        } else if (s instanceof SubsystemSpec.Matrix m) {
            putIfPresent(node, "H", matrix(m.hamiltonian()));
            if (m.operators() != null && !m.operators().isEmpty()) {
                ObjectNode ops = node.putObject("ops");
                for (Map.Entry<String, ComplexArray> op : m.operators().entrySet()) {
                    putIfPresent(ops, op.getKey(), matrix(op.getValue()));
                }
            }
        }
        return node;
    }

    private static void putOmega(ObjectNode node, double omega) {
        if (!Double.isNaN(omega)) {
            node.put("omega", omega);
        }
    }

    /** One number when all spins share it (as a person would write it), else the list. */
    private static JsonNode spinOmegas(List<Double> omegas) {
        if (omegas.size() > 1 && omegas.stream().distinct().count() == 1) {
            return NODES.numberNode(omegas.get(0));
        }
        ArrayNode list = NODES.arrayNode();
        omegas.forEach(list::add);
        return list;
    }

    private static JsonNode coupling(CouplingSpec c) {
        if (c instanceof CouplingSpec.FullMatrix full) {
            ObjectNode node = NODES.objectNode();
            putIfPresent(node, "V", matrix(full.v()));
            return node;
        }
        if (c instanceof CouplingSpec.Terms terms) {
            ArrayNode list = NODES.arrayNode();
            for (CouplingSpec.Term t : terms.terms()) {
                ObjectNode term = list.addObject();
                putIfPresent(term, "g", complex(t.g()));
                term.put("A", t.operatorA());
                term.put("B", t.operatorB());
                term.put("hc", t.hermitianConjugate());
                if (t.spread() != 0 || t.seed() != 0) {
                    term.put("spread", t.spread());
                    term.put("seed", t.seed());
                }
            }
            return list;
        }
        return null;
    }

    private static void open(ObjectNode root, OpenSpec open) {
        ObjectNode bath = root.putObject("bath");
        bath.put("gamma", open.gamma());
        bath.put("operator", open.operator());
        if (open.jumps() != null && !open.jumps().isEmpty()) {
            ArrayNode jumps = root.putArray("jumps");
            for (OpenSpec.Jump j : open.jumps()) {
                ObjectNode jump = jumps.addObject();
                if (j.operator() != null) {
                    jump.put("op", j.operator());
                } else {
                    putIfPresent(jump, "op", matrix(j.matrix()));
                }
                jump.put("rate", j.rate());
            }
        }
    }

    private static void engine(ObjectNode root, EngineSpec e) {
        putIfPresent(root, "medium", subsystem(e.medium()));
        ObjectNode baths = root.putObject("baths");
        putIfPresent(baths, EngineModeParser.HOT, bath(e.hot()));
        putIfPresent(baths, EngineModeParser.COLD, bath(e.cold()));
        if (e.strokes() != null) {
            ArrayNode strokes = root.putArray("strokes");
            for (EngineSpec.Stroke s : e.strokes()) {
                ObjectNode stroke = strokes.addObject();
                stroke.put("bath", s.bath());
                stroke.putArray("omega").add(s.omegaStart()).add(s.omegaEnd());
                stroke.put("duration", s.duration());
            }
        }
        root.put("cycles", e.cycles());
    }

    private static ObjectNode bath(EngineSpec.Bath b) {
        if (b == null) {
            return null;
        }
        ObjectNode node = NODES.objectNode();
        node.set("temperature", temperature(b.temperature()));
        node.put("gamma", b.gamma());
        return node;
    }

    private static JsonNode complex(ComplexValue z) {
        if (z == null) {
            return null;
        }
        if (z.im() == 0) {
            return NODES.numberNode(z.re());
        }
        ObjectNode node = NODES.objectNode();
        node.put("re", z.re());
        node.put("im", z.im());
        return node;
    }

    /** A plain [[...]] for a real matrix, {"re": ..., "im": ...} otherwise. */
    static JsonNode matrix(ComplexArray m) {
        if (m == null) {
            return null;
        }
        if (!m.hasImaginaryPart()) {
            return rows(m.re());
        }
        ObjectNode node = NODES.objectNode();
        node.set("re", rows(m.re()));
        node.set("im", rows(m.im()));
        return node;
    }

    private static ArrayNode rows(double[][] entries) {
        ArrayNode rows = NODES.arrayNode();
        for (double[] row : entries) {
            ArrayNode r = rows.addArray();
            for (double x : row) {
                r.add(x);
            }
        }
        return rows;
    }
}
