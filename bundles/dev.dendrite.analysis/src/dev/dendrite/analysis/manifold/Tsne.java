package dev.dendrite.analysis.manifold;

import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * t-SNE (van der Maaten and Hinton 2008), exact: affinities from a per-point perplexity search,
 * early exaggeration, momentum and adaptive gains. O(n²) memory and time per iteration, so it
 * suits probe sets of a few thousand points (about 4 s for 1,000 points here); larger sets need
 * a Barnes-Hut or FFT-accelerated variant.
 */
public final class Tsne {

    private static final int EXAGGERATED = 250;
    private static final double EXAGGERATION = 12;

    private Tsne() {
    }

    /**
     * @param cancelled asked between iterations; when it says true the embedding so far is returned
     * @throws IllegalArgumentException when the perplexity does not fit the number of points
     */
    public static Points embed(Points x, double perplexity, int iterations, long seed, BooleanSupplier cancelled) {
        int n = x.n();
        if (!(perplexity >= 2 && 3 * perplexity < n)) {
            throw new IllegalArgumentException("t-SNE's perplexity must be at least 2 and under a third of the points (" + n + "), is "
                    + perplexity);
        }
        double[] p = affinities(x.distances(), n, perplexity);
        SplittableRandom random = new SplittableRandom(seed);
        double[] y = new double[2 * n];
        for (int i = 0; i < y.length; i++) {
            y[i] = 1e-4 * gaussian(random);
        }
        double[] update = new double[2 * n];
        double[] gains = new double[2 * n];
        java.util.Arrays.fill(gains, 1);
        double[] gradient = new double[2 * n];
        double[] q = new double[n * n];
        double rate = Math.max(n / EXAGGERATION, 50);
        for (int it = 0; it < iterations && !cancelled.getAsBoolean(); it++) {
            double exaggeration = it < EXAGGERATED ? EXAGGERATION : 1;
            double momentum = it < EXAGGERATED ? 0.5 : 0.8;
            double z = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dx = y[2 * i] - y[2 * j];
                    double dy = y[2 * i + 1] - y[2 * j + 1];
                    double v = 1 / (1 + dx * dx + dy * dy);
                    q[i * n + j] = v;
                    q[j * n + i] = v;
                    z += 2 * v;
                }
            }
            java.util.Arrays.fill(gradient, 0);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i == j) {
                        continue;
                    }
                    double v = q[i * n + j];
                    double strength = (exaggeration * p[i * n + j] - v / z) * v;
                    gradient[2 * i] += 4 * strength * (y[2 * i] - y[2 * j]);
                    gradient[2 * i + 1] += 4 * strength * (y[2 * i + 1] - y[2 * j + 1]);
                }
            }
            double[] mean = new double[2];
            for (int k = 0; k < 2 * n; k++) {
                // Gains grow where the gradient keeps its direction against the last update, and shrink where it turns.
                gains[k] = Math.signum(gradient[k]) != Math.signum(update[k]) ? gains[k] + 0.2 : Math.max(0.01, gains[k] * 0.8);
                update[k] = momentum * update[k] - rate * gains[k] * gradient[k];
                y[k] += update[k];
                mean[k % 2] += y[k] / n;
            }
            for (int k = 0; k < 2 * n; k++) {
                y[k] -= mean[k % 2];
            }
        }
        return new Points(n, 2, y);
    }

    /** Symmetric affinities p_ij = (p_j|i + p_i|j) / 2n, each row's Gaussian width found by bisection on its entropy. */
    static double[] affinities(double[] distances, int n, double perplexity) {
        double[] p = new double[n * n];
        double target = Math.log(perplexity);
        for (int i = 0; i < n; i++) {
            double beta = 1;
            double low = 0;
            double high = Double.POSITIVE_INFINITY;
            for (int attempt = 0; attempt < 100; attempt++) {
                double sum = 0;
                double weighted = 0;
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        double w = Math.exp(-distances[i * n + j] * beta);
                        p[i * n + j] = w;
                        sum += w;
                        weighted += w * distances[i * n + j];
                    }
                }
                if (sum == 0) {
                    high = beta;
                    beta = (low + beta) / 2;
                    continue;
                }
                double entropy = Math.log(sum) + beta * weighted / sum;
                for (int j = 0; j < n; j++) {
                    p[i * n + j] /= sum;
                }
                if (Math.abs(entropy - target) < 1e-5) {
                    break;
                }
                if (entropy > target) {
                    low = beta;
                    beta = Double.isInfinite(high) ? beta * 2 : (beta + high) / 2;
                } else {
                    high = beta;
                    beta = (beta + low) / 2;
                }
            }
            p[i * n + i] = 0;
        }
        double[] symmetric = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                symmetric[i * n + j] = Math.max((p[i * n + j] + p[j * n + i]) / (2.0 * n), 1e-12);
            }
        }
        return symmetric;
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
