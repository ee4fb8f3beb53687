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
        assertEquals(r2, s.cka()[0][1], 1e-6);
        assertEquals(1, s.cka()[0][0], 1e-9);
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
        assertEquals(1, s.cka()[0][1], 1e-6, "rotated, scaled and shifted");
        assertTrue(s.cka()[0][2] < 0.95, "stretched: " + s.cka()[0][2]);
        assertTrue(s.cka()[0][3] < 0.1, "unrelated: " + s.cka()[0][3]);
        assertEquals(s.cka()[2][0], s.cka()[0][2], 1e-12, "symmetric");
        int[] best = s.bestMatches();
        assertTrue(best[0] <= 1 && best[1] <= 1 && best[2] == 2 && best[3] == 3, java.util.Arrays.toString(best));
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
            assertEquals(1, s.cka()[i][i], 1e-9, s.rows().get(i));
        }
        // A ReLU keeps most of its convolution's geometry; the logits are far from the pixels.
        assertTrue(s.cka()[1][2] > s.cka()[0][11], java.util.Arrays.deepToString(s.cka()));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> LayerActivations.of(lenet, data, 10, List.of(
                "conv9")));
        assertTrue(unknown.getMessage().startsWith("the model has no layer 'conv9'; its layers are image, conv1, relu1"), unknown.getMessage());
    }

    private static LayerActivations activations(int n, Map<String, float[]> layers) {
        return new LayerActivations(List.copyOf(layers.keySet()), layers, n);
    }
}
