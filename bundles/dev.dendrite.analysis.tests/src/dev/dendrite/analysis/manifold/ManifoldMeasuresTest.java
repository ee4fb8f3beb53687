package dev.dendrite.analysis.manifold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.data.SyntheticData;

/** PCA, trustworthiness, k-NN accuracy and TwoNN on data whose answers are known. */
class ManifoldMeasuresTest {

    private static Points points(Dataset data) {
        double[] values = new double[data.size() * data.sampleSize()];
        float[] row = new float[data.sampleSize()];
        for (int i = 0; i < data.size(); i++) {
            data.features(i, row, 0);
            for (int k = 0; k < row.length; k++) {
                values[i * row.length + k] = row[k];
            }
        }
        return new Points(data.size(), data.sampleSize(), values);
    }

    /** n points on a random 2-D plane through 10-D space, with tiny noise. */
    private static Points plane(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] basis = new double[2][10];
        for (double[] b : basis) {
            for (int k = 0; k < 10; k++) {
                b[k] = random.nextDouble() - 0.5;
            }
        }
        double[] values = new double[n * 10];
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble() * 4 - 2;
            double v = random.nextDouble() * 4 - 2;
            for (int k = 0; k < 10; k++) {
                values[i * 10 + k] = u * basis[0][k] + v * basis[1][k] + 1e-4 * (random.nextDouble() - 0.5);
            }
        }
        return new Points(n, 10, values);
    }

    @Test
    void pcaFindsAPlaneAndKeepsItsNeighbours() {
        Points plane = plane(300, 3);
        Pca.Result pca = Pca.embed(plane, 2);
        assertTrue(pca.explained()[0] + pca.explained()[1] > 0.999, "two components explain the plane: " + pca.explained()[0] + " + "
                + pca.explained()[1]);
        assertTrue(pca.explained()[0] >= pca.explained()[1], "components come largest first");
        assertTrue(ManifoldMeasures.trustworthiness(plane, pca.embedding(), 10) > 0.99);
        // More coordinates than points: the same answer from the Gram side.
        Points wide = new Points(8, 10, java.util.Arrays.copyOf(plane.values(), 80));
        assertTrue(Pca.embed(wide, 2).explained()[1] > 0, "the Gram route finds two components");
    }

    @Test
    void trustworthinessDropsWhenTheEmbeddingTearsNeighbourhoods() {
        Points plane = plane(200, 5);
        SplittableRandom random = new SplittableRandom(1);
        double[] shuffled = new double[400];
        for (int i = 0; i < shuffled.length; i++) {
            shuffled[i] = random.nextDouble();
        }
        double torn = ManifoldMeasures.trustworthiness(plane, new Points(200, 2, shuffled), 10);
        assertTrue(torn < 0.6, "a random embedding is not trustworthy: " + torn);
    }

    @Test
    void twoNNCountsTheManifoldsDimensions() {
        double roll = ManifoldMeasures.twoNN(points(SyntheticData.swissRoll(1000, 0, 1)));
        double sphere = ManifoldMeasures.twoNN(points(SyntheticData.sphere(1000, 0, 2)));
        double line = ManifoldMeasures.twoNN(points(SyntheticData.function("sine", 1000, -3, 3, 4)));
        assertEquals(2, roll, 0.3, "Swiss roll");
        assertEquals(2, sphere, 0.3, "sphere");
        assertEquals(1, line, 0.25, "points on a line (x only)");
    }

    @Test
    void knnAccuracyIsPerfectForSeparatedClustersAndChanceForMixedOnes() {
        double[] values = new double[200];
        int[] labels = new int[100];
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < 100; i++) {
            labels[i] = i % 2;
            values[2 * i] = labels[i] * 10 + random.nextDouble();
            values[2 * i + 1] = random.nextDouble();
        }
        assertEquals(1.0, ManifoldMeasures.knnAccuracy(new Points(100, 2, values), labels, 5));
        int[] shuffled = labels.clone();
        for (int i = 0; i < 100; i++) {
            shuffled[i] = random.nextInt(2);
        }
        assertTrue(ManifoldMeasures.knnAccuracy(new Points(100, 2, values), shuffled, 5) < 0.7);
    }

    @Test
    void tsneKeepsClustersApartAndNeighboursTogether() {
        // Three Gaussian blobs in 10-D, 60 points each.
        SplittableRandom random = new SplittableRandom(4);
        int n = 180;
        double[] values = new double[n * 10];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3;
            for (int k = 0; k < 10; k++) {
                values[i * 10 + k] = (k == labels[i] ? 6 : 0) + random.nextGaussian();
            }
        }
        Points blobs = new Points(n, 10, values);
        Points embedded = Tsne.embed(blobs, 20, 500, 1, () -> false);
        assertEquals(1.0, ManifoldMeasures.knnAccuracy(embedded, labels, 5), 1e-9, "the blobs stay apart");
        double trust = ManifoldMeasures.trustworthiness(blobs, embedded, 10);
        assertTrue(trust > 0.9, "t-SNE keeps neighbourhoods: " + trust);
        int[] stops = {0};
        Points stopped = Tsne.embed(blobs, 20, 500, 1, () -> ++stops[0] > 3);
        assertEquals(n, stopped.n(), "a cancelled embedding returns what it has");
        IllegalArgumentException bad = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Tsne.embed(blobs, 90, 10, 1, () -> false));
        assertEquals("t-SNE's perplexity must be at least 2 and under a third of the points (180), is 90.0", bad.getMessage());
    }
}
