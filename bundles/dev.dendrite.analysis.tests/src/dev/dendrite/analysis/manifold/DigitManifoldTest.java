package dev.dendrite.analysis.manifold;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.onnx.weights.WeightsFile;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.data.NpmDatasets;
import dev.dendrite.train.run.Trainer;

/** The manifold hypothesis on MNIST digits: a trained network's penultimate layer separates the classes that t-SNE then shows apart. */
class DigitManifoldTest {

    @Test
    void thePenultimateLayersTsneSeparatesTheDigits(@TempDir Path dir) throws Exception {
        Network network = TemplateLibrary.find("lenet-300-100").orElseThrow().create();
        Dataset[] mnist = NpmDatasets.load("mnist", NpmDatasets.defaultCache());
        TrainingConfig config = TrainingConfig.from(network).with("mnist", 6, 128, null, null, 5L, null);
        new Trainer(network, config, line -> { }).withActivationTaps(List.of("fc2"), 2000).train(new Weights(), mnist[0], mnist[1], dir,
                false);
        Weights recorded = WeightsFile.read(dir.resolve("activations").resolve("epoch-6.onnx"));
        FloatTensor activations = recorded.get("fc2", "activations").orElseThrow();
        FloatTensor inputs = recorded.get("probe", "inputs").orElseThrow();
        float[] labelValues = recorded.get("probe", "labels").orElseThrow().values();
        int[] labels = new int[labelValues.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = Math.round(labelValues[i]);
        }
        Points layer = Points.of(activations.values(), activations.shape());
        LayerEmbedding penultimate = LayerEmbedding.of(layer, labels, LayerEmbedding.Method.TSNE, LayerEmbedding.Parameters.defaults(), 10,
                () -> false, share -> { });
        Points raw = Points.of(inputs.values(), inputs.shape());
        double rawKnn = ManifoldMeasures.knnAccuracy(LayerEmbedding.embed(raw, LayerEmbedding.Method.PCA, LayerEmbedding.Parameters
                .defaults(), () -> false, share -> { }), labels, 10);
        System.out.printf("MNIST, 2,000 probe digits after 6 epochs: fc2 t-SNE k-NN %.1f%% (fc2 itself %.1f%%), trustworthiness %.3f, "
                + "TwoNN %.1f of 100 units; raw pixels' PCA k-NN %.1f%%%n", 100 * penultimate.knnEmbedding(), 100 * penultimate.knnLayer(),
                penultimate.trustworthiness(), penultimate.intrinsicDimension(), 100 * rawKnn);
        assertTrue(penultimate.knnEmbedding() >= 0.90, "k-NN accuracy in the penultimate layer's t-SNE: " + penultimate.knnEmbedding());
        assertTrue(penultimate.trustworthiness() > 0.9, "trustworthiness " + penultimate.trustworthiness());
        assertTrue(penultimate.intrinsicDimension() < 50, "the layer's activations lie near a low-dimensional manifold: "
                + penultimate.intrinsicDimension());
        assertTrue(rawKnn < penultimate.knnEmbedding() - 0.2, "two principal components of the raw pixels mix the digits: " + rawKnn);
    }
}
