package dev.clausius.app.model;

import dev.clausius.thermo.Frame;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/**
 * The frames the explorer has shown, with their extras and grid indices, in bounded memory. The
 * newest {@code tail} frames are kept at full resolution; the older part (the head) keeps only
 * frames whose grid index is a multiple of a stride that doubles whenever the head outgrows
 * {@code headLimit}. So the head samples the whole past uniformly, the charts (which decimate
 * per pixel anyway) keep the run's shape, and a run of 10^6 frames or more at full speed holds at
 * most {@code tail + headLimit} frames plus one pulse's batch, instead of growing without end.
 *
 * <p>Compaction replaces the list in one change, as a reset does; listeners re-read the list.
 */
final class FrameHistory {
    /** Full-resolution frames kept at the end: many minutes of playback, every cycle of an engine. */
    static final int TAIL = 10_000;
    /** Decimated frames before the tail: twice the width in pixels of any chart. */
    static final int HEAD_LIMIT = 10_000;

    private final int tail;
    private final int headLimit;
    private final ObservableList<Frame> frames = FXCollections.observableArrayList();
    private final ObservableList<Frame> readOnly = FXCollections.unmodifiableObservableList(frames);
    /** Parallel to {@link #frames}: the extras (for a jump back) and the grid index of each frame. */
    private final List<FrameExtras> extras = new ArrayList<>();
    private int[] indices = new int[64];
    /** Grid-index spacing of the frames kept in the head; 1 until the first compaction. */
    private int stride = 1;
    /** Frames appended since the last clear, decimated or not (the benchmark's frame count). */
    private long appended;

    FrameHistory() {
        this(TAIL, HEAD_LIMIT);
    }

    FrameHistory(int tail, int headLimit) {
        if (tail < 1 || headLimit < 2) {
            throw new IllegalArgumentException("tail >= 1 and headLimit >= 2 needed, got " + tail + ", " + headLimit);
        }
        this.tail = tail;
        this.headLimit = headLimit;
    }

    ObservableList<Frame> frames() {
        return readOnly;
    }

    int size() {
        return frames.size();
    }

    boolean isEmpty() {
        return frames.isEmpty();
    }

    long appended() {
        return appended;
    }

    /** Grid spacing of the decimated head (1: nothing decimated yet). */
    int stride() {
        return stride;
    }

    /** The grid index of the newest frame, -1 when empty. */
    int lastIndex() {
        return frames.isEmpty() ? -1 : indices[frames.size() - 1];
    }

    FrameExtras lastExtras() {
        return extras.isEmpty() ? FrameExtras.NONE : extras.get(extras.size() - 1);
    }

    /** The grid index of the i-th stored frame. */
    int indexAt(int position) {
        if (position < 0 || position >= frames.size()) {
            throw new IndexOutOfBoundsException(position);
        }
        return indices[position];
    }

    /** Appends frames with increasing grid indices (one list change), then compacts if over the bound. */
    void append(List<Frame> batch, List<FrameExtras> batchExtras, int[] batchIndices) {
        if (batch.isEmpty()) {
            return;
        }
        int n = frames.size();
        ensureCapacity(n + batch.size());
        System.arraycopy(batchIndices, 0, indices, n, batch.size());
        extras.addAll(batchExtras);
        frames.addAll(batch);
        appended += batch.size();
        if (frames.size() > tail + headLimit) {
            compact();
        }
    }

    /**
     * Keeps the stored frames up to grid index {@code index} (the newest kept one may be earlier
     * when the head was decimated there) and returns how many remain.
     */
    int truncateAfter(int index) {
        int keep = 0;
        while (keep < frames.size() && indices[keep] <= index) {
            keep++;
        }
        keep = Math.max(1, keep);
        if (keep < frames.size()) {
            frames.remove(keep, frames.size());
            extras.subList(keep, extras.size()).clear();
        }
        return keep;
    }

    void clear() {
        frames.clear();
        extras.clear();
        stride = 1;
        appended = 0;
    }

    private void compact() {
        int size = frames.size();
        int headEnd = size - tail;
        List<Frame> keptFrames;
        List<FrameExtras> keptExtras;
        int[] keptIndices;
        while (true) {
            keptFrames = new ArrayList<>(headLimit + tail);
            keptExtras = new ArrayList<>(headLimit + tail);
            keptIndices = new int[size];
            int k = 0;
            for (int i = 0; i < headEnd; i++) {
                if (indices[i] % stride == 0) {
                    keptFrames.add(frames.get(i));
                    keptExtras.add(extras.get(i));
                    keptIndices[k++] = indices[i];
                }
            }
            if (k > headLimit) {
                stride *= 2; // the head still samples the whole past, half as densely
                continue;
            }
            for (int i = headEnd; i < size; i++) {
                keptFrames.add(frames.get(i));
                keptExtras.add(extras.get(i));
                keptIndices[k++] = indices[i];
            }
            break;
        }
        indices = keptIndices;
        extras.clear();
        extras.addAll(keptExtras);
        frames.setAll(keptFrames);
    }

    private void ensureCapacity(int needed) {
        if (indices.length < needed) {
            int[] larger = new int[Math.max(needed, indices.length * 2)];
            System.arraycopy(indices, 0, larger, 0, indices.length);
            indices = larger;
        }
    }

}
