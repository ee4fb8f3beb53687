package dev.dendrite.analysis.landscape;

import java.util.ArrayList;
import java.util.List;

import dev.dendrite.analysis.latent.SymmetricEigen;
import dev.dendrite.train.run.TrainingException;

/**
 * The Lanczos process on a symmetric operator known only by its products, with full
 * re-orthogonalisation (the products here are central differences, noisy enough that plain Lanczos
 * would soon repeat eigenvalues): after m steps from a unit start, the m × m tridiagonal matrix's
 * eigenvalues (Ritz values) approximate the operator's extreme eigenvalues, and their weights (the
 * squared first components of its eigenvectors) give the start's spectral measure, the quadrature
 * that stochastic Lanczos quadrature averages over random starts (Ghorbani et al., 2019).
 */
final class Lanczos {

    /** The operator: {@code y = A x} for a vector of the operator's size (a Hessian's product runs the train step, which may fail). */
    @FunctionalInterface
    interface Operator {
        double[] apply(double[] x) throws TrainingException;
    }

    /**
     * One run's quadrature.
     *
     * @param values the Ritz values, largest first
     * @param weights each one's weight in the start's spectral measure (they sum to 1)
     * @param residuals each one's residual bound |β_m·y_m|: how far it may be from an eigenvalue
     */
    record Quadrature(double[] values, double[] weights, double[] residuals) {
    }

    private Lanczos() {
    }

    /**
     * At most {@code steps} steps from the unit vector {@code start} (fewer where the Krylov space closes).
     *
     * @return null when {@code cancelled} says so between steps
     */
    static Quadrature run(Operator operator, double[] start, int steps, java.util.function.BooleanSupplier cancelled) throws TrainingException {
        int n = start.length;
        List<double[]> basis = new ArrayList<>();
        double[] alpha = new double[steps];
        double[] beta = new double[steps];
        double[] v = start.clone();
        scale(v, 1 / Math.sqrt(dot(v, v)));
        int m = 0;
        for (int j = 0; j < steps; j++) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            basis.add(v);
            double[] w = operator.apply(v);
            alpha[j] = dot(w, v);
            // Twice against every earlier vector: one pass leaves the noise's components behind.
            for (int pass = 0; pass < 2; pass++) {
                for (double[] b : basis) {
                    double c = dot(w, b);
                    for (int i = 0; i < n; i++) {
                        w[i] -= c * b[i];
                    }
                }
            }
            m = j + 1;
            beta[j] = Math.sqrt(dot(w, w));
            if (beta[j] <= 1e-12 * Math.max(1, Math.abs(alpha[j])) || m == n) {
                break;
            }
            scale(w, 1 / beta[j]);
            v = w;
        }
        double[] t = new double[m * m];
        for (int j = 0; j < m; j++) {
            t[j * m + j] = alpha[j];
            if (j + 1 < m) {
                t[j * m + j + 1] = beta[j];
                t[(j + 1) * m + j] = beta[j];
            }
        }
        SymmetricEigen eigen = SymmetricEigen.of(t, m);
        Integer[] order = java.util.stream.IntStream.range(0, m).boxed().sorted((p, q) -> Double.compare(eigen.values()[q], eigen.values()[p]))
                .toArray(Integer[]::new);
        double[] values = new double[m];
        double[] weights = new double[m];
        double[] residuals = new double[m];
        for (int k = 0; k < m; k++) {
            int e = order[k];
            values[k] = eigen.values()[e];
            double first = eigen.vectors()[e];
            weights[k] = first * first;
            residuals[k] = Math.abs(beta[m - 1] * eigen.vectors()[(m - 1) * m + e]);
        }
        return new Quadrature(values, weights, residuals);
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static void scale(double[] v, double factor) {
        for (int i = 0; i < v.length; i++) {
            v[i] *= factor;
        }
    }
}
