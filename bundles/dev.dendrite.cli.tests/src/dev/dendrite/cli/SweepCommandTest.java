package dev.dendrite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dendrite sweep: every run of a sweep file, a table of their figures, again only what is left, and clear refusals. */
class SweepCommandTest {

    private final CliHarness cli = new CliHarness();

    /**
     * A GAN sweep judged by a classifier run: every run's samples judged each epoch, the rungs of successive halving and the best
     * run chosen by the Fréchet distance (the lowest), not by the adversarial test loss; sweep.csv has the distance too. A judge
     * for a network without a GAN loss, a varied judge, judge settings without a judge and halving by the distance without one
     * are refused before any run.
     */
    @Test
    void aJudgedGanSweepRanksItsRunsByTheFrechetDistanceOfTheirSamples(@TempDir Path dir) throws Exception {
        Path lenet = dir.resolve("lenet.dnet");
        assertEquals(0, cli.run("new", "lenet-5", "-o", lenet.toString()));
        assertEquals(0, cli.run("train", lenet.toString(), "--epochs", "1", "--run-dir", dir.resolve("judge").toString()), cli.err());
        assertEquals(0, cli.run("new", "gan", "-o", dir.resolve("gan.dnet").toString()));
        Path sweep = dir.resolve("gan-sweep.json");
        Files.writeString(sweep, "{\"network\": \"gan.dnet\", \"epochs\": 2, \"judge\": \"judge\", \"judgeSamples\": 100, "
                + "\"grid\": {\"discriminatorLr\": [0.00002, 0.001]}, \"halving\": {\"eta\": 2, \"metric\": \"frechet\"}}");
        Path runs = dir.resolve("runs");
        assertEquals(0, cli.run("sweep", sweep.toString(), "--runs-dir", runs.toString(), "--json"), cli.err());
        var parsed = com.google.gson.JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("frechetDistance", parsed.get("rankedBy").getAsString());
        var halving = parsed.getAsJsonObject("halving");
        assertEquals("Fréchet distance of the samples", halving.get("rankedBy").getAsString());
        var rung = halving.getAsJsonArray("rungs").get(0).getAsJsonObject().getAsJsonArray("runs");
        var first = rung.get(0).getAsJsonObject();
        var second = rung.get(1).getAsJsonObject();
        assertTrue(first.get("promoted").getAsBoolean() && !second.get("promoted").getAsBoolean(), rung.toString());
        assertTrue(first.get("value").getAsDouble() <= second.get("value").getAsDouble(), "the lower distance went on: " + rung);
        String promoted = first.get("run").getAsString();
        assertEquals(promoted, parsed.get("best").getAsString(), "the one finished run is the best");
        for (var run : parsed.getAsJsonArray("runs")) {
            var o = run.getAsJsonObject();
            Path runDir = Path.of(o.get("runDir").getAsString());
            long judged = Files.readAllLines(runDir.resolve("metrics.jsonl")).stream().filter(l -> l.contains("\"type\":\"judge\"")).count();
            boolean finished = o.get("state").getAsString().equals("finished");
            assertEquals(finished ? 2 : 1, judged, o.get("run") + ": judged at every epoch it trained");
            assertEquals(finished, o.get("run").getAsString().equals(promoted), o.toString());
            assertTrue(o.get("frechetDistance").getAsDouble() > 0, o.toString());
        }
        // The Sweep view's reading: each run's curve is its judged distances by epoch, its figure the last.
        var read = dev.dendrite.analysis.experiment.SweepRuns.read(runs);
        assertEquals("Fréchet distance", read.figure());
        for (var run : read.runs()) {
            var distances = dev.dendrite.analysis.experiment.SweepJudging.distances(run.directory());
            assertEquals(java.util.List.copyOf(distances.keySet()), java.util.Arrays.stream(run.curveEpochs()).boxed().toList(), run.name());
            assertEquals(distances.get(distances.lastKey()), run.best(), 1e-12, run.name());
            assertEquals(distances.get(1), run.curve()[0], 1e-12, run.name());
        }
        // dendrite runs lists each run's last distance and sorts by it, lowest first.
        assertEquals(0, cli.run("runs", runs.toString(), "--sort", "frechet-distance", "--json"));
        var listed = com.google.gson.JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("runs");
        assertEquals(2, listed.size());
        assertTrue(listed.get(0).getAsJsonObject().get("frechetDistance").getAsDouble() <= listed.get(1).getAsJsonObject().get("frechetDistance")
                .getAsDouble(), listed.toString());
        assertEquals(0, cli.run("runs", runs.toString()));
        assertTrue(cli.out().contains("  Fréchet distance "), cli.out());
        List<String> csv = Files.readAllLines(runs.resolve("sweep.csv"));
        assertTrue(csv.get(0).endsWith(",runDirectory,frechetDistance"), csv.get(0));
        assertTrue(csv.stream().skip(1).allMatch(l -> Double.parseDouble(l.substring(l.lastIndexOf(',') + 1)) > 0), csv.toString());

        String[][] refused = {
            {"{\"network\": \"lenet.dnet\", \"epochs\": 1, \"judge\": \"judge\", \"grid\": {\"lr\": [0.01, 0.02]}}",
                "\"judge\" judges a GAN's samples, and lenet-5 has no GAN loss"},
            {"{\"network\": \"gan.dnet\", \"epochs\": 1, \"grid\": {\"judge\": [\"judge\", \"other\"]}}", "\"judge\" is a path every run shares"},
            {"{\"network\": \"gan.dnet\", \"epochs\": 1, \"judgeEvery\": 2, \"grid\": {\"lr\": [0.01, 0.02]}}",
                "judgeEvery and judgeSamples tune a judge: give \"judge\""},
            {"{\"network\": \"gan.dnet\", \"epochs\": 2, \"grid\": {\"lr\": [0.01, 0.02]}, \"halving\": {\"metric\": \"frechet\"}}",
                "successive halving by the Fréchet distance needs \"judge\""},
        };
        for (String[] r : refused) {
            Files.writeString(sweep, r[0]);
            assertEquals(Cli.BAD_INPUT, cli.run("sweep", sweep.toString(), "--runs-dir", dir.resolve("refused").toString()), r[0]);
            assertTrue(cli.err().contains(r[1]), cli.err());
        }
    }

    @Test
    void runsEverySpecificationAndAgainOnlyWhatIsLeft(@TempDir Path dir) throws Exception {
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dir.resolve("moons.dnet").toString()));
        Path sweep = dir.resolve("moons-sweep.json");
        Files.writeString(sweep, "{\"network\": \"moons.dnet\", \"epochs\": 2, \"grid\": {\"lr\": [0.01, 0.05]}}");
        Path runs = dir.resolve("runs");
        assertEquals(0, cli.run("sweep", sweep.toString(), "--runs-dir", runs.toString(), "--json"));
        String json = cli.out();
        assertTrue(json.contains("\"run\":\"lr=0.01,seed=1\"") && json.contains("\"run\":\"lr=0.05,seed=1\""), json);
        assertEquals(2, json.split("\"state\":\"finished\"", -1).length - 1, json);
        assertTrue(json.contains("\"reused\":false"), json);
        assertTrue(Files.isDirectory(runs.resolve("lr-0.01,seed-1")), "a run directory per run");
        var parsed = com.google.gson.JsonParser.parseString(json).getAsJsonObject();
        var finished = parsed.getAsJsonArray("runs");
        double lowest = Math.min(finished.get(0).getAsJsonObject().get("testLoss").getAsDouble(),
                finished.get(1).getAsJsonObject().get("testLoss").getAsDouble());
        String best = parsed.get("best").getAsString();
        for (var run : finished) {
            if (run.getAsJsonObject().get("run").getAsString().equals(best)) {
                assertEquals(lowest, run.getAsJsonObject().get("testLoss").getAsDouble(), "the best run has the lowest test loss");
            }
        }
        var influence = parsed.getAsJsonArray("influence").get(0).getAsJsonObject();
        assertEquals("lr", influence.get("setting").getAsString(), json);
        assertEquals(2, influence.get("runs").getAsInt());
        assertEquals(1.0, Math.abs(influence.get("spearman").getAsDouble()), 1e-12, "two runs rank perfectly either way: " + json);
        assertEquals(0, cli.run("sweep", sweep.toString(), "--runs-dir", runs.toString(), "--json"));
        assertTrue(!cli.out().contains("\"reused\":false"), "nothing trains twice: " + cli.out());
        assertEquals(0, cli.run("runs", runs.toString()));
        assertTrue(cli.out().contains("lr-0.05,seed-1") && cli.out().contains("  adam lr 0.05 seed 1"), cli.out());
        assertEquals(0, cli.run("runs", dir.toString()));
        assertTrue(cli.out().contains("runs/lr-0.01,seed-1") && cli.out().contains("runs/lr-0.05,seed-1"),
                "the runs of an experiment folder, named from the folder listed: " + cli.out());
        assertEquals(java.util.List.of(0.01, 0.05), runsBy("learning-rate", "learningRate", runs), "by learning rate");
        assertEquals(java.util.List.of(0.05, 0.01), runsBy("learning-rate --reverse", "learningRate", runs), "turned");
        List<Double> accuracies = runsBy("test-accuracy", "testAccuracy", runs);
        assertEquals(accuracies.stream().sorted(java.util.Comparator.reverseOrder()).toList(), accuracies, "the best first");
        assertEquals(0, cli.run("runs", runs.toString(), "--json"));
        assertTrue(cli.out().contains("\"seed\":1") && cli.out().contains("\"batchSize\":") && cli.out().contains("\"seconds\":"),
                cli.out());
        assertEquals(Cli.BAD_INPUT, cli.run("runs", runs.toString(), "--sort", "accuracy"));
        assertEquals("dendrite runs: --sort must be one of name, started, best-loss, test-accuracy, frechet-distance, learning-rate, batch, seed, is "
                + "'accuracy'", cli.lastErrorLine());

        assertEquals(Cli.BAD_INPUT, cli.run("sweep", sweep.toString(), "--engine", "spark"));
        // The IDE's runtime (and these tests') carries no Spark: the launcher adds it for the command line.
        assertEquals("dendrite sweep: the spark engine is not on this runtime's class path: run the command with ./dendrite, which adds it "
                + "(built by ./mvnw verify)", cli.lastErrorLine());
        Files.writeString(sweep, "{\"network\": \"moons.dnet\", \"grid\": {\"lr\": [0.01, \"fast\"]}}");
        assertEquals(Cli.BAD_INPUT, cli.run("sweep", sweep.toString(), "--runs-dir", dir.resolve("bad").toString()));
        assertEquals("dendrite sweep: \"lr\" needs a number, got 'fast'", cli.lastErrorLine());
        assertTrue(!Files.exists(dir.resolve("bad").resolve("lr-fast,seed-1")), "no run starts when one run's settings are wrong");
    }

    /** Hyperband: each bracket's trials, first epochs and rungs in the JSON and the text, the last bracket trained whole. */
    @Test
    void hyperbandSaysEachBracket(@TempDir Path dir) throws Exception {
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dir.resolve("moons.dnet").toString()));
        Path sweep = dir.resolve("hyperband.json");
        Files.writeString(sweep, """
                {"network": "moons.dnet", "epochs": 4, "optimizer": "sgd", "random": {"lr": {"log": [0.001, 1.0]}},
                 "halving": {"eta": 2, "hyperband": true}}""");
        assertEquals(0, cli.run("sweep", sweep.toString(), "--runs-dir", dir.resolve("runs").toString(), "--json"), cli.err());
        var parsed = com.google.gson.JsonParser.parseString(cli.out()).getAsJsonObject();
        assertFalse(parsed.has("halving"), "one bracket's report is no sweep's");
        var hyperband = parsed.getAsJsonObject("hyperband");
        var brackets = hyperband.getAsJsonArray("brackets");
        assertEquals(3, brackets.size());
        assertEquals(List.of(4, 3, 3), brackets.asList().stream().map(b -> b.getAsJsonObject().get("trials").getAsInt()).toList());
        assertEquals(List.of("[1,2,4]", "[2,4]", "[4]"), brackets.asList().stream().map(b -> b.getAsJsonObject().get("rungEpochs").toString())
                .toList());
        assertEquals(0, brackets.get(2).getAsJsonObject().getAsJsonArray("rungs").size(), "the last bracket trains whole");
        assertEquals(8 + 8 + 12, hyperband.get("epochsTrained").getAsInt());
        assertEquals(40, hyperband.get("epochsWhole").getAsInt());
        assertEquals(10, parsed.getAsJsonArray("runs").size());
        assertEquals(0, cli.run("sweep", sweep.toString(), "--runs-dir", dir.resolve("runs").toString()));
        assertTrue(cli.out().contains("Hyperband (eta 2, 3 brackets over 4 epochs, ranked by validation loss):") && cli.out().contains(
                "bracket 1: 4 trials from epoch 1, rungs at epochs [1, 2, 4]") && cli.out().contains("bracket 3: 3 trials trained whole to "
                        + "epoch 4") && cli.out().contains("28 epochs trained, 70% of the 40 the sweep would take whole"), cli.out());
    }

    /** --plan: the runs, rungs and brackets with the epochs they would take, the file and network checked, nothing trained. */
    @Test
    void aPlanShowsWhatASweepWouldTrainAndTrainsNothing(@TempDir Path dir) throws Exception {
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dir.resolve("moons.dnet").toString()));
        Path sweep = dir.resolve("hyperband.json");
        Files.writeString(sweep, """
                {"network": "moons.dnet", "epochs": 4, "random": {"lr": {"log": [0.001, 1.0]}}, "halving": {"eta": 2, "hyperband": true}}""");
        Path runs = dir.resolve("runs");
        assertEquals(0, cli.run("sweep", sweep.toString(), "--runs-dir", runs.toString(), "--plan", "--json"), cli.err());
        var parsed = com.google.gson.JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals(10, parsed.getAsJsonArray("runs").size());
        assertEquals(28, parsed.get("epochsPlanned").getAsInt(), "8 + 8 + 12, as the sweep trains them (hyperbandSaysEachBracket)");
        assertEquals(40, parsed.get("epochsWhole").getAsInt());
        var brackets = parsed.getAsJsonObject("hyperband").getAsJsonArray("brackets");
        assertEquals(List.of(4, 3, 3), brackets.asList().stream().map(b -> b.getAsJsonObject().get("trials").getAsInt()).toList());
        assertEquals(List.of(8, 8, 12), brackets.asList().stream().map(b -> b.getAsJsonObject().get("epochsPlanned").getAsInt()).toList());
        assertEquals(4, brackets.get(0).getAsJsonObject().getAsJsonArray("runs").size());
        assertFalse(Files.exists(runs), "nothing trained");
        Files.writeString(sweep, """
                {"network": "moons.dnet", "epochs": 3, "grid": {"lr": [0.01, 0.1], "batch": [16, 32]}, "halving": {"eta": 3}}""");
        assertEquals(0, cli.run("sweep", sweep.toString(), "--runs-dir", runs.toString(), "--plan"));
        assertTrue(cli.out().contains("sweep hyperband: 4 runs of moons.dnet into ") && cli.out().contains(
                "successive halving (eta 3, rungs at epochs [1, 3], ranked by validation loss)") && cli.out().contains(
                        "6 epochs at most, 50% of the 12 the runs would take whole; nothing trained (--plan)"), cli.out());
        Files.writeString(sweep, "{\"network\": \"moons.dnet\", \"grid\": {\"lr\": [0.01, -1]}}");
        assertEquals(2, cli.run("sweep", sweep.toString(), "--plan"), "a bad setting is named before anything runs");
    }

    /** Successive halving: the rungs in the JSON and the text, the runs left behind "halted" with their place, and exit 0. */
    @Test
    void halvingTrainsTheBestOnAndSaysWhatItSaved(@TempDir Path dir) throws Exception {
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dir.resolve("moons.dnet").toString()));
        Path sweep = dir.resolve("halving.json");
        Files.writeString(sweep, """
                {"network": "moons.dnet", "epochs": 3, "optimizer": "sgd", "grid": {"lr": [0.001, 0.01, 0.1, 0.3]}, "halving": {"eta": 3}}""");
        Path runs = dir.resolve("runs");
        assertEquals(0, cli.run("sweep", sweep.toString(), "--runs-dir", runs.toString(), "--json"));
        var parsed = com.google.gson.JsonParser.parseString(cli.out()).getAsJsonObject();
        var halving = parsed.getAsJsonObject("halving");
        assertEquals("[1,3]", halving.get("rungEpochs").toString());
        assertEquals("validation loss", halving.get("rankedBy").getAsString());
        assertEquals(4 + 2, halving.get("epochsTrained").getAsInt(), "four runs one epoch, one run two more");
        assertEquals(12, halving.get("epochsWhole").getAsInt());
        var rung = halving.getAsJsonArray("rungs").get(0).getAsJsonObject();
        assertEquals(1, rung.get("epochs").getAsInt());
        var entries = rung.getAsJsonArray("runs");
        assertEquals(4, entries.size());
        assertTrue(entries.get(0).getAsJsonObject().get("promoted").getAsBoolean(), "best first, promoted");
        String promoted = entries.get(0).getAsJsonObject().get("run").getAsString();
        for (var run : parsed.getAsJsonArray("runs")) {
            var o = run.getAsJsonObject();
            boolean best = o.get("run").getAsString().equals(promoted);
            assertEquals(best ? "finished" : "halted", o.get("state").getAsString(), o.toString());
            assertTrue(best || o.get("message").getAsString().startsWith("halted after epoch 1: validation loss "), o.toString());
        }
        assertEquals(promoted, parsed.get("best").getAsString(), "the only finished run is the best");
        assertEquals(0, cli.run("sweep", sweep.toString(), "--runs-dir", runs.toString()));
        assertTrue(cli.out().contains("successive halving (eta 3, rungs at epochs [1, 3], ranked by validation loss):")
                && cli.out().contains("rung 1, epoch 1: 4 runs, the best 1 went on (") && cli.out().contains(
                        "6 epochs trained, 50% of the 12 the sweep would take whole"), cli.out());
        assertTrue(cli.out().contains("halted*"), "executed again, everything kept: " + cli.out());

        // A halted run resumed by hand continues with the settings it recorded (the sweep's), not the network's, and ends as the
        // same run trained whole.
        String halted = parsed.getAsJsonArray("runs").asList().stream().map(r -> r.getAsJsonObject()).filter(r -> r.get("state").getAsString()
                .equals("halted")).findFirst().orElseThrow().get("runDir").getAsString();
        assertEquals(0, cli.run("train", dir.resolve("moons.dnet").toString(), "--resume", "--run-dir", halted, "--json"), cli.err());
        double resumed = com.google.gson.JsonParser.parseString(cli.out()).getAsJsonObject().get("testLoss").getAsDouble();
        var config = com.google.gson.JsonParser.parseString(Files.readString(Path.of(halted, "config.json"))).getAsJsonObject();
        assertEquals("sgd", config.get("optimizer").getAsString(), "the sweep's optimizer, not the network's adam");
        assertEquals(3, config.get("epochs").getAsInt());
        Path whole = dir.resolve("whole.json");
        Files.writeString(whole, "{\"network\": \"moons.dnet\", \"epochs\": 3, \"optimizer\": \"sgd\", \"runs\": [{\"lr\": "
                + config.get("learningRate").getAsDouble() + "}]}");
        assertEquals(0, cli.run("sweep", whole.toString(), "--runs-dir", dir.resolve("whole").toString(), "--json"), cli.err());
        assertEquals(resumed, com.google.gson.JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("runs").get(0)
                .getAsJsonObject().get("testLoss").getAsDouble(), 0.0, "resumed by hand, it ends as trained whole");
    }

    /** The runs' values of a JSON key, in the order {@code dendrite runs --sort ...} lists them. */
    private List<Double> runsBy(String sort, String key, Path runs) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("runs", runs.toString(), "--json", "--sort"));
        args.addAll(List.of(sort.split(" ")));
        assertEquals(0, cli.run(args.toArray(String[]::new)));
        var matcher = java.util.regex.Pattern.compile("\"" + key + "\":([0-9.Ee-]+)").matcher(cli.out());
        List<Double> values = new java.util.ArrayList<>();
        while (matcher.find()) {
            values.add(Double.parseDouble(matcher.group(1)));
        }
        return values;
    }

    /** A sweep over distillation's temperature: one teacher shared, resolved beside the sweep file, each run recording its own. */
    @Test
    void sweepsADistillationTemperature(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "2", "--run-dir", dir.resolve("teacher").toString()), cli.err());
        Path sweep = dir.resolve("distil.json");
        Files.writeString(sweep, "{\"network\": \"moons.dnet\", \"epochs\": 1, \"teacher\": \"teacher\", \"grid\": {\"distillTemperature\": [1, 4]}}");
        assertEquals(0, cli.run("sweep", sweep.toString(), "--runs-dir", dir.resolve("runs").toString()), cli.err());
        for (String t : new String[] {"1", "4"}) {
            Path config = dir.resolve("runs").resolve("distillTemperature-" + t + ",seed-1").resolve("config.json");
            var json = com.google.gson.JsonParser.parseString(Files.readString(config)).getAsJsonObject();
            assertEquals(dir.resolve("teacher").resolve("model.onnx").toAbsolutePath().toString(), json.get("teacher").getAsString());
            assertEquals(Double.parseDouble(t), json.get("distillTemperature").getAsDouble());
        }
        Files.writeString(sweep, "{\"network\": \"moons.dnet\", \"grid\": {\"teacher\": [\"a\", \"b\"]}}");
        assertEquals(Cli.BAD_INPUT, cli.run("sweep", sweep.toString(), "--runs-dir", dir.resolve("runs").toString()));
        assertEquals("dendrite sweep: distil.json: \"teacher\" is a path every run shares; set it beside \"network\" and vary distillTemperature "
                + "or distillWeight", cli.lastErrorLine());
    }
}
