package dev.dendrite.train.run;

/** What one epoch achieved; accuracies are NaN for regression. */
public record EpochMetrics(int epoch, double trainLoss, double trainAccuracy, double validationLoss, double validationAccuracy,
        double seconds, double samplesPerSecond) {
}
