package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What the Runs view and {@code dendrite runs} read off a run: its settings, test accuracy, start and duration. */
class RunRecordTest {

    private static RunRecord run(Map<String, Object> config, Map<String, Object> summary, String started, String updated) {
        RunStatus status = new RunStatus(RunState.FINISHED, null, null, 3, 90, 1, "host", started, updated);
        return new RunRecord(Path.of("runs", "r"), config, status, List.of(), List.of(), summary, List.of(), List.of(), false);
    }

    @Test
    void settingsTestAccuracyAndDurationComeFromTheRunsFiles() {
        RunRecord run = run(Map.of("learningRate", 0.003, "batchSize", 64, "optimizer", "adam"), Map.of("testAccuracy", 0.9125),
                "2026-12-01T02:00:00Z", "2026-12-01T02:03:05.400Z");
        assertEquals(0.003, run.setting("learningRate"));
        assertEquals(64, run.setting("batchSize"));
        assertTrue(Double.isNaN(run.setting("seed")), "absent");
        assertTrue(Double.isNaN(run.setting("optimizer")), "not a number");
        assertEquals(0.9125, run.testAccuracy());
        assertEquals(Instant.parse("2026-12-01T02:00:00Z"), run.startedAt());
        assertEquals(Duration.ofMillis(185_400), run.duration());
    }

    @Test
    void aRunWithoutTimesOrTestFiguresHasNone() {
        RunRecord run = run(Map.of(), Map.of(), null, "not a time");
        assertTrue(Double.isNaN(run.testAccuracy()));
        assertNull(run.startedAt());
        assertNull(run.duration());
        assertNull(run(Map.of(), Map.of(), "2026-12-01T02:00:00Z", "2026-12-01T01:00:00Z").duration(), "an update before the start");
    }

    @Test
    void settingsReadAsPeopleWriteThem() {
        assertEquals("0.01", RunRecord.significant(0.01));
        assertEquals("0.003", RunRecord.significant(0.003));
        assertEquals("0.000125", RunRecord.significant(1.25e-4));
        assertEquals("0.333", RunRecord.significant(1.0 / 3));
        assertEquals("64", RunRecord.significant(64));
    }
}
