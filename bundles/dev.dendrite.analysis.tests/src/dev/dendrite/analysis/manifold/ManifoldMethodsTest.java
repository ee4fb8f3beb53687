package dev.dendrite.analysis.manifold;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.data.SyntheticData;

/** Exact neighbours, Isomap, UMAP and Barnes-Hut t-SNE on manifolds and clusters whose answers are known. */
class ManifoldMethodsTest {

    static Points points(Dataset data) {
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

    static Points clusters(int n, int d, int c, long seed, int[] labels) {
        return EmbeddingBenchmark.clusters(n, d, c, seed, labels);
    }

    @Test
    void nearestNeighboursAreTheBruteForceOnes() {
        int[] labels = new int[700];
        Points x = clusters(700, 37, 4, 9, labels);
        KNearest knn = KNearest.of(x, 5);
        for (int i = 0; i < x.n(); i += 13) {
            int self = i;
            int[] expected = IntStream.range(0, x.n()).filter(j -> j != self).boxed()
                    .sorted((a, b) -> Double.compare(x.distance2(self, a), x.distance2(self, b))).limit(5).mapToInt(Integer::intValue).toArray();
            int[] got = new int[5];
            for (int r = 0; r < 5; r++) {
                got[r] = knn.neighbour(i, r);
                assertEquals(x.distance2(i, got[r]), knn.distance2(i, r), 1e-3 * (1 + x.distance2(i, got[r])));
            }
            assertArrayEquals(expected, got, "point " + i);
        }
        assertThrows(IllegalArgumentException.class, () -> KNearest.of(new Points(3, 1, new double[3]), 3));
        // ONNX Runtime's MatMul and TopK (the route of large problems) find the same neighbours at the same distances.
        int[] all = IntStream.range(0, x.n()).toArray();
        KNearest runtime = KNearest.of(x, all, 5, true);
        KNearest plain = KNearest.of(x, all, 5, false);
        assertArrayEquals(plain.index(), runtime.index());
        assertArrayEquals(plain.distance2(), runtime.distance2());
        // Every point its own query except one: a query's own index never comes back, even with k = n − 1.
        Points small = new Points(4, 1, new double[] {0, 1, 3, 7});
        assertArrayEquals(new int[] {1, 2, 3}, java.util.Arrays.copyOfRange(KNearest.of(small, new int[] {0}, 3, true).index(), 0, 3));
    }

    @Test
    void isomapUnrollsTheSwissRoll() {
        Points roll = points(SyntheticData.swissRoll(1200, 0, 1));
        Points flat = Isomap.embed(roll, 10, 1, () -> false);
        double trust = ManifoldMeasures.trustworthiness(roll, flat, 10);
        assertTrue(trust >= 0.95, "Isomap's trustworthiness on the Swiss roll: " + trust);
        // PCA cannot unroll it: the roll's layers land on each other.
        double pca = ManifoldMeasures.trustworthiness(roll, Pca.embed(roll, 2).embedding(), 10);
        assertTrue(pca < trust - 0.03, "PCA " + pca + " should trail Isomap " + trust);
        assertEquals(2, ManifoldMeasures.twoNN(roll), 0.3, "the roll is two-dimensional");
    }

    @Test
    void landmarkIsomapScalesPastTheLandmarks() {
        Points roll = points(SyntheticData.swissRoll(Isomap.LANDMARKS + 1500, 0, 2));
        double trust = ManifoldMeasures.trustworthiness(roll, Isomap.embed(roll, 10, 1, () -> false), 10);
        assertTrue(trust >= 0.95, "landmark Isomap's trustworthiness: " + trust);
    }

    @Test
    void umapKeepsTheSwissRollsNeighbourhoods() {
        Points roll = points(SyntheticData.swissRoll(1500, 0, 3));
        Points embedded = Umap.embed(roll, 15, 0.1, 1, () -> false);
        double trust = ManifoldMeasures.trustworthiness(roll, embedded, 10);
        assertTrue(trust >= 0.95, "UMAP's trustworthiness on the Swiss roll: " + trust);
        for (double v : embedded.values()) {
            assertTrue(Double.isFinite(v));
        }
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> Umap.embed(roll, 1, 0.1, 1, () -> false));
        assertEquals("UMAP's neighbours must be at least 2 and under the number of points (1500), is 1", bad.getMessage());
    }

    @Test
    void umapsCurveMatchesTheReferenceFit() {
        double[] ab = Umap.curve(0.1);
        // The reference implementation's fit for min-dist 0.1, spread 1: a ≈ 1.577, b ≈ 0.895.
        assertEquals(1.577, ab[0], 0.08);
        assertEquals(0.895, ab[1], 0.03);
    }

    @Test
    void umapAndTsneSeparateClusters() {
        int[] labels = new int[3000];
        Points x = clusters(3000, 64, 10, 5, labels);
        double umap = ManifoldMeasures.knnAccuracy(Umap.embed(x, 15, 0.1, 1, () -> false), labels, 10);
        double tsne = ManifoldMeasures.knnAccuracy(Tsne.embed(x, 30, 500, 1, () -> false), labels, 10);
        assertTrue(umap > 0.98, "UMAP k-NN accuracy " + umap);
        assertTrue(tsne > 0.98, "t-SNE k-NN accuracy " + tsne);
    }

    @Test
    void sampledMeasuresAgreeWithExactOnes() {
        Points roll = points(SyntheticData.swissRoll(ManifoldMeasures.QUERIES * 2, 0, 4));
        Points pca = Pca.embed(roll, 2).embedding();
        double sampled = ManifoldMeasures.trustworthiness(roll, pca, 10);
        // The exact value over every point, from the same formula with all points as queries.
        Points half = new Points(ManifoldMeasures.QUERIES, 3, java.util.Arrays.copyOf(roll.values(), ManifoldMeasures.QUERIES * 3));
        Points halfPca = new Points(ManifoldMeasures.QUERIES, 2, java.util.Arrays.copyOf(pca.values(), ManifoldMeasures.QUERIES * 2));
        double exactHalf = ManifoldMeasures.trustworthiness(half, halfPca, 10);
        assertEquals(exactHalf, sampled, 0.03, "the sampled estimate is close to the exact value on the same roll");
        assertEquals(2, ManifoldMeasures.twoNN(roll), 0.3);
    }
}
