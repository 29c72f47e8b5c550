package dev.clausius.app.session;

import dev.clausius.figures.PinnedRun;
import dev.clausius.preset.Preset;

/**
 * One pinned run: its number (1, 2, ... since the pins were last cleared), the preset it ran, and its
 * series as the figures draw them ({@link PinnedRun}, labelled against the preset it was pinned under).
 */
public record Pin(int number, Preset preset, PinnedRun run) {
}
