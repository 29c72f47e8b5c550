package dev.clausius.sweep;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The arithmetic of a Slurm sweep: chunks, task ids, --time, default chunk, point ranges. */
class SlurmJobTest {

    @Test
    void chunksCoverTheGridOnceWithTheLastCutShort() {
        assertEquals(3, PointRange.chunks(6, 2));
        assertEquals(2, PointRange.chunks(7, 4));
        assertEquals(new PointRange(4, 6), PointRange.chunk(1, 4, 7));
        assertEquals(new PointRange(0, 3), PointRange.chunk(0, 4, 7));
        int covered = 0;
        for (int task = 0; task < PointRange.chunks(1001, 7); task++) {
            PointRange range = PointRange.chunk(task, 7, 1001);
            assertEquals(covered, range.first());
            covered += range.size();
        }
        assertEquals(1001, covered);
        assertThrows(IllegalArgumentException.class, () -> PointRange.chunk(2, 4, 7));
    }

    @Test
    void rangesParseAndRunsPrintAsSbatchTakesThem() {
        assertEquals(new PointRange(3, 3), PointRange.parse("3"));
        assertEquals(new PointRange(7, 9), PointRange.parse(" 7-9 "));
        assertEquals(List.of(7, 8, 9), PointRange.parse("7-9").points());
        for (String bad : List.of("", "-1", "9-7", "a-b", "1-", "1-2-3")) {
            assertThrows(IllegalArgumentException.class, () -> PointRange.parse(bad), bad);
        }
        assertEquals("3, 7-9, 12", PointRange.runs(new TreeSet<>(List.of(9, 3, 7, 8, 12)), ", "));
        assertEquals("", PointRange.runs(new TreeSet<>(), ","));
        // missing points 3, 7-9 with 4 points per task: tasks 0 (0-3), 1 (4-7) and 2 (8-11)
        assertEquals("0-2", SlurmJob.taskIds(new TreeSet<>(List.of(3, 7, 8, 9)), 4));
        assertEquals("0,2", SlurmJob.taskIds(new TreeSet<>(List.of(1, 9)), 4));
    }

    @Test
    void timeIsChunkTimesFactorTimesPointPlusStartUpInWholeMinutes() {
        // 6 x 10 s x 2 + 10 s = 130 s -> 3 minutes
        assertEquals(3, SlurmJob.minutes(10, 6, 2));
        assertEquals("0:03:00", SlurmJob.time(3));
        assertEquals(1, SlurmJob.minutes(0.01, 1, 2));
        // exactly 120 s stays 2 minutes: 5 x 11 s x 2 + 10 s
        assertEquals(2, SlurmJob.minutes(11, 5, 2));
        // 24 points of an hour, factor 1: 86410 s -> 1441 minutes, a day and a minute
        assertEquals(1441, SlurmJob.minutes(3600, 24, 1));
        assertEquals("1-00:01:00", SlurmJob.time(1441));
        assertEquals("2:05:00", SlurmJob.time(125));
    }

    @Test
    void defaultChunkMakesMinuteLongTasksAndAtMostAThousand() {
        assertEquals(120, SlurmJob.defaultChunk(0.5, 1000)); // 60 s / 0.5 s
        assertEquals(10, SlurmJob.defaultChunk(0.001, 10)); // never more than the grid
        assertEquals(1, SlurmJob.defaultChunk(300, 50)); // a point over a minute: one per task
        assertEquals(5, SlurmJob.defaultChunk(100, 5000)); // 5000 points in 1000 tasks
        assertEquals(1000, PointRange.chunks(5000, SlurmJob.defaultChunk(100, 5000)));
    }

    @Test
    void shellWordsAreQuotedOnlyWhenNeeded() {
        assertEquals("/usr/bin/java", SlurmJob.quote("/usr/bin/java"));
        assertEquals("'/home/a b/x.jar'", SlurmJob.quote("/home/a b/x.jar"));
        assertEquals("'it'\\''s'", SlurmJob.quote("it's"));
        assertEquals("''", SlurmJob.quote(""));
        assertThrows(IllegalArgumentException.class,
                () -> new SlurmJob("x", Path.of("relative"), 6, 2, 1, 1, "clausius"));
    }
}
