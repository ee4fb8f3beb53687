package dev.dendrite.analysis.latent;

/**
 * The Fréchet distance between two sets of feature vectors, each taken as a Gaussian of its mean and covariance:
 * |μa − μb|² + tr(Ca + Cb − 2(Ca^½ Cb Ca^½)^½) (Heusel et al., 2017, who read the features from an Inception network: the FID).
 * Read from a classifier of the data set itself, it measures how far generated samples are from the data in what that
 * classifier sees, their realism and their variety together. It is biased upwards for few samples, so it compares with itself
 * only at the same count (hence a data set's distance to itself beside it).
 */
public final class FrechetDistance {

    /** A set's mean and covariance (divided by n − 1, as NumPy's {@code cov}). */
    public record Moments(int width, double[] mean, double[] covariance) {

        /** The moments of the {@code n} rows of {@code width} values in {@code rows} (row-major). */
        public static Moments of(float[] rows, int n, int width) {
            if (n < 2) {
                throw new IllegalArgumentException("a covariance needs two samples or more, not " + n);
            }
            double[] mean = new double[width];
            for (int i = 0; i < n; i++) {
                for (int d = 0; d < width; d++) {
                    mean[d] += rows[i * width + d];
                }
            }
            for (int d = 0; d < width; d++) {
                mean[d] /= n;
            }
            double[] covariance = new double[width * width];
            double[] centred = new double[width];
            for (int i = 0; i < n; i++) {
                for (int d = 0; d < width; d++) {
                    centred[d] = rows[i * width + d] - mean[d];
                }
                for (int a = 0; a < width; a++) {
                    double ca = centred[a];
                    for (int b = 0; b <= a; b++) {
                        covariance[a * width + b] += ca * centred[b];
                    }
                }
            }
            for (int a = 0; a < width; a++) {
                for (int b = 0; b <= a; b++) {
                    double c = covariance[a * width + b] / (n - 1);
                    covariance[a * width + b] = c;
                    covariance[b * width + a] = c;
                }
            }
            return new Moments(width, mean, covariance);
        }
    }

    private FrechetDistance() {
    }

    /** The distance between two sets' moments of one width. */
    public static double between(Moments a, Moments b) {
        if (a.width() != b.width()) {
            throw new IllegalArgumentException("features of " + a.width() + " and " + b.width() + " values cannot be compared");
        }
        int n = a.width();
        double means = 0;
        double traces = 0;
        for (int d = 0; d < n; d++) {
            double e = a.mean()[d] - b.mean()[d];
            means += e * e;
            traces += a.covariance()[d * n + d] + b.covariance()[d * n + d];
        }
        double[] root = SymmetricEigen.of(a.covariance(), n).squareRoot();
        double[] product = symmetric(multiply(multiply(root, b.covariance(), n), root, n), n);
        double crossed = 0;
        for (double value : SymmetricEigen.of(product, n).values()) {
            crossed += Math.sqrt(Math.max(0, value));
        }
        // Rounding can leave a tiny negative where the two sets are one.
        return Math.max(0, means + traces - 2 * crossed);
    }

    private static double[] multiply(double[] x, double[] y, int n) {
        double[] out = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                double xik = x[i * n + k];
                if (xik == 0) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    out[i * n + j] += xik * y[k * n + j];
                }
            }
        }
        return out;
    }

    /** (M + Mᵀ)/2: the product is symmetric in exact arithmetic, and the eigensolver assumes so. */
    private static double[] symmetric(double[] m, int n) {
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double mean = (m[i * n + j] + m[j * n + i]) / 2;
                m[i * n + j] = mean;
                m[j * n + i] = mean;
            }
        }
        return m;
    }
}
