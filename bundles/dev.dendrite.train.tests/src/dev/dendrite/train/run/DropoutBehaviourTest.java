package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtSession;
import dev.dendrite.model.network.Dropout;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.graph.GraphOptions;
import dev.dendrite.train.graph.OutputStepAccess;
import dev.dendrite.train.graph.StepRunner;
import dev.dendrite.train.graph.TrainStepPipeline;
import dev.dendrite.train.graph.TrainingGraphs;

/** Dropout in training multiplies by fresh masks scaled by 1/(1 − p); in inference it is the identity, deterministic. */
class DropoutBehaviourTest {

    private static final int N = 16;
    private static final int FEATURES = 64;
    private static final double P = 0.25;

    private static Network network() {
        NetworkBuilder b = new NetworkBuilder("dropout", "input, dropout, dense, MSE");
        Dropout dropout = NetworkFactory.eINSTANCE.createDropout();
        dropout.setRate(P);
        Layer dropped = b.add(dropout, "drop", b.input("x", FEATURES));
        b.loss(b.dense(dropped, "fc", 1), LossKind.MSE);
        return b.training("test", 1, N, OptimizerKind.SGD, 0.1).network();
    }

    @Test
    void trainingMasksDifferBetweenStepsAndAreScaled() throws Exception {
        Network network = network();
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, N, OptimizerKind.SGD, 0.1, 9L, null);
        TrainingGraphs graphs = TrainStepPipeline.standard().insertAfter("outputs", OutputStepAccess.exposing("drop", Ports.OUT, "dropped"))
                .build(network, new Weights(), config, GraphOptions.DEFAULT);
        assertEquals(1, graphs.randomInputs().size(), "one mask per step");
        float[] ones = new float[N * FEATURES];
        Arrays.fill(ones, 1f);
        float[] targets = new float[N];
        try (StepRunner runner = new StepRunner(graphs)) {
            float[] first = dropped(runner, graphs, ones, targets, 0);
            float[] second = dropped(runner, graphs, ones, targets, 1);
            float scaled = (float) (1 / (1 - P));
            int kept = 0;
            for (float v : first) {
                assertTrue(v == 0f || v == scaled, "each unit is dropped (0) or kept and scaled by 1/(1-p): " + v);
                kept += v == 0f ? 0 : 1;
            }
            double keptFraction = kept / (double) first.length;
            assertEquals(1 - P, keptFraction, 0.05, "about 1 - p of the units are kept");
            assertEquals(1.0, mean(first), 0.07, "so the expected activation is unchanged");
            assertFalse(Arrays.equals(first, second), "another step draws another mask");
            assertArrayEquals(first, dropped(runner, graphs, ones, targets, 0), "the mask of a step is reproducible from the seed");
        }
    }

    @Test
    void inferenceIsTheIdentityAndDeterministic() throws Exception {
        byte[] model = OnnxExporter.export(network(), new Weights(), "test").model().toByteArray();
        float[] x = new float[N * FEATURES];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) Math.sin(i);
        }
        try (ModelSession session = OnnxRuntime.open(model, "export", RuntimeSettings.forTrainer())) {
            float[] once = run(session, x);
            float[] twice = run(session, x);
            assertArrayEquals(once, twice, "inference gives the same outputs every time");
        }
        TrainingGraphs graphs = TrainStepPipeline.standard().build(network(), new Weights(),
                TrainingConfig.from(network()).with("test", 1, N, null, null, null, null), GraphOptions.DEFAULT);
        assertTrue(graphs.evaluation().getGraph().getNodeList().stream().noneMatch(n -> n.getOpType().startsWith("Random")
                || n.getInputList().stream().anyMatch(i -> i.endsWith("/mask"))), "the evaluation graph applies no mask");
        assertTrue(graphs.evaluation().getGraph().getNodeList().stream().anyMatch(n -> n.getOpType().equals("Identity")
                && n.getName().contains("drop")), "dropout is the identity there");
    }

    private static float[] dropped(StepRunner runner, TrainingGraphs graphs, float[] x, float[] targets, long step) throws Exception {
        var input = graphs.randomInputs().get(0);
        try (OnnxTensor mask = Feeds.random(OnnxRuntime.environment(), input, N, 9L, step, 0)) {
            runner.extra.put(input.name(), mask);
            return runner.run(x, N, targets, null, 0.1, step + 1, false).get("dropped");
        } finally {
            runner.extra.clear();
        }
    }

    private static float[] run(ModelSession session, float[] x) throws Exception {
        try (OnnxTensor input = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x), new long[] {N, FEATURES});
             OrtSession.Result result = session.session().run(Map.of(session.inputNames().iterator().next(), input))) {
            FloatBuffer buffer = ((OnnxTensor) result.get(0)).getFloatBuffer();
            float[] values = new float[buffer.remaining()];
            buffer.get(values);
            return values;
        }
    }

    private static double mean(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
