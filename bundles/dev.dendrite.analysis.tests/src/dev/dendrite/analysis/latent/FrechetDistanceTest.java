package dev.dendrite.analysis.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The Fréchet distance against closed forms, and the eigensolver it stands on. */
class FrechetDistanceTest {

    @Test
    void diagonalGaussiansAreApartByTheirMeansAndDeviations() {
        var a = new FrechetDistance.Moments(3, new double[] {0, 1, 2}, diagonal(1, 4, 9));
        var b = new FrechetDistance.Moments(3, new double[] {1, 1, 0}, diagonal(4, 4, 1));
        // |Δμ|² + Σ (σa − σb)² = (1 + 0 + 4) + (1 + 0 + 4)
        assertEquals(10, FrechetDistance.between(a, b), 1e-9);
        assertEquals(0, FrechetDistance.between(a, a), 1e-9, "a set is at no distance from itself");
    }

    /** For 2 × 2 covariances that do not commute, tr (A B)^½ = √(tr AB + 2√det AB) (Lévy, for any product of two PSD 2 × 2). */
    @Test
    void covariancesThatDoNotCommuteMatchTheTwoByTwoClosedForm() {
        double[] a = {2, 0.8, 0.8, 1};
        double[] b = {1, -0.3, -0.3, 3};
        double trAb = a[0] * b[0] + a[1] * b[2] + a[2] * b[1] + a[3] * b[3];
        double detAb = (a[0] * a[3] - a[1] * a[2]) * (b[0] * b[3] - b[1] * b[2]);
        double expected = 0.25 + 1 + (a[0] + a[3]) + (b[0] + b[3]) - 2 * Math.sqrt(trAb + 2 * Math.sqrt(detAb));
        var first = new FrechetDistance.Moments(2, new double[] {0.5, 0}, a);
        var second = new FrechetDistance.Moments(2, new double[] {0, 1}, b);
        assertEquals(expected, FrechetDistance.between(first, second), 1e-9);
        assertEquals(expected, FrechetDistance.between(second, first), 1e-9, "symmetric");
    }

    @Test
    void momentsAreTheMeanAndTheUnbiasedCovariance() {
        float[] rows = {1, 2, 3, 6, 5, 1};
        var m = FrechetDistance.Moments.of(rows, 3, 2);
        assertEquals(3, m.mean()[0], 1e-12);
        assertEquals(3, m.mean()[1], 1e-12);
        assertEquals((4 + 0 + 4) / 2.0, m.covariance()[0], 1e-12);
        assertEquals((1 + 9 + 4) / 2.0, m.covariance()[3], 1e-12);
        assertEquals((-2 * -1 + 0 * 3 + 2 * -2) / 2.0, m.covariance()[1], 1e-12);
        assertEquals(m.covariance()[1], m.covariance()[2], 0);
        assertThrows(IllegalArgumentException.class, () -> FrechetDistance.Moments.of(rows, 1, 2));
    }

    @Test
    void jacobiRotationsDecomposeASymmetricMatrixAndItsRootSquaresBack() {
        int n = 7;
        SplittableRandom random = new SplittableRandom(4);
        double[] x = new double[n * n];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian();
        }
        double[] psd = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    psd[i * n + j] += x[i * n + k] * x[j * n + k];
                }
            }
        }
        SymmetricEigen eigen = SymmetricEigen.of(psd, n);
        double[] back = new double[n * n];
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    back[i * n + j] += eigen.vectors()[i * n + k] * eigen.values()[k] * eigen.vectors()[j * n + k];
                }
            }
        }
        for (int i = 0; i < n * n; i++) {
            assertEquals(psd[i], back[i], 1e-9, "V Λ Vᵀ at " + i);
        }
        double[] root = eigen.squareRoot();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double square = 0;
                for (int k = 0; k < n; k++) {
                    square += root[i * n + k] * root[k * n + j];
                }
                assertEquals(psd[i * n + j], square, 1e-9, "(M^½)² at " + i + "," + j);
            }
        }
    }

    private static double[] diagonal(double... values) {
        double[] m = new double[values.length * values.length];
        for (int i = 0; i < values.length; i++) {
            m[i * values.length + i] = values[i];
        }
        return m;
    }
}
