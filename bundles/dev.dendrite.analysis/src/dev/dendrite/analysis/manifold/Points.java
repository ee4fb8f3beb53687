package dev.dendrite.analysis.manifold;

/**
 * n points of d coordinates, row-major: the samples (or a layer's activations of them) an
 * embedding or an estimate is computed from.
 */
public record Points(int n, int d, double[] values) {

    public Points {
        if (n < 1 || d < 1 || values.length != (long) n * d) {
            throw new IllegalArgumentException(values.length + " values are not " + n + " points of " + d + " coordinates");
        }
    }

    /** Points from float values with the first dimension as the count (a tensor of any rank, flattened per sample). */
    public static Points of(float[] values, long[] shape) {
        int n = (int) shape[0];
        int d = n == 0 ? 0 : values.length / n;
        double[] copy = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i];
        }
        return new Points(n, d, copy);
    }

    public double get(int i, int j) {
        return values[i * d + j];
    }

    /** Squared Euclidean distance between points i and j. */
    public double distance2(int i, int j) {
        double sum = 0;
        for (int k = 0; k < d; k++) {
            double diff = values[i * d + k] - values[j * d + k];
            sum += diff * diff;
        }
        return sum;
    }
}
