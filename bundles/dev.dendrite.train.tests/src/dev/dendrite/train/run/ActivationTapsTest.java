package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtSession;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.onnx.weights.WeightsFile;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.data.SyntheticData;

/** Activation taps: the probe set's activations per layer before training and after every epoch, as the trained model computes them. */
class ActivationTapsTest {

    @Test
    void tapsRecordEachCheckpointsActivationsOfTheProbeSet(@TempDir Path dir) throws Exception {
        Network network = TemplateLibrary.find("mlp-classifier").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with(null, 3, null, null, null, 2L, null);
        Dataset test = SyntheticData.twoMoons(300, 0.1, 9);
        new Trainer(network, config, l -> { }).withActivationTaps(List.of(), 50).train(new Weights(), SyntheticData.twoMoons(1000, 0.1, 8),
                test, dir, false);
        for (int epoch = 0; epoch <= 3; epoch++) {
            assertTrue(Files.exists(dir.resolve("activations").resolve("epoch-" + epoch + ".onnx")), "epoch " + epoch);
        }
        Weights last = WeightsFile.read(dir.resolve("activations").resolve("epoch-3.onnx"));
        Weights first = WeightsFile.read(dir.resolve("activations").resolve("epoch-0.onnx"));
        String output = network.getLayers().get(network.getLayers().size() - 2).getId();
        var logits = last.get(output, "activations").orElseThrow();
        assertArrayEquals(new long[] {50, 2}, logits.shape());
        assertTrue(!java.util.Arrays.equals(first.get(output, "activations").orElseThrow().values(), logits.values()), "training changed them");
        float[] labels = last.get("probe", "labels").orElseThrow().values();
        for (int i = 0; i < 50; i++) {
            assertEquals(test.label(i), (int) labels[i]);
        }
        // The last checkpoint's taps are what the trained model computes for the same samples.
        float[] x = new float[50 * 2];
        for (int i = 0; i < 50; i++) {
            test.features(i, x, 2 * i);
        }
        var inputs = last.get("probe", "inputs").orElseThrow();
        assertArrayEquals(new long[] {50, 2}, inputs.shape());
        assertArrayEquals(x, inputs.values(), "the raw probe inputs are recorded beside the activations");
        try (ModelSession model = OnnxRuntime.open(Files.readAllBytes(dir.resolve(RunFiles.MODEL)), "model", RuntimeSettings.forTrainer());
             OnnxTensor input = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x), new long[] {50, 2});
             OrtSession.Result result = model.session().run(Map.of(model.inputNames().iterator().next(), input))) {
            FloatBuffer out = ((OnnxTensor) result.get(0)).getFloatBuffer();
            for (int i = 0; i < logits.values().length; i++) {
                assertEquals(out.get(i), logits.values()[i], 1e-5f, "logit " + i);
            }
        }
        TrainingException unknown = assertThrows(TrainingException.class, () -> new Trainer(network, config, l -> { })
                .withActivationTaps(List.of("nowhere"), 10).train(new Weights(), test, test, dir.resolve("bad"), false));
        assertTrue(unknown.getMessage().startsWith("no layer 'nowhere' to tap; the network's layers are "), unknown.getMessage());
    }

    @Test
    void chosenCheckpointsAreRecordedAndTheLastAlways(@TempDir Path dir) throws Exception {
        Network network = TemplateLibrary.find("mlp-classifier").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with(null, 5, null, null, null, 2L, null);
        new Trainer(network, config, l -> { }).withActivationTaps(List.of(), 20, 2).train(new Weights(), SyntheticData.twoMoons(400, 0.1, 8),
                SyntheticData.twoMoons(100, 0.1, 9), dir, false);
        try (var files = Files.list(dir.resolve("activations"))) {
            assertEquals(List.of("epoch-0.onnx", "epoch-2.onnx", "epoch-4.onnx", "epoch-5.onnx"), files.map(f -> f.getFileName().toString())
                    .sorted(java.util.Comparator.comparingInt(n -> Integer.parseInt(n.replaceAll("\\D", "")))).toList());
        }
        assertThrows(IllegalArgumentException.class, () -> new Trainer(network, config, l -> { }).withActivationTaps(List.of(), 20, 0));
    }
}
