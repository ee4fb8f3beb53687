package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

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

/** Dropout, BatchNorm and L1/L2 penalties behave differently in training and inference, as they should. */
class RegularisationBehaviourTest {

    private static TrainingResult train(String template, int epochs, Path dir, Dataset data) throws Exception {
        Network network = TemplateLibrary.find(template).orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with("test", epochs, 50, OptimizerKind.ADAM, 1e-3, 3L, null)
                .withSchedule("constant", 0, 0, 0, false, 0, 0, 0, 0);
        return new Trainer(network, config, line -> { }).train(new Weights(), data, data, dir, false);
    }

    @Test
    void dropoutTrainsWithMasksButEvaluatesWithout(@TempDir Path dir) throws Exception {
        Dataset data = TrainerTest.moonsAsImages(200);
        TrainingResult result = train("dropout-mlp", 3, dir, data);
        // The same data and weights give different training losses (random masks) than the inference loss.
        List<Double> losses = result.stepLosses();
        assertNotEquals(losses.get(losses.size() - 1), result.testLoss());
        // The exported inference model has no dropout: no Mul with a mask input, only Identity.
        var model = ai.onnx.proto.OnnxMl.ModelProto.parseFrom(java.nio.file.Files.readAllBytes(dir.resolve("model.onnx")));
        assertTrue(model.getGraph().getInputList().stream().noneMatch(i -> i.getName().endsWith("/mask")));
        assertTrue(model.getGraph().getNodeList().stream().filter(n -> n.getOpType().equals("Identity")).count() >= 2);
    }

    @Test
    void batchNormLearnsRunningStatisticsForInference(@TempDir Path dir) throws Exception {
        Dataset data = TrainerTest.moonsAsImages(200);
        train("batchnorm-mlp", 3, dir, data);
        Weights trained = WeightsFile.read(dir.resolve("final.weights.onnx"));
        FloatTensor mean = trained.get("batchnorm1", "mean").orElseThrow();
        FloatTensor var = trained.get("batchnorm1", "var").orElseThrow();
        double meanMagnitude = 0;
        double varianceChange = 0;
        for (int i = 0; i < mean.size(); i++) {
            meanMagnitude += Math.abs(mean.values()[i]);
            varianceChange += Math.abs(var.values()[i] - 1);
        }
        assertTrue(meanMagnitude > 1e-3, "running means moved away from their start (0)");
        assertTrue(varianceChange > 1e-3, "running variances moved away from their start (1)");
        assertEquals(256, mean.size());
    }

    @Test
    void anL1PenaltyDrivesWeightsTowardsZero(@TempDir Path dir) throws Exception {
        Dataset data = TrainerTest.moonsAsImages(200);
        train("l1-sparse-mlp", 20, dir.resolve("l1"), data);
        Network plain = TemplateLibrary.find("l1-sparse-mlp").orElseThrow().create();
        plain.getLayers().forEach(l -> l.setRegularization(null));
        TrainingConfig config = TrainingConfig.from(plain).with("test", 20, 50, OptimizerKind.ADAM, 1e-3, 3L, null)
                .withSchedule("constant", 0, 0, 0, false, 0, 0, 0, 0);
        new Trainer(plain, config, line -> { }).train(new Weights(), data, data, dir.resolve("plain"), false);
        double withL1 = magnitude(WeightsFile.read(dir.resolve("l1/final.weights.onnx")).get("fc1", "weight").orElseThrow());
        double without = magnitude(WeightsFile.read(dir.resolve("plain/final.weights.onnx")).get("fc1", "weight").orElseThrow());
        assertTrue(withL1 < 0.8 * without, "L1 shrinks the first layer: " + withL1 + " vs " + without);
    }

    @Test
    void anL2PenaltyShrinksTheWeights(@TempDir Path dir) throws Exception {
        Dataset data = TrainerTest.moonsAsImages(200);
        double[] norms = new double[2];
        double[] penalties = {0.0, 0.5};
        for (int i = 0; i < 2; i++) {
            Network network = TemplateLibrary.find("lenet-300-100").orElseThrow().create();
            network.setRegularization(dev.dendrite.model.templates.NetworkBuilder.penalty(0, penalties[i]));
            TrainingConfig config = TrainingConfig.from(network).with("test", 10, 50, OptimizerKind.SGD, 0.05, 3L, null)
                    .withSchedule("constant", 0, 0, 0, false, 0, 0, 0, 0);
            Path run = dir.resolve("l2-" + i);
            new Trainer(network, config, line -> { }).train(new Weights(), data, data, run, false);
            FloatTensor w = WeightsFile.read(run.resolve("final.weights.onnx")).get("fc2", "weight").orElseThrow();
            double sum = 0;
            for (float v : w.values()) {
                sum += v * v;
            }
            norms[i] = Math.sqrt(sum);
        }
        assertTrue(norms[1] < 0.9 * norms[0], "L2 shrinks the weights: " + norms[1] + " vs " + norms[0]);
    }

    @Test
    void inputNormalisationLearnsItsStatisticsFromTheTrainingData(@TempDir Path dir) throws Exception {
        Network network = TemplateLibrary.find("mlp-classifier").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 50, OptimizerKind.ADAM, 1e-3, 3L, null);
        Dataset moons = dev.dendrite.train.data.SyntheticData.twoMoons(500, 0.1, 1);
        new Trainer(network, config, line -> { }).train(new Weights(), moons, moons, dir, false);
        Weights trained = WeightsFile.read(dir.resolve("final.weights.onnx"));
        FloatTensor shift = trained.get("standardize", "shift").orElseThrow();
        // Two moons: x spans [-1, 2] around 0.5, y spans [-0.5, 1] around 0.25.
        assertEquals(0.5, shift.values()[0], 0.1);
        assertEquals(0.25, shift.values()[1], 0.1);
    }

    private static double magnitude(FloatTensor t) {
        double sum = 0;
        for (float v : t.values()) {
            sum += Math.abs(v);
        }
        return sum;
    }
}
