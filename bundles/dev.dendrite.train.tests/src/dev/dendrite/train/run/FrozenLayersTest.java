package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
import dev.dendrite.train.graph.TrainStepPipeline;

/** --freeze: frozen layers' parameters end as they started, the others train, and ids that freeze nothing or everything are refused. */
class FrozenLayersTest {

    private static Dataset pictures(int count) {
        SplittableRandom random = new SplittableRandom(4);
        float[] values = new float[count * 784];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = random.nextInt(10);
            for (int p = 0; p < 784; p++) {
                values[i * 784 + p] = (float) random.nextDouble();
            }
        }
        return Dataset.classification("pictures", new long[] {1, 28, 28}, values, labels, 10);
    }

    private static final Dataset DATA = pictures(192);

    private static TrainingConfig config(Network network, List<String> frozen) {
        return TrainingConfig.from(network).with("test", 1, 64, OptimizerKind.ADAM, 1e-2, 3L, null).withFrozenLayers(frozen);
    }

    /** The weights a run of this network and seed starts from, and those it ended with. */
    private static Map<String, FloatTensor>[] startAndEnd(String template, List<String> frozen, Path run) throws Exception {
        Network network = TemplateLibrary.find(template).orElseThrow().create();
        Map<String, FloatTensor> start = TrainStepPipeline.standard().build(network, new Weights(), config(network, frozen), GraphOptions.DEFAULT)
                .initial().flat();
        new Trainer(network, config(network, frozen), line -> { }).train(new Weights(), DATA, DATA, run, false);
        @SuppressWarnings("unchecked")
        Map<String, FloatTensor>[] both = new Map[] {start, WeightsFile.read(run.resolve(RunFiles.FINAL_WEIGHTS)).flat()};
        return both;
    }

    @Test
    void frozenLayersKeepTheirParametersAndTheOthersTrain(@TempDir Path dir) throws Exception {
        Map<String, FloatTensor>[] lenet = startAndEnd("lenet-5", List.of("conv1", "conv2"), dir.resolve("lenet"));
        for (String key : List.of("conv1/weight", "conv1/bias", "conv2/weight", "conv2/bias")) {
            assertArrayEquals(lenet[0].get(key).values(), lenet[1].get(key).values(), key + " is frozen");
        }
        for (String key : List.of("fc1/weight", "fc3/bias")) {
            assertFalse(Arrays.equals(lenet[0].get(key).values(), lenet[1].get(key).values()), key + " trains");
        }
        assertTrue(Files.readString(dir.resolve("lenet").resolve(RunFiles.CONFIG)).contains("\"frozenLayers\": [\n    \"conv1\",\n    \"conv2\"\n  ]"),
                "config.json records them");

        // A block instance stands for every layer of its block.
        Map<String, FloatTensor>[] resnet = startAndEnd("resnet-fashion", List.of("stage1"), dir.resolve("resnet"));
        List<String> block = resnet[0].keySet().stream().filter(k -> k.startsWith("residual16.") && !k.endsWith("/mean") && !k.endsWith("/var")).toList();
        assertEquals(7, block.size(), "two convolutions and their norms: " + block);
        for (String key : block) {
            assertArrayEquals(resnet[0].get(key).values(), resnet[1].get(key).values(), key + " is frozen with its block");
        }
        assertFalse(Arrays.equals(resnet[0].get("conv_stem/weight").values(), resnet[1].get("conv_stem/weight").values()),
                "the layer before the block still trains, its gradient flowing through the frozen block");
    }

    @Test
    void trainOnlyFreezesEveryOtherLayer(@TempDir Path dir) throws Exception {
        Network lenet = TemplateLibrary.find("lenet-5").orElseThrow().create();
        TrainingConfig config = config(lenet, List.of()).withTrainedLayers(List.of("fc3"));
        Map<String, FloatTensor> start = TrainStepPipeline.standard().build(lenet, new Weights(), config, GraphOptions.DEFAULT).initial().flat();
        new Trainer(lenet, config, line -> { }).train(new Weights(), DATA, DATA, dir.resolve("run"), false);
        Map<String, FloatTensor> end = WeightsFile.read(dir.resolve("run").resolve(RunFiles.FINAL_WEIGHTS)).flat();
        for (String key : end.keySet()) {
            boolean same = Arrays.equals(start.get(key).values(), end.get(key).values());
            assertEquals(!key.startsWith("fc3/"), same, key + (key.startsWith("fc3/") ? " trains" : " is frozen"));
        }
        TrainingException unknown = assertThrows(TrainingException.class, () -> new Trainer(lenet, config(lenet, List.of())
                .withTrainedLayers(List.of("fc4")), line -> { }).train(new Weights(), DATA, DATA, dir.resolve("unknown"), false));
        assertEquals("cannot train only 'fc4': no layer or block of that name has parameters; those with parameters are conv1, conv2, fc1, "
                + "fc2, fc3", unknown.getMessage());
        assertEquals("--freeze and --train-only exclude each other: give one", assertThrows(IllegalArgumentException.class,
                () -> config(lenet, List.of("conv1")).withTrainedLayers(List.of("fc3")).validate()).getMessage());
    }

    @Test
    void idsThatFreezeNothingOrEverythingAreBadInput(@TempDir Path dir) {
        Network lenet = TemplateLibrary.find("lenet-5").orElseThrow().create();
        TrainingException unknown = assertThrows(TrainingException.class, () -> new Trainer(lenet, config(lenet, List.of("conv1", "pool1")),
                line -> { }).train(new Weights(), DATA, DATA, dir.resolve("unknown"), false));
        assertTrue(unknown.isBadInput());
        assertEquals("cannot freeze 'pool1': no layer or block of that name has parameters; those with parameters are conv1, conv2, fc1, fc2, "
                + "fc3", unknown.getMessage());
        TrainingException all = assertThrows(TrainingException.class, () -> new Trainer(lenet, config(lenet, List.of("conv1", "conv2",
                "fc1", "fc2", "fc3")), line -> { }).train(new Weights(), DATA, DATA, dir.resolve("all"), false));
        assertEquals("freezing conv1, conv2, fc1, fc2, fc3 leaves nothing to train: every layer with parameters is frozen", all.getMessage());
        assertFalse(Files.exists(dir.resolve("unknown")) || Files.exists(dir.resolve("all")), "no run directory for runs that cannot start");
    }
}
