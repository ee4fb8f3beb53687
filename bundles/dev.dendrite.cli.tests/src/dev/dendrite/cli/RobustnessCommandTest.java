package dev.dendrite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** dendrite robustness: accuracy under attack beside noise, kept in the run, fooled pictures drawn, and one-line refusals. */
class RobustnessCommandTest {

    private final CliHarness cli = new CliHarness();

    @Test
    void attacksATrainedVectorClassifierAndKeepsTheReport(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "4", "--run-dir", run.toString()), cli.err());
        assertEquals(0, cli.run("evaluate", run.toString(), "--json"), cli.err());
        double evaluated = JsonParser.parseString(cli.out()).getAsJsonObject().get("accuracy").getAsDouble();
        assertEquals(0, cli.run("robustness", run.toString(), "--attack", "fgsm", "--samples", "all", "--json"), cli.err());
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("fgsm", json.get("attack").getAsString());
        assertEquals(evaluated, json.getAsJsonObject("clean").get("accuracy").getAsDouble(), 1e-12, "unattacked, the test split's accuracy");
        JsonObject settings = json.getAsJsonObject("settings");
        assertTrue(settings.get("range").isJsonNull(), "vectors are not clipped");
        assertEquals(1, settings.get("steps").getAsInt());
        JsonArray levels = json.getAsJsonArray("levels");
        assertEquals(6, levels.size());
        JsonArray epsilons = settings.getAsJsonArray("epsilons");
        // The default radii are shares of the values' span: their ratios are the defaults' ratios.
        assertEquals(30, epsilons.get(5).getAsDouble() / epsilons.get(0).getAsDouble(), 1e-9);
        double clean = json.getAsJsonObject("clean").get("accuracy").getAsDouble();
        double largest = levels.get(5).getAsJsonObject().get("accuracy").getAsDouble();
        assertTrue(largest < clean - 0.05, "the largest radius fools a share of the moons: " + largest + " against " + clean);
        for (var element : levels) {
            JsonObject level = element.getAsJsonObject();
            assertTrue(level.get("accuracy").getAsDouble() <= clean);
            assertTrue(level.get("randomAccuracy").getAsDouble() >= level.get("accuracy").getAsDouble() - 0.01, level.toString());
            assertEquals(2, level.getAsJsonArray("classAccuracy").size());
        }
        assertTrue(json.get("examplesFile").isJsonNull(), "vectors are not drawn");
        Path kept = run.resolve("robustness.json");
        assertEquals(kept.toString(), json.get("report").getAsString());
        assertEquals(json, JsonParser.parseString(Files.readString(kept)).getAsJsonObject(), "the run keeps what was printed");

        assertEquals(0, cli.run("robustness", run.toString(), "--epsilons", "0.5", "--steps", "5", "--no-random-start"), cli.err());
        assertTrue(cli.out().startsWith("PGD (5 steps of 0.5 of the radius) in the L∞ ball on "), cli.out());
        assertTrue(cli.out().contains("inputs not clipped"), cli.out());
        assertTrue(cli.out().matches("(?s).*\\n0\\.5 +[0-9.]+% +[0-9.]+% +\\d+ .*"), cli.out());

        // L2: the default radii are larger (a length over all values, not a bound on each).
        assertEquals(0, cli.run("robustness", run.toString(), "--norm", "l2", "--attack", "fgsm", "--json"), cli.err());
        JsonObject l2 = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("l2", l2.get("norm").getAsString());
        JsonArray l2Epsilons = l2.getAsJsonObject("settings").getAsJsonArray("epsilons");
        assertEquals(25, l2Epsilons.get(0).getAsDouble() / epsilons.get(0).getAsDouble(), 1e-9, "0.25 of the span against 0.01");
        // Certified by interval bounds: a floor under the attacked accuracy at every radius.
        assertEquals(0, cli.run("robustness", run.toString(), "--certify", "--json"), cli.err());
        for (var element : JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("levels")) {
            JsonObject level = element.getAsJsonObject();
            assertTrue(level.get("certifiedAccuracy").getAsDouble() <= level.get("accuracy").getAsDouble(), level.toString());
        }
        assertTrue(levels.get(0).getAsJsonObject().get("certifiedAccuracy").isJsonNull(), "not computed unless asked");
        assertTrue(json.get("bounds").isJsonNull());
        // Linear bounds: interval bounds' certificates and more, never above the attacked accuracy.
        assertEquals(0, cli.run("robustness", run.toString(), "--bounds", "crown", "--json"), cli.err());
        JsonObject crown = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("crown", crown.get("bounds").getAsString());
        double gained = 0;
        for (var element : crown.getAsJsonArray("levels")) {
            JsonObject level = element.getAsJsonObject();
            double certified = level.get("certifiedAccuracy").getAsDouble();
            assertTrue(certified <= level.get("accuracy").getAsDouble(), level.toString());
            assertTrue(certified >= level.get("intervalCertifiedAccuracy").getAsDouble(), level.toString());
            gained += certified - level.get("intervalCertifiedAccuracy").getAsDouble();
        }
        assertTrue(gained > 0, "CROWN certifies samples intervals cannot: " + crown.getAsJsonArray("levels"));
        assertEquals(Cli.BAD_INPUT, cli.run("robustness", run.toString(), "--bounds", "lp"));
        assertEquals("dendrite robustness: --bounds must be interval, crown-ibp, crown or smoothing, not 'lp'", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("robustness", run.toString(), "--certify", "--norm", "l2"));
        assertEquals("dendrite robustness: --certify bounds the L∞ ball (interval bounds); leave out --norm l2, or certify the L2 ball by "
                + "--bounds smoothing", cli.lastErrorLine());
        // Randomized smoothing: the smoothed model's certificates in the L2 ball, fewer as the radius grows, none beyond its accuracy.
        assertEquals(0, cli.run("robustness", run.toString(), "--norm", "l2", "--bounds", "smoothing", "--sigma", "0.1", "--epsilons", "0.05,0.1,0.2,0.4", "--noise-samples",
                "1000", "--samples", "60", "--json"), cli.err());
        JsonObject smoothed = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("smoothing", smoothed.get("bounds").getAsString());
        JsonObject smoothing = smoothed.getAsJsonObject("smoothing");
        assertEquals(0.1, smoothing.get("sigma").getAsDouble());
        assertEquals(1000, smoothing.get("noiseSamples").getAsInt());
        double previous = smoothing.get("accuracy").getAsDouble();
        assertTrue(previous > 0.5, smoothing.toString());
        for (var element : smoothed.getAsJsonArray("levels")) {
            double certified = element.getAsJsonObject().get("certifiedAccuracy").getAsDouble();
            assertTrue(certified <= previous, smoothed.getAsJsonArray("levels").toString());
            previous = certified;
        }
        assertTrue(smoothed.getAsJsonArray("levels").get(0).getAsJsonObject().get("certifiedAccuracy").getAsDouble() > 0, smoothed.toString());
        assertEquals(Cli.BAD_INPUT, cli.run("robustness", run.toString(), "--bounds", "smoothing"));
        assertEquals("dendrite robustness: --bounds smoothing certifies the L2 ball; give --norm l2", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("robustness", run.toString(), "--sigma", "0.1"));
        assertEquals("dendrite robustness: --sigma, --noise-samples and --alpha set randomized smoothing; give --bounds smoothing",
                cli.lastErrorLine());
        // Transfer: inputs crafted on a second seed's gradient fool this model too; crafted on its own model, they are the white-box FGSM's.
        Path other = dir.resolve("other");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "4", "--seed", "7", "--run-dir", other.toString()), cli.err());
        assertEquals(0, cli.run("robustness", run.toString(), "--attack", "fgsm", "--samples", "all", "--transfer-from", other.toString(),
                "--json"), cli.err());
        JsonObject transferred = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals(other.resolve("model.onnx").toString(), transferred.get("transferFrom").getAsString());
        double transferLargest = transferred.getAsJsonArray("levels").get(5).getAsJsonObject().get("accuracy").getAsDouble();
        assertTrue(transferLargest < clean - 0.05, "the second seed's inputs fool this model: " + transferLargest + " against " + clean);
        JsonArray transferLevels = transferred.getAsJsonArray("levels");
        assertTrue(java.util.stream.IntStream.range(0, levels.size()).anyMatch(k -> transferLevels.get(k).getAsJsonObject().get("accuracy")
                .getAsDouble() != levels.get(k).getAsJsonObject().get("accuracy").getAsDouble()), "crafted on another model's gradient, not "
                        + "this one's: " + transferLevels);
        assertEquals(0, cli.run("robustness", run.toString(), "--attack", "fgsm", "--samples", "all", "--transfer-from", run.toString(),
                "--json"), cli.err());
        JsonArray fromItself = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("levels");
        for (int k = 0; k < levels.size(); k++) {
            assertEquals(levels.get(k).getAsJsonObject().get("accuracy").getAsDouble(), fromItself.get(k).getAsJsonObject().get("accuracy")
                    .getAsDouble(), 1e-12, "crafted on the model itself: the white-box attack");
        }
        assertEquals(0, cli.run("robustness", run.toString(), "--attack", "fgsm", "--transfer-from", other.toString()), cli.err());
        assertTrue(cli.out().lines().findFirst().orElse("").endsWith(", crafted on " + other.resolve("model.onnx")
                + " (a transfer attack: the attacked model's gradient unused)"), cli.out());
        // A quantized model: its rounding passes the gradient straight through, and the attack bites as on the float model.
        assertEquals(0, cli.run("quantize", run.toString(), "--no-speed"), cli.err());
        assertEquals(0, cli.run("robustness", run.resolve("model-w8a8.onnx").toString(), "--data", "synthetic:two-moons", "--attack", "fgsm",
                "--samples", "all", "--json"), cli.err());
        JsonObject quantized = JsonParser.parseString(cli.out()).getAsJsonObject();
        double quantizedClean = quantized.getAsJsonObject("clean").get("accuracy").getAsDouble();
        double quantizedLargest = quantized.getAsJsonArray("levels").get(5).getAsJsonObject().get("accuracy").getAsDouble();
        assertTrue(quantizedLargest < quantizedClean - 0.05, "the largest radius fools the quantized model too: " + quantizedLargest + " against "
                + quantizedClean);
        assertEquals(Cli.BAD_INPUT, cli.run("robustness", run.toString(), "--norm", "l1"));
        assertEquals("dendrite robustness: --norm must be linf or l2, not 'l1'", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("robustness", run.toString(), "--attack", "cw"));
        assertEquals("dendrite robustness: --attack must be pgd or fgsm, not 'cw'", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("robustness", run.toString(), "--attack", "fgsm", "--steps", "3"));
        assertEquals("dendrite robustness: --steps, --step-size and --no-random-start shape PGD; FGSM takes one step of the radius from the sample",
                cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("robustness", run.toString(), "--epsilons", "0.1,-1"));
        assertEquals("dendrite robustness: --epsilons takes positive radii separated by commas, not '-1'", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("robustness", run.toString(), "--range", "1,0"));
        assertTrue(cli.lastErrorLine().startsWith("dendrite robustness: --range takes the valid inputs' low and high ends"), cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("robustness", run.toString(), "--samples", "0"));
        assertEquals("dendrite robustness: --samples takes a number of samples, 1 or more, or all, not '0'", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("robustness", run.toString(), "--steps", "0"));
        assertEquals("dendrite robustness: PGD takes 1 step or more, not 0", cli.lastErrorLine());
    }

    @Test
    void attacksPicturesWithinTheirRangeAndDrawsTheFooledOnes(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("lenet.dnet");
        assertEquals(0, cli.run("new", "lenet-300-100", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--run-dir", run.toString()), cli.err());
        assertEquals(0, cli.run("robustness", run.toString(), "--samples", "200", "--epsilons", "0.02,0.2", "--examples", "3", "--json"), cli.err());
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("[0.0,1.0]", json.getAsJsonObject("settings").get("range").toString(), "MNIST's pixels are clipped to [0, 1]");
        assertEquals(200, json.getAsJsonObject("settings").get("samples").getAsInt());
        JsonArray levels = json.getAsJsonArray("levels");
        double clean = json.getAsJsonObject("clean").get("accuracy").getAsDouble();
        double small = levels.get(0).getAsJsonObject().get("accuracy").getAsDouble();
        double large = levels.get(1).getAsJsonObject().get("accuracy").getAsDouble();
        assertTrue(clean > 0.8 && small <= clean && large < small && large < 0.3, clean + " " + small + " " + large);
        assertTrue(levels.get(1).getAsJsonObject().get("randomAccuracy").getAsDouble() > 0.7, "noise of 0.2 leaves most digits readable");
        JsonArray examples = json.getAsJsonArray("examples");
        assertEquals(3, examples.size());
        for (var element : examples) {
            JsonObject example = element.getAsJsonObject();
            assertTrue(example.get("adversarialClass").getAsInt() != example.get("label").getAsInt());
        }
        Path picture = Path.of(json.get("examplesFile").getAsString());
        assertEquals(run.resolve("robustness").resolve("adversarial-examples.png"), picture);
        var image = javax.imageio.ImageIO.read(picture.toFile());
        assertEquals(3 * 28 * 4 + 2 * 8, image.getWidth());
        assertEquals(3 * 28 * 4 + 2 * 8, image.getHeight(), "three rows");
        assertTrue(json.get("medianEpsilon").getAsDouble() <= 0.2);
    }

    @Test
    void refusesModelsAndDataAnAttackCannotRead(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("sine.dnet");
        assertEquals(0, cli.run("new", "mlp-regressor", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--run-dir", run.toString()), cli.err());
        assertEquals(Cli.BAD_INPUT, cli.run("robustness", run.toString()));
        assertEquals("dendrite robustness: robustness attacks classifiers; synthetic:sine has float targets, not classes", cli.lastErrorLine());
        Path tagger = dir.resolve("tagger.dnet");
        assertEquals(0, cli.run("new", "rnn-classifier", "-o", tagger.toString()));
        Path sequences = dir.resolve("sequences");
        assertEquals(0, cli.run("train", tagger.toString(), "--epochs", "1", "--run-dir", sequences.toString()), cli.err());
        assertEquals(Cli.BAD_INPUT, cli.run("robustness", sequences.toString()));
        assertTrue(cli.lastErrorLine().startsWith("dendrite robustness: robustness reads vector and image data sets; "), cli.lastErrorLine());
    }
}
