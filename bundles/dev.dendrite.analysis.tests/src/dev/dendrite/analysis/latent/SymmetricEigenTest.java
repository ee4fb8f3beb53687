package dev.dendrite.analysis.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The decomposition against matrices built from known eigenvalues: repeated, zero and negative ones, small and large. */
class SymmetricEigenTest {

    @Test
    void findsKnownEigenvaluesAndOrthonormalVectors() {
        for (int n : new int[] {1, 2, 3, 17, 200}) {
            double[] values = new double[n];
            SplittableRandom random = new SplittableRandom(n);
            for (int i = 0; i < n; i++) {
                // Repeats (a Gram matrix's zeros), negatives and a spread of magnitudes.
                values[i] = i % 5 == 0 ? 0 : i % 7 == 0 ? 3.0 : random.nextDouble(-2, 50);
            }
            double[] basis = orthonormal(n, random);
            double[] matrix = compose(basis, values, n);
            SymmetricEigen eigen = SymmetricEigen.of(matrix, n);
            double[] found = eigen.values().clone();
            double[] expected = values.clone();
            Arrays.sort(found);
            Arrays.sort(expected);
            assertArrayEquals(expected, found, 1e-9 * 50 * n, "eigenvalues of " + n + " × " + n);
            assertVectors(matrix, eigen, n);
        }
    }

    @Test
    void diagonalZeroAndTridiagonalMatricesStayExact() {
        assertArrayEquals(new double[] {0, 0, 0}, SymmetricEigen.of(new double[9], 3).values());
        double[] diagonal = {4, 0, 0, 0, -1, 0, 0, 0, 2};
        assertArrayEquals(new double[] {4, -1, 2}, SymmetricEigen.of(diagonal, 3).values());
        // The path graph's Laplacian-like tridiagonal matrix: eigenvalues 2 − 2cos(kπ/(n+1)).
        int n = 40;
        double[] path = new double[n * n];
        for (int i = 0; i < n; i++) {
            path[i * n + i] = 2;
            if (i + 1 < n) {
                path[i * n + i + 1] = -1;
                path[(i + 1) * n + i] = -1;
            }
        }
        SymmetricEigen eigen = SymmetricEigen.of(path, n);
        double[] found = eigen.values().clone();
        Arrays.sort(found);
        for (int k = 1; k <= n; k++) {
            assertEquals(2 - 2 * Math.cos(k * Math.PI / (n + 1)), found[k - 1], 1e-12);
        }
        assertVectors(path, eigen, n);
    }

    /** AV = VΛ column by column, and VᵀV = I. */
    private static void assertVectors(double[] matrix, SymmetricEigen eigen, int n) {
        double scale = 0;
        for (double v : eigen.values()) {
            scale = Math.max(scale, Math.abs(v));
        }
        double[] v = eigen.vectors();
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double av = 0;
                for (int k = 0; k < n; k++) {
                    av += matrix[i * n + k] * v[k * n + j];
                }
                assertEquals(eigen.values()[j] * v[i * n + j], av, 1e-10 * Math.max(1, scale), "residual of vector " + j);
            }
            for (int l = 0; l < n; l++) {
                double dot = 0;
                for (int k = 0; k < n; k++) {
                    dot += v[k * n + j] * v[k * n + l];
                }
                assertEquals(j == l ? 1 : 0, dot, 1e-10, "vectors " + j + " and " + l);
            }
        }
    }

    /** A random orthonormal basis by Gram-Schmidt on Gaussian columns, row-major n × n. */
    static double[] orthonormal(int n, SplittableRandom random) {
        double[] q = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                q[i * n + j] = random.nextGaussian();
            }
            for (int pass = 0; pass < 2; pass++) {
                for (int l = 0; l < j; l++) {
                    double dot = 0;
                    for (int i = 0; i < n; i++) {
                        dot += q[i * n + j] * q[i * n + l];
                    }
                    for (int i = 0; i < n; i++) {
                        q[i * n + j] -= dot * q[i * n + l];
                    }
                }
            }
            double norm = 0;
            for (int i = 0; i < n; i++) {
                norm += q[i * n + j] * q[i * n + j];
            }
            for (int i = 0; i < n; i++) {
                q[i * n + j] /= Math.sqrt(norm);
            }
        }
        return q;
    }

    /** V diag(values) Vᵀ. */
    static double[] compose(double[] basis, double[] values, int n) {
        double[] matrix = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    sum += basis[i * n + k] * values[k] * basis[j * n + k];
                }
                matrix[i * n + j] = sum;
            }
        }
        return matrix;
    }
}
