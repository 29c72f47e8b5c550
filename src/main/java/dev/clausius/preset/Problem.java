package dev.clausius.preset;

/** One thing wrong with a preset: where (a JSON path such as {@code $.A.omega}) and why. */
public record Problem(String path, String reason) {
    @Override
    public String toString() {
        return path + ": " + reason;
    }
}
