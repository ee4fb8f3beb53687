package dev.dendrite.analysis.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.ModelProto;
import dev.dendrite.model.network.Dropout;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.run.ModelOutputs;

/**
 * MC dropout's passes against dropout's definition: through an identity layer each output value is 0 or the input over
 * 1 − rate, a rate's share of them 0, their mean over passes the input; passes differ, a seed repeats them.
 */
class McDropoutTest {

    private static final int WIDTH = 400;
    private static final double RATE = 0.25;

    @Test
    void eachPassDropsTheRatesShareAndScalesTheRestSoThePassesAverageToTheInput() throws Exception {
        ModelProto model = identityAfterDropout();
        Dataset data = inputs(50);
        List<ModelProto> passes = McDropout.passes(model, "identity", 40, 7);
        float[] plain = outputs(model, data);
        assertArrayEquals(features(data), plain, 1e-6f, "dropout off, the model is the identity");
        float[] sum = new float[plain.length];
        long zeros = 0;
        float[] first = null;
        for (ModelProto pass : passes) {
            float[] y = outputs(pass, data);
            for (int i = 0; i < y.length; i++) {
                boolean dropped = y[i] == 0;
                zeros += dropped ? 1 : 0;
                assertTrue(dropped || Math.abs(y[i] - plain[i] / (1 - RATE)) < 1e-5, "kept values are scaled by 1/(1 - rate): " + y[i]);
                sum[i] += y[i];
            }
            if (first == null) {
                first = y;
            } else {
                assertTrue(!java.util.Arrays.equals(first, y), "each pass draws its own masks");
            }
        }
        double share = (double) zeros / (passes.size() * (long) plain.length);
        assertEquals(RATE, share, 0.005, "the rate's share dropped over 800,000 values");
        double error = 0;
        for (int i = 0; i < sum.length; i++) {
            error += Math.abs(sum[i] / passes.size() - plain[i]);
        }
        // A value's mean over 40 passes strays by about x·√(p/(1−p)/40) ≈ 0.09·x: the mean stray over inputs in [0.5, 1.5).
        assertTrue(error / sum.length < 0.1, "the passes average to the input (dropout is unbiased): " + error / sum.length);
        assertArrayEquals(outputs(passes.get(3), data), outputs(McDropout.passes(model, "identity", 40, 7).get(3), data), "a seed repeats");
        assertTrue(!java.util.Arrays.equals(outputs(passes.get(3), data), outputs(McDropout.passes(model, "identity", 40, 8).get(3), data)));
    }

    @Test
    void aModelWithoutDropoutOrWithoutItsNetworkIsRefusedByName() throws Exception {
        NetworkBuilder b = new NetworkBuilder("plain", "no dropout");
        b.loss(b.dense(b.input("x", 3), "out", 2), LossKind.MSE);
        ModelProto plain = OnnxExporter.export(b.network(), new Weights(), "test").model();
        assertEquals("plain.onnx has no dropout layer: MC dropout samples the masks of a network trained with dropout (the dropout-mlp "
                + "template has two)", assertThrows(IllegalArgumentException.class, () -> McDropout.passes(plain, "plain.onnx", 5, 1))
                        .getMessage());
        ModelProto anonymous = identityAfterDropout().toBuilder().clearMetadataProps().build();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> McDropout.passes(anonymous, "imported.onnx", 5, 1)).getMessage()
                .startsWith("imported.onnx carries no Dendrite network, so its dropout rates are unknown"));
        assertThrows(IllegalArgumentException.class, () -> McDropout.passes(identityAfterDropout(), "m", 1, 1));
    }

    /** Input → Dropout(0.25) → a dense layer holding the identity: the output is what the dropout lets through. */
    private static ModelProto identityAfterDropout() throws Exception {
        NetworkBuilder b = new NetworkBuilder("mc", "dropout before the identity");
        Dropout dropout = NetworkFactory.eINSTANCE.createDropout();
        dropout.setRate(RATE);
        b.loss(b.dense(b.add(dropout, "drop", b.input("x", WIDTH)), "out", WIDTH), LossKind.MSE);
        float[] identity = new float[WIDTH * WIDTH];
        for (int i = 0; i < WIDTH; i++) {
            identity[i * WIDTH + i] = 1;
        }
        Weights weights = new Weights();
        weights.put("out", "weight", new FloatTensor(new long[] {WIDTH, WIDTH}, identity));
        weights.put("out", "bias", FloatTensor.zeros(WIDTH));
        return OnnxExporter.export(b.network(), weights, "test").model();
    }

    private static Dataset inputs(int n) {
        float[] x = new float[n * WIDTH];
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (0.5 + random.nextDouble());
        }
        return Dataset.regression("x", new long[] {WIDTH}, x, new float[n], 1);
    }

    private static float[] features(Dataset data) {
        float[] x = new float[data.size() * WIDTH];
        for (int i = 0; i < data.size(); i++) {
            data.features(i, x, i * WIDTH);
        }
        return x;
    }

    private static float[] outputs(ModelProto model, Dataset data) throws Exception {
        return ModelOutputs.of(model.toByteArray(), "model", List.of(data)).get(0).values();
    }
}
