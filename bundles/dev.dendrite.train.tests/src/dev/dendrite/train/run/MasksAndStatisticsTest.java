package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.onnx.weights.WeightsFile;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.graph.GraphOptions;
import dev.dendrite.train.graph.TrainStepBuilder;
import dev.dendrite.train.graph.TrainingGraphs;

/** The train step's pruning masks keep pruned weights at zero; activation statistics are outputs. */
class MasksAndStatisticsTest {

    /** The mean cross-entropy of the exported model.onnx on the data (labels as class indices). */
    private static double evaluate(Path run, Dataset data) throws Exception {
        try (var session = dev.dendrite.runtime.OnnxRuntime.open(run.resolve("model.onnx"), dev.dendrite.runtime.RuntimeSettings.forTrainer())) {
            float[] x = new float[data.size() * data.sampleSize()];
            for (int i = 0; i < data.size(); i++) {
                data.features(i, x, i * data.sampleSize());
            }
            try (var input = ai.onnxruntime.OnnxTensor.createTensor(dev.dendrite.runtime.OnnxRuntime.environment(), java.nio.FloatBuffer.wrap(x),
                    new long[] {data.size(), data.sampleSize()});
                 var result = session.session().run(java.util.Map.of(session.inputNames().iterator().next(), input))) {
                float[][] logits = (float[][]) result.get(0).getValue();
                double loss = 0;
                for (int i = 0; i < logits.length; i++) {
                    double max = Double.NEGATIVE_INFINITY;
                    for (float v : logits[i]) {
                        max = Math.max(max, v);
                    }
                    double sum = 0;
                    for (float v : logits[i]) {
                        sum += Math.exp(v - max);
                    }
                    loss += -(logits[i][data.label(i)] - max - Math.log(sum));
                }
                return loss / logits.length;
            }
        }
    }

    @Test
    void prunedWeightsStayZeroThroughTraining(@TempDir Path dir) throws Exception {
        Network network = TemplateLibrary.find("lenet-300-100").orElseThrow().create();
        Weights start = new Weights();
        FloatTensor weights = FloatTensor.zeros(784, 300);
        FloatTensor mask = FloatTensor.zeros(784, 300);
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < weights.size(); i++) {
            if (random.nextDouble() < 0.2) {
                mask.values()[i] = 1;
                weights.values()[i] = (float) (random.nextDouble() - 0.5) * 0.1f;
            }
        }
        start.put("fc1", "weight", weights);
        start.put("fc1", "weight:mask", mask);
        Dataset data = TrainerTest.moonsAsImages(200);
        TrainingConfig config = TrainingConfig.from(network).with("test", 3, 50, OptimizerKind.ADAM, 1e-2, 1L, null);
        TrainingResult result = new Trainer(network, config, line -> { }).withOptions(new GraphOptions(true, false))
                .train(start, data, data, dir, false);
        // Evaluation applies the masks too: the test loss is that of the exported (masked) model.
        assertEquals(result.testLoss(), evaluate(dir, data), 1e-4, "the reported test loss is the pruned network's");
        FloatTensor trained = WeightsFile.read(dir.resolve("final.weights.onnx")).get("fc1", "weight").orElseThrow();
        int kept = 0;
        for (int i = 0; i < trained.size(); i++) {
            if (mask.values()[i] == 0) {
                assertEquals(0f, trained.values()[i], "pruned weight " + i + " stays zero");
            } else if (trained.values()[i] != weights.values()[i]) {
                kept++;
            }
        }
        // Only the first two of the 784 inputs carry data here, so only their unpruned weights receive gradients.
        int trainable = 0;
        for (int i = 0; i < 2 * 300; i++) {
            trainable += (int) mask.values()[i];
        }
        assertTrue(kept >= 0.9 * trainable, "unpruned weights train: " + kept + " of " + trainable + " changed");
    }

    @Test
    void activationStatisticsAreTrainStepOutputs() throws Exception {
        Network network = TemplateLibrary.find("lenet-5").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network);
        TrainingGraphs graphs = TrainStepBuilder.build(network, new Weights(), config, new GraphOptions(true, true));
        var outputs = graphs.trainStep().getGraph().getOutputList().stream().map(o -> o.getName()).toList();
        assertTrue(outputs.contains("act_mean:conv1") && outputs.contains("act_std:relu1") && outputs.contains("act_std:fc3"), outputs.toString());
        var inputs = graphs.trainStep().getGraph().getInputList().stream().map(i -> i.getName()).toList();
        assertTrue(inputs.contains("conv1/weight:mask") && inputs.contains("fc1/weight:mask") && !inputs.contains("fc1/bias:mask"), inputs.toString());
    }
}
