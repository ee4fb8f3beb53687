package dev.dendrite.analysis.features;

import dev.dendrite.train.data.Dataset;

/**
 * What the data's inputs look like, which the ascent keeps to: the mean sample (its start), the
 * smallest and largest value of any sample (its range: MNIST's pixels stay in [0, 1], a
 * normalised set's in its own), and the mean value (what its L2 pull draws towards: MNIST's dark
 * background, a normalised set's zero).
 *
 * @param samples how many of the data's first samples were read
 */
public record DataRange(float[] mean, double low, double high, double meanValue, long[] sampleShape, int samples) {

    /**
     * The range of the first {@code samples} samples of {@code data}.
     *
     * @throws IllegalArgumentException for data without samples or with values that are not finite
     */
    public static DataRange of(Dataset data, int samples) {
        int n = Math.min(samples, data.size());
        if (n < 1) {
            throw new IllegalArgumentException("the data set has no samples");
        }
        int size = data.sampleSize();
        double[] sums = new double[size];
        float[] row = new float[size];
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            data.features(i, row, 0);
            for (int v = 0; v < size; v++) {
                if (!Float.isFinite(row[v])) {
                    throw new IllegalArgumentException("sample " + i + " holds a value that is not finite (" + row[v] + ")");
                }
                sums[v] += row[v];
                low = Math.min(low, row[v]);
                high = Math.max(high, row[v]);
            }
        }
        float[] mean = new float[size];
        double total = 0;
        for (int v = 0; v < size; v++) {
            mean[v] = (float) (sums[v] / n);
            total += sums[v];
        }
        if (!(high > low)) {
            high = low + 1;
        }
        return new DataRange(mean, low, high, total / ((double) n * size), data.sampleShape().clone(), n);
    }
}
