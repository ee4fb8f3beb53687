package dev.dendrite.analysis.ood;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The feature scores against their definitions computed apart: a 2×2 covariance inverted by hand, neighbours by sorting. */
class FeatureDensityTest {

    @Test
    void mahalanobisIsTheSmallestDistanceToAClassMeanUnderTheSharedCovariance() {
        SplittableRandom random = new SplittableRandom(11);
        int n = 400;
        float[] f = new float[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 2;
            double a = random.nextGaussian();
            double b = random.nextGaussian();
            // Correlated, unequal spreads: the covariance is no multiple of the identity.
            f[2 * i] = (float) (3 * a + (labels[i] == 0 ? -4 : 4));
            f[2 * i + 1] = (float) (a + 0.5 * b);
        }
        FeatureDensity density = FeatureDensity.fit(f, 2, labels, 2, 5);
        double[][] mean = new double[2][2];
        int[] count = new int[2];
        for (int i = 0; i < n; i++) {
            mean[labels[i]][0] += f[2 * i];
            mean[labels[i]][1] += f[2 * i + 1];
            count[labels[i]]++;
        }
        for (int c = 0; c < 2; c++) {
            mean[c][0] /= count[c];
            mean[c][1] /= count[c];
        }
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = f[2 * i] - mean[labels[i]][0];
            double dy = f[2 * i + 1] - mean[labels[i]][1];
            sxx += dx * dx / n;
            sxy += dx * dy / n;
            syy += dy * dy / n;
        }
        double ridge = FeatureDensity.RIDGE * (sxx + syy) / 2;
        sxx += ridge;
        syy += ridge;
        double det = sxx * syy - sxy * sxy;
        float[] query = {1.5f, -2f};
        double nearest = Double.POSITIVE_INFINITY;
        for (int c = 0; c < 2; c++) {
            double dx = query[0] - mean[c][0];
            double dy = query[1] - mean[c][1];
            nearest = Math.min(nearest, (syy * dx * dx - 2 * sxy * dx * dy + sxx * dy * dy) / det);
        }
        assertEquals(-nearest, density.mahalanobis(query, 0), 1e-9 * nearest);
    }

    @Test
    void knnIsTheDistanceToTheKthNearestTrainingSampleAtUnitLength() {
        SplittableRandom random = new SplittableRandom(2);
        int n = 50;
        int width = 4;
        float[] f = new float[n * width];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) random.nextGaussian();
        }
        int k = 7;
        FeatureDensity density = FeatureDensity.fit(f, width, new int[n], 1, k);
        float[] query = {0.3f, -1.2f, 2f, 0.1f};
        double[] distances = new double[n];
        double qn = Math.sqrt(0.09 + 1.44 + 4 + 0.01);
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (int d = 0; d < width; d++) {
                norm += f[i * width + d] * f[i * width + d];
            }
            double sum = 0;
            for (int d = 0; d < width; d++) {
                double e = query[d] / qn - f[i * width + d] / Math.sqrt(norm);
                sum += e * e;
            }
            distances[i] = Math.sqrt(sum);
        }
        Arrays.sort(distances);
        assertEquals(-distances[k - 1], density.knn(query, 0), 1e-5);
        assertThrows(IllegalArgumentException.class, () -> FeatureDensity.fit(f, width, new int[n], 1, n + 1));
    }
}
