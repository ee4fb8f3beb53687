package dev.dendrite.analysis.ood;

/**
 * Where training samples lie in a classifier's penultimate features, fitted once and asked per
 * sample: the Mahalanobis distance to the nearest class mean under one covariance shared by the
 * classes (Lee et al., 2018), and the distance to the k-th nearest training sample after each
 * feature vector is scaled to unit length (Sun et al., 2022).
 */
final class FeatureDensity {

    /** Added to the covariance's diagonal, as a share of its mean variance: dead ReLU units leave it singular. */
    static final double RIDGE = 1e-4;

    private final int width;
    private final int k;
    /** The whitening transform's lower-triangular Cholesky factor of the covariance, row-major. */
    private final double[] cholesky;
    /** Each class's mean, whitened; null rows for classes without training samples. */
    private final double[][] whitenedMeans;
    /** The training features at unit length, row-major. */
    private final float[] bank;
    private final int bankRows;

    private FeatureDensity(int width, int k, double[] cholesky, double[][] whitenedMeans, float[] bank, int bankRows) {
        this.width = width;
        this.k = k;
        this.cholesky = cholesky;
        this.whitenedMeans = whitenedMeans;
        this.bank = bank;
        this.bankRows = bankRows;
    }

    /**
     * Fits on {@code n} training samples' features ({@code n × width}) and their labels.
     *
     * @throws IllegalArgumentException where {@code k} is not below the samples
     */
    static FeatureDensity fit(float[] features, int width, int[] labels, int classes, int k) {
        int n = labels.length;
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("the k-th nearest training sample needs 1 ≤ k ≤ " + n + " (the fitted samples), not " + k);
        }
        double[][] means = new double[classes][];
        int[] counts = new int[classes];
        for (int i = 0; i < n; i++) {
            int c = labels[i];
            if (means[c] == null) {
                means[c] = new double[width];
            }
            counts[c]++;
            for (int d = 0; d < width; d++) {
                means[c][d] += features[i * width + d];
            }
        }
        for (int c = 0; c < classes; c++) {
            if (means[c] != null) {
                for (int d = 0; d < width; d++) {
                    means[c][d] /= counts[c];
                }
            }
        }
        double[] covariance = new double[width * width];
        double[] centred = new double[width];
        for (int i = 0; i < n; i++) {
            double[] mean = means[labels[i]];
            for (int d = 0; d < width; d++) {
                centred[d] = features[i * width + d] - mean[d];
            }
            for (int a = 0; a < width; a++) {
                double ca = centred[a];
                int row = a * width;
                for (int b = 0; b <= a; b++) {
                    covariance[row + b] += ca * centred[b];
                }
            }
        }
        double trace = 0;
        for (int a = 0; a < width; a++) {
            for (int b = 0; b <= a; b++) {
                covariance[a * width + b] /= n;
            }
            trace += covariance[a * width + a];
        }
        double ridge = RIDGE * Math.max(trace / width, 1e-12);
        for (int a = 0; a < width; a++) {
            covariance[a * width + a] += ridge;
        }
        double[] factor = choleskyOf(covariance, width);
        double[][] whitened = new double[classes][];
        for (int c = 0; c < classes; c++) {
            whitened[c] = means[c] == null ? null : solveLower(factor, means[c], width);
        }
        float[] bank = new float[n * width];
        for (int i = 0; i < n; i++) {
            normalise(features, i * width, width, bank, i * width);
        }
        return new FeatureDensity(width, k, factor, whitened, bank, n);
    }

    /** The negative squared Mahalanobis distance of {@code f} (at {@code offset}) to the nearest class mean. */
    double mahalanobis(float[] f, int offset) {
        double[] x = new double[width];
        for (int d = 0; d < width; d++) {
            x[d] = f[offset + d];
        }
        double[] w = solveLower(cholesky, x, width);
        double nearest = Double.POSITIVE_INFINITY;
        for (double[] mean : whitenedMeans) {
            if (mean != null) {
                double sum = 0;
                for (int d = 0; d < width; d++) {
                    double e = w[d] - mean[d];
                    sum += e * e;
                }
                nearest = Math.min(nearest, sum);
            }
        }
        return -nearest;
    }

    /** The negative distance of {@code f} (at {@code offset}, scaled to unit length) to its k-th nearest fitted sample. */
    double knn(float[] f, int offset) {
        float[] query = new float[width];
        normalise(f, offset, width, query, 0);
        // The k largest cosine similarities, kept as a small min-heap by hand.
        double[] best = new double[k];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        for (int r = 0; r < bankRows; r++) {
            double dot = 0;
            int row = r * width;
            for (int d = 0; d < width; d++) {
                dot += query[d] * bank[row + d];
            }
            if (dot > best[0]) {
                best[0] = dot;
                siftDown(best);
            }
        }
        // Unit vectors: the squared distance is 2 − 2·cosine.
        return -Math.sqrt(Math.max(0, 2 - 2 * best[0]));
    }

    private static void siftDown(double[] heap) {
        int i = 0;
        while (true) {
            int left = 2 * i + 1;
            int right = left + 1;
            int smallest = i;
            if (left < heap.length && heap[left] < heap[smallest]) {
                smallest = left;
            }
            if (right < heap.length && heap[right] < heap[smallest]) {
                smallest = right;
            }
            if (smallest == i) {
                return;
            }
            double t = heap[i];
            heap[i] = heap[smallest];
            heap[smallest] = t;
            i = smallest;
        }
    }

    private static void normalise(float[] from, int offset, int width, float[] to, int at) {
        double norm = 0;
        for (int d = 0; d < width; d++) {
            norm += (double) from[offset + d] * from[offset + d];
        }
        double scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
        for (int d = 0; d < width; d++) {
            to[at + d] = (float) (from[offset + d] * scale);
        }
    }

    /** The lower Cholesky factor of the symmetric positive definite {@code a} (its lower triangle read). */
    static double[] choleskyOf(double[] a, int n) {
        double[] l = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i * n + j];
                for (int p = 0; p < j; p++) {
                    sum -= l[i * n + p] * l[j * n + p];
                }
                if (i == j) {
                    if (!(sum > 0)) {
                        throw new IllegalArgumentException("the penultimate features' covariance is not positive definite (a feature is "
                                + (Double.isNaN(sum) ? "NaN" : "constant") + ")");
                    }
                    l[i * n + i] = Math.sqrt(sum);
                } else {
                    l[i * n + j] = sum / l[j * n + j];
                }
            }
        }
        return l;
    }

    /** Solves {@code L y = b} for lower-triangular {@code L}. */
    static double[] solveLower(double[] l, double[] b, int n) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int p = 0; p < i; p++) {
                sum -= l[i * n + p] * y[p];
            }
            y[i] = sum / l[i * n + i];
        }
        return y;
    }
}
