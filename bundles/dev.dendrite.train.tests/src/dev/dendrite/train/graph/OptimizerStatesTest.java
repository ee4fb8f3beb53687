package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;

/** Momentum and RMSProp keep one flat state vector; checkpoints of the per-parameter layout still resume. */
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
}
