package dev.dendrite.analysis.manifold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Neural collapse's measures: zero at a collapsed simplex, NC1 against Σ_W and Σ_B built in full, NC2 to NC4 on shapes worked by hand. */
class NeuralCollapseTest {

    /** Every sample at its class's vertex of a regular simplex, the classifier its rows: every measure 0, the network the nearest mean. */
    @Test
    void aCollapsedSimplexMeasuresZero() {
        int k = 4;
        int width = 6;
        double[][] vertices = simplex(k, width, 3.0, 7);
        int perClass = 5;
        float[] features = new float[k * perClass * width];
        int[] labels = new int[k * perClass];
        double[] classifier = new double[k * width];
        float[] logits = new float[k * perClass * k];
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < width; d++) {
                classifier[c * width + d] = 2 * vertices[c][d];
            }
        }
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % k;
            for (int d = 0; d < width; d++) {
                // An offset common to every class: the measures read the means about the global mean.
                features[i * width + d] = (float) (vertices[labels[i]][d] + 0.5 * d);
            }
            for (int c = 0; c < k; c++) {
                double dot = 0;
                for (int d = 0; d < width; d++) {
                    // The classifier's bias takes the offset off: logits of the vertices themselves.
                    dot += classifier[c * width + d] * vertices[labels[i]][d];
                }
                logits[i * k + c] = (float) dot;
            }
        }
        NeuralCollapse.Measures m = NeuralCollapse.of(features, width, labels, k, logits, classifier);
        assertEquals(0, m.withinClassVariation(), 1e-9);
        assertEquals(0, m.meanNormSpread(), 1e-6);
        assertEquals(0, m.meanCosineSpread(), 1e-6);
        assertEquals(0, m.meanAngleGap(), 1e-6);
        assertEquals(0, m.classifierNormSpread(), 1e-9);
        assertEquals(0, m.classifierCosineSpread(), 1e-9);
        assertEquals(0, m.classifierAngleGap(), 1e-9);
        assertEquals(0, m.selfDuality(), 1e-9);
        assertEquals(0, m.nearestMeanMismatch());
        assertEquals(1, m.accuracy());
        assertEquals(1, m.nearestMeanAccuracy());
        assertEquals(k, m.classes());
    }

    /** NC1 as Papyan et al. define it, tr(Σ_W Σ_B⁺)/K, with both matrices built in full and Σ_B⁺ through a basis of the means' span. */
    @Test
    void withinClassVariationIsTheTraceOfSigmaWTimesThePseudoInverseOfSigmaB() {
        int k = 4;
        int width = 6;
        SplittableRandom random = new SplittableRandom(11);
        int[] counts = {9, 14, 6, 19};
        int n = java.util.Arrays.stream(counts).sum();
        float[] features = new float[n * width];
        int[] labels = new int[n];
        double[][] centres = new double[k][width];
        for (double[] centre : centres) {
            for (int d = 0; d < width; d++) {
                centre[d] = 3 * random.nextGaussian();
            }
        }
        for (int i = 0, c = 0, left = counts[0]; i < n; i++, left--) {
            while (left == 0) {
                left = counts[++c];
            }
            labels[i] = c;
            for (int d = 0; d < width; d++) {
                features[i * width + d] = (float) (centres[c][d] + (0.4 + 0.3 * d) * random.nextGaussian());
            }
        }
        double expected = directWithinClassVariation(features, width, labels, k);
        NeuralCollapse.Measures m = NeuralCollapse.of(features, width, labels, k, null, null);
        assertEquals(expected, m.withinClassVariation(), 1e-7 * expected);
        assertTrue(expected > 0.05, "a spread to measure: " + expected);
        // Balanced classes (48 samples, 12 each) leave the centred means K − 1 directions: the pseudo-inverse must leave out the null one.
        int[] balanced = new int[n];
        for (int i = 0; i < n; i++) {
            balanced[i] = i % k;
        }
        double balancedExpected = directWithinClassVariation(features, width, balanced, k);
        assertEquals(balancedExpected, NeuralCollapse.of(features, width, balanced, k, null, null).withinClassVariation(), 1e-7
                * balancedExpected);
        assertTrue(Double.isNaN(m.accuracy()) && Double.isNaN(m.nearestMeanMismatch()) && Double.isNaN(m.selfDuality()), "no logits, no classifier");
    }

    /** NC2 on shapes worked by hand: three orthogonal unit means are equinorm and equiangular, each pair's |cos + ½| is ½. */
    @Test
    void theSimplexShapeOfOrthogonalAndUnequalRows() {
        double[] orthogonal = NeuralCollapse.simplexShape(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});
        assertEquals(0, orthogonal[0], 1e-12);
        assertEquals(0, orthogonal[1], 1e-12);
        assertEquals(0.5, orthogonal[2], 1e-12);
        // Norms 1 and 3: deviation 1 over mean 2; one cosine (−1) has no spread and sits on −1/(K − 1).
        double[] opposite = NeuralCollapse.simplexShape(new double[][] {{1, 0}, {-3, 0}});
        assertEquals(0.5, opposite[0], 1e-12);
        assertEquals(0, opposite[1], 1e-12);
        assertEquals(0, opposite[2], 1e-12);
        // Cosines 1, 0, 0: their deviation √2/3.
        double[] unequal = NeuralCollapse.simplexShape(new double[][] {{1, 0}, {2, 0}, {0, 1}});
        assertEquals(Math.sqrt(2) / 3, unequal[1], 1e-12);
        assertEquals((1.5 + 0.5 + 0.5) / 3, unequal[2], 1e-12);
    }

    /**
     * NC4: the nearest mean decided by other samples' means (the training split's, for test samples), against the network's choice;
     * NC3 grows as the classifier turns away from the means.
     */
    @Test
    void theNearestMeanAgainstTheNetworkAndSelfDuality() {
        // Training samples at -1 and +1 (one value each); a test sample of class 0 at 0.2 lies nearer class 1's mean.
        float[] train = {-1.2f, -0.8f, 0.8f, 1.2f};
        int[] trainLabels = {0, 0, 1, 1};
        NeuralCollapse.ClassMeans means = NeuralCollapse.ClassMeans.of(train, 1, trainLabels, 2);
        float[] test = {-0.9f, 0.2f, 1.1f};
        int[] testLabels = {0, 0, 1};
        float[] logits = {1, 0, 1, 0, 0, 1};
        NeuralCollapse.Measures m = NeuralCollapse.of(test, 1, testLabels, 2, logits, null, means);
        assertEquals(2.0 / 3, m.nearestMeanAccuracy(), 1e-12, "the sample at 0.2 goes to class 1");
        assertEquals(1.0, m.accuracy(), 1e-12);
        assertEquals(1.0 / 3, m.nearestMeanMismatch(), 1e-12);
        // Its own means (−0.35 and 1.1) put 0.2 in class 0 as the network does.
        assertEquals(0, NeuralCollapse.of(test, 1, testLabels, 2, logits, null).nearestMeanMismatch());
        // A classifier along the means is self-dual; turned by 90° in a 2-D feature space, its distance is 2 (unit-norm matrices at right angles).
        float[] plane = {-1, 0, 1, 0};
        int[] two = {0, 1};
        assertEquals(0, NeuralCollapse.of(plane, 2, two, 2, null, new double[] {-5, 0, 5, 0}).selfDuality(), 1e-12);
        assertEquals(2, NeuralCollapse.of(plane, 2, two, 2, null, new double[] {0, -5, 0, 5}).selfDuality(), 1e-12);
    }

    @Test
    void badInputIsNamed() {
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class, () -> NeuralCollapse.of(new float[] {1, 2}, 1, new int[] {0, 0},
                2, null, null));
        assertEquals("neural collapse compares classes; the samples hold 1 class", one.getMessage());
        IllegalArgumentException label = assertThrows(IllegalArgumentException.class, () -> NeuralCollapse.of(new float[] {1, 2}, 1,
                new int[] {0, 3}, 2, null, null));
        assertEquals("sample 1 has label 3, outside the 2 classes", label.getMessage());
        IllegalArgumentException weights = assertThrows(IllegalArgumentException.class, () -> NeuralCollapse.of(new float[] {1, 2}, 1,
                new int[] {0, 1}, 2, null, new double[3]));
        assertEquals("the classifier has 3 weights, not 2 classes × 1 features", weights.getMessage());
    }

    /** A regular simplex of {@code k} vertices of norm {@code scale} about the origin in {@code width} dimensions, randomly turned. */
    static double[][] simplex(int k, int width, double scale, long seed) {
        double[][] basis = orthonormal(width, k, seed);
        double[][] vertices = new double[k][width];
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < k; j++) {
                double coordinate = (c == j ? 1 : 0) - 1.0 / k;
                for (int d = 0; d < width; d++) {
                    vertices[c][d] += coordinate * basis[j][d];
                }
            }
            double norm = Math.sqrt(java.util.Arrays.stream(vertices[c]).map(v -> v * v).sum());
            for (int d = 0; d < width; d++) {
                vertices[c][d] *= scale / norm;
            }
        }
        return vertices;
    }

    private static double[][] orthonormal(int width, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] rows = new double[count][width];
        for (int r = 0; r < count; r++) {
            for (int d = 0; d < width; d++) {
                rows[r][d] = random.nextGaussian();
            }
            rows[r] = orthogonalised(rows[r], rows, r);
        }
        return rows;
    }

    private static double[] orthogonalised(double[] v, double[][] basis, int count) {
        double[] out = v.clone();
        for (int b = 0; b < count; b++) {
            double dot = 0;
            for (int d = 0; d < out.length; d++) {
                dot += out[d] * basis[b][d];
            }
            for (int d = 0; d < out.length; d++) {
                out[d] -= dot * basis[b][d];
            }
        }
        double norm = Math.sqrt(java.util.Arrays.stream(out).map(x -> x * x).sum());
        for (int d = 0; d < out.length; d++) {
            out[d] /= norm;
        }
        return out;
    }

    /** tr(Σ_W Σ_B⁺)/K with Σ_B⁺ = Q (Qᵀ Σ_B Q)⁻¹ Qᵀ, Q an orthonormal basis of the centred means (Gram–Schmidt), the inverse by Gauss–Jordan. */
    private static double directWithinClassVariation(float[] features, int width, int[] labels, int k) {
        int n = labels.length;
        double[][] means = new double[k][width];
        int[] counts = new int[k];
        double[] global = new double[width];
        for (int i = 0; i < n; i++) {
            counts[labels[i]]++;
            for (int d = 0; d < width; d++) {
                means[labels[i]][d] += features[i * width + d];
                global[d] += (double) features[i * width + d] / n;
            }
        }
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < width; d++) {
                means[c][d] /= counts[c];
            }
        }
        double[][] sw = new double[width][width];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < width; p++) {
                for (int q = 0; q < width; q++) {
                    sw[p][q] += (features[i * width + p] - means[labels[i]][p]) * (features[i * width + q] - means[labels[i]][q]) / n;
                }
            }
        }
        double[][] sb = new double[width][width];
        double[][] centred = new double[k][width];
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < width; d++) {
                centred[c][d] = means[c][d] - global[d];
            }
            for (int p = 0; p < width; p++) {
                for (int q = 0; q < width; q++) {
                    sb[p][q] += centred[c][p] * centred[c][q] / k;
                }
            }
        }
        java.util.List<double[]> basis = new java.util.ArrayList<>();
        for (double[] c : centred) {
            double[] v = c.clone();
            for (double[] b : basis) {
                double dot = 0;
                for (int d = 0; d < width; d++) {
                    dot += v[d] * b[d];
                }
                for (int d = 0; d < width; d++) {
                    v[d] -= dot * b[d];
                }
            }
            double norm = Math.sqrt(java.util.Arrays.stream(v).map(x -> x * x).sum());
            if (norm > 1e-8 * Math.sqrt(java.util.Arrays.stream(c).map(x -> x * x).sum())) {
                for (int d = 0; d < width; d++) {
                    v[d] /= norm;
                }
                basis.add(v);
            }
        }
        int r = basis.size();
        double[][] small = new double[r][r];
        for (int a = 0; a < r; a++) {
            for (int b = 0; b < r; b++) {
                for (int p = 0; p < width; p++) {
                    for (int q = 0; q < width; q++) {
                        small[a][b] += basis.get(a)[p] * sb[p][q] * basis.get(b)[q];
                    }
                }
            }
        }
        double[][] inverse = inverse(small);
        double trace = 0;
        for (int p = 0; p < width; p++) {
            for (int q = 0; q < width; q++) {
                double pinv = 0;
                for (int a = 0; a < r; a++) {
                    for (int b = 0; b < r; b++) {
                        pinv += basis.get(a)[q] * inverse[a][b] * basis.get(b)[p];
                    }
                }
                trace += sw[p][q] * pinv;
            }
        }
        return trace / k;
    }

    private static double[][] inverse(double[][] m) {
        int r = m.length;
        double[][] a = new double[r][2 * r];
        for (int i = 0; i < r; i++) {
            System.arraycopy(m[i], 0, a[i], 0, r);
            a[i][r + i] = 1;
        }
        for (int col = 0; col < r; col++) {
            int pivot = col;
            for (int row = col + 1; row < r; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            double scale = a[col][col];
            for (int j = 0; j < 2 * r; j++) {
                a[col][j] /= scale;
            }
            for (int row = 0; row < r; row++) {
                if (row != col) {
                    double factor = a[row][col];
                    for (int j = 0; j < 2 * r; j++) {
                        a[row][j] -= factor * a[col][j];
                    }
                }
            }
        }
        double[][] out = new double[r][r];
        for (int i = 0; i < r; i++) {
            System.arraycopy(a[i], r, out[i], 0, r);
        }
        return out;
    }
}
