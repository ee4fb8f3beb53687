package dev.dendrite.analysis.ood;

import java.util.List;
import java.util.Map;

/**
 * How well a classifier's scores tell its own kind of data from other data sets.
 *
 * @param inName the in-distribution data's name
 * @param inSamples its samples scored
 * @param inCorrect those the model classifies rightly
 * @param inConfidence the mean maximum softmax probability over them
 * @param fitSamples the training samples the feature scores were fitted on (0: none)
 * @param k the neighbour the kNN score reads
 * @param scores the scores computed, in {@link OodScore}'s order
 * @param skipped the scores not computed, each with why
 * @param inScores per score (as {@code scores}), each in-distribution sample's value
 * @param sets the out-of-distribution data sets
 * @param sampleShape a sample's shape, for drawing examples
 * @param classes the model's classes
 */
public record OodReport(String inName, int inSamples, int inCorrect, double inConfidence, int fitSamples, int k, List<OodScore> scores,
        Map<OodScore, String> skipped, double[][] inScores, List<OutSet> sets, long[] sampleShape, int classes) {

    /**
     * One out-of-distribution data set.
     *
     * @param name its name
     * @param samples its samples scored
     * @param confidence the mean maximum softmax probability the model gives them (as sure as on its own data is a warning)
     * @param predicted how many of them the model reads as each class
     * @param metrics per score, how well it tells them from the in-distribution samples
     * @param scores per score (as the report's {@code scores}), each sample's value
     * @param examples the samples the model is surest of, surest first
     */
    public record OutSet(String name, int samples, double confidence, int[] predicted, Map<OodScore, DetectionMetrics> metrics, double[][] scores,
            List<Example> examples) {

        /** The score that tells this set apart best (highest ROC AUC). */
        public OodScore best() {
            return metrics.entrySet().stream().max(Map.Entry.comparingByValue((a, b) -> Double.compare(a.auroc(), b.auroc()))).orElseThrow()
                    .getKey();
        }
    }

    /**
     * An out-of-distribution sample the model is sure of.
     *
     * @param sample its index in its set
     * @param predicted the class the model reads (-1 for an autoencoder)
     * @param probability that class's probability (an autoencoder's reconstruction error)
     * @param values the sample's values
     */
    public record Example(int sample, int predicted, double probability, float[] values) {
    }

    /** The share of in-distribution samples classified rightly (NaN for an autoencoder). */
    public double inAccuracy() {
        return inCorrect < 0 ? Double.NaN : (double) inCorrect / inSamples;
    }

    /**
     * Whether the model is an autoencoder scored by its reconstruction error: then {@code inConfidence} and each set's
     * {@code confidence} are mean reconstruction errors, no class is predicted, and the examples are the samples it rebuilds best.
     */
    public boolean reconstruction() {
        return scores.contains(OodScore.RECONSTRUCTION);
    }

    /** The in-distribution values of {@code score}. */
    public double[] inScores(OodScore score) {
        return inScores[scores.indexOf(score)];
    }
}
