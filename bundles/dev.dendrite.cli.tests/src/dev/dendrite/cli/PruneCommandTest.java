package dev.dendrite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** dendrite prune: whole units removed from a trained run, the smaller network written, scored, fine-tuned; one-line refusals. */
class PruneCommandTest {

    private final CliHarness cli = new CliHarness();

    @Test
    void prunesATrainedRunWritesTheSmallerNetworkAndFineTunesIt(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "6", "--run-dir", run.toString()), cli.err());
        assertEquals(0, cli.run("prune", run.toString(), "--amount", "0.25", "--sensitivity", "--sweep", "--fine-tune", "3", "--no-speed",
                "--json"), cli.err());
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        Path pruned = Path.of(json.get("pruned").getAsString());
        assertEquals(run.resolve("pruned-l1-25.dnet"), pruned);
        assertTrue(Files.exists(run.resolve("pruned-l1-25.weights.onnx")), "the weights beside the network");
        JsonArray layers = json.getAsJsonArray("layers");
        assertEquals(2, layers.size(), "hidden1 and hidden2; the logits are the outputs");
        for (var layer : layers) {
            assertEquals(16, layer.getAsJsonObject().get("before").getAsInt());
            assertEquals(12, layer.getAsJsonObject().get("after").getAsInt());
            assertEquals(4, layer.getAsJsonObject().getAsJsonArray("removed").size());
            assertEquals(0, layer.getAsJsonObject().getAsJsonArray("coupled").size(), "no residual sum joins them to other layers");
        }
        assertTrue(json.getAsJsonArray("whole").get(0).getAsJsonObject().get("reason").getAsString().contains("outputs"), json.toString());
        // The parameters the report counts are those of the file it wrote, as inspect reads it.
        long reported = json.getAsJsonObject("parameters").get("pruned").getAsLong();
        assertEquals(0, cli.run("inspect", pruned.toString(), "--json"), cli.err());
        assertEquals(reported, JsonParser.parseString(cli.out()).getAsJsonObject().get("parameters").getAsLong());
        assertTrue(reported < json.getAsJsonObject("parameters").get("original").getAsLong());
        assertTrue(json.getAsJsonObject("flops").get("pruned").getAsDouble() < json.getAsJsonObject("flops").get("original").getAsDouble());
        double original = json.getAsJsonObject("original").get("accuracy").getAsDouble();
        assertTrue(original > 0.8, "the run learnt the moons: " + original);
        assertTrue(json.getAsJsonObject("prunedScores").has("agreement"));
        // Each layer alone, and the sweep: nine amounts, fewer parameters at every step.
        assertEquals(2, json.getAsJsonArray("sensitivity").size());
        JsonArray sweep = json.getAsJsonArray("sweep");
        assertEquals(9, sweep.size());
        for (int i = 1; i < sweep.size(); i++) {
            assertTrue(sweep.get(i).getAsJsonObject().get("parameters").getAsLong() < sweep.get(i - 1).getAsJsonObject().get("parameters")
                    .getAsLong(), sweep.toString());
        }
        // Fine-tuned beside the run, at its rate, from the pruned weights.
        JsonObject tuned = json.getAsJsonObject("fineTuned");
        Path tunedRun = Path.of(tuned.get("run").getAsString());
        assertEquals(dir.resolve("run-pruned-l1-25").toAbsolutePath(), tunedRun);
        JsonObject config = JsonParser.parseString(Files.readString(run.resolve("config.json"))).getAsJsonObject();
        JsonObject tunedConfig = JsonParser.parseString(Files.readString(tunedRun.resolve("config.json"))).getAsJsonObject();
        assertEquals(config.get("learningRate").getAsDouble(), tunedConfig.get("learningRate").getAsDouble(), 1e-12);
        assertEquals(3, tunedConfig.get("epochs").getAsInt());
        assertTrue(tuned.get("accuracy").getAsDouble() > 0.8, tuned.toString());
        assertTrue(Files.exists(run.resolve("pruning.json")), "the run keeps the report");
        // From the pruned weights: at a rate that moves nothing, the fine-tuned network scores what the pruned one did.
        assertEquals(0, cli.run("prune", run.toString(), "--amount", "0.25", "--fine-tune", "1", "--lr", "1e-12", "--run-dir",
                dir.resolve("still").toString(), "--no-speed", "--json"), cli.err());
        JsonObject still = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals(still.getAsJsonObject("prunedScores").get("accuracy").getAsDouble(), still.getAsJsonObject("fineTuned").get("accuracy")
                .getAsDouble(), 0.002, still.toString());
        // Distilled: the unpruned model teaches the fine-tuning.
        assertEquals(0, cli.run("prune", run.toString(), "--amount", "0.25", "--fine-tune", "1", "--distill", "--run-dir",
                dir.resolve("distilled").toString(), "--no-speed", "--json"), cli.err());
        assertTrue(JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonObject("fineTuned").get("distilled").getAsBoolean());
        assertEquals(run.resolve("model.onnx").toString(), JsonParser.parseString(Files.readString(dir.resolve("distilled").resolve(
                "config.json"))).getAsJsonObject().get("teacher").getAsString());
        // Ranked by what units pass on over training samples.
        assertEquals(0, cli.run("prune", run.toString(), "--criterion", "activation", "--amount", "0.25", "--no-speed", "--json"), cli.err());
        JsonObject active = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("activation", active.getAsJsonObject("settings").get("criterion").getAsString());
        assertEquals(run.resolve("pruned-activation-25.dnet").toString(), active.get("pruned").getAsString());
        assertEquals(12, active.getAsJsonArray("layers").get(1).getAsJsonObject().get("after").getAsInt());
        // Ranked by the loss's change were they gone (first-order Taylor), over the same samples.
        assertEquals(0, cli.run("prune", run.toString(), "--criterion", "taylor", "--amount", "0.25", "--no-speed"), cli.err());
        assertTrue(cli.out().contains("of the lowest first-order Taylor estimate of the loss's change without it, over 1,000 training samples"),
                cli.out());
        assertTrue(Files.isRegularFile(run.resolve("pruned-taylor-25.dnet")));
        // Iterative: two steps of 4 units each, each fine-tuned in its own run directory.
        assertEquals(0, cli.run("prune", run.toString(), "--amount", "0.5", "--fine-tune", "1", "--steps", "2", "--run-dir",
                dir.resolve("steps").toString(), "--no-speed", "--json"), cli.err());
        JsonObject iterative = JsonParser.parseString(cli.out()).getAsJsonObject();
        JsonArray steps = iterative.getAsJsonArray("steps");
        assertEquals(2, steps.size());
        assertEquals(12, steps.get(0).getAsJsonObject().getAsJsonObject("units").get("hidden1").getAsInt());
        assertEquals(8, steps.get(1).getAsJsonObject().getAsJsonObject("units").get("hidden1").getAsInt());
        assertTrue(Files.exists(dir.resolve("steps").resolve("step-2").resolve("model.onnx")));
        JsonObject hidden1 = iterative.getAsJsonArray("layers").get(0).getAsJsonObject();
        assertEquals(16, hidden1.get("before").getAsInt());
        assertEquals(8, hidden1.get("after").getAsInt());
        assertEquals(8, java.util.stream.StreamSupport.stream(hidden1.getAsJsonArray("removed").spliterator(), false)
                .mapToInt(e -> e.getAsInt()).filter(u -> u >= 0 && u < 16).distinct().count(), "eight of the original sixteen, numbered so");
        assertEquals(iterative.get("fineTuned").getAsJsonObject().get("run").getAsString(), steps.get(1).getAsJsonObject().get("run")
                .getAsString());
        // Text: the table and the comparison; the fine-tuning's run directory is not overwritten.
        assertEquals(0, cli.run("prune", run.toString(), "--layers", "hidden1=0.5", "--criterion", "l2", "--no-speed"), cli.err());
        assertTrue(cli.out().contains("hidden1 dense             16       8"), cli.out());
        assertTrue(cli.out().contains("hidden2 dense             16      16"), cli.out());
        assertTrue(cli.out().matches("(?s).*test split of synthetic:two-moons: original accuracy [0-9.]+%, pruned [0-9.]+% \\([-+][0-9.]+ points.*"),
                cli.out());
        assertEquals(0, cli.run("prune", run.toString(), "--amount", "0.25", "--fine-tune", "1", "--no-speed", "--json"), cli.err());
        assertEquals(dir.resolve("run-pruned-l1-25-2").toAbsolutePath().toString(), JsonParser.parseString(cli.out()).getAsJsonObject()
                .getAsJsonObject("fineTuned").get("run").getAsString(), "a second fine-tuning goes to the next free name");
        assertEquals(3, JsonParser.parseString(Files.readString(tunedRun.resolve("config.json"))).getAsJsonObject().get("epochs").getAsInt(),
                "the first fine-tuning is untouched");
        assertEquals(Cli.BAD_INPUT, cli.run("prune", run.toString(), "--amount", "0.25", "--fine-tune", "1", "--run-dir", tunedRun.toString()));
        assertTrue(cli.lastErrorLine().contains("holds a run already"), cli.lastErrorLine());
    }

    @Test
    void aRegressorIsScoredByItsMeanSquaredError(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("sine.dnet");
        assertEquals(0, cli.run("new", "mlp-regressor", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "2", "--run-dir", run.toString()), cli.err());
        assertEquals(0, cli.run("prune", run.toString(), "--amount", "0.25", "--no-speed", "--json"), cli.err());
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertTrue(json.getAsJsonObject("original").get("mse").getAsDouble() > 0);
        assertFalse(json.getAsJsonObject("prunedScores").has("agreement"), "no classes to agree on");
        assertEquals(0, cli.run("prune", run.toString(), "--amount", "0.25", "--global", "--no-speed", "--json"), cli.err());
        JsonObject global = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertTrue(global.getAsJsonObject("settings").get("global").getAsBoolean());
        assertEquals(run.resolve("pruned-l1-25-global.dnet").toString(), global.get("pruned").getAsString());
        assertEquals(Math.round(0.25 * 64), java.util.stream.StreamSupport.stream(global.getAsJsonArray("layers").spliterator(), false)
                .mapToInt(l -> l.getAsJsonObject().get("before").getAsInt() - l.getAsJsonObject().get("after").getAsInt()).sum(),
                "a quarter of both hidden layers' 64 units together");
        assertEquals(0, cli.run("prune", run.toString(), "--amount", "0.25", "--no-speed"), cli.err());
        assertTrue(cli.out().matches("(?s).*original mse [0-9.e-]+, pruned [0-9.e-]+ \\([-+][0-9.]+%, before any fine-tuning\\).*"), cli.out());
    }

    @Test
    void badSettingsAreOneLineEach(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--run-dir", run.toString()), cli.err());
        String[][] bad = {
            {"--criterion", "bn"}, {"--layers", "logits=0.5"}, {"--amount", "1"}, {"--criterion", "fisher"}, {"--lr", "0.1"},
            {"--layers", "hidden1"}, {"--fine-tune", "0"}, {"-o", dir.resolve("x.onnx").toString()}, {"--steps", "2"},
            {"--fine-tune", "1", "--steps", "0"}, {"--global", "--layers", "hidden1=0.5"}, {"--distill"},
        };
        String[] expected = {"hidden1", "outputs", "below 1", "unknown criterion", "--fine-tune", "NAME=SHARE", "1 or more", ".dnet",
            "--fine-tune", "1 to 20", "--global", "--fine-tune"};
        for (int i = 0; i < bad.length; i++) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("prune", run.toString(), "--no-speed"));
            args.addAll(java.util.List.of(bad[i]));
            assertEquals(Cli.BAD_INPUT, cli.run(args.toArray(String[]::new)), String.join(" ", bad[i]));
            assertTrue(cli.lastErrorLine().contains(expected[i]), cli.lastErrorLine());
            assertFalse(cli.err().contains("\tat "), "no stack trace: " + cli.err());
        }
        assertFalse(Files.list(run).anyMatch(p -> p.getFileName().toString().startsWith("pruned")), "refused: nothing written");
    }
}
