package dev.clausius.typeset;

/** Where a run of text sits against the line's baseline. */
public enum Shift {
    NORMAL, SUB, SUPER
}
