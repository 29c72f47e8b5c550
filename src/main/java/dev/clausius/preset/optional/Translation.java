package dev.clausius.preset.optional;

/** A preset's name and description in one other language ({@code "translations"}); either may be null. */
public record Translation(String name, String description) {
}
