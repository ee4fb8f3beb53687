package dev.dendrite.train.run;

import java.nio.file.Path;
import java.util.List;

/**
 * How a run ended: finished (all epochs or early stopping) or cancelled (resumable).
 *
 * @param stepLosses the training loss of every step this call ran, in order (for reproducibility checks and plots)
 * @param testLoss NaN for a cancelled run (not evaluated)
 * @param stopReason why training ended ("completed 10 epochs", "early stopping at epoch 7", "cancelled: ...")
 */
public record TrainingResult(List<EpochMetrics> epochs, List<Double> stepLosses, double testLoss, double testAccuracy, Path runDirectory,
        String stopReason, RunState state) {
}
