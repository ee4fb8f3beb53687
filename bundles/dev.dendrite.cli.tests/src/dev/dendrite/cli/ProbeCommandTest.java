package dev.dendrite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** dendrite probe: a linear probe per layer of a trained run, the report kept, one-line errors. */
class ProbeCommandTest {

    private final CliHarness cli = new CliHarness();

    @Test
    void probesEveryLayerOfATrainedRun(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("mlp.dnet");
        assertEquals(0, cli.run("new", "lenet-300-100", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--run-dir", run.toString()));
        assertEquals(0, cli.run("probe", run.toString(), "--samples", "1000", "--test-samples", "500", "--epochs", "10", "--json"), cli.err());
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals(1000, json.get("trainSamples").getAsInt());
        assertEquals(500, json.get("testSamples").getAsInt());
        assertEquals(10, json.get("classes").getAsInt());
        var probes = json.getAsJsonArray("probes");
        java.util.List<String> layers = new java.util.ArrayList<>();
        probes.forEach(p -> layers.add(p.getAsJsonObject().get("layer").getAsString() + ":" + p.getAsJsonObject().get("width").getAsInt()));
        assertEquals("[image:784, fc1:300, relu1:300, fc2:100, relu2:100, fc3:10]", layers.toString());
        for (var p : probes) {
            double accuracy = p.getAsJsonObject().get("testAccuracy").getAsDouble();
            assertTrue(accuracy > 0.7 && accuracy <= 1, p.toString());
        }
        // The trained network's logits hold its classes linearly: their probe reads about what the network does.
        double network = dev.dendrite.train.run.RunReader.readWithoutMetrics(run).testAccuracy();
        double logits = probes.get(5).getAsJsonObject().get("testAccuracy").getAsDouble();
        assertTrue(Math.abs(logits - network) < 0.05, "the logits' probe " + logits + " against the network's " + network);
        assertTrue(Files.isRegularFile(run.resolve("probes.json")));

        assertEquals(0, cli.run("probe", run.toString(), "--layers", "relu2", "--samples", "500", "--test-samples", "200"), cli.err());
        assertTrue(cli.out().startsWith("linear probes of "), cli.out());
        assertTrue(cli.out().contains("(10 classes, chance 10.0%)"), cli.out());
        assertTrue(cli.out().lines().anyMatch(l -> l.startsWith("relu2 ")), cli.out());

        // The control: the same network at fresh weights by the run's seed. Its input is the same; training made the logits separable.
        assertEquals(0, cli.run("probe", run.toString(), "--layers", "image,fc3", "--samples", "1000", "--test-samples", "500", "--epochs", "10",
                "--control", "--json"), cli.err());
        JsonObject controlled = JsonParser.parseString(cli.out()).getAsJsonObject();
        var image = controlled.getAsJsonArray("probes").get(0).getAsJsonObject();
        var output = controlled.getAsJsonArray("probes").get(1).getAsJsonObject();
        assertEquals(image.get("testAccuracy").getAsDouble(), image.get("untrainedTestAccuracy").getAsDouble(), 1e-12);
        assertTrue(output.get("untrainedTestAccuracy").getAsDouble() < output.get("testAccuracy").getAsDouble() - 0.05, output.toString());
        assertEquals(dev.dendrite.train.run.RunReader.readWithoutMetrics(run).setting("seed"), controlled.get("controlSeed").getAsDouble());

        assertEquals(Cli.BAD_INPUT, cli.run("probe", run.toString(), "--layers", "fc9"));
        assertTrue(cli.lastErrorLine().contains("the model has no layer 'fc9'"), cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("probe", run.toString(), "--split", "train"));
        assertEquals("dendrite probe: --split does not apply: probes train on the training split and are scored on the test split", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("probe", run.toString(), "--epochs", "0"));
        assertEquals("dendrite probe: --epochs must be a whole number, 1 or more, not '0'", cli.lastErrorLine());
    }
}
