package dev.dendrite.analysis.experiment;

import java.nio.file.Path;

/**
 * How one run of an experiment ended: its state ("finished", "failed", ...), its test figures
 * (NaN where it has none), its time, and whether an earlier execution had already finished it.
 */
public record RunOutcome(RunSpec spec, Path runDirectory, String state, double testLoss, double testAccuracy, double seconds, boolean reused,
        String message) {
}
