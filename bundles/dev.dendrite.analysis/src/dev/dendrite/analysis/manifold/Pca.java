package dev.dendrite.analysis.manifold;

import java.util.SplittableRandom;

/**
 * Principal component analysis by power iteration with deflation on the covariance (d ≤ n) or the
 * Gram matrix (d > n, the same components from the n × n side), so a 784-wide layer costs one
 * d × d covariance and a few hundred matrix-vector products, no full eigendecomposition.
 */
public final class Pca {

    /** The embedding (n × dims) and the share of the total variance each component explains. */
    public record Result(Points embedding, double[] explained) {
    }

    private static final int ITERATIONS = 500;

    private Pca() {
    }

    public static Result embed(Points x, int dims) {
        int n = x.n();
        int d = x.d();
        if (dims < 1 || dims > Math.min(n, d)) {
            throw new IllegalArgumentException("PCA of " + n + " points of " + d + " coordinates has at most " + Math.min(n, d)
                    + " components, not " + dims);
        }
        double[] centred = x.values().clone();
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += centred[i * d + j];
            }
            mean /= n;
            for (int i = 0; i < n; i++) {
                centred[i * d + j] -= mean;
            }
        }
        boolean gram = d > n;
        int m = gram ? n : d;
        double[] matrix = new double[m * m];
        for (int a = 0; a < m; a++) {
            for (int b = a; b < m; b++) {
                double sum = 0;
                if (gram) {
                    for (int k = 0; k < d; k++) {
                        sum += centred[a * d + k] * centred[b * d + k];
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        sum += centred[i * d + a] * centred[i * d + b];
                    }
                }
                matrix[a * m + b] = sum;
                matrix[b * m + a] = sum;
            }
        }
        double total = 0;
        for (int a = 0; a < m; a++) {
            total += matrix[a * m + a];
        }
        double[] embedding = new double[n * dims];
        double[] explained = new double[dims];
        SplittableRandom random = new SplittableRandom(7);
        for (int c = 0; c < dims; c++) {
            double[] v = new double[m];
            for (int a = 0; a < m; a++) {
                v[a] = random.nextDouble() - 0.5;
            }
            double eigenvalue = 0;
            for (int it = 0; it < ITERATIONS; it++) {
                double[] next = new double[m];
                for (int a = 0; a < m; a++) {
                    double sum = 0;
                    for (int b = 0; b < m; b++) {
                        sum += matrix[a * m + b] * v[b];
                    }
                    next[a] = sum;
                }
                double norm = Math.sqrt(Vectors.dot(next, next));
                if (norm == 0) {
                    break;
                }
                for (int a = 0; a < m; a++) {
                    next[a] /= norm;
                }
                double change = 1 - Math.abs(Vectors.dot(next, v));
                v = next;
                eigenvalue = norm;
                if (change < 1e-12) {
                    break;
                }
            }
            explained[c] = total == 0 ? 0 : eigenvalue / total;
            for (int i = 0; i < n; i++) {
                // Gram side: the scores are the eigenvector times sqrt(eigenvalue); covariance side: the projections.
                double score = 0;
                if (gram) {
                    score = v[i] * Math.sqrt(eigenvalue);
                } else {
                    for (int k = 0; k < d; k++) {
                        score += centred[i * d + k] * v[k];
                    }
                }
                embedding[i * dims + c] = score;
            }
            // Deflate: remove the found component so the next iteration finds the next one.
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < m; b++) {
                    matrix[a * m + b] -= eigenvalue * v[a] * v[b];
                }
            }
        }
        return new Result(new Points(n, dims, embedding), explained);
    }

}
