package dev.dendrite.analysis.ood;

import java.util.SplittableRandom;

import dev.dendrite.train.data.Dataset;

/**
 * Out-of-distribution sets made from the in-distribution data itself: controls every classifier
 * should reject, whatever data set it was trained on.
 */
public final class OodSets {

    private OodSets() {
    }

    /** {@code n} samples of values drawn uniformly from [low, high] each, labelled 0 (labels are not read). */
    public static Dataset uniformNoise(Dataset like, int n, double low, double high, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[n * like.sampleSize()];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (low + (high - low) * random.nextDouble());
        }
        return Dataset.classification("uniform noise", like.sampleShape(), x, new int[n], like.classes());
    }

    /** The first {@code n} samples with every value mirrored within [low, high] (a picture's negative). */
    public static Dataset inverted(Dataset like, int n, double low, double high) {
        int rows = Math.min(n, like.size());
        int size = like.sampleSize();
        float[] x = new float[rows * size];
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) {
            like.features(i, x, i * size);
            labels[i] = like.label(i);
        }
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (low + high - x[i]);
        }
        return Dataset.classification("inverted " + like.name(), like.sampleShape(), x, labels, like.classes());
    }

    /** The smallest and largest value of the first {@code n} samples. */
    public static double[] span(Dataset data, int n) {
        float[] x = new float[data.sampleSize()];
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < Math.min(n, data.size()); i++) {
            data.features(i, x, 0);
            for (float v : x) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        return new double[] {low, high};
    }
}
