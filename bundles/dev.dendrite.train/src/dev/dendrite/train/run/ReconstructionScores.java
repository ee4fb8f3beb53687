package dev.dendrite.train.run;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import ai.onnxruntime.OrtException;
import dev.dendrite.model.network.Loss;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.train.data.Dataset;

/**
 * An autoencoder's per-sample reconstruction error as an anomaly score: the trained model
 * reconstructs each sample, the score is the mean squared difference from the clean sample.
 * With labels, the scores separate a class the model never saw (anomalies) from the rest: the
 * ROC AUC is the probability that an anomaly scores higher than a normal sample (Mann-Whitney).
 */
public final class ReconstructionScores {

    /** Per-sample scores, and the mean score of each class (empty without labels). */
    public record Result(double[] scores, int[] labels, Map<Integer, Double> meanByClass) {

        /** ROC AUC of the scores for {@code anomalous} against every other class; ties count one half. */
        public double auc(int anomalous) {
            return ReconstructionScores.auc(scores, labels, anomalous);
        }
    }

    private ReconstructionScores() {
    }

    /** Whether the network reconstructs its input (a reconstruction loss): an autoencoder whose errors score anomalies. */
    public static boolean applies(Network network) {
        return network.getLayers().stream().anyMatch(l -> l instanceof Loss loss && loss.getKind() == LossKind.RECONSTRUCTION);
    }

    /**
     * @param inputs what the model reads (the data, or a corrupted copy of it)
     * @param clean what it should reconstruct; the same as {@code inputs} for anomaly scores
     */
    public static Result score(byte[] model, Dataset inputs, Dataset clean) throws OrtException, ModelLoadException {
        int n = inputs.size();
        int size = inputs.sampleSize();
        double[] scores = new double[n];
        float[] target = new float[size];
        ModelOutputs.forEachBatch(model, "trained autoencoder", inputs, (from, rows, out, width) -> {
            for (int r = 0; r < rows; r++) {
                clean.features(from + r, target, 0);
                double sum = 0;
                for (int k = 0; k < size; k++) {
                    double d = out.get(r * size + k) - target[k];
                    sum += d * d;
                }
                scores[from + r] = sum / size;
            }
        });
        int[] labels = new int[n];
        Map<Integer, double[]> sums = new java.util.TreeMap<>();
        for (int i = 0; i < n; i++) {
            labels[i] = clean.hasLabels() ? clean.label(i) : -1;
            if (clean.hasLabels()) {
                double[] s = sums.computeIfAbsent(labels[i], k -> new double[2]);
                s[0] += scores[i];
                s[1]++;
            }
        }
        Map<Integer, Double> means = new LinkedHashMap<>();
        sums.forEach((label, s) -> means.put(label, s[0] / s[1]));
        return new Result(scores, labels, means);
    }

    /** Mann-Whitney U / (positives · negatives), ranking all scores once (average ranks for ties). */
    public static double auc(double[] scores, int[] labels, int positive) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double rankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (labels[order[k]] == positive) {
                    rankSum += rank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / (positives * (double) negatives);
    }
}
