package dev.dendrite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** dendrite ood: the default sets of a picture classifier and a vector one, a held-out class, the report kept, and one-line refusals. */
class OodCommandTest {

    private final CliHarness cli = new CliHarness();

    @Test
    void tellsADigitClassifiersDataFromClothesNoiseNegativesAndTheClassItNeverSaw(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("lenet.dnet");
        assertEquals(0, cli.run("new", "lenet-300-100", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--hold-out", "9", "--run-dir", run.toString()), cli.err());
        assertEquals(0, cli.run("ood", run.toString(), "--samples", "500", "--fit-samples", "2000", "--examples", "3", "--json"), cli.err());
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertTrue(json.get("in").getAsString().endsWith("without class 9"), json.get("in").getAsString());
        assertEquals(500, json.get("samples").getAsInt());
        assertEquals(2000, json.get("fitSamples").getAsInt());
        assertEquals("[\"msp\",\"max-logit\",\"energy\",\"entropy\",\"odin\",\"mahalanobis\",\"knn\"]", json.get("scores").toString());
        assertEquals("{\"temperature\":1000.0,\"epsilon\":0.0}", json.get("odin").toString());
        List<String> names = new ArrayList<>();
        for (JsonElement e : json.getAsJsonArray("sets")) {
            JsonObject set = e.getAsJsonObject();
            names.add(set.get("name").getAsString());
            JsonObject metrics = set.getAsJsonObject("metrics");
            assertEquals(7, metrics.size());
            double best = metrics.getAsJsonObject(set.get("best").getAsString()).get("auroc").getAsDouble();
            for (var entry : metrics.entrySet()) {
                double auroc = entry.getValue().getAsJsonObject().get("auroc").getAsDouble();
                assertTrue(auroc <= best && auroc >= 0, entry.toString());
            }
            int predicted = 0;
            for (JsonElement count : set.getAsJsonArray("predicted")) {
                predicted += count.getAsInt();
            }
            assertEquals(set.get("samples").getAsInt(), predicted, "every sample read as some class");
            JsonObject histogram = set.getAsJsonObject("histograms").getAsJsonObject("msp");
            assertEquals(30, histogram.getAsJsonArray("in").size());
            assertEquals(500, sum(histogram.getAsJsonArray("in")));
            assertEquals(set.get("samples").getAsInt(), sum(histogram.getAsJsonArray("out")));
            assertEquals(3, set.getAsJsonArray("examples").size());
        }
        assertEquals(List.of("fashion-mnist", "noise", "inverted", "held-out"), names);
        JsonObject noise = json.getAsJsonArray("sets").get(1).getAsJsonObject();
        assertTrue(best(noise) > 0.9, "uniform noise is told apart: " + noise.get("metrics"));
        JsonObject heldOut = json.getAsJsonArray("sets").get(3).getAsJsonObject();
        assertEquals(0, heldOut.getAsJsonArray("predicted").get(9).getAsInt(), "a class the model never saw is read as others");
        Path picture = Path.of(json.get("examplesFile").getAsString());
        assertEquals(run.resolve("ood").resolve("ood-examples.png"), picture);
        var image = javax.imageio.ImageIO.read(picture.toFile());
        assertEquals(4 * 30 * 3 - 2 * 3, image.getHeight(), "a row per set");
        assertEquals(3 * 30 * 3 - 2 * 3, image.getWidth(), "three samples a row");
        Path kept = run.resolve("ood.json");
        assertEquals(kept.toString(), json.get("report").getAsString());
        assertEquals(json, JsonParser.parseString(Files.readString(kept)).getAsJsonObject(), "the run keeps what was printed");
        assertEquals(0, cli.run("ood", run.toString(), "--against", "noise", "--samples", "200", "--fit-samples", "0"), cli.err());
        assertTrue(cli.out().startsWith("In-distribution: 200 samples of "), cli.out());
        assertTrue(cli.out().contains("not computed: mahalanobis: no training samples to fit them on"), cli.out());
        assertTrue(cli.out().matches("(?s).*\\nnoise +[0-9.]+ +[0-9.]+.*"), cli.out());
        // A model file read on Fashion-MNIST: the classes it reads are named.
        assertEquals(0, cli.run("ood", run.resolve("model.onnx").toString(), "--data", "fashion-mnist", "--against", "noise", "--samples", "100",
                "--fit-samples", "0"), cli.err());
        assertTrue(cli.out().matches("(?s).*\\nnoise: read mostly as (T-shirt/top|Trouser|Pullover|Dress|Coat|Sandal|Shirt|Sneaker|Bag|Ankle boot) "
                + "\\(class \\d, [0-9.]+%\\).*"), cli.out());
    }

    @Test
    void aVectorClassifierIsCheckedAgainstNoiseAndRefusesWhatItCannotRead(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "4", "--run-dir", run.toString()), cli.err());
        assertEquals(0, cli.run("ood", run.toString(), "--json"), cli.err());
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        JsonArray sets = json.getAsJsonArray("sets");
        assertEquals(1, sets.size(), "vectors: noise only");
        assertEquals("noise", sets.get(0).getAsJsonObject().get("name").getAsString());
        assertTrue(json.get("examplesFile").isJsonNull(), "vectors are not drawn");
        assertEquals(Cli.BAD_INPUT, cli.run("ood", run.toString(), "--against", "held-out"));
        assertEquals("dendrite ood: --against held-out needs a run trained with --hold-out CLASS; " + run + " held no class out",
                cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("ood", run.toString(), "--against", "mnist"));
        assertEquals("dendrite ood: " + run.resolve("model.onnx") + ": mnist's samples have 784 values, the model reads 2", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("ood", run.toString(), "--against", "noise,noise"));
        assertEquals("dendrite ood: --against names noise twice", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("ood", run.toString(), "--k", "0"));
        assertEquals("dendrite ood: --k reads a neighbour from 1 to the fitted samples (5000), not 0", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("ood", run.toString(), "--odin-temperature", "-1"));
        assertEquals("dendrite ood: --odin-temperature takes a positive temperature, not -1.0", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("ood", run.toString(), "--samples", "0"));
        assertEquals("dendrite ood: --samples scores 1 sample or more of each side, not 0", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("ood", run.toString(), "--no-odin", "--odin-epsilon", "0.01"));
        assertEquals("dendrite ood: --odin-temperature and --odin-epsilon set ODIN, which --no-odin leaves out", cli.lastErrorLine());
        assertEquals(0, cli.run("ood", run.toString(), "--no-odin", "--json"), cli.err());
        JsonObject without = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("left out (--no-odin)", without.getAsJsonObject("skipped").get("odin").getAsString());
        assertTrue(without.get("odin").isJsonNull());
        Path sine = dir.resolve("sine.dnet");
        assertEquals(0, cli.run("new", "mlp-regressor", "-o", sine.toString()));
        Path regression = dir.resolve("regression");
        assertEquals(0, cli.run("train", sine.toString(), "--epochs", "1", "--run-dir", regression.toString()), cli.err());
        assertEquals(Cli.BAD_INPUT, cli.run("ood", regression.toString()));
        assertEquals("dendrite ood: ood reads classifiers and autoencoders of labelled data; synthetic:sine has float targets, not classes",
                cli.lastErrorLine());
    }

    @Test
    void anAutoencoderTellsOtherDataByItsReconstructionError(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("autoencoder.dnet");
        assertEquals(0, cli.run("new", "autoencoder", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--run-dir", run.toString()), cli.err());
        assertEquals(0, cli.run("ood", run.toString(), "--against", "noise,inverted", "--samples", "300", "--examples", "4", "--json"), cli.err());
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("[\"reconstruction\"]", json.get("scores").toString());
        assertTrue(json.get("accuracy").isJsonNull(), "an autoencoder classifies nothing");
        double inError = json.get("meanError").getAsDouble();
        for (var element : json.getAsJsonArray("sets")) {
            JsonObject set = element.getAsJsonObject();
            assertTrue(set.get("meanError").getAsDouble() > inError, "other data is rebuilt worse: " + set);
            assertTrue(best(set) > 0.9, set.get("metrics").toString());
            JsonArray examples = set.getAsJsonArray("examples");
            assertEquals(4, examples.size());
            for (int i = 1; i < 4; i++) {
                assertTrue(examples.get(i).getAsJsonObject().get("error").getAsDouble() >= examples.get(i - 1).getAsJsonObject().get("error")
                        .getAsDouble(), "rebuilt best first");
            }
        }
        assertEquals(0, cli.run("ood", run.toString(), "--against", "noise", "--samples", "100"), cli.err());
        assertTrue(cli.out().startsWith("In-distribution: 100 samples of mnist/test, rebuilt by the autoencoder with a mean squared error of "),
                cli.out());

        // A background autoencoder trained on mutated digits: the likelihood ratio, its error less the model's, scored too.
        Path background = dir.resolve("background");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--augment", "mutate:20", "--run-dir", background.toString()), cli.err());
        assertEquals("mutate:20", dev.dendrite.train.run.RunReader.readWithoutMetrics(background).config().get("augment"));
        assertEquals(0, cli.run("ood", run.toString(), "--against", "noise", "--samples", "300", "--background", background.toString(), "--json"),
                cli.err());
        JsonObject ratio = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("[\"reconstruction\",\"likelihood-ratio\"]", ratio.get("scores").toString());
        double auroc = ratio.getAsJsonArray("sets").get(0).getAsJsonObject().getAsJsonObject("metrics").getAsJsonObject("likelihood-ratio").get(
                "auroc").getAsDouble();
        assertTrue(auroc > 0.5, "the background rebuilds noise better than the digits' model does: " + auroc);
        assertEquals(Cli.BAD_INPUT, cli.run("ood", run.toString(), "--background", dir.resolve("nowhere").toString()));
        assertTrue(cli.lastErrorLine().startsWith("dendrite ood: --background "), cli.lastErrorLine());
    }

    private static double best(JsonObject set) {
        return set.getAsJsonObject("metrics").getAsJsonObject(set.get("best").getAsString()).get("auroc").getAsDouble();
    }

    private static int sum(JsonArray counts) {
        int total = 0;
        for (JsonElement e : counts) {
            total += e.getAsInt();
        }
        return total;
    }
}
