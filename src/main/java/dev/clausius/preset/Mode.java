package dev.clausius.preset;

/** The modes of the preset format. */
public enum Mode {
    CLOSED("closed"), OPEN("open"), ENGINE("engine"), CLASSICAL("classical");

    private final String jsonName;

    Mode(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
