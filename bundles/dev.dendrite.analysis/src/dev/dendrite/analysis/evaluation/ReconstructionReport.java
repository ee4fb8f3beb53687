package dev.dendrite.analysis.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * How an autoencoder reconstructs a split's samples: the mean squared error per sample, its
 * peak signal-to-noise ratio for values in [0, 1], each class's mean error and how well the errors
 * alone tell that class from the rest (ROC AUC: 0.5 is no better than chance, 1 every sample of
 * the class reconstructed worse than every other), which is what anomaly detection by
 * reconstruction error relies on, and the worst-reconstructed samples with their reconstructions.
 *
 * @param classes per class in label order (empty without labels)
 * @param worst the samples reconstructed worst, worst first, with what the model made of them
 */
public record ReconstructionReport(int samples, double meanSquaredError, double psnr, List<ClassErrors> classes, List<Worst> worst) {

    /** Samples whose reconstructions are kept: a strip of pictures. */
    public static final int WORST_KEPT = 24;

    /** A class's samples, their mean reconstruction error, and the ROC AUC of the errors for this class against the others. */
    public record ClassErrors(int label, int samples, double meanError, double auc) {
    }

    /** A sample, its label (−1 without), its reconstruction error, the sample and its reconstruction. */
    public record Worst(int sample, int label, double error, float[] input, float[] reconstruction) {
    }

    /**
     * The report of an autoencoder's {@code outputs} ({@code width} values per sample) against the
     * samples they reconstruct.
     *
     * @param features the samples, {@code width} values each
     * @param labels each sample's class, or null
     */
    public static ReconstructionReport of(float[] features, float[] outputs, int width, int[] labels) {
        if (features.length != outputs.length || width < 1) {
            throw new IllegalArgumentException("the model gives " + outputs.length + " values for " + features.length + " input values");
        }
        Finite.check(outputs, width);
        int n = features.length / width;
        double[] errors = new double[n];
        double total = 0;
        PriorityQueue<Integer> worst = new PriorityQueue<>((a, b) -> Double.compare(errors[a], errors[b]));
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int k = 0; k < width; k++) {
                double d = outputs[i * width + k] - features[i * width + k];
                sum += d * d;
            }
            errors[i] = sum / width;
            total += errors[i];
            worst.add(i);
            if (worst.size() > WORST_KEPT) {
                worst.poll();
            }
        }
        List<Worst> kept = new ArrayList<>();
        while (!worst.isEmpty()) {
            int i = worst.poll();
            kept.add(0, new Worst(i, labels == null ? -1 : labels[i], errors[i], java.util.Arrays.copyOfRange(features, i * width, (i + 1) * width),
                    java.util.Arrays.copyOfRange(outputs, i * width, (i + 1) * width)));
        }
        List<ClassErrors> classes = new ArrayList<>();
        if (labels != null) {
            int count = java.util.Arrays.stream(labels).max().orElse(-1) + 1;
            for (int c = 0; c < count; c++) {
                double sum = 0;
                int m = 0;
                for (int i = 0; i < n; i++) {
                    if (labels[i] == c) {
                        sum += errors[i];
                        m++;
                    }
                }
                if (m > 0) {
                    classes.add(new ClassErrors(c, m, sum / m, dev.dendrite.train.run.ReconstructionScores.auc(errors, labels, c)));
                }
            }
        }
        double mse = total / Math.max(1, n);
        return new ReconstructionReport(n, mse, mse > 0 ? 10 * Math.log10(1 / mse) : Double.POSITIVE_INFINITY, List.copyOf(classes),
                List.copyOf(kept));
    }
}
