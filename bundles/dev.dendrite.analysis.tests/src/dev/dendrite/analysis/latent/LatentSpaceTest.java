package dev.dendrite.analysis.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OnnxTensor;
import dev.dendrite.model.Networks;
import dev.dendrite.model.network.Concat;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.generative.GaussianLatent;
import dev.dendrite.model.network.generative.GenerativeFactory;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.weights.WeightInitializer;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.data.Dataset;

/**
 * The latent space of a variational autoencoder: the decoder cut from the model decodes a sample's code mean to what the
 * whole model outputs for the sample, the statistics per dimension against hand-worked values, the quantiles and the grid's
 * orientation, and a decoder that reads the input past the code refused by name.
 */
class LatentSpaceTest {

    private static ModelProto exported(Network network, long seed) throws Exception {
        Weights weights = new Weights();
        WeightInitializer.complete(Networks.withIds(network), Networks.inspect(network).shapes(), weights, seed);
        return OnnxExporter.export(network, weights, "test").model();
    }

    /** {@code n} pictures of 784 uniform values. */
    private static float[] pixels(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[n * 784];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextDouble();
        }
        return x;
    }

    /** Classes 0, 1, 2 in turn. */
    private static int[] labels(int n) {
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3;
        }
        return labels;
    }

    private static float[] outputs(ModelProto model, float[] x, int rows) throws Exception {
        try (ModelSession session = OnnxRuntime.open(model.toByteArray(), "vae", RuntimeSettings.forTrainer());
             OnnxTensor input = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x), new long[] {rows, x.length / rows});
             var result = session.session().run(Map.of(model.getGraph().getInput(0).getName(), input))) {
            FloatBuffer buffer = ((OnnxTensor) result.get(0)).getFloatBuffer();
            float[] out = new float[buffer.remaining()];
            buffer.get(out);
            return out;
        }
    }

    @Test
    void theDecoderCutFromTheModelDecodesEachCodeMeanToTheModelsOutput() throws Exception {
        ModelProto model = exported(TemplateLibrary.find("vae").orElseThrow().create(), 3);
        VariationalCode code = VariationalCode.of(model, "vae");
        assertEquals(new VariationalCode("z", "mean", "logVariance", 1.0, 784), code);
        int n = 40;
        float[] x = pixels(n, 4);
        int[] labels = labels(n);
        Dataset data = Dataset.classification("noise", new long[] {1, 28, 28}, x, labels, 3);
        LatentSpace.Result result = LatentSpace.of(model, code, data, new LatentSpace.Settings(n, 4, null, new int[] {2, 7}, 3, 5, 1));
        float[] whole = outputs(model, x, n);
        double squares = 0;
        for (int i = 0; i < whole.length; i++) {
            squares += (whole[i] - x[i]) * (whole[i] - x[i]);
        }
        assertEquals(squares / whole.length, result.reconstructionError(), 1e-6);
        // The line's ends are the two samples' code means, decoded: the model's outputs for those samples.
        for (int v = 0; v < 784; v++) {
            assertEquals(whole[2 * 784 + v], result.line()[0][v], 1e-5);
            assertEquals(whole[7 * 784 + v], result.line()[2][v], 1e-5);
        }
        // Each traversal cell is the first sample's code with one dimension set alone, decoded (the cut decoder run apart here).
        assertEquals(2, result.traversed().length);
        assertEquals(2 * LatentSpace.TRAVERSAL.length, result.traversal().length);
        assertEquals(result.dimensions().get(result.traversed()[0]).kl() >= result.dimensions().get(result.traversed()[1]).kl(), true,
                "largest KL first");
        float[] moved = {result.means()[2 * 2], result.means()[2 * 2 + 1]};
        moved[result.traversed()[1]] = (float) LatentSpace.TRAVERSAL[7];
        float[] decoded = decodedAlone(model, moved);
        for (int v = 0; v < 784; v++) {
            assertEquals(decoded[v], result.traversal()[LatentSpace.TRAVERSAL.length + 7][v], 1e-5);
        }
        assertEquals(16, result.manifold().length);
        assertEquals(5, result.priorSamples().length);
        assertEquals(784, result.manifold()[0].length);
        assertEquals(2, result.dimensions().size());
    }

    /**
     * A conditional VAE (the cvae template): each sample reconstructs with its own class, the line and traversal decode the
     * line's first sample's class (or the one asked for), the prior's codes decode as every class; evaluation's outputs read the
     * labels as the model's class.
     */
    @Test
    void aConditionalAutoencoderDecodesWithItsOwnClassTheClassAskedForAndEveryClassOfThePrior() throws Exception {
        ModelProto model = exported(TemplateLibrary.find("cvae").orElseThrow().create(), 5);
        VariationalCode code = VariationalCode.of(model, "cvae");
        int n = 30;
        float[] x = pixels(n, 6);
        int[] labels = labels(n);
        Dataset data = Dataset.classification("noise", new long[] {784}, x, labels, 3);
        LatentSpace.Result result = LatentSpace.of(model, code, data, new LatentSpace.Settings(n, 3, null, new int[] {2, 7}, 3, 25, 1));
        assertEquals(new LatentSpace.Conditioning("class", 10, 2), result.conditioning());
        long[] own = java.util.Arrays.stream(labels).asLongStream().toArray();
        float[] whole = outputs(model, x, own);
        double squares = 0;
        for (int i = 0; i < whole.length; i++) {
            squares += (whole[i] - x[i]) * (whole[i] - x[i]);
        }
        assertEquals(squares / whole.length, result.reconstructionError(), 1e-6);
        // The line starts at sample 2's reconstruction (class 2) and ends at sample 7's code (encoded with its class, 1) drawn as a 2.
        ModelProto decoder = LatentDecoder.of(model, "z", 2);
        float[] seventhAsTwo = decoded(decoder, java.util.Arrays.copyOfRange(result.means(), 7 * 2, 8 * 2), 2);
        float[] seventhAsOne = decoded(decoder, java.util.Arrays.copyOfRange(result.means(), 7 * 2, 8 * 2), 1);
        for (int v = 0; v < 784; v++) {
            assertEquals(whole[2 * 784 + v], result.line()[0][v], 1e-5);
            assertEquals(seventhAsTwo[v], result.line()[2][v], 1e-5);
            assertEquals(whole[7 * 784 + v], seventhAsOne[v], 1e-5);
        }
        assertTrue(!java.util.Arrays.equals(seventhAsOne, seventhAsTwo), "the class changes what a code decodes to");
        // Two codes of the prior (25 / 10), each as classes 0 to 9: a row of the picture per code.
        assertEquals(20, result.priorSamples().length);
        assertEquals(10, result.priorColumns());
        assertTrue(!java.util.Arrays.equals(result.priorSamples()[0], result.priorSamples()[1]), "one code as two classes differs");
        assertTrue(!java.util.Arrays.equals(result.priorSamples()[0], result.priorSamples()[10]), "two codes differ");
        // Asked for class 5, the line's first end is sample 2's code drawn as a 5.
        LatentSpace.Result five = LatentSpace.of(model, code, data, new LatentSpace.Settings(n, 3, null, new int[] {2, 7}, 3, 25, 1, 5));
        float[] secondAsFive = decoded(decoder, java.util.Arrays.copyOfRange(result.means(), 2 * 2, 3 * 2), 5);
        assertEquals(secondAsFive[100], five.line()[0][100], 1e-5);
        assertEquals(5, five.conditioning().decoded());
        var beyond = assertThrows(IllegalArgumentException.class, () -> LatentSpace.of(model, code, data, new LatentSpace.Settings(n, 3, null,
                null, 3, 25, 1, 10)));
        assertEquals("the decoder draws classes 0 to 9, not 10", beyond.getMessage());
        // Evaluation and anomaly scores run the model with each sample's label as its class.
        float[] evaluated = dev.dendrite.train.run.ModelOutputs.of(model.toByteArray(), "cvae", List.of(data)).get(0).values();
        assertEquals(whole[5 * 784 + 300], evaluated[5 * 784 + 300], 1e-5);
        Dataset unlabelled = Dataset.regression("unlabelled", new long[] {784}, x, new float[n], 1);
        var noLabels = assertThrows(IllegalArgumentException.class, () -> LatentSpace.of(model, code, unlabelled, LatentSpace.Settings.defaults()));
        assertEquals("the model reads each sample's class at 'class', and unlabelled has no labels", noLabels.getMessage());
        // An autoencoder without a class is asked for none.
        ModelProto plain = exported(TemplateLibrary.find("vae").orElseThrow().create(), 3);
        var notConditional = assertThrows(IllegalArgumentException.class, () -> LatentSpace.of(plain, VariationalCode.of(plain, "vae"), data,
                new LatentSpace.Settings(n, 3, null, null, 3, 5, 1, 1)));
        assertEquals("the autoencoder reads no class (it is not conditional), so no class can be decoded", notConditional.getMessage());
    }

    /** One code decoded as {@code label} by a conditional decoder cut from its model. */
    private static float[] decoded(ModelProto decoder, float[] code, long label) throws Exception {
        try (ModelSession session = OnnxRuntime.open(decoder.toByteArray(), "decoder", RuntimeSettings.forTrainer());
             OnnxTensor z = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(code), new long[] {1, code.length});
             OnnxTensor c = OnnxTensor.createTensor(OnnxRuntime.environment(), java.nio.LongBuffer.wrap(new long[] {label}), new long[] {1, 1});
             var result = session.session().run(Map.of("z", z, "class", c))) {
            FloatBuffer buffer = ((OnnxTensor) result.get(0)).getFloatBuffer();
            float[] out = new float[buffer.remaining()];
            buffer.get(out);
            return out;
        }
    }

    /** The model's first output for samples {@code x} read with their classes {@code classes} at its input "class". */
    private static float[] outputs(ModelProto model, float[] x, long[] classes) throws Exception {
        int rows = classes.length;
        try (ModelSession session = OnnxRuntime.open(model.toByteArray(), "cvae", RuntimeSettings.forTrainer());
             OnnxTensor input = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x), new long[] {rows, x.length / rows});
             OnnxTensor label = OnnxTensor.createTensor(OnnxRuntime.environment(), java.nio.LongBuffer.wrap(classes), new long[] {rows, 1});
             var result = session.session().run(Map.of("image", input, "class", label))) {
            FloatBuffer buffer = ((OnnxTensor) result.get(0)).getFloatBuffer();
            float[] out = new float[buffer.remaining()];
            buffer.get(out);
            return out;
        }
    }

    /** One code through the decoder cut from the model, in a session of its own. */
    private static float[] decodedAlone(ModelProto model, float[] code) throws Exception {
        return outputs(LatentDecoder.of(model, "z", code.length), code, 1);
    }

    @Test
    void aDecoderReadingTheInputBesideTheCodeIsRefusedByName() throws Exception {
        NetworkBuilder b = new NetworkBuilder("skip", "");
        Layer x = b.input("x", 4);
        GaussianLatent z = b.add(GenerativeFactory.eINSTANCE.createGaussianLatent(), "z", b.dense(x, "mean", 2));
        b.connect(b.dense(x, "logVariance", 2), "", z, Ports.LOG_VARIANCE);
        Concat both = b.add(NetworkFactory.eINSTANCE.createConcat(), "both", z);
        b.connect(x, "", both, Ports.IN + 1);
        b.loss(b.dense(both, "decode", 4), LossKind.RECONSTRUCTION);
        ModelProto model = exported(b.training("test", 1, 4, OptimizerKind.ADAM, 1e-3).network(), 1);
        var refused = assertThrows(IllegalArgumentException.class, () -> LatentDecoder.of(model, "z", 2));
        assertEquals("the decoder reads the model's input 'x' besides the code 'z', so codes alone cannot be decoded", refused.getMessage());
        // Without a latent, the latent space is refused by name.
        ModelProto plain = exported(TemplateLibrary.find("autoencoder").orElseThrow().create(), 1);
        var none = assertThrows(IllegalArgumentException.class, () -> VariationalCode.of(plain, "ae.onnx"));
        assertTrue(none.getMessage().startsWith("ae.onnx has no GaussianLatent layer"), none.getMessage());
    }

    @Test
    void eachDimensionsDivergenceActivityAndVarianceAsWorkedByHand() {
        // Three samples, two dims: dim 0 means 1, 2, 3 with log-variances 0, 0, ln 2; dim 1 at the prior (mean 0, variance 1).
        float[] means = {1, 0, 2, 0, 3, 0};
        float[] logVariances = {0, 0, 0, 0, (float) Math.log(2), 0};
        List<LatentSpace.Dimension> dims = LatentSpace.dimensions(means, logVariances, 3, 2);
        double kl = (0.5 * 1 + 0.5 * 4 + 0.5 * (9 + 2 - 1 - Math.log(2))) / 3;
        assertEquals(kl, dims.get(0).kl(), 1e-6);
        assertEquals(1.0, dims.get(0).activity(), 1e-6);
        assertEquals(4.0 / 3, dims.get(0).meanVariance(), 1e-6);
        assertTrue(dims.get(0).active());
        assertEquals(0, dims.get(1).kl(), 1e-12);
        assertEquals(0, dims.get(1).activity(), 1e-12);
        assertEquals(false, dims.get(1).active());
    }

    @Test
    void theGridRunsOverTheNormalsQuantilesWithTheSecondDimensionUpwards() {
        assertEquals(0, NormalQuantile.of(0.5), 1e-9);
        assertEquals(1.959963985, NormalQuantile.of(0.975), 1e-8);
        assertEquals(-2.326347874, NormalQuantile.of(0.01), 1e-8);
        assertEquals(-3.090232306, NormalQuantile.of(0.001), 1e-8);
        float[] codes = LatentSpace.grid(3, new int[] {2, 0}, 4);
        // Top left: dim 2 at its lowest quantile, dim 0 at its highest; dim 1 at the prior's mean.
        assertEquals(NormalQuantile.of(0.125), codes[2], 1e-6);
        assertEquals(NormalQuantile.of(0.875), codes[0], 1e-6);
        assertEquals(0, codes[1]);
        // Bottom right: the other way round.
        int last = (4 * 4 - 1) * 3;
        assertEquals(NormalQuantile.of(0.875), codes[last + 2], 1e-6);
        assertEquals(NormalQuantile.of(0.125), codes[last], 1e-6);
    }
}
