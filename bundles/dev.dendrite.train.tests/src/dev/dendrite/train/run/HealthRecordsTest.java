package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;

import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.SyntheticData;

/** Health records every N steps in the metrics, with one warning per layer and kind, and the same training as without them. */
class HealthRecordsTest {

    private static Network network() {
        NetworkBuilder b = new NetworkBuilder("dying", "two moons through a ReLU layer");
        Layer x = b.dense(b.input("x", 2), "fc1", 16, ActivationFunction.RELU);
        b.loss(b.dense(x, "fc2", 2), LossKind.CROSS_ENTROPY);
        return b.training("synthetic:two-moons", 3, 32, OptimizerKind.SGD, 0.1).network();
    }

    @Test
    void deadUnitsAreRecordedAndWarnedOnceWithoutChangingTheTraining(@TempDir Path dir) throws Exception {
        Weights dead = new Weights();
        float[] bias = new float[16];
        java.util.Arrays.fill(bias, -20f); // inputs are within ±2: every unit of fc1 stays negative, so relu1 is dead
        dead.put("fc1", "bias", new FloatTensor(new long[] {16}, bias));
        TrainingConfig config = TrainingConfig.from(network()).withSeed(1L);
        List<String> lines = new ArrayList<>();
        TrainingResult measured = new Trainer(network(), config, lines::add).withHealthEvery(10)
                .train(dead, SyntheticData.twoMoons(640, 0.1, 1), SyntheticData.twoMoons(200, 0.1, 2), dir.resolve("health"), false);
        TrainingResult plain = new Trainer(network(), config, l -> { })
                .train(dead, SyntheticData.twoMoons(640, 0.1, 1), SyntheticData.twoMoons(200, 0.1, 2), dir.resolve("plain"), false);
        assertEquals(plain.stepLosses(), measured.stepLosses(), "the statistics variant makes the same updates");
        List<Map<?, ?>> records = Files.readAllLines(dir.resolve("health").resolve(RunFiles.METRICS)).stream()
                .<Map<?, ?>>map(l -> new Gson().fromJson(l, Map.class)).filter(r -> "health".equals(r.get("type"))).toList();
        // 576 training samples (10% validation) in batches of 32: 18 steps an epoch, 54 in all, a record every 10.
        assertEquals(5, records.size());
        Map<?, ?> relu = (Map<?, ?>) ((Map<?, ?>) records.get(0).get("layers")).get("relu1");
        assertEquals(1.0, ((Number) relu.get("dead")).doubleValue());
        assertEquals(32.0 * 16, ((List<?>) relu.get("histogram")).stream().mapToDouble(c -> ((Number) c).doubleValue()).sum());
        assertEquals(1, lines.stream().filter(l -> l.contains("of relu1's units are dead")).count(), lines.toString());
        RunRecord read = RunReader.read(dir.resolve("health"));
        assertTrue(read.steps().stream().allMatch(MetricRecord::isStep), "health records are not steps");
        assertEquals(3, read.epochs().size());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("warning at step 10: 100% of relu1's units are dead")), lines.toString());
    }
}
