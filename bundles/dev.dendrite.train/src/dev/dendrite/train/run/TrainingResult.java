package dev.dendrite.train.run;

import java.nio.file.Path;
import java.util.List;

/**
 * A finished run.
 *
 * @param stepLosses the training loss of every step, in order (for reproducibility checks and plots)
 * @param stopReason why training ended ("completed", "early stopping at epoch 7", ...)
 */
public record TrainingResult(List<EpochMetrics> epochs, List<Double> stepLosses, double testLoss, double testAccuracy, Path runDirectory,
        String stopReason) {
}
