package dev.dendrite.analysis.manifold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.dendrite.analysis.latent.SymmetricEigen;

/** SVCCA and PWCCA against layers whose canonical pairs are known, classical CCA, and CKA's lack of invariance to linear maps. */
class CanonicalCorrelationTest {

    /**
     * X = [10a + b, 10a − b] and Y = [a, c] for orthonormal centred a, b, c: canonical pairs (a, a) at 1 and (b, c) at 0. SVCCA
     * averages them (0.5); PWCCA weighs a by |x₁·a| + |x₂·a| = 20 and b by |x₁·b| + |x₂·b| = 2 (absolute values: the signed sum
     * is 0), so 20/22. Keeping 99% of the variance drops b (2 of 202) and leaves a alone: 1 by both.
     */
    @Test
    void knownCanonicalPairsAndTheirWeights() {
        int n = 12;
        double[][] basis = orthonormalCentred(n, 3, new SplittableRandom(3));
        float[] x = new float[n * 2];
        float[] y = new float[n * 2];
        for (int i = 0; i < n; i++) {
            x[i * 2] = (float) (10 * basis[0][i] + basis[1][i]);
            x[i * 2 + 1] = (float) (10 * basis[0][i] - basis[1][i]);
            y[i * 2] = (float) basis[0][i];
            y[i * 2 + 1] = (float) basis[2][i];
        }
        LayerActivations a = activations(n, Map.of("x", x));
        LayerActivations b = activations(n, Map.of("y", y));
        RepresentationSimilarity all = RepresentationSimilarity.compare(a, b, RepresentationSimilarity.Measure.parse("svcca:1"), () -> false);
        assertEquals(0.5, all.values()[0][0], 1e-6);
        assertEquals(List.of(2), all.rowDimensions());
        assertEquals(List.of(2), all.columnDimensions());
        assertEquals(10.0 / 11, RepresentationSimilarity.compare(a, b, RepresentationSimilarity.Measure.parse("pwcca:1"), () -> false)
                .values()[0][0], 1e-6);
        RepresentationSimilarity cut = RepresentationSimilarity.compare(a, b, RepresentationSimilarity.Measure.parse("svcca"), () -> false);
        assertEquals(List.of(1), cut.rowDimensions(), "b holds 2/202 of the variance");
        assertEquals(1, cut.values()[0][0], 1e-6);
        assertEquals(1, RepresentationSimilarity.compare(a, b, RepresentationSimilarity.Measure.parse("pwcca"), () -> false).values()[0][0],
                1e-6);
    }

    /** Y = XA + shift for an invertible, non-orthogonal A: 1 by SVCCA and PWCCA, where linear CKA reads less. */
    @Test
    void invariantToAnyInvertibleLinearMap() {
        int n = 200;
        int p = 5;
        SplittableRandom random = new SplittableRandom(8);
        float[] x = new float[n * p];
        float[] mapped = new float[n * p];
        double[] map = new double[p * p];
        for (int i = 0; i < map.length; i++) {
            map[i] = random.nextGaussian() + (i % (p + 1) == 0 ? 3 : 0);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                x[i * p + j] = (float) (random.nextGaussian() * (j + 1));
            }
            for (int j = 0; j < p; j++) {
                double sum = 2 * j;
                for (int k = 0; k < p; k++) {
                    sum += x[i * p + k] * map[k * p + j];
                }
                mapped[i * p + j] = (float) sum;
            }
        }
        var layers = new LinkedHashMap<String, float[]>();
        layers.put("x", x);
        layers.put("mapped", mapped);
        LayerActivations both = activations(n, layers);
        for (String measure : List.of("svcca:1", "pwcca:1")) {
            RepresentationSimilarity s = RepresentationSimilarity.compare(both, both, RepresentationSimilarity.Measure.parse(measure), () -> false);
            assertEquals(1, s.values()[0][1], 1e-4, measure);
            assertEquals(s.values()[0][1], s.values()[1][0], 1e-12, "symmetric");
        }
        double cka = RepresentationSimilarity.compare(both, both, () -> false).values()[0][1];
        assertTrue(cka < 0.95, "CKA is not invariant to a stretch: " + cka);
    }

    /** All directions kept, SVCCA is the mean of the classical canonical correlations, the singular values of Lx⁻¹ΣxyLy⁻ᵀ. */
    @Test
    void svccaOfEveryDirectionIsClassicalCca() {
        int n = 120;
        int p = 3;
        int q = 4;
        SplittableRandom random = new SplittableRandom(11);
        float[] x = new float[n * p];
        float[] y = new float[n * q];
        for (int i = 0; i < n; i++) {
            double shared = random.nextGaussian();
            double other = random.nextGaussian();
            for (int j = 0; j < p; j++) {
                x[i * p + j] = (float) ((j == 0 ? shared : j == 1 ? other : 0) + random.nextGaussian() * (0.5 + j));
            }
            for (int j = 0; j < q; j++) {
                y[i * q + j] = (float) ((j == 0 ? 2 * shared : j == 2 ? -other : 0) + random.nextGaussian() * (1 + j));
            }
        }
        double expected = classicalMeanCorrelation(x, p, y, q, n);
        assertTrue(expected > 0.2 && expected < 0.9, "related, not equal: " + expected);
        RepresentationSimilarity s = RepresentationSimilarity.compare(activations(n, Map.of("x", x)), activations(n, Map.of("y", y)),
                RepresentationSimilarity.Measure.parse("svcca:1"), () -> false);
        assertEquals(expected, s.values()[0][0], 1e-6);
        // Wider than the samples (each unit fifty times): decomposed through the samples' Gram matrix, the same three directions.
        int wide = 50 * p;
        float[] copies = new float[n * wide];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < wide; j++) {
                copies[i * wide + j] = x[i * p + j % p];
            }
        }
        for (String measure : List.of("svcca:1", "pwcca:1")) {
            RepresentationSimilarity narrow = RepresentationSimilarity.compare(activations(n, Map.of("x", x)), activations(n, Map.of("y", y)),
                    RepresentationSimilarity.Measure.parse(measure), () -> false);
            RepresentationSimilarity widened = RepresentationSimilarity.compare(activations(n, Map.of("x", copies)), activations(n, Map.of("y",
                    y)), RepresentationSimilarity.Measure.parse(measure), () -> false);
            assertEquals(List.of(p), widened.rowDimensions(), measure);
            assertEquals(narrow.values()[0][0], widened.values()[0][0], 1e-6, measure);
        }
        // A constant layer has no direction and compares as 0.
        RepresentationSimilarity constant = RepresentationSimilarity.compare(activations(n, Map.of("x", x)), activations(n, Map.of("c",
                new float[n * 2])), RepresentationSimilarity.Measure.parse("pwcca"), () -> false);
        assertEquals(0, constant.values()[0][0]);
        assertEquals(List.of(0), constant.columnDimensions());
        assertEquals(4.0 / 119, RepresentationSimilarity.chanceSquared(3, 4, n), 1e-12);
    }

    /** The mean of the min(p, q) singular values of Lx⁻¹ Σxy Ly⁻ᵀ, Σ the centred cross products and L their Cholesky factors. */
    private static double classicalMeanCorrelation(float[] x, int p, float[] y, int q, int n) {
        double[] cx = RepresentationSimilarity.centred(x, n, p);
        double[] cy = RepresentationSimilarity.centred(y, n, q);
        double[][] lx = cholesky(cross(cx, p, cx, p, n));
        double[][] ly = cholesky(cross(cy, q, cy, q, n));
        double[][] sxy = cross(cx, p, cy, q, n);
        // T = Lx⁻¹ Sxy Ly⁻ᵀ: solve Lx Z = Sxy, then T Lyᵀ = Z, row by row.
        double[][] z = new double[p][q];
        for (int c = 0; c < q; c++) {
            for (int i = 0; i < p; i++) {
                double sum = sxy[i][c];
                for (int k = 0; k < i; k++) {
                    sum -= lx[i][k] * z[k][c];
                }
                z[i][c] = sum / lx[i][i];
            }
        }
        double[][] t = new double[p][q];
        for (int r = 0; r < p; r++) {
            for (int j = 0; j < q; j++) {
                double sum = z[r][j];
                for (int k = 0; k < j; k++) {
                    sum -= t[r][k] * ly[j][k];
                }
                t[r][j] = sum / ly[j][j];
            }
        }
        double[] ttt = new double[p * p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < q; k++) {
                    ttt[i * p + j] += t[i][k] * t[j][k];
                }
            }
        }
        double sum = 0;
        for (double value : SymmetricEigen.of(ttt, p).values()) {
            sum += Math.sqrt(Math.max(0, value));
        }
        return sum / p;
    }

    private static double[][] cross(double[] a, int p, double[] b, int q, int n) {
        double[][] product = new double[p][q];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < q; k++) {
                    product[j][k] += a[i * p + j] * b[i * q + k];
                }
            }
        }
        return product;
    }

    private static double[][] cholesky(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                l[i][j] = i == j ? Math.sqrt(sum) : sum / l[j][j];
            }
        }
        return l;
    }

    /** {@code count} orthonormal vectors of n entries, each summing to 0. */
    private static double[][] orthonormalCentred(int n, int count, SplittableRandom random) {
        double[][] vectors = new double[count + 1][n];
        java.util.Arrays.fill(vectors[0], 1 / Math.sqrt(n));
        for (int v = 1; v <= count; v++) {
            for (int i = 0; i < n; i++) {
                vectors[v][i] = random.nextGaussian();
            }
            for (int pass = 0; pass < 2; pass++) {
                for (int u = 0; u < v; u++) {
                    double dot = 0;
                    for (int i = 0; i < n; i++) {
                        dot += vectors[v][i] * vectors[u][i];
                    }
                    for (int i = 0; i < n; i++) {
                        vectors[v][i] -= dot * vectors[u][i];
                    }
                }
            }
            double norm = 0;
            for (int i = 0; i < n; i++) {
                norm += vectors[v][i] * vectors[v][i];
            }
            for (int i = 0; i < n; i++) {
                vectors[v][i] /= Math.sqrt(norm);
            }
        }
        return java.util.Arrays.copyOfRange(vectors, 1, count + 1);
    }

    private static LayerActivations activations(int n, Map<String, float[]> layers) {
        return new LayerActivations(List.copyOf(layers.keySet()), layers, n);
    }
}
