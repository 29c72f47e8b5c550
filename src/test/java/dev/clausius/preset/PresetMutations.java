package dev.clausius.preset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Broken presets for the fuzz tests: a valid preset (every file in presets/ and the small test
 * presets) mutated one to three times by a seeded {@link Random}, so a failure is reproduced from
 * its seed. The kinds are those issue 7 lists: wrong types, missing and extra fields, NaN and
 * infinities, huge and negative sizes, non-Hermitian matrices, truncated JSON, random bytes, plus
 * splices of raw text that often leave valid JSON with wrong values.
 *
 * <p>Sizes are chosen small enough to run or far beyond the limits (DimensionLimits): an
 * accepted preset then runs in milliseconds, so a slow case means a hang, not a big system.
 */
public final class PresetMutations {

    /** One mutated preset: how it was made (for the failure message) and its bytes. */
    public record Mutant(String kinds, byte[] bytes) {
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    static final String[] SPLICES = {"", "-1", "0", "\"x\"", "null", "[]", "{}", "1e400", "2.5", "[[1]]",
        "\"inf\"", ",", "]", "}", "{\"re\": 1}", "true", "\"sx[*]\"", "4097"};

    /** Numbers that are not finite, written every way a file might hold them (most are not JSON). */
    private static final String[] NON_FINITE = {"NaN", "Infinity", "-Infinity", "1e400", "-1e400", "\"NaN\"",
        "\"inf\"", "\"-inf\"", "1e-400", "1.7976931348623157e308", "-1.7976931348623157e308"};
    /** Sizes: negative, zero, fractional, huge, just past a limit; and a few that run quickly. */
    private static final String[] SIZES = {"-1", "0", "1", "2.5", "-3.5", "1e9", "1e30", "4097", "13", "65",
        "2147483648", "3", "4", "0.5", "1.5"};
    private static final String[] FIELD_NAMES = {"omega", "levels", "n", "j", "J", "H", "V", "g", "kind", "mode",
        "gamma", "rate", "dt", "end", "cycles", "spread", "seed", "re", "im", "ops", "extra", "A", "B"};
    private static final String[] SIZE_FIELDS = {"levels", "n", "j", "cycles", "seed"};

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Finite numbers at the edges: T -> 0 and inf, omega -> 0, couplings far too strong, sign flips. */
    private static final double[] EXTREMES = {0, 1e-300, 1e-12, 1e-6, 1e6, 1e12, 1e300, -1, -1e-12};
    /**
     * "number" (a finite but extreme value) comes twice: it keeps the JSON and the types valid, so
     * such presets are often accepted and must then run to finite output.
     */
    private static final String[] KINDS = {"wrong-type", "missing-field", "extra-field", "non-finite", "size",
        "non-hermitian", "truncated", "random-bytes", "splice", "number", "number"};

    private PresetMutations() {
    }

    /** The valid presets mutations start from: every shipped preset and the small closed, open and engine ones. */
    public static List<String> seeds() {
        List<String> seeds = new ArrayList<>(List.of(TestPresets.CLOSED, TestPresets.OPEN, TestPresets.ENGINE));
        try (Stream<Path> files = Files.list(TestPresets.PRESETS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                seeds.add(Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(seeds);
    }

    /** One to three mutations of {@code preset} (one in half the cases), chosen by {@code random}. */
    public static Mutant mutate(String preset, Random random) {
        String text = preset;
        StringBuilder kinds = new StringBuilder();
        int count = random.nextBoolean() ? 1 : 2 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            String kind = KINDS[random.nextInt(KINDS.length)];
            kinds.append(kinds.length() == 0 ? "" : "+").append(kind);
            if (kind.equals("random-bytes")) {
                return new Mutant(kinds.toString(), randomBytes(text, random));
            }
            text = apply(kind, text, random);
        }
        return new Mutant(kinds.toString(), text.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces a random stretch of the text by a random splice, often giving valid JSON with wrong values. */
    static String splice(String text, Random random) {
        int start = random.nextInt(text.length() + 1); // + 1: an earlier mutation may have emptied the text
        int end = Math.min(text.length(), start + random.nextInt(12));
        return text.substring(0, start) + SPLICES[random.nextInt(SPLICES.length)] + text.substring(end);
    }

    private static String apply(String kind, String text, Random random) {
        switch (kind) {
            case "truncated":
                return text.substring(0, random.nextInt(text.length() + 1));
            case "splice":
                return splice(text, random);
            default:
                break;
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return splice(text, random); // an earlier mutation broke the JSON: keep breaking the text
        }
        if (!(root instanceof ContainerNode<?>)) {
            return splice(text, random);
        }
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        if (slots.isEmpty()) {
            return splice(text, random);
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        switch (kind) {
            case "wrong-type" -> slot.set(wrongType(slot.value(), random));
            case "missing-field" -> slot.remove();
            case "extra-field" -> extraField(slots, random);
            case "non-finite" -> {
                return withRaw(root, numberSlot(slots, random), NON_FINITE[random.nextInt(NON_FINITE.length)]);
            }
            case "size" -> {
                return withRaw(root, sizeSlot(slots, random), SIZES[random.nextInt(SIZES.length)]);
            }
            case "non-hermitian" -> nonHermitian(root, random);
            case "number" -> {
                Slot number = numberSlot(slots, random);
                double old = number.value().isNumber() ? number.value().asDouble() : 1;
                double value = random.nextBoolean() ? EXTREMES[random.nextInt(EXTREMES.length)]
                        : old * Math.pow(10, random.nextInt(13) - 6);
                number.set(JsonNodeFactory.instance.numberNode(value));
            }
            default -> throw new IllegalArgumentException(kind);
        }
        return root.toString();
    }

    /** A place in the tree: a field of an object or an element of an array. */
    private record Slot(ContainerNode<?> parent, String field, int index) {
        JsonNode value() {
            return parent instanceof ObjectNode o ? o.get(field) : ((ArrayNode) parent).get(index);
        }

        void set(JsonNode value) {
            if (parent instanceof ObjectNode o) {
                o.set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (parent instanceof ObjectNode o) {
                o.remove(field);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                slots.add(new Slot(o, name, -1));
                collect(o.get(name), slots);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                slots.add(new Slot(a, null, i));
                collect(a.get(i), slots);
            }
        }
    }

    private static JsonNode wrongType(JsonNode old, Random random) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<JsonNode> choices = new ArrayList<>(List.of(f.textNode("x"), f.nullNode(), f.booleanNode(true),
                f.arrayNode(), f.objectNode(), f.numberNode(1), f.arrayNode().add(f.arrayNode().add(1))));
        choices.removeIf(c -> c.getNodeType() == old.getNodeType());
        return choices.get(random.nextInt(choices.size()));
    }

    private static void extraField(List<Slot> slots, Random random) {
        List<ObjectNode> objects = new ArrayList<>();
        for (Slot s : slots) {
            if (s.parent() instanceof ObjectNode o && !objects.contains(o)) {
                objects.add(o);
            }
        }
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        String name = FIELD_NAMES[random.nextInt(FIELD_NAMES.length)] + (random.nextBoolean() ? "" : "_extra");
        target.put(name, random.nextBoolean() ? 1.0 : -1.0);
    }

    private static Slot numberSlot(List<Slot> slots, Random random) {
        List<Slot> numbers = slots.stream().filter(s -> s.value().isNumber()).toList();
        return numbers.isEmpty() ? slots.get(random.nextInt(slots.size())) : numbers.get(random.nextInt(numbers.size()));
    }

    private static Slot sizeSlot(List<Slot> slots, Random random) {
        List<Slot> sizes = slots.stream()
                .filter(s -> s.field() != null && List.of(SIZE_FIELDS).contains(s.field())).toList();
        return sizes.isEmpty() ? numberSlot(slots, random) : sizes.get(random.nextInt(sizes.size()));
    }

    /** The tree as text with the slot's value replaced by raw text (NaN and the like are no JSON nodes). */
    private static String withRaw(JsonNode root, Slot slot, String raw) {
        String marker = "\"@@fuzz@@\"";
        slot.set(JsonNodeFactory.instance.textNode("@@fuzz@@"));
        return root.toString().replace(marker, raw);
    }

    /**
     * Makes a matrix preset non-Hermitian, or turns a subsystem into a small matrix kind with a
     * non-Hermitian H: H = [[0, 1], [0, 0]] or a random 2x2 or 3x3 with complex entries.
     */
    private static void nonHermitian(JsonNode root, Random random) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        int n = 2 + random.nextInt(2);
        ObjectNode matrix = f.objectNode();
        ArrayNode re = matrix.putArray("re");
        ArrayNode im = matrix.putArray("im");
        for (int i = 0; i < n; i++) {
            ArrayNode reRow = re.addArray();
            ArrayNode imRow = im.addArray();
            for (int j = 0; j < n; j++) {
                reRow.add(Math.round(random.nextGaussian() * 100) / 100.0);
                imRow.add(i == j ? 0.0 : Math.round(random.nextGaussian() * 100) / 100.0);
            }
        }
        ObjectNode system = (ObjectNode) root;
        Consumer<String> asMatrix = name -> {
            ObjectNode sub = f.objectNode();
            sub.put("kind", "matrix");
            sub.set("H", matrix);
            system.set(name, sub);
        };
        if (system.has("coupling") && random.nextBoolean()) {
            ObjectNode v = f.objectNode();
            int d = 4;
            ArrayNode rows = v.putArray("V");
            for (int i = 0; i < d; i++) {
                ArrayNode row = rows.addArray();
                for (int j = 0; j < d; j++) {
                    row.add(i < j ? 0.1 * (1 + random.nextInt(3)) : 0.0); // upper triangle only
                }
            }
            system.set("coupling", v);
        } else {
            asMatrix.accept(system.has("medium") ? "medium" : "A");
        }
    }

    /** Random bytes, sometimes after a valid prefix so the parser gets some way in first. */
    private static byte[] randomBytes(String text, Random random) {
        byte[] noise = new byte[random.nextInt(256)];
        random.nextBytes(noise);
        if (random.nextBoolean()) {
            return noise;
        }
        byte[] prefix = text.substring(0, random.nextInt(text.length() + 1)).getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[prefix.length + noise.length];
        System.arraycopy(prefix, 0, both, 0, prefix.length);
        System.arraycopy(noise, 0, both, prefix.length, noise.length);
        return both;
    }
}
