package dev.dendrite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** dendrite features: each class's and channel's found input beside its strongest samples, in text, JSON and one PNG; one-line errors. */
class FeaturesCommandTest {

    private final CliHarness cli = new CliHarness();

    @Test
    void drawsWhatEachClassAndChannelRespondsTo(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("lenet.dnet");
        assertEquals(0, cli.run("new", "lenet-5", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--run-dir", run.toString()));

        assertEquals(0, cli.run("features", run.toString(), "--json"), cli.err());
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("fc3", json.get("layer").getAsString(), "the output layer by default");
        assertEquals("unit", json.get("objective").getAsString());
        assertEquals(2000, json.get("samples").getAsInt());
        var units = json.getAsJsonArray("units");
        assertEquals(10, units.size());
        int ownDigits = 0;
        int preferred = 0;
        for (int u = 0; u < 10; u++) {
            JsonObject unit = units.get(u).getAsJsonObject();
            assertEquals(u, unit.get("unit").getAsInt());
            assertTrue(unit.get("reached").getAsDouble() > unit.get("start").getAsDouble(), "class " + u + " rises: " + unit.get("reached"));
            var examples = unit.getAsJsonArray("examples");
            assertEquals(6, examples.size());
            assertEquals(unit.get("dataLargest").getAsDouble(), examples.get(0).getAsJsonObject().get("value").getAsDouble(), 1e-9);
            assertTrue(examples.get(0).getAsJsonObject().get("value").getAsDouble() >= examples.get(5).getAsJsonObject().get("value").getAsDouble());
            ownDigits += examples.get(0).getAsJsonObject().get("label").getAsInt() == u ? 1 : 0;
            preferred += unit.get("preferredClass").getAsInt() == u ? 1 : 0;
            assertTrue(unit.get("selectivity").isJsonNull(), "logits go negative: no selectivity");
            assertEquals(784, unit.getAsJsonArray("input").size());
        }
        assertTrue(ownDigits >= 9, "the sample that drives a class's logit most is a digit of that class: " + ownDigits + " of 10");
        assertEquals(10, preferred, "each class's logit is highest on average over the samples of that class");
        Path png = Path.of(json.get("file").getAsString());
        assertEquals(run.resolve("features").resolve("features-fc3.png"), png);
        var image = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(10 * (28 * 3 + 2) + 2, image.getWidth(), "a column per class");
        assertEquals(2 + 28 * 3 + 8 + 6 * (28 * 3 + 2), image.getHeight(), "the found input, then six examples");

        assertEquals(0, cli.run("features", run.toString(), "--layer", "conv2", "--units", "0,3", "--examples", "2", "--steps", "20"), cli.err());
        assertTrue(cli.out().startsWith("feature visualisation of "), cli.out());
        assertTrue(cli.out().contains("layer conv2: 2 channels (their mean over positions), 20 steps"), cli.out());
        // After a ReLU every class mean is 0 or more: each unit has a selectivity in [0, 1].
        assertEquals(0, cli.run("features", run.toString(), "--layer", "relu3", "--units", "0,1,2,3", "--steps", "5", "--json"), cli.err());
        int selective = 0;
        for (var unit : JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("units")) {
            var selectivity = unit.getAsJsonObject().get("selectivity");
            assertTrue(selectivity.isJsonNull() || selectivity.getAsDouble() >= 0 && selectivity.getAsDouble() <= 1, unit.toString());
            selective += selectivity.isJsonNull() ? 0 : 1;
        }
        assertTrue(selective >= 1, "only a dead unit (every class mean 0) has none");
        // Ablation: the accuracy with each unit zeroed, beside the intact one, and how it goes with selectivity.
        assertEquals(0, cli.run("features", run.toString(), "--layer", "relu3", "--units", "0,1,2,3,4,5,6,7", "--steps", "5", "--ablation",
                "--json"), cli.err());
        JsonObject ablated = JsonParser.parseString(cli.out()).getAsJsonObject();
        double intact = ablated.getAsJsonObject("ablation").get("accuracy").getAsDouble();
        assertTrue(intact > 0.8, "the trained network on the test split's first 2,000: " + intact);
        assertEquals(2000, ablated.getAsJsonObject("ablation").get("samples").getAsInt());
        for (var unit : ablated.getAsJsonArray("units")) {
            double without = unit.getAsJsonObject().get("ablatedAccuracy").getAsDouble();
            assertTrue(without > 0.5 && without < intact + 0.01, "one of 120 units gone: " + unit.getAsJsonObject().get("unit") + " " + without);
        }
        assertEquals("zero", ablated.getAsJsonObject("ablation").get("value").getAsString());
        // Set to their means instead: each unit's value is its mean over the same samples.
        assertEquals(0, cli.run("features", run.toString(), "--layer", "relu3", "--units", "0,1,2,3,4,5,6,7", "--steps", "5", "--ablation",
                "--ablation-value", "mean", "--json"), cli.err());
        JsonObject meaned = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("mean", meaned.getAsJsonObject("ablation").get("value").getAsString());
        assertEquals(intact, meaned.getAsJsonObject("ablation").get("accuracy").getAsDouble(), 1e-12, "intact is intact either way");
        int differ = 0;
        for (int k = 0; k < 8; k++) {
            JsonObject zero = ablated.getAsJsonArray("units").get(k).getAsJsonObject();
            JsonObject mean = meaned.getAsJsonArray("units").get(k).getAsJsonObject();
            // The same samples' mean of the unit as the examples' search measured it.
            double dataMean = zero.get("dataMean").getAsDouble();
            assertEquals(dataMean, mean.get("ablatedTo").getAsDouble(), 1e-4 * Math.max(1, Math.abs(dataMean)), "unit " + k + ": " + mean);
            assertEquals(0, zero.get("ablatedTo").getAsDouble());
            differ += zero.get("ablatedAccuracy").getAsDouble() != mean.get("ablatedAccuracy").getAsDouble() ? 1 : 0;
        }
        assertTrue(differ > 0, "a unit's mean is not zero: its mean ablation scores otherwise");
        assertEquals(0, cli.run("features", run.toString(), "--layer", "relu3", "--units", "0,1,2,3", "--steps", "5", "--ablation"), cli.err());
        assertTrue(cli.out().contains("ablation on the first 2,000 samples: accuracy ") && cli.out().contains("one unit zeroed costs"), cli.out());
        assertEquals(Cli.BAD_INPUT, cli.run("features", run.toString(), "--ablation", "--ablation-value", "median"));
        assertEquals("dendrite features: --ablation-value takes zero or mean, not 'median'", cli.lastErrorLine());
        assertTrue(Files.isRegularFile(run.resolve("features").resolve("features-conv2.png")));

        assertEquals(Cli.BAD_INPUT, cli.run("features", run.toString(), "--layer", "conv9"));
        assertTrue(cli.lastErrorLine().contains("the model has no layer 'conv9'; its layers are conv1, relu1, maxpool1, conv2"), cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("features", run.toString(), "--layer", "conv1", "--units", "2,6"));
        assertTrue(cli.lastErrorLine().endsWith("unit 6 is outside layer 'conv1''s 6 channels (0-5)"), cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("features", run.toString(), "--units", "1,x"));
        assertEquals("dendrite features: --units takes unit numbers separated by commas, or all, not 'x'", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("features", run.toString(), "--rate", "0"));
        assertEquals("dendrite features: the rate must be above 0 and at most 1 (a share of the data's range), not 0.0",
                cli.lastErrorLine());
    }
}
