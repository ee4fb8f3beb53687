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

/** dendrite quantize: a trained run's model rounded to integers, scored beside the float model, and one-line refusals. */
class QuantizeCommandTest {

    private final CliHarness cli = new CliHarness();

    @Test
    void quantizesATrainedRunAndScoresItBesideTheFloatModel(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "4", "--run-dir", run.toString()), cli.err());
        byte[] floatModel = Files.readAllBytes(run.resolve("model.onnx"));
        assertEquals(0, cli.run("quantize", run.toString(), "--no-speed", "--sweep", "--json"), cli.err());
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        Path quantized = Path.of(json.get("quantized").getAsString());
        assertEquals(run.resolve("model-w8a8.onnx"), quantized);
        assertTrue(Files.size(quantized) > 0);
        assertEquals(java.util.Arrays.toString(floatModel), java.util.Arrays.toString(Files.readAllBytes(run.resolve("model.onnx"))),
                "the float model is left as it was");
        // The template's three dense layers, per output column; its tanh layers keep their outputs' own ranges.
        JsonArray layers = json.getAsJsonArray("layers");
        assertEquals(3, layers.size());
        assertEquals(16, layers.get(0).getAsJsonObject().get("scales").getAsInt());
        assertTrue(layers.get(0).getAsJsonObject().get("sqnrDb").getAsDouble() > 35, layers.toString());
        // The error builds up: the first layer's output is closer to the float model's than the model's output is.
        double firstOutput = layers.get(0).getAsJsonObject().get("outputSqnrDb").getAsDouble();
        assertTrue(firstOutput > json.get("outputSqnrDb").getAsDouble() && json.get("outputSqnrDb").getAsDouble() > 15, json.toString());
        assertTrue(layers.get(2).getAsJsonObject().get("outputSqnrDb").isJsonNull(), "the logits stay float");
        assertEquals(512, json.getAsJsonObject("settings").get("calibrationSamples").getAsInt());
        double floatAccuracy = json.getAsJsonObject("float").get("accuracy").getAsDouble();
        JsonObject scores = json.getAsJsonObject("quantizedScores");
        double accuracy = scores.get("accuracy").getAsDouble();
        assertTrue(floatAccuracy > 0.8, "the run learnt the moons: " + floatAccuracy);
        assertTrue(Math.abs(accuracy - floatAccuracy) < 0.02, accuracy + " against " + floatAccuracy);
        assertTrue(scores.get("agreement").getAsDouble() > 0.97, scores.toString());
        assertTrue(scores.getAsJsonObject("mcnemar").get("pValue").getAsDouble() > 0.05, scores.toString());
        // The files' sizes (a model this small grows: the scales and nodes outweigh 354 weights' three bytes each).
        assertEquals(Files.size(quantized), json.getAsJsonObject("bytes").get("quantized").getAsLong());
        assertEquals(floatModel.length, json.getAsJsonObject("bytes").get("float").getAsLong());
        // The sweep: eleven widths, its 8-bit row the model written, its 2-bit weights no closer to the float model than 8-bit ones.
        JsonArray sweep = json.getAsJsonArray("sweep");
        assertEquals(11, sweep.size());
        JsonObject first = sweep.get(0).getAsJsonObject();
        assertEquals(8, first.get("weightBits").getAsInt());
        assertEquals(accuracy, first.get("accuracy").getAsDouble(), 1e-12);
        JsonObject twoBits = sweep.get(5).getAsJsonObject();
        assertEquals(2, twoBits.get("weightBits").getAsInt());
        assertTrue(twoBits.get("agreement").getAsDouble() <= first.get("agreement").getAsDouble(), sweep.toString());

        // The quantized model is an ONNX model evaluate reads.
        assertEquals(0, cli.run("evaluate", quantized.toString(), "--data", "synthetic:two-moons", "--json"), cli.err());
        // An import reads its graph (not the float network Dendrite's export embeds) and says what it is.
        assertEquals(Cli.BAD_INPUT, cli.run("import", quantized.toString(), "-o", dir.resolve("back.dnet").toString()));
        assertTrue(cli.lastErrorLine().endsWith("; it is a quantized model: import the float model it was quantized from"),
                cli.lastErrorLine());
        // Text: the layer table and the comparison in words.
        assertEquals(0, cli.run("quantize", run.toString(), "--bits", "6", "--percentile", "99.9", "--calibration", "100", "--no-speed"), cli.err());
        assertTrue(cli.out().contains("w6a6, per-channel weights, ranges by the 99.9th percentile of 100 calibration samples"), cli.out());
        assertTrue(cli.out().matches("(?s).*test split of synthetic:two-moons: float accuracy [0-9.]+%, quantized [0-9.]+% \\([-+][0-9.]+ points\\).*"),
                cli.out());
        assertTrue(Files.exists(run.resolve("model-w6a6.onnx")));
        // Each layer's sensitivity to narrow weights, and mixed precision keeping one layer wide.
        assertEquals(0, cli.run("quantize", run.toString(), "--weight-bits", "2", "--sensitivity", "--keep", "hidden1", "--bias-correction",
                "--no-speed", "--json"), cli.err());
        JsonObject mixed = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertTrue(mixed.getAsJsonObject("settings").get("biasCorrection").getAsBoolean());
        for (var layer : mixed.getAsJsonArray("layers")) {
            assertTrue(layer.getAsJsonObject().get("biasCorrected").getAsBoolean(), layer.toString());
        }
        assertTrue(layers.get(0).getAsJsonObject().has("biasCorrected") && !layers.get(0).getAsJsonObject().get("biasCorrected").getAsBoolean());
        JsonArray sensitivity = mixed.getAsJsonArray("sensitivity");
        assertEquals(3, sensitivity.size());
        assertEquals(layers.get(0).getAsJsonObject().get("name").getAsString(), sensitivity.get(0).getAsJsonObject().get("layer").getAsString());
        assertEquals(8, mixed.getAsJsonArray("layers").get(0).getAsJsonObject().get("bits").getAsInt(), "hidden1 kept at 8 bits");
        assertEquals(2, mixed.getAsJsonArray("layers").get(1).getAsJsonObject().get("bits").getAsInt());
        assertEquals(run.resolve("model-w2a8-mixed.onnx").toString(), mixed.get("quantized").getAsString());
    }

    @Test
    void refusesWhatItCannotQuantizeInOneLine(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--run-dir", run.toString()), cli.err());
        assertEquals(Cli.BAD_INPUT, cli.run("quantize", run.toString(), "--bits", "9"));
        assertEquals("dendrite quantize: weights and activations take 2 to 8 bits, not 9 and 9", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("quantize", run.toString(), "--bits", "4", "--weight-bits", "4"));
        assertEquals("dendrite quantize: --bits sets both widths; give it or --weight-bits and --activation-bits, not both", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("quantize", run.toString(), "--sensitivity"));
        assertEquals("dendrite quantize: --sensitivity narrows one layer's weights at a time to --weight-bits (or --bits): give a width below 8",
                cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("quantize", run.toString(), "--keep", "fc9"));
        assertTrue(cli.lastErrorLine().startsWith("dendrite quantize: --keep names 'fc9', which is no layer with weights to quantize; those are "),
                cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("quantize", run.toString(), "-o", run.resolve("model.onnx").toString()));
        assertTrue(cli.lastErrorLine().endsWith("is the model itself; the float model is never overwritten"), cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("quantize", run.toString(), "--data", "synthetic:communities"));
        assertEquals("dendrite quantize: quantize reads vector and image data sets; synthetic:communities holds graphs", cli.lastErrorLine());
        Path junk = dir.resolve("junk.onnx");
        Files.writeString(junk, "not a model");
        assertEquals(Cli.BAD_INPUT, cli.run("quantize", junk.toString(), "--data", "synthetic:two-moons"));
        assertTrue(cli.lastErrorLine().startsWith("dendrite quantize: " + junk + " is not an ONNX model"), cli.lastErrorLine());
    }
}
