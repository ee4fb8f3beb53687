package dev.dendrite.analysis.latent;

/**
 * Eigenvalues and eigenvectors of a small symmetric matrix by cyclic Jacobi rotations: slow for large matrices (cubic per
 * sweep) but exact to rounding and free of any library, which the few hundred features of a judge's layer allow.
 *
 * @param values the eigenvalues, in no particular order
 * @param vectors row-major n × n, column j the unit eigenvector of {@code values[j]}
 */
public record SymmetricEigen(int n, double[] values, double[] vectors) {

    private static final int SWEEPS = 60;

    /** The decomposition of the symmetric {@code n × n} row-major {@code matrix} (left as it is). */
    public static SymmetricEigen of(double[] matrix, int n) {
        double[] a = matrix.clone();
        double[] v = new double[n * n];
        for (int i = 0; i < n; i++) {
            v[i * n + i] = 1;
        }
        for (int sweep = 0; sweep < SWEEPS && offDiagonal(a, n) > 1e-22 * Math.max(1e-300, diagonal(a, n)); sweep++) {
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (a[p * n + q] != 0) {
                        rotate(a, v, n, p, q);
                    }
                }
            }
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = a[i * n + i];
        }
        return new SymmetricEigen(n, values, v);
    }

    /** Zeroes a[p][q] by one rotation of rows and columns p and q, and turns the eigenvectors alike. */
    private static void rotate(double[] a, double[] v, int n, int p, int q) {
        double apq = a[p * n + q];
        double theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        for (int k = 0; k < n; k++) {
            double akp = a[k * n + p];
            double akq = a[k * n + q];
            a[k * n + p] = c * akp - s * akq;
            a[k * n + q] = s * akp + c * akq;
        }
        for (int k = 0; k < n; k++) {
            double apk = a[p * n + k];
            double aqk = a[q * n + k];
            a[p * n + k] = c * apk - s * aqk;
            a[q * n + k] = s * apk + c * aqk;
        }
        for (int k = 0; k < n; k++) {
            double vkp = v[k * n + p];
            double vkq = v[k * n + q];
            v[k * n + p] = c * vkp - s * vkq;
            v[k * n + q] = s * vkp + c * vkq;
        }
    }

    private static double offDiagonal(double[] a, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    sum += a[i * n + j] * a[i * n + j];
                }
            }
        }
        return sum;
    }

    private static double diagonal(double[] a, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += a[i * n + i] * a[i * n + i];
        }
        return sum;
    }

    /** The symmetric square root V·diag(√max(λ, 0))·Vᵀ of the decomposed (positive semi-definite) matrix. */
    double[] squareRoot() {
        double[] root = new double[n * n];
        for (int k = 0; k < n; k++) {
            double s = Math.sqrt(Math.max(0, values[k]));
            if (s == 0) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                double vik = vectors[i * n + k] * s;
                for (int j = 0; j < n; j++) {
                    root[i * n + j] += vik * vectors[j * n + k];
                }
            }
        }
        return root;
    }
}
