package dev.dendrite.analysis.manifold;

import java.util.SplittableRandom;

/**
 * A 2-D starting layout from a weighted graph: the two leading non-trivial eigenvectors of the
 * normalised adjacency D^−½ W D^−½ (the smallest of the normalised Laplacian), by subspace
 * iteration on the shifted matrix (I + D^−½ W D^−½) / 2, kept orthogonal to the trivial
 * eigenvector √deg. What UMAP starts from, so its optimisation refines a layout that already has
 * the data's global shape; scaled to [0, 10] with a little noise.
 */
final class SpectralLayout {

    private static final int ITERATIONS = 1000;

    /** A sparse symmetric matrix in compressed rows. */
    record Rows(int[] start, int[] column, double[] value) {
    }

    private SpectralLayout() {
    }

    static double[] of(Rows w, int n, long seed) {
        double[] inverseRoot = new double[n];
        double[] trivial = new double[n];
        for (int i = 0; i < n; i++) {
            double degree = 0;
            for (int e = w.start()[i]; e < w.start()[i + 1]; e++) {
                degree += w.value()[e];
            }
            inverseRoot[i] = degree > 0 ? 1 / Math.sqrt(degree) : 0;
            trivial[i] = Math.sqrt(degree);
        }
        Vectors.normalise(trivial);
        SplittableRandom random = new SplittableRandom(seed);
        double[][] basis = new double[2][n];
        for (double[] v : basis) {
            for (int i = 0; i < n; i++) {
                v[i] = random.nextDouble() - 0.5;
            }
        }
        Vectors.orthonormalise(basis, trivial);
        double[] product = new double[n];
        for (int it = 0; it < ITERATIONS; it++) {
            double change = 0;
            for (double[] v : basis) {
                for (int i = 0; i < n; i++) {
                    double sum = 0;
                    for (int e = w.start()[i]; e < w.start()[i + 1]; e++) {
                        sum += w.value()[e] * inverseRoot[w.column()[e]] * v[w.column()[e]];
                    }
                    product[i] = 0.5 * (v[i] + inverseRoot[i] * sum);
                }
                System.arraycopy(product, 0, v, 0, n);
            }
            double[][] before = {basis[0].clone(), basis[1].clone()};
            Vectors.orthonormalise(basis, trivial);
            for (int c = 0; c < 2; c++) {
                change = Math.max(change, 1 - Math.abs(Vectors.dot(before[c], basis[c]) / Math.sqrt(Vectors.dot(before[c], before[c]))));
            }
            if (change < 1e-9) {
                break;
            }
        }
        double[] y = new double[2 * n];
        for (int c = 0; c < 2; c++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                min = Math.min(min, basis[c][i]);
                max = Math.max(max, basis[c][i]);
            }
            double scale = max > min ? 10 / (max - min) : 1;
            for (int i = 0; i < n; i++) {
                y[2 * i + c] = (basis[c][i] - min) * scale + 1e-4 * (random.nextDouble() - 0.5);
            }
        }
        return y;
    }



}
