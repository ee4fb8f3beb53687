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
import dev.dendrite.model.network.GaussianLatent;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.OptimizerKind;
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
        SplittableRandom random = new SplittableRandom(4);
        float[] x = new float[n * 784];
        int[] labels = new int[n];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextDouble();
        }
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3;
        }
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

    /** One code through the decoder cut from the model, in a session of its own. */
    private static float[] decodedAlone(ModelProto model, float[] code) throws Exception {
        return outputs(LatentDecoder.of(model, "z", code.length), code, 1);
    }

    @Test
    void aDecoderReadingTheInputBesideTheCodeIsRefusedByName() throws Exception {
        NetworkBuilder b = new NetworkBuilder("skip", "");
        Layer x = b.input("x", 4);
        GaussianLatent z = b.add(NetworkFactory.eINSTANCE.createGaussianLatent(), "z", b.dense(x, "mean", 2));
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
