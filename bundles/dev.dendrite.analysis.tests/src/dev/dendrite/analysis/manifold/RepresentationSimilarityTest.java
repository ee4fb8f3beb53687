package dev.dendrite.analysis.manifold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.ModelProto;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.data.Dataset;

/** Linear CKA against its definition and its invariances, and the layers a model's activations are read from. */
class RepresentationSimilarityTest {

    /** With one unit per layer, linear CKA is the squared correlation of the two units over the samples. */
    @Test
    void oneUnitEachIsTheSquaredCorrelation() {
        int n = 40;
        SplittableRandom random = new SplittableRandom(1);
        float[] x = new float[n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) random.nextGaussian();
            y[i] = (float) (0.6 * x[i] + random.nextGaussian() + 3);
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i] / (double) n;
            my += y[i] / (double) n;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        double r2 = sxy * sxy / (sxx * syy);
        assertTrue(r2 > 0.1 && r2 < 0.9, "a middling correlation: " + r2);
        RepresentationSimilarity s = RepresentationSimilarity.compare(activations(n, Map.of("x", x, "y", y)),
                activations(n, Map.of("x", x, "y", y)), () -> false);
        assertEquals(r2, s.values()[0][1], 1e-6);
        assertEquals(1, s.values()[0][0], 1e-9);
    }

    /** Equal up to a rotation, a scale and a shift: 1; a stretch along one axis (invertible, not orthogonal): less; unrelated: near 0. */
    @Test
    void invariantToRotationScaleAndShiftButNotToAnyLinearMap() {
        int n = 200;
        int p = 6;
        SplittableRandom random = new SplittableRandom(4);
        float[] x = new float[n * p];
        float[] rotated = new float[n * p];
        float[] stretched = new float[n * p];
        float[] unrelated = new float[n * p];
        double angle = 0.7;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                // Correlated units, so that a stretch along one of them changes the geometry.
                x[i * p + j] = (float) (random.nextGaussian() * (j + 1));
                unrelated[i * p + j] = (float) random.nextGaussian();
            }
            for (int j = 0; j < p; j += 2) {
                double a = x[i * p + j];
                double b = x[i * p + j + 1];
                rotated[i * p + j] = (float) (3 * (Math.cos(angle) * a - Math.sin(angle) * b) + 5);
                rotated[i * p + j + 1] = (float) (3 * (Math.sin(angle) * a + Math.cos(angle) * b) - 2);
            }
            for (int j = 0; j < p; j++) {
                stretched[i * p + j] = x[i * p + j] * (j == p - 1 ? 10 : 1);
            }
        }
        var layers = new java.util.LinkedHashMap<String, float[]>();
        layers.put("x", x);
        layers.put("rotated", rotated);
        layers.put("stretched", stretched);
        layers.put("unrelated", unrelated);
        LayerActivations a = activations(n, layers);
        RepresentationSimilarity s = RepresentationSimilarity.compare(a, a, () -> false);
        assertEquals(1, s.values()[0][1], 1e-6, "rotated, scaled and shifted");
        assertTrue(s.values()[0][2] < 0.95, "stretched: " + s.values()[0][2]);
        assertTrue(s.values()[0][3] < 0.1, "unrelated: " + s.values()[0][3]);
        assertEquals(s.values()[2][0], s.values()[0][2], 1e-12, "symmetric");
        int[] best = s.bestMatches();
        assertTrue(best[0] <= 1 && best[1] <= 1 && best[2] == 2 && best[3] == 3, java.util.Arrays.toString(best));
    }

    /**
     * RBF CKA as Kornblith et al. define it, computed here from the samples directly: Gaussian kernels of width 0.5 × each layer's
     * median distance, centred on both sides, aligned. Rotation, shift and a uniform scale leave it 1 (the width follows the scale).
     */
    @Test
    void rbfKernelAlignmentIsItsDefinitionAndFollowsTheScale() {
        int n = 30;
        int p = 3;
        SplittableRandom random = new SplittableRandom(6);
        float[] x = new float[n * p];
        float[] y = new float[n * p];
        float[] moved = new float[n * p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                x[i * p + j] = (float) random.nextGaussian();
                y[i * p + j] = (float) Math.tanh(2 * x[i * p + j] + random.nextGaussian() * 0.3);
            }
            // x rotated in its first two units, scaled by 4 and shifted.
            double c = Math.cos(1.1);
            double sn = Math.sin(1.1);
            moved[i * p] = (float) (4 * (c * x[i * p] - sn * x[i * p + 1]) + 7);
            moved[i * p + 1] = (float) (4 * (sn * x[i * p] + c * x[i * p + 1]) - 1);
            moved[i * p + 2] = (float) (4 * x[i * p + 2] + 2);
        }
        var layers = new java.util.LinkedHashMap<String, float[]>();
        layers.put("x", x);
        layers.put("y", y);
        layers.put("moved", moved);
        LayerActivations a = activations(n, layers);
        RepresentationSimilarity.Measure kernel = RepresentationSimilarity.Measure.parse("rbf:0.5");
        RepresentationSimilarity s = RepresentationSimilarity.compare(a, a, kernel, () -> false);
        double[] kx = definedRbf(x, n, p, 0.5);
        double[] ky = definedRbf(y, n, p, 0.5);
        double xy = 0;
        double xx = 0;
        double yy = 0;
        for (int i = 0; i < kx.length; i++) {
            xy += kx[i] * ky[i];
            xx += kx[i] * kx[i];
            yy += ky[i] * ky[i];
        }
        assertEquals(xy / Math.sqrt(xx * yy), s.values()[0][1], 1e-6);
        assertTrue(s.values()[0][1] > 0.2 && s.values()[0][1] < 0.99, "related, not equal: " + s.values()[0][1]);
        assertEquals(1, s.values()[0][2], 1e-5, "rotated, scaled and shifted");
        assertEquals("rbf:0.5", s.measure().id());
        assertEquals(RepresentationSimilarity.Measure.LINEAR, RepresentationSimilarity.Measure.parse("Linear"));
        assertEquals(0.8, RepresentationSimilarity.Measure.parse("rbf").share());
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> RepresentationSimilarity.Measure.parse("rbf:-1"));
        assertTrue(wrong.getMessage().contains("-1"), wrong.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RepresentationSimilarity.Measure.parse("cosine"));
    }

    /** HKH for K_ij = exp(−‖xᵢ − xⱼ‖² / 2σ²), σ = width × the median of the n(n−1)/2 distances, from the samples themselves. */
    private static double[] definedRbf(float[] x, int n, int p, double width) {
        double[][] d = new double[n][n];
        List<Double> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int k = 0; k < p; k++) {
                    double diff = x[i * p + k] - x[j * p + k];
                    sum += diff * diff;
                }
                d[i][j] = Math.sqrt(sum);
                if (j > i) {
                    pairs.add(d[i][j]);
                }
            }
        }
        java.util.Collections.sort(pairs);
        int m = pairs.size();
        double median = m % 2 == 1 ? pairs.get(m / 2) : (pairs.get(m / 2 - 1) + pairs.get(m / 2)) / 2;
        double sigma = width * median;
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                k[i][j] = Math.exp(-d[i][j] * d[i][j] / (2 * sigma * sigma));
            }
        }
        // H K H with H = I − 11ᵀ/n, multiplied out.
        double[] centred = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int a = 0; a < n; a++) {
                    for (int b = 0; b < n; b++) {
                        double hia = (i == a ? 1 : 0) - 1.0 / n;
                        double hbj = (b == j ? 1 : 0) - 1.0 / n;
                        sum += hia * k[a][b] * hbj;
                    }
                }
                centred[i * n + j] = sum;
            }
        }
        return centred;
    }

    /** LeNet-5's layers by name, the input first and the flatten left out, each with its units per sample. */
    @Test
    void readsEveryLayerOfAModelFile() throws Exception {
        ModelProto lenet = OnnxExporter.export(TemplateLibrary.find("lenet-5").orElseThrow().create(), new Weights(), "test").model();
        assertEquals(List.of("image", "conv1", "relu1", "maxpool1", "conv2", "relu2", "maxpool2", "fc1", "relu3", "fc2", "relu4", "fc3"),
                LayerActivations.defaultLayers(lenet));
        int n = 30;
        SplittableRandom random = new SplittableRandom(2);
        float[] pictures = new float[n * 784];
        for (int i = 0; i < pictures.length; i++) {
            pictures[i] = (float) random.nextDouble();
        }
        Dataset data = Dataset.classification("pictures", new long[] {1, 28, 28}, pictures, new int[n], 10);
        LayerActivations activations = LayerActivations.of(lenet, data, 1000, null);
        assertEquals(n, activations.samples(), "at most the data's samples");
        assertEquals(784, activations.width("image"));
        assertEquals(6 * 28 * 28, activations.width("conv1"));
        assertEquals(10, activations.width("fc3"));
        assertEquals(pictures[5], activations.values().get("image")[5]);
        RepresentationSimilarity s = RepresentationSimilarity.compare(activations, activations, () -> false);
        for (int i = 0; i < s.rows().size(); i++) {
            assertEquals(1, s.values()[i][i], 1e-9, s.rows().get(i));
        }
        // A ReLU keeps most of its convolution's geometry; the logits are far from the pixels.
        assertTrue(s.values()[1][2] > s.values()[0][11], java.util.Arrays.deepToString(s.values()));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> LayerActivations.of(lenet, data, 10, List.of(
                "conv9")));
        assertTrue(unknown.getMessage().startsWith("the model has no layer 'conv9'; its layers are image, conv1, relu1"), unknown.getMessage());
    }

    private static LayerActivations activations(int n, Map<String, float[]> layers) {
        return new LayerActivations(List.copyOf(layers.keySet()), layers, n);
    }
}
