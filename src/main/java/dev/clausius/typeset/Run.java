package dev.clausius.typeset;

/** A stretch of text drawn at one baseline shift: "S" then "AB" lowered, for S_{AB}. */
public record Run(String text, Shift shift) {
}
