package dev.dendrite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** dendrite collapse: neural collapse of a trained classifier, at its end and at every recorded epoch; the report kept; one-line errors. */
class CollapseCommandTest {

    private final CliHarness cli = new CliHarness();

    @Test
    void measuresTheLastLayersFeaturesAtTheEndAndOverTraining(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("mlp.dnet");
        assertEquals(0, cli.run("new", "lenet-300-100", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        // No validation split: the model is the last epoch's, which the last recorded activations were taken with.
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "2", "--validation", "0", "--taps", "all", "--probe", "1000", "--run-dir",
                run.toString()), cli.err());
        assertEquals(0, cli.run("collapse", run.toString(), "--samples", "1000", "--json"), cli.err());
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("relu2", json.get("features").getAsString());
        assertEquals("fc3", json.get("logits").getAsString());
        assertTrue(json.get("classifierWeights").getAsBoolean());
        JsonObject train = json.getAsJsonObject("train");
        JsonObject test = json.getAsJsonObject("test");
        assertEquals(1000, train.get("samples").getAsInt());
        assertEquals(10, train.get("classes").getAsInt());
        assertEquals(100, train.get("width").getAsInt());
        double network = dev.dendrite.train.run.RunReader.readWithoutMetrics(run).testAccuracy();
        assertEquals(network, test.get("accuracy").getAsDouble(), 0.02, "the first 1,000 test samples against the run's test accuracy");
        for (String key : new String[] {"withinClassVariation", "meanNormSpread", "meanCosineSpread", "meanAngleGap", "classifierNormSpread",
                "classifierCosineSpread", "classifierAngleGap", "selfDuality", "nearestMeanMismatch"}) {
            double value = train.get(key).getAsDouble();
            assertTrue(value >= 0 && value < 2, key + " " + value);
        }
        assertTrue(train.get("nearestMeanAccuracy").getAsDouble() > 0.85, train.toString());

        var epochs = json.getAsJsonArray("epochs");
        assertEquals("relu2", json.get("epochsLayer").getAsString());
        assertEquals(3, epochs.size(), "before training and after each epoch");
        JsonObject first = epochs.get(0).getAsJsonObject();
        JsonObject last = epochs.get(2).getAsJsonObject();
        assertEquals(0, first.get("epoch").getAsInt());
        assertTrue(last.get("withinClassVariation").getAsDouble() < 0.5 * first.get("withinClassVariation").getAsDouble(), "training gathers "
                + "each class about its mean: " + first + " then " + last);
        // The last recording is of the final weights on the same test samples: the same features, the same within-class variation.
        assertEquals(test.get("withinClassVariation").getAsDouble(), last.get("withinClassVariation").getAsDouble(), 1e-6);
        assertEquals(test.get("accuracy").getAsDouble(), last.get("accuracy").getAsDouble(), 1e-12);
        assertTrue(last.get("classifierNormSpread").isJsonNull(), "the classifier's weights were not recorded over training");
        assertTrue(Files.isRegularFile(run.resolve("collapse.json")));

        assertEquals(0, cli.run("collapse", run.toString(), "--samples", "500"), cli.err());
        assertTrue(cli.out().contains("NC1 within-class variation"), cli.out());
        assertTrue(cli.out().contains("over training, on the probe set of 1,000 test samples ('relu2', logits 'fc3'):"), cli.out());

        // A model file has no recorded epochs; the test's nearest means are still the training split's.
        assertEquals(0, cli.run("collapse", run.resolve("model.onnx").toString(), "--data", "mnist", "--samples", "300", "--json"), cli.err());
        JsonObject file = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals(0, file.getAsJsonArray("epochs").size());
        assertNotEquals(file.getAsJsonObject("test").get("nearestMeanAccuracy"), null);
        assertTrue(file.get("byLayer").isJsonNull(), "by layer only where asked");

        // Layer by layer: the input first; the last layer's input measured as the end's measure is; the classes separate as they pass.
        assertEquals(0, cli.run("collapse", run.resolve("model.onnx").toString(), "--data", "mnist", "--samples", "300", "--by-layer", "--json"),
                cli.err());
        JsonObject layered = JsonParser.parseString(cli.out()).getAsJsonObject();
        JsonObject byLayer = layered.getAsJsonObject("byLayer");
        var rows = byLayer.getAsJsonArray("layers");
        assertEquals("[image, fc1, relu1, fc2, relu2, fc3]", rows.asList().stream().map(r -> r.getAsJsonObject().get("layer").getAsString()).toList()
                .toString());
        JsonObject relu2 = rows.get(4).getAsJsonObject();
        assertEquals(100, relu2.get("width").getAsInt());
        assertEquals(layered.getAsJsonObject("train").get("withinClassVariation").getAsDouble(), relu2.get("withinClassVariation").getAsDouble(),
                1e-9);
        assertEquals(layered.getAsJsonObject("test").get("nearestMeanAccuracy").getAsDouble(), relu2.get("testNearestMeanAccuracy").getAsDouble(),
                1e-12, "the test split decided by the training means, as at the end");
        assertTrue(relu2.get("withinClassVariation").getAsDouble() < rows.get(0).getAsJsonObject().get("withinClassVariation").getAsDouble(),
                "a trained network separates the classes more than its pixels do: " + rows);
        double ratio = byLayer.get("ratio").getAsDouble();
        assertTrue(ratio > 0 && ratio < 1, "falling: " + ratio);
        assertTrue(byLayer.get("fit").getAsDouble() >= 0 && byLayer.get("fit").getAsDouble() <= 1);
        assertEquals(0, cli.run("collapse", run.resolve("model.onnx").toString(), "--data", "mnist", "--samples", "300", "--by-layer"), cli.err());
        assertTrue(cli.out().contains("\nrelu1 ") && cli.out().contains(" per layer after the input (a geometric fit, R² "), cli.out());

        // The same recorded taps, each layer against its last epoch (similarity --over-training).
        assertEquals(0, cli.run("similarity", run.toString(), "--over-training", "--json"), cli.err());
        JsonObject over = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonObject("overTraining");
        assertEquals("[0,1,2]", over.get("epochs").toString());
        var layers = over.getAsJsonArray("layers").asList().stream().map(l -> l.getAsString()).toList();
        assertEquals(List.of("fc1", "relu1", "fc2", "relu2", "fc3"), layers.subList(0, 5), "the model's order: " + layers);
        for (var row : over.getAsJsonArray("values")) {
            var values = row.getAsJsonArray();
            assertEquals(1, values.get(2).getAsDouble(), 1e-9, "the last epoch against itself");
            assertTrue(values.get(0).getAsDouble() < 1, "before training: " + values);
        }
        assertEquals(Cli.BAD_INPUT, cli.run("similarity", run.resolve("model.onnx").toString(), "--data", "mnist", "--over-training"));
        assertEquals("dendrite similarity: --over-training reads a run's recorded activations: give its run directory, not a model file",
                cli.lastErrorLine());

        assertEquals(Cli.BAD_INPUT, cli.run("collapse", run.toString(), "--split", "train"));
        assertEquals("dendrite collapse: --split does not apply: collapse measures the training split and the test split", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("collapse", run.resolve("model.onnx").toString()));
        assertEquals("dendrite collapse: --data is needed with a model file (e.g. --data mnist)", cli.lastErrorLine());
    }

    @Test
    void aNetworkWithoutADenseLastLayerAndARunWithoutTapsAreNamed(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("ae.dnet");
        assertEquals(0, cli.run("new", "autoencoder", "-o", dnet.toString()));
        Path run = dir.resolve("ae");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--run-dir", run.toString()), cli.err());
        assertEquals(Cli.BAD_INPUT, cli.run("collapse", run.toString(), "--samples", "100"));
        assertTrue(cli.lastErrorLine().startsWith("dendrite collapse: " + run.resolve("model.onnx") + ": neural collapse reads the features a "
                + "dense last layer classifies, and the logits come from a "), cli.lastErrorLine());

        Path mlp = dir.resolve("mlp.dnet");
        assertEquals(0, cli.run("new", "lenet-300-100", "-o", mlp.toString()));
        Path untapped = dir.resolve("mlp");
        assertEquals(0, cli.run("train", mlp.toString(), "--epochs", "1", "--run-dir", untapped.toString()), cli.err());
        assertEquals(0, cli.run("collapse", untapped.toString(), "--samples", "200", "--json"), cli.err());
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals(0, json.getAsJsonArray("epochs").size());
        assertEquals("the run recorded no activations (train with --taps all)", json.get("epochsMissing").getAsString());
    }

    /** --probe-split train records the first training samples: the last recording is the end's training measure, as defined. */
    @Test
    void aProbeSetOfTrainingSamplesGivesCollapseAsDefined(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("mlp.dnet");
        assertEquals(0, cli.run("new", "lenet-300-100", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--validation", "0", "--taps", "relu2,fc3", "--probe", "600",
                "--probe-split", "train", "--keep-weights-every", "1", "--run-dir", run.toString()), cli.err());
        assertEquals(0, cli.run("collapse", run.toString(), "--samples", "600", "--json"), cli.err());
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("train", json.get("epochsSplit").getAsString());
        JsonObject last = json.getAsJsonArray("epochs").get(1).getAsJsonObject();
        JsonObject train = json.getAsJsonObject("train");
        assertEquals(600, last.get("samples").getAsInt());
        assertEquals(train.get("withinClassVariation").getAsDouble(), last.get("withinClassVariation").getAsDouble(), 1e-6);
        assertEquals(train.get("accuracy").getAsDouble(), last.get("accuracy").getAsDouble(), 1e-12);
        // The kept weights give the classifier at each epoch: the last is the model's own.
        assertEquals(train.get("selfDuality").getAsDouble(), last.get("selfDuality").getAsDouble(), 1e-6);
        assertEquals(train.get("classifierAngleGap").getAsDouble(), last.get("classifierAngleGap").getAsDouble(), 1e-9);
        JsonObject untrained = json.getAsJsonArray("epochs").get(0).getAsJsonObject();
        assertTrue(Math.abs(untrained.get("selfDuality").getAsDouble() - last.get("selfDuality").getAsDouble()) > 1e-3, "another classifier "
                + "before training");
        assertTrue(Math.abs(train.get("withinClassVariation").getAsDouble() - json.getAsJsonObject("test").get("withinClassVariation")
                .getAsDouble()) > 1e-3, "the test samples are others");

        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--probe-split", "train", "--run-dir", dir.resolve("x").toString()));
        assertEquals("dendrite train: --probe-split goes with --taps: it chooses the samples whose activations are recorded", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--taps", "all", "--probe-split", "validation", "--run-dir", dir.resolve("y")
                .toString()));
        assertEquals("dendrite train: --probe-split is test or train, not 'validation'", cli.lastErrorLine());
    }
}
