package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtSession;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.sequence.CellType;
import dev.dendrite.model.network.sequence.Recurrent;
import dev.dendrite.model.network.sequence.SequenceFactory;
import dev.dendrite.model.network.sequence.SequenceOutput;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.config.TrainingConfig;

/**
 * Recurrent layers in training: the unrolled cells compute what the fused ONNX ops of the export
 * compute (same weights, same outputs), and backpropagation through time gives the loss's
 * gradients (checked against central finite differences of the train step's own loss).
 */
class RecurrentTrainingTest {

    private static final int N = 3;
    private static final int T = 5;
    private static final int F = 3;
    private static final int OUT = 2;

    static Stream<Arguments> cells() {
        return Stream.of(Arguments.of(CellType.RNN, false, SequenceOutput.SEQUENCE, 0), Arguments.of(CellType.LSTM, false, SequenceOutput.LAST, 0),
                Arguments.of(CellType.GRU, false, SequenceOutput.SEQUENCE, 0), Arguments.of(CellType.LSTM, true, SequenceOutput.SEQUENCE, 0),
                Arguments.of(CellType.GRU, true, SequenceOutput.LAST, 0), Arguments.of(CellType.RNN, true, SequenceOutput.LAST, 0),
                Arguments.of(CellType.LSTM, false, SequenceOutput.SEQUENCE, 4), Arguments.of(CellType.GRU, false, SequenceOutput.SEQUENCE, 4));
    }

    /** x [N, T, F] (or [N, F] when generating) → recurrent → dense "head" per step or on the last hidden state → MSE. */
    static Network network(CellType cell, boolean bidirectional, SequenceOutput output, int generate) {
        NetworkBuilder b = new NetworkBuilder("rnn-check", "one recurrent layer under a linear head");
        Recurrent rnn = SequenceFactory.eINSTANCE.createRecurrent();
        rnn.setCell(cell);
        rnn.setHiddenSize(4);
        rnn.setBidirectional(bidirectional);
        rnn.setOutput(output);
        rnn.setGenerateSteps(generate);
        Layer x = b.add(rnn, "rnn", generate > 0 ? b.input("x", F) : b.sequence("x", F));
        b.loss(b.dense(x, "head", OUT), LossKind.MSE);
        return b.training("test", 1, N, OptimizerKind.SGD, 1.0).network();
    }

    private static long[] inputShape(int generate) {
        return generate > 0 ? new long[] {N, F} : new long[] {N, T, F};
    }

    private static long[] targetShape(SequenceOutput output, int generate) {
        return generate > 0 ? new long[] {N, generate, OUT} : output == SequenceOutput.LAST ? new long[] {N, OUT} : new long[] {N, T, OUT};
    }

    private static float[] random(long[] shape, long seed) {
        long count = 1;
        for (long d : shape) {
            count *= d;
        }
        SplittableRandom random = new SplittableRandom(seed);
        float[] values = new float[(int) count];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (random.nextDouble() * 2 - 1);
        }
        return values;
    }

    private static TrainingGraphs graphs(Network network, TrainStepPipeline pipeline) throws Exception {
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, N, OptimizerKind.SGD, 1.0, 1L, null);
        return pipeline.build(network, new Weights(), config, GraphOptions.DEFAULT.withSequenceLength(T));
    }

    @ParameterizedTest(name = "{0} bidirectional={1} {2} generate={3}")
    @MethodSource("cells")
    void unrolledCellsGiveTheFusedExportsOutputs(CellType cell, boolean bidirectional, SequenceOutput output, int generate) throws Exception {
        Network network = network(cell, bidirectional, output, generate);
        TrainStepPipeline exposing = TrainStepPipeline.standard().insertAfter("forward", OutputStepAccess.exposing("head", Ports.OUT, "head_out"));
        long[] xShape = inputShape(generate);
        float[] x = random(xShape, 11);
        long[] yShape = targetShape(output, generate);
        try (StepRunner runner = new StepRunner(graphs(network, exposing))) {
            float[] trained = runner.run(x, xShape, random(yShape, 12), yShape, null, null, 0.0, 1, false).get("head_out");
            float[] exported = runExport(network, runner.graphs.initial(), x, xShape);
            assertEquals(exported.length, trained.length);
            for (int i = 0; i < trained.length; i++) {
                assertEquals(exported[i], trained[i], 2e-5f, "output " + i);
            }
        }
    }

    @ParameterizedTest(name = "{0} bidirectional={1} {2} generate={3}")
    @MethodSource("cells")
    void backpropagationThroughTimeMatchesFiniteDifferences(CellType cell, boolean bidirectional, SequenceOutput output, int generate)
            throws Exception {
        Network network = network(cell, bidirectional, output, generate);
        long[] xShape = inputShape(generate);
        float[] x = random(xShape, 21);
        long[] yShape = targetShape(output, generate);
        float[] y = random(yShape, 22);
        try (StepRunner runner = new StepRunner(graphs(network, TrainStepPipeline.standard()))) {
            for (String parameter : new String[] {"rnn/W", "rnn/R", "rnn/B"}) {
                float[] start = runner.values.get(parameter).clone();
                runner.run(x, xShape, y, yShape, null, null, 1.0, 1, true);
                float[] updated = runner.values.get(parameter).clone();
                runner.graphs.initial().flat().forEach((name, tensor) -> runner.values.put(name, tensor.values().clone()));
                double h = 1e-2;
                int checked = 0;
                for (int e = 0; e < start.length; e++) {
                    double analytic = start[e] - updated[e];
                    double plus = loss(runner, parameter, start, e, h, x, xShape, y, yShape);
                    double minus = loss(runner, parameter, start, e, -h, x, xShape, y, yShape);
                    double numeric = (plus - minus) / (2 * h);
                    assertTrue(Math.abs(analytic - numeric) <= 3e-4 + 2e-2 * Math.abs(numeric),
                            cell + ": d loss / d " + parameter + "[" + e + "] analytic " + analytic + ", numeric " + numeric);
                    checked += analytic != 0 ? 1 : 0;
                }
                assertTrue(checked > start.length / 2, parameter + " receives gradients");
            }
        }
    }

    private static double loss(StepRunner runner, String parameter, float[] start, int element, double h, float[] x, long[] xShape, float[] y,
            long[] yShape) throws Exception {
        float[] moved = start.clone();
        moved[element] += (float) h;
        runner.values.put(parameter, moved);
        double loss = runner.run(x, xShape, y, yShape, null, null, 1.0, 1, false).get("loss")[0];
        runner.values.put(parameter, start.clone());
        return loss;
    }

    private static float[] runExport(Network network, Weights weights, float[] x, long[] shape) throws Exception {
        byte[] model = OnnxExporter.export(network, weights, "test").model().toByteArray();
        try (ModelSession session = OnnxRuntime.open(model, "export", RuntimeSettings.forTrainer());
             OnnxTensor input = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x), shape);
             OrtSession.Result result = session.session().run(Map.of("x", input))) {
            FloatBuffer out = ((OnnxTensor) result.get(0)).getFloatBuffer();
            float[] values = new float[out.remaining()];
            out.get(values);
            return values;
        }
    }
}
