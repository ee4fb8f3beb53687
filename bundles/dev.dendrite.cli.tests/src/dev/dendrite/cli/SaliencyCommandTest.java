package dev.dendrite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** dendrite saliency: maps of chosen samples, pictures for image data, the class asked for, and one-line errors. */
class SaliencyCommandTest {

    private final CliHarness cli = new CliHarness();

    @Test
    void explainsChosenSamplesAndDrawsImageSamples(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("lenet.dnet");
        assertEquals(0, cli.run("new", "lenet-300-100", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--run-dir", run.toString()));
        assertEquals(0, cli.run("saliency", run.toString(), "--samples", "0,7", "--class", "actual", "--json"));
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("smoothgrad", json.get("method").getAsString());
        assertEquals("[28,28]", json.get("mapShape").toString());
        var samples = json.getAsJsonArray("samples");
        assertEquals(2, samples.size());
        for (var element : samples) {
            JsonObject sample = element.getAsJsonObject();
            assertEquals(sample.get("label").getAsInt(), sample.get("class").getAsInt(), "--class actual explains the sample's own class");
            assertEquals(784, sample.getAsJsonArray("map").size());
            Path png = Path.of(sample.get("file").getAsString());
            assertTrue(Files.isRegularFile(png), png.toString());
            var image = javax.imageio.ImageIO.read(png.toFile());
            assertEquals((2 * 28 + 1) * 4, image.getWidth(), "the sample, a gap, its map");
            assertEquals(28 * 4, image.getHeight());
        }
        assertTrue(Files.isDirectory(run.resolve("saliency")));

        assertEquals(0, cli.run("saliency", run.toString(), "--samples", "3", "--class", "4", "--method", "gradient"));
        assertTrue(cli.out().startsWith("gradient saliency of "), cli.out());
        assertTrue(cli.out().contains("sample 3 (a "), cli.out());
        assertTrue(cli.out().contains("): class 4 (probability "), cli.out());
    }

    @Test
    void vectorSamplesGetTheirMapWithoutAPicture(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "2", "--run-dir", run.toString()));
        assertEquals(0, cli.run("saliency", run.toString(), "--samples", "5", "--json"));
        JsonObject sample = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("samples").get(0).getAsJsonObject();
        assertEquals(2, sample.getAsJsonArray("map").size());
        assertTrue(sample.get("file").isJsonNull());
        assertTrue(sample.get("largestGradient").getAsDouble() > 0);

        assertEquals(Cli.BAD_INPUT, cli.run("saliency", run.toString()));
        assertEquals("dendrite saliency: --samples is needed: the indices of the samples to explain (e.g. --samples 3,17)", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("saliency", run.toString(), "--samples", "1,x"));
        assertEquals("dendrite saliency: --samples takes sample indices separated by commas, not 'x'", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("saliency", run.toString(), "--samples", "100000"));
        assertTrue(cli.lastErrorLine().startsWith("dendrite saliency: sample 100000 is outside the test split of synthetic:two-moons (0-"),
                cli.err());
        assertEquals(Cli.BAD_INPUT, cli.run("saliency", run.toString(), "--samples", "1", "--class", "7"));
        assertEquals("dendrite saliency: " + run.resolve("model.onnx") + ": class 7 is outside the model's 2 outputs", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("saliency", run.toString(), "--samples", "1", "--method", "occlusion"));
        assertEquals("dendrite saliency: --method must be gradient, smoothgrad or input-x-gradient, not 'occlusion'", cli.lastErrorLine());
    }
}
