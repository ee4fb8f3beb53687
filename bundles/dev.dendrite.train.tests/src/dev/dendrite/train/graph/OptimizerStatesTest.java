package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;

/**
 * Momentum, Adam and RMSProp keep one flat state vector; checkpoints of the per-parameter layout
 * and of the weighted-average moments still resume, to the same steps.
 */
class OptimizerStatesTest {

    @Test
    void momentumKeepsOneFlatVelocityAndAnOldCheckpointsPerParameterVelocityIsCarriedOver() throws Exception {
        Network network = StepRunner.tiny(3, 2, LossKind.MSE, 0, 0);
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 4, OptimizerKind.SGD, 0.1, 1L, null)
                .withSchedule("constant", 0, 0, 0.9, false, 0, 0, 0, 0);
        TrainingGraphs graphs = TrainStepPipeline.standard().build(network, new Weights(), config, GraphOptions.DEFAULT);
        assertEquals(List.of(Optimizers.MOMENTUM_VELOCITY), graphs.state());
        assertEquals(8, graphs.initial().flat().get(Optimizers.MOMENTUM_VELOCITY).size(), "a 3×2 weight and 2 biases");

        Weights old = new Weights();
        graphs.initial().flat().forEach((key, tensor) -> {
            if (!key.equals(Optimizers.MOMENTUM_VELOCITY)) {
                String[] parts = Weights.split(key);
                old.put(parts[0], parts[1], tensor);
            }
        });
        float next = 1;
        for (String parameter : graphs.parameters()) {
            FloatTensor value = graphs.initial().flat().get(parameter);
            float[] values = new float[value.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = next++;
            }
            String[] parts = Weights.split(parameter + ":velocity");
            old.put(parts[0], parts[1], new FloatTensor(value.shape(), values));
        }
        float[] expected = new float[8];
        for (int i = 0; i < 8; i++) {
            expected[i] = i + 1;
        }
        assertArrayEquals(expected, OptimizerStates.resumable(old, graphs).flat().get(Optimizers.MOMENTUM_VELOCITY).values(),
                "the per-parameter velocities, concatenated in the order of the gradients");

        Weights without = new Weights();
        graphs.parameters().forEach(p -> {
            String[] parts = Weights.split(p);
            without.put(parts[0], parts[1], graphs.initial().flat().get(p));
        });
        assertArrayEquals(new float[8], OptimizerStates.resumable(without, graphs).flat().get(Optimizers.MOMENTUM_VELOCITY).values(),
                "no velocity at all: zeros, the step's starting value");
    }

    @Test
    void rmsPropKeepsOneFlatSquareAndPlainSgdNone() throws Exception {
        Network network = StepRunner.tiny(3, 2, LossKind.MSE, 0, 0);
        TrainingConfig rms = TrainingConfig.from(network).with("test", 1, 4, OptimizerKind.RMSPROP, 0.01, 1L, null);
        assertEquals(List.of(Optimizers.RMSPROP_SQUARE), TrainStepPipeline.standard().build(network, new Weights(), rms, GraphOptions.DEFAULT)
                .state());
        TrainingConfig sgd = TrainingConfig.from(network).with("test", 1, 4, OptimizerKind.SGD, 0.1, 1L, null)
                .withSchedule("constant", 0, 0, 0, false, 0, 0, 0, 0);
        assertEquals(List.of(), TrainStepPipeline.standard().build(network, new Weights(), sgd, GraphOptions.DEFAULT).state());
    }

    @Test
    void theFlatStatesOrderCoversEveryTrainedParameterOnceInItsOrder() throws Exception {
        Network network = dev.dendrite.model.templates.TemplateLibrary.find("mlp-classifier").orElseThrow().create();
        TrainingConfig adam = TrainingConfig.from(network).with("test", 1, 4, OptimizerKind.ADAM, 0.01, 1L, null);
        for (GraphOptions options : List.of(GraphOptions.DEFAULT, GraphOptions.DEFAULT.freezing(java.util.Set.of("hidden1"), java.util.Set.of()))) {
            TrainingGraphs graphs = TrainStepPipeline.standard().build(network, new Weights(), adam, options);
            List<String> order = graphs.flatStateOrder();
            List<String> trained = graphs.feedback().values().stream().filter(p -> graphs.roles().get(p) == ParameterRole.WEIGHT
                    || graphs.roles().get(p) == ParameterRole.BIAS).toList();
            assertEquals(new java.util.HashSet<>(trained), new java.util.HashSet<>(order), "every trained parameter: " + options.frozenLayers());
            assertEquals(order.size(), new java.util.HashSet<>(order).size(), "each once");
            assertFalse(order.stream().anyMatch(p -> p.startsWith("hidden1/")) && !options.frozenLayers().isEmpty(), "a frozen layer has no state");
            long size = order.stream().mapToLong(p -> graphs.initial().flat().get(p).values().length).sum();
            assertEquals(graphs.initial().flat().get(TrainingGraphs.ADAM_SECOND_MOMENT).values().length, size, "the state's length");
        }
        TrainingConfig sgd = adam.with(null, null, null, OptimizerKind.SGD, 0.1, null, null).withSchedule("constant", 0, 0, 0, false, 0, 0, 0, 0);
        assertEquals(List.of(), TrainStepPipeline.standard().build(network, new Weights(), sgd, GraphOptions.DEFAULT).flatStateOrder(),
                "plain SGD keeps no flat state");
    }

    @Test
    void adamAndRmsPropCheckpointsOfTheAverageFormResumeToTheSameSteps() throws Exception {
        assertResumesFromAverageForm(OptimizerKind.ADAM, List.of(Optimizers.ADAM_M, Optimizers.ADAM_V), List.of("optimizer/adam:m",
                "optimizer/adam:v"), List.of(1 - Optimizers.BETA1, 1 - Optimizers.BETA2));
        assertResumesFromAverageForm(OptimizerKind.RMSPROP, List.of(Optimizers.RMSPROP_SQUARE), List.of("optimizer/rmsprop:square"),
                List.of(1 - Optimizers.RMS_DECAY));
    }

    /**
     * Three steps, then the state written as an earlier version did (each sum times its average's
     * weight, under the old name): resumed from that, the fourth step moves every parameter and
     * sum as the uninterrupted run does.
     */
    private static void assertResumesFromAverageForm(OptimizerKind optimizer, List<String> sums, List<String> oldNames, List<Double> weights)
            throws Exception {
        Network network = StepRunner.tiny(3, 2, LossKind.MSE, 0, 0);
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 4, optimizer, 0.01, 1L, null);
        TrainingGraphs graphs = TrainStepPipeline.standard().build(network, new Weights(), config, GraphOptions.DEFAULT);
        assertEquals(sums, graphs.state());
        float[] x = {0.5f, -1, 2, 1, 0.25f, -0.5f, -2, 1.5f, 0, 0.75f, 1, -1};
        float[] t = {1, -1, 0.5f, 2, -0.5f, 0, 1, 1};
        try (StepRunner run = new StepRunner(graphs); StepRunner again = new StepRunner(graphs)) {
            for (int k = 1; k <= 3; k++) {
                run.run(x, 4, t, null, 0.01, k, true);
            }
            Weights old = new Weights();
            run.values.forEach((name, values) -> {
                int s = sums.indexOf(name);
                float[] written = values.clone();
                for (int i = 0; s >= 0 && i < written.length; i++) {
                    written[i] *= weights.get(s).floatValue();
                }
                String[] parts = Weights.split(s >= 0 ? oldNames.get(s) : name);
                old.put(parts[0], parts[1], new FloatTensor(graphs.initial().flat().get(name).shape(), written));
            });
            Weights resumed = OptimizerStates.resumable(old, graphs);
            oldNames.forEach(name -> assertFalse(resumed.flat().containsKey(name), name + " is converted, not carried over"));
            resumed.flat().forEach((name, tensor) -> again.values.put(name, tensor.values().clone()));
            run.run(x, 4, t, null, 0.01, 4, true);
            again.run(x, 4, t, null, 0.01, 4, true);
            for (String name : graphs.initial().flat().keySet()) {
                float[] expected = run.values.get(name);
                float[] actual = again.values.get(name);
                for (int i = 0; i < expected.length; i++) {
                    assertEquals(expected[i], actual[i], 1e-6 + 1e-5 * Math.abs(expected[i]), optimizer + ", " + name + "[" + i + "] after resuming");
                }
            }
        }
    }
}
