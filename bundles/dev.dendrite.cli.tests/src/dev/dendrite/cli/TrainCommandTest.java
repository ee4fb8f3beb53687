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

class TrainCommandTest {

    private final CliHarness cli = new CliHarness();

    @Test
    void trainsTwoMoonsAndWritesARunDirectory(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        Path runDir = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "30", "--lr", "0.01", "--run-dir", runDir.toString(), "--json"));
        String json = cli.out();
        assertTrue(json.startsWith("{\"network\":\"mlp-classifier\",\"runDir\":\"" + runDir + "\",\"dataset\":\"synthetic:two-moons\",\"epochs\":30,"), json);
        java.util.regex.Matcher accuracy = java.util.regex.Pattern.compile("\"testAccuracy\":([0-9.]+)").matcher(json);
        assertTrue(accuracy.find() && Double.parseDouble(accuracy.group(1)) >= 0.99, json);
        assertTrue(Files.exists(runDir.resolve("model.onnx")));
        assertTrue(cli.err().contains("epoch 30/30: loss"), "progress goes to stderr");
    }

    @Test
    void badSettingsAreOneLineBeforeTraining(@TempDir Path dir) {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--optimizer", "lbfgs"));
        assertEquals("dendrite train: unknown optimizer 'lbfgs': use sgd, adam, adamw or rmsprop", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--lr", "-1"));
        assertEquals("dendrite train: learning rate must be a finite number > 0, is -1.0", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--data", "idx:/nowhere/images,/nowhere/labels"));
        assertEquals("dendrite train: data file /nowhere/images does not exist", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--data", "synthetic:sine", "--run-dir", dir.resolve("r").toString()));
        assertEquals("dendrite train: the data set sine has samples of 1 (1 values), but input 'points' expects N×2 (2 values per sample)",
                cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--epochs", "ten"));
        assertEquals("dendrite train: --epochs needs a whole number, got 'ten'", cli.lastErrorLine());
    }

    @Test
    void switchingToPlainSgdWithAnAdamRateGetsANoteAndAChosenRateNone(@TempDir Path dir) {
        Path dnet = dir.resolve("parity.dnet");
        assertEquals(0, cli.run("new", "rnn-classifier", "-o", dnet.toString()));
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--optimizer", "sgd", "--run-dir", dir.resolve("kept").toString()));
        assertTrue(cli.err().contains("note: the learning rate 0.003 was set for adam; sgd usually trains with 0.01 to 0.1 (--lr RATE)"),
                cli.err());
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--optimizer", "sgd", "--lr", "0.05", "--run-dir",
                dir.resolve("chosen").toString()));
        assertFalse(cli.err().contains("note: the learning rate"), cli.err());
    }

    @Test
    void dataParallelTrainingRunsItsWorkersAndRefusesWhatItCannotCombine(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        Path runDir = dir.resolve("dp");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "3", "--data-parallel", "2", "--sync-every", "4", "--run-dir",
                runDir.toString(), "--json"));
        String json = cli.out();
        assertTrue(json.contains("\"dataParallel\":2,\"syncEvery\":4,\"engine\":\"local\",\"epochs\":3,\"state\":\"finished\""), json);
        assertTrue(Files.exists(runDir.resolve("model.onnx")) && Files.exists(runDir.resolve("workers/worker-1/status.json")));
        assertTrue(cli.err().contains("2 workers averaging every 4 steps (local)"), cli.err());
        // The runs command lists the run, not its workers' directories.
        assertEquals(0, cli.run("runs", dir.toString(), "--json"));
        assertEquals(1, cli.out().split("\"runDir\"", -1).length - 1, cli.out());
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--data-parallel", "2", "--taps", "all"));
        assertTrue(cli.lastErrorLine().startsWith("dendrite train: --taps does not combine with --data-parallel, which takes --batch,"),
                cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--data-parallel", "0"));
        assertEquals("dendrite train: --data-parallel needs a whole number ≥ 1, got '0'", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--sync-every", "5"));
        assertEquals("dendrite train: --sync-every belongs to data-parallel training: add --data-parallel N", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--data-parallel", "2", "--engine", "spark"));
        assertTrue(cli.lastErrorLine().contains("the spark engine is not on this runtime's class path"), cli.lastErrorLine());
    }

    @Test
    void runsListsRunDirectoriesWithTheirState(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        Path runs = dir.resolve("runs");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "2", "--run-dir", runs.resolve("done").toString()));
        Path regressor = dir.resolve("sine.dnet");
        assertEquals(0, cli.run("new", "mlp-regressor", "-o", regressor.toString()));
        assertEquals(Cli.FAILED, cli.run("train", regressor.toString(), "--data", "synthetic:sine", "--epochs", "50", "--lr", "1e6",
                "--optimizer", "sgd", "--run-dir", runs.resolve("diverged").toString()));
        assertTrue(cli.lastErrorLine().contains("became"), cli.lastErrorLine());
        assertEquals(0, cli.run("runs", runs.toString(), "--json"));
        String json = cli.out();
        assertTrue(json.contains("\"state\":\"finished\""), json);
        assertTrue(json.contains("\"state\":\"non-finite\""), json);
        assertTrue(json.contains("\"epochsDone\":2"), json);
        assertEquals(0, cli.run("runs", runs.resolve("done").toString()));
        assertTrue(cli.out().contains("finished    epoch 2/2  best loss"), cli.out());
        assertEquals(Cli.BAD_INPUT, cli.run("runs", dir.resolve("nowhere").toString()));
        assertEquals("dendrite runs: " + dir.resolve("nowhere") + " is not a directory", cli.lastErrorLine());
    }

    @Test
    void benchProfileNamesTheOperatorsThatTakeTheTime(@TempDir Path dir) throws Exception {
        assertEquals(0, cli.run("bench", "--profile", "--only", "mlp-784-256-256-10 sgd", "--batch", "64", "--steps", "5",
                "--profile-dir", dir.toString(), "--json"));
        String json = cli.out();
        assertTrue(json.contains("\"opType\":\"MatMul\"") || json.contains("\"opType\":\"Gemm\""), "matrix products show: " + json);
        assertTrue(json.contains("\"runs\":5,\"warmUpRuns\":3,"), "five measured runs after three warm-up runs: " + json);
        JsonObject profile = JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("profiles").get(0).getAsJsonObject();
        assertTrue(profile.get("wallMsPerRun").getAsDouble() >= profile.get("msPerRun").getAsDouble(), "a run lasts at least its kernels: " + json);
        assertTrue(profile.get("nodesPerRun").getAsDouble() >= 10, "an MLP step of a dozen nodes and more: " + json);
        double unprofiled = profile.get("unprofiledMsPerRun").getAsDouble();
        assertTrue(unprofiled > 0 && unprofiled < 1000, "the step timed without the profiler as well: " + json);
        try (var files = Files.list(dir)) {
            assertTrue(files.anyMatch(f -> f.toString().endsWith(".csv")), "a CSV per case");
        }
    }

    @Test
    void benchTimesWithOtherSessionOptionsAndSaysWhichAndRefusesMalformedOnes() throws Exception {
        assertEquals(0, cli.run("bench", "--only", "mlp-784-256-256-10 sgd", "--batch", "64", "--seconds", "0.1", "--session-options",
                "level=basic;session.dynamic_block_base=2", "--json"));
        String json = cli.out();
        assertTrue(json.contains("\"sessionOptions\":{\"level\":\"basic\",\"session.dynamic_block_base\":\"2\"}"), json);
        assertTrue(json.contains("\"samplesPerSecond\":"), json);
        assertEquals(Cli.BAD_INPUT, cli.run("bench", "--only", "mlp-784-256-256-10 sgd", "--session-options", "mempattern=off"));
        assertEquals("dendrite bench: session option mempattern must be 0 or 1, is 'off'", cli.lastErrorLine());
    }

    @Test
    void benchCompareTellsApartOnlyWhatTheNoiseAllows(@TempDir Path dir) throws Exception {
        // Before: two runs. The LeNet case's windows never reach the after side's; the MLP's overlap.
        Path before1 = benchJson(dir.resolve("before1.json"), 200, "\"lenet-5 adam\",\"batch\":64,\"samplesPerSecond\":10000,"
                + "\"windowSamplesPerSecond\":[9800,10000,10300]", "\"mlp sgd\",\"batch\":64,\"samplesPerSecond\":50000,"
                + "\"windowSamplesPerSecond\":[40000,50000,60000]", "\"gcn\",\"batch\":8,\"samplesPerSecond\":100");
        Path before2 = benchJson(dir.resolve("before2.json"), 210, "\"lenet-5 adam\",\"batch\":64,\"samplesPerSecond\":10400,"
                + "\"windowSamplesPerSecond\":[10200,10400,10500]", "\"mlp sgd\",\"batch\":64,\"samplesPerSecond\":52000");
        Path after = benchJson(dir.resolve("after.json"), 400, "\"lenet-5 adam\",\"batch\":64,\"samplesPerSecond\":12000,"
                + "\"windowSamplesPerSecond\":[11000,12000,12500]", "\"mlp sgd\",\"batch\":64,\"samplesPerSecond\":56000,"
                + "\"windowSamplesPerSecond\":[55000,56000,61000]");
        assertEquals(0, cli.run("bench", "--compare", before1 + "," + before2, after.toString(), "--json"));
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        JsonArray cases = json.getAsJsonArray("cases");
        assertEquals(2, cases.size(), cli.out());
        JsonObject lenet = cases.get(0).getAsJsonObject();
        assertEquals("lenet-5 adam", lenet.get("name").getAsString());
        assertEquals(10200, lenet.get("before").getAsDouble(), 1e-9, "the median of the two runs");
        assertEquals(12000 / 10200.0, lenet.get("ratio").getAsDouble(), 1e-9);
        assertEquals("[9800.0,10500.0]", lenet.get("beforeRange").toString(), "every window of both runs");
        assertEquals("faster", lenet.get("verdict").getAsString());
        assertEquals("not told apart", cases.get(1).getAsJsonObject().get("verdict").getAsString(), "55,000-61,000 overlaps 40,000-60,000");
        String warnings = json.getAsJsonArray("warnings").toString();
        assertTrue(warnings.contains("moved from 205.0 to 400.0 GFLOP/s"), warnings);
        assertTrue(warnings.contains("gcn, batch 8 (before only)"), warnings);

        // The sides swapped: slower. Text output names the verdict per case.
        assertEquals(0, cli.run("bench", "--compare", after.toString(), before1.toString(), "--only", "lenet"));
        assertTrue(cli.out().contains("slower") && !cli.out().contains("mlp sgd"), cli.out());

        assertEquals(Cli.BAD_INPUT, cli.run("bench", "--compare", before1.toString(), dir.resolve("missing.json").toString()));
        assertEquals("dendrite bench: " + dir.resolve("missing.json") + " does not exist", cli.lastErrorLine());
        Files.writeString(dir.resolve("broken.json"), "{\"peakGflops\": 200, \"results\": [");
        assertEquals(Cli.BAD_INPUT, cli.run("bench", "--compare", before1.toString(), dir.resolve("broken.json").toString()));
        assertTrue(cli.lastErrorLine().startsWith("dendrite bench: " + dir.resolve("broken.json") + " is not readable JSON: "), cli.lastErrorLine());
        Files.writeString(dir.resolve("profile.json"), "{\"profiles\": [], \"directory\": \"bench-profile\"}");
        assertEquals(Cli.BAD_INPUT, cli.run("bench", "--compare", before1.toString(), dir.resolve("profile.json").toString()));
        assertTrue(cli.lastErrorLine().contains("is not the output of dendrite bench --json"), cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("bench", "--compare", before1.toString()));
        assertTrue(cli.lastErrorLine().contains("--compare needs two sides"), cli.lastErrorLine());
    }

    @Test
    void benchCompareWarnsWhenTheMachinesBandwidthOrOperatorTimeMoved(@TempDir Path dir) throws Exception {
        String lenet = "\"lenet-5 adam\",\"batch\":64,\"samplesPerSecond\":10000";
        Path before = machineBenchJson(dir.resolve("before.json"), 200, ",\"bandwidthGBps\":12.0,\"microsecondsPerOperator\":0.30,"
                + "\"coreBalance\":0.97", lenet);
        Path sameMachine = machineBenchJson(dir.resolve("same.json"), 205, ",\"bandwidthGBps\":12.5,\"microsecondsPerOperator\":0.31,"
                + "\"coreBalance\":0.99", lenet);
        Path slowerMemory = machineBenchJson(dir.resolve("slower.json"), 201, ",\"bandwidthGBps\":6.0,\"microsecondsPerOperator\":0.45", lenet);
        Path unevenCores = machineBenchJson(dir.resolve("uneven.json"), 204, ",\"bandwidthGBps\":12.1,\"microsecondsPerOperator\":0.30,"
                + "\"coreBalance\":0.61", lenet);
        Path older = machineBenchJson(dir.resolve("older.json"), 199, "", lenet);

        assertEquals(0, cli.run("bench", "--compare", before.toString(), sameMachine.toString(), "--json"));
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("[]", json.getAsJsonArray("warnings").toString(), "peak, bandwidth and operator time all within 10%");
        assertEquals("[12.0,12.5]", json.getAsJsonArray("bandwidthGBps").toString());
        assertEquals("[0.97,0.99]", json.getAsJsonArray("coreBalance").toString());

        // Everything held but one core, which ran at 0.61 of the other: replicated steps wait for it.
        assertEquals(0, cli.run("bench", "--compare", before.toString(), unevenCores.toString(), "--json"));
        String unevenWarnings = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("warnings").toString();
        assertTrue(unevenWarnings.contains("core balance (slowest core over fastest) moved from 0.97 to 0.61 between the sides"),
                unevenWarnings);
        assertFalse(unevenWarnings.contains("bandwidth"), unevenWarnings);
        assertEquals(0, cli.run("bench", "--compare", before.toString(), unevenCores.toString()));
        assertTrue(cli.out().contains(", core balance 0.97 and 0.61"), cli.out());

        // The peak held (200 against 201) while memory and small operators slowed: the comparison says so.
        assertEquals(0, cli.run("bench", "--compare", before.toString(), slowerMemory.toString(), "--json"));
        String warnings = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("warnings").toString();
        assertTrue(warnings.contains("memory bandwidth moved from 12.0 to 6.0 GB/s"), warnings);
        assertTrue(warnings.contains("time per small operator moved from 0.30 to 0.45 µs"), warnings);
        assertFalse(warnings.contains("measured peak"), warnings);
        assertEquals(0, cli.run("bench", "--compare", before.toString(), slowerMemory.toString()));
        assertTrue(cli.out().contains("memory 12.0 and 6.0 GB/s, 0.30 and 0.45 µs per small operator"), cli.out());

        // Runs from before these figures were recorded still compare, on the peak alone.
        assertEquals(0, cli.run("bench", "--compare", older.toString(), slowerMemory.toString(), "--json"));
        json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("[]", json.getAsJsonArray("warnings").toString());
        assertEquals("[null,6.0]", json.getAsJsonArray("bandwidthGBps").toString());
        assertEquals("[null,null]", json.getAsJsonArray("coreBalance").toString());
        Path wrong = machineBenchJson(dir.resolve("wrong.json"), 200, ",\"bandwidthGBps\":\"fast\"", lenet);
        assertEquals(Cli.BAD_INPUT, cli.run("bench", "--compare", before.toString(), wrong.toString()));
        assertEquals("dendrite bench: " + wrong + ": bandwidthGBps is not a number", cli.lastErrorLine());
    }

    @Test
    void benchCompareWarnsWhenTheSidesDifferInHugePages(@TempDir Path dir) throws Exception {
        String lenet = "\"lenet-5 adam\",\"batch\":512,\"samplesPerSecond\":20000";
        String machine = ",\"bandwidthGBps\":50.0,\"microsecondsPerOperator\":0.30";
        Path without = machineBenchJson(dir.resolve("without.json"), 300, machine + ",\"conditions\":{\"mallocHugePages\":false}", lenet);
        Path with1 = machineBenchJson(dir.resolve("with1.json"), 300, machine + ",\"conditions\":{\"mallocHugePages\":true}", lenet);
        Path with2 = machineBenchJson(dir.resolve("with2.json"), 302, machine + ",\"conditions\":{\"mallocHugePages\":true}", lenet);
        Path older = machineBenchJson(dir.resolve("older.json"), 301, machine, lenet);

        assertEquals(0, cli.run("bench", "--compare", without.toString(), with1 + "," + with2, "--json"));
        String warnings = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("warnings").toString();
        assertTrue(warnings.contains("malloc asked for huge pages in 0 of 1 runs before and 2 of 2 after: large tensors run faster on them, so differences may"
                + " be the huge pages', not the build's\"]"),
                warnings);
        assertEquals(0, cli.run("bench", "--compare", with1.toString(), with2.toString(), "--json"));
        assertEquals("[]", JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("warnings").toString(), "both sides asked");
        assertEquals(0, cli.run("bench", "--compare", older.toString(), with2.toString(), "--json"));
        assertEquals("[]", JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("warnings").toString(),
                "a run from before the record says nothing either way");
    }

    @Test
    void benchSummaryGivesEachCasesMedianOverTheRunsWithTheSlowestAndFastest(@TempDir Path dir) throws Exception {
        Path one = machineBenchJson(dir.resolve("one.json"), 300, ",\"coreBalance\":0.95", "\"lenet-5 adam\",\"batch\":256,\"samplesPerSecond\":24000",
                "\"mlp-784-256-256-10 sgd\",\"batch\":64,\"samplesPerSecond\":90000");
        Path two = machineBenchJson(dir.resolve("two.json"), 250, ",\"coreBalance\":0.55", "\"lenet-5 adam\",\"batch\":256,\"samplesPerSecond\":14000",
                "\"mlp-784-256-256-10 sgd\",\"batch\":64,\"samplesPerSecond\":80000");
        Path three = benchJson(dir.resolve("three.json"), 350, "\"lenet-5 adam\",\"batch\":256,\"samplesPerSecond\":19000");

        assertEquals(0, cli.run("bench", "--summary", one.toString(), two + "," + three, "--json"));
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        JsonArray cases = json.getAsJsonArray("cases");
        assertEquals(2, cases.size(), cli.out());
        JsonObject lenet = cases.get(0).getAsJsonObject();
        assertEquals("lenet-5 adam", lenet.get("name").getAsString());
        assertEquals(3, lenet.get("runs").getAsInt());
        assertEquals(19000, lenet.get("median").getAsDouble());
        assertEquals(14000, lenet.get("slowest").getAsDouble());
        assertEquals(24000, lenet.get("fastest").getAsDouble());
        // A case two of the runs timed: the median of two is their mean.
        JsonObject mlp = cases.get(1).getAsJsonObject();
        assertEquals(2, mlp.get("runs").getAsInt());
        assertEquals(85000, mlp.get("median").getAsDouble());
        assertEquals("[250.0,300.0,350.0]", json.getAsJsonArray("peakGflops").toString(), "lowest, median, highest peak");
        assertEquals("[0.55,0.75,0.95]", json.getAsJsonArray("coreBalance").toString(), "the two runs that recorded it");
        assertEquals("[null,null,null]", json.getAsJsonArray("bandwidthGBps").toString());

        assertEquals(0, cli.run("bench", "--summary", one.toString(), two.toString(), three.toString(), "--only", "lenet"));
        assertTrue(cli.out().contains("lenet-5 adam                     256     3        19000        14000        24000"), cli.out());
        assertFalse(cli.out().contains("mlp-784"), cli.out());
        assertTrue(cli.out().contains("peak 250.0–350.0 GFLOP/s (median 300.0)"), cli.out());

        assertEquals(Cli.BAD_INPUT, cli.run("bench", "--summary"));
        assertTrue(cli.lastErrorLine().contains("--summary needs bench --json files"), cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("bench", "--summary", one.toString(), dir.resolve("missing.json").toString()));
        assertEquals("dendrite bench: " + dir.resolve("missing.json") + " does not exist", cli.lastErrorLine());
    }

    @Test
    void benchSummaryGivesEachBatchsInRunRatioToTheSmallestBatch(@TempDir Path dir) throws Exception {
        String small = "\"resnet-small adam\",\"batch\":64,\"samplesPerSecond\":";
        String large = "\"resnet-small adam\",\"batch\":512,\"samplesPerSecond\":";
        Path one = benchJson(dir.resolve("one.json"), 300, small + 1000, large + 960);
        Path two = benchJson(dir.resolve("two.json"), 300, small + 800, large + 840);
        Path three = benchJson(dir.resolve("three.json"), 300, large + 900);
        Path four = benchJson(dir.resolve("four.json"), 300, large + 855, small + 900);

        assertEquals(0, cli.run("bench", "--summary", one.toString(), two.toString(), three.toString(), four.toString(), "--json"));
        JsonArray cases = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("cases");
        assertTrue(cases.get(0).getAsJsonObject().get("overSmallestBatch").isJsonNull(), "the smallest batch has no ratio");
        JsonObject large512 = cases.get(1).getAsJsonObject();
        assertEquals(877.5, large512.get("median").getAsDouble(), "the median of four runs");
        JsonObject ratio = large512.getAsJsonObject("overSmallestBatch");
        // Paired within runs (0.96, 1.05, 0.95; the third run timed no batch 64), not the medians' ratio 877.5 / 900.
        assertEquals("resnet-small adam", ratio.get("over").getAsString());
        assertEquals(64, ratio.get("overBatch").getAsInt());
        assertEquals(3, ratio.get("runs").getAsInt());
        assertEquals(0.96, ratio.get("median").getAsDouble(), 1e-12);
        assertEquals(0.95, ratio.get("lowest").getAsDouble(), 1e-12);
        assertEquals(1.05, ratio.get("highest").getAsDouble(), 1e-12);
        assertEquals(2, ratio.get("runsBelowOne").getAsInt());

        assertEquals(0, cli.run("bench", "--summary", one.toString(), two.toString(), three.toString(), four.toString(), "--batch", "512"));
        assertTrue(cli.out().contains("resnet-small adam                512    64     3    0.960    0.950    1.050        2"), cli.out());
        assertEquals(0, cli.run("bench", "--summary", three.toString()));
        assertFalse(cli.out().contains("In-run ratios"), "one batch: no ratios; " + cli.out());
    }

    @Test
    void benchSummaryOverACaseGivesEveryOtherCasesInRunRatioToItAtTheSameBatch(@TempDir Path dir) throws Exception {
        String sgd = "\"lenet-5 sgd\",\"batch\":";
        String adam = "\"lenet-5 adam\",\"batch\":";
        Path one = benchJson(dir.resolve("one.json"), 300, sgd + "64,\"samplesPerSecond\":1100", adam + "64,\"samplesPerSecond\":1000",
                sgd + "128,\"samplesPerSecond\":1800", adam + "128,\"samplesPerSecond\":2000");
        Path two = benchJson(dir.resolve("two.json"), 300, sgd + "64,\"samplesPerSecond\":2040", adam + "64,\"samplesPerSecond\":2000");
        Path three = benchJson(dir.resolve("three.json"), 300, sgd + "64,\"samplesPerSecond\":500", adam + "128,\"samplesPerSecond\":400");

        assertEquals(0, cli.run("bench", "--summary", one.toString(), two.toString(), three.toString(), "--over", "lenet-5 adam", "--json"));
        JsonArray paired = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("overCase");
        assertEquals(2, paired.size(), cli.out());
        JsonObject at64 = paired.get(0).getAsJsonObject();
        assertEquals("lenet-5 sgd", at64.get("name").getAsString());
        JsonObject r64 = at64.getAsJsonObject("ratio");
        // 1.1 and 1.02 in runs one and two; run three timed no Adam at 64, so its SGD (500) pairs with nothing.
        assertEquals(2, r64.get("runs").getAsInt());
        assertEquals(1.06, r64.get("median").getAsDouble(), 1e-12);
        assertEquals(0, r64.get("runsBelowOne").getAsInt());
        assertEquals("lenet-5 adam", r64.get("over").getAsString());
        JsonObject r128 = paired.get(1).getAsJsonObject().getAsJsonObject("ratio");
        assertEquals(128, r128.get("overBatch").getAsInt());
        assertEquals(0.9, r128.get("median").getAsDouble(), 1e-12);
        assertEquals(1, r128.get("runsBelowOne").getAsInt());

        assertEquals(0, cli.run("bench", "--summary", one.toString(), two.toString(), three.toString(), "--over", "lenet-5 adam", "--batch", "64"));
        assertTrue(cli.out().contains("In-run ratios over lenet-5 adam"), cli.out());
        assertTrue(cli.out().contains("lenet-5 sgd                       64    64     2    1.060    1.020    1.100        0"), cli.out());
        assertEquals(Cli.BAD_INPUT, cli.run("bench", "--summary", one.toString(), "--over", "lenet-5"));
        assertEquals("dendrite bench: no run timed a case named 'lenet-5' (the cases: lenet-5 sgd, lenet-5 adam)", cli.lastErrorLine());
    }

    /** A bench --json file with the given peak and results (each the inside of a result object after its "name":). */
    private static Path benchJson(Path file, double peak, String... results) throws Exception {
        return machineBenchJson(file, peak, "", results);
    }

    /** As above, with {@code machine} (",\"key\":value..." or "") after the peak. */
    private static Path machineBenchJson(Path file, double peak, String machine, String... results) throws Exception {
        StringBuilder json = new StringBuilder("{\"peakGflops\":" + peak + machine + ",\"results\":[");
        for (int i = 0; i < results.length; i++) {
            json.append(i > 0 ? "," : "").append("{\"name\":").append(results[i]).append('}');
        }
        json.append(",{\"name\":\"layout of 500 layers (ELK layered)\",\"milliseconds\":80.0}]}");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void benchRoundsTimeTheSelectedCasesTogether() throws Exception {
        assertEquals(0, cli.run("bench", "--only", "mlp-784-256-256-10 sgd", "--rounds", "3", "--seconds", "0.05", "--json"));
        String json = cli.out();
        assertTrue(json.contains("\"rounds\":3"), json);
        // The machine's figures beside the peak, each in a range no working probe leaves (2 cores, DDR4/5 memory).
        JsonObject root = JsonParser.parseString(json).getAsJsonObject();
        double bandwidth = root.get("bandwidthGBps").getAsDouble();
        double operator = root.get("microsecondsPerOperator").getAsDouble();
        assertTrue(bandwidth > 0.5 && bandwidth < 500, "GB/s read and written: " + bandwidth);
        assertTrue(operator > 0.01 && operator < 200, "µs per small Add: " + operator);
        // How evenly the cores ran side by side, before the cases and in each round: a share of the fastest.
        double balance = root.get("coreBalance").getAsDouble();
        assertTrue(balance > 0.05 && balance <= 1, "core balance: " + balance);
        JsonArray roundBalances = root.getAsJsonArray("roundCoreBalances");
        assertEquals(3, roundBalances.size(), json);
        roundBalances.forEach(b -> assertTrue(b.getAsDouble() > 0.05 && b.getAsDouble() <= 1, json));
        // The peak measured in each round; the shares of the peak are of the rounds' median.
        JsonArray roundPeaks = root.getAsJsonArray("roundPeaksGflops");
        assertEquals(3, roundPeaks.size(), json);
        double[] peaks = java.util.stream.IntStream.range(0, 3).mapToDouble(i -> roundPeaks.get(i).getAsDouble()).sorted().toArray();
        assertTrue(peaks[0] > 1, json);
        for (var result : root.getAsJsonArray("results")) {
            JsonObject r = result.getAsJsonObject();
            assertEquals(r.get("gflops").getAsDouble() / peaks[1], r.get("shareOfPeak").getAsDouble(), 1e-9, r.toString());
        }
        for (int batch : new int[] {64, 128, 256, 512}) {
            assertTrue(json.contains("\"name\":\"mlp-784-256-256-10 sgd\",\"batch\":" + batch + ",\"samplesPerSecond\":"), json);
        }
        // Each case's three windows, whose median is its figure, and how far they lie apart.
        JsonObject first = JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("results").get(0).getAsJsonObject();
        JsonArray windows = first.getAsJsonArray("windowSamplesPerSecond");
        assertEquals(3, windows.size(), json);
        double[] sorted = java.util.stream.IntStream.range(0, 3).mapToDouble(i -> windows.get(i).getAsDouble()).sorted().toArray();
        assertEquals(sorted[1], first.get("samplesPerSecond").getAsDouble(), 1e-6 * sorted[1]);
        assertEquals((sorted[2] - sorted[0]) / sorted[1], first.get("spread").getAsDouble(), 1e-9);
        // Every case's session is open before the first round and the results come after the last one.
        String err = cli.err();
        assertTrue(err.indexOf("round 3/3 done") >= 0 && err.indexOf("round 3/3 done") < err.indexOf("batch   64:"), err);
        assertEquals(Cli.BAD_INPUT, cli.run("bench", "--only", "mlp-784-256-256-10 sgd", "--rounds", "0"));
        assertEquals("dendrite bench: --rounds needs a whole number > 0, got '0'", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("bench", "--only", "mlp-784-256-256-10 sgd", "--rounds", "2", "--profile"));
        assertEquals("dendrite bench: --rounds times the cases together; it does not combine with --profile", cli.lastErrorLine());
        // The text gives each case's spread too.
        assertTrue(cli.run("bench", "--only", "mlp-784-256-256-10 sgd", "--batch", "64", "--seconds", "0.05") == 0
                && cli.out().matches("(?s).*samples/s .*% +spread +\\d+\\.\\d%.*"), cli.out());
    }

    @Test
    void benchCountsTheGraphCasesOperations() throws Exception {
        assertEquals(0, cli.run("bench", "--only", "gcn-node-classifier adam", "--rounds", "1", "--seconds", "0.05", "--json"));
        java.util.regex.Matcher gflops = java.util.regex.Pattern.compile("\"name\":\"gcn-node-classifier adam\",\"batch\":8,[^}]*\"gflops\":([0-9.Ee+-]+)")
                .matcher(cli.out());
        assertTrue(gflops.find(), cli.out());
        assertTrue(Double.parseDouble(gflops.group(1)) > 0, "GFLOP/s of the GCN step: " + cli.out());
        // The conditions travel with the numbers.
        java.util.regex.Matcher conditions = java.util.regex.Pattern.compile("\"conditions\":\\{\"cpu\":\"[^\"]+\",\"logicalCores\":[1-9][0-9]*,"
                + "\"intraOpThreads\":[0-9]+,\"automaticThreads\":[1-9][0-9]*,\"onnxRuntime\":\"1\\.[0-9.]+\",\"java\":\"[^\"]+\",\"os\":\"[^\"]+\",\"started\":\"[0-9T:Z-]+\","
                + "\"busyShareBefore\":([0-9.Ee-]+),\"transparentHugePages\":\"(always|madvise|never|unknown)\",\"mallocHugePages\":(true|false)\\}")
                .matcher(cli.out());
        assertTrue(conditions.find(), cli.out());
        double busy = Double.parseDouble(conditions.group(1));
        assertTrue(busy >= 0 && busy <= 1, "a share of the machine: " + busy);
        assertEquals(dev.dendrite.runtime.HugePages.kernelMode(), conditions.group(2));
        assertEquals(dev.dendrite.runtime.HugePages.mallocAsks(), Boolean.parseBoolean(conditions.group(3)), "as this process's GLIBC_TUNABLES says");
        // Graph batches run the same sweep to 512 as every other case.
        assertTrue(cli.out().contains("\"name\":\"gcn-node-classifier adam\",\"batch\":512,\"samplesPerSecond\":"), cli.out());
    }

    @Test
    void benchNamesTheCasesWhenNoneMatches() throws Exception {
        assertEquals(Cli.BAD_INPUT, cli.run("bench", "--only", "gcn", "--batch", "1000"));
        String err = cli.err();
        assertTrue(err.contains("dendrite bench: no bench case matches --only 'gcn' --batch 1000; the cases are:"), err);
        assertTrue(err.contains("  gcn-node-classifier adam (batch 8, 32, 64, 128, 256, 512)"), err);
        assertTrue(err.contains("  resnet-small adam (batch 64, 128, 256, 512)"), err);
        assertFalse(err.contains("measured peak"), "refused before measuring anything: " + err);
        assertEquals(Cli.BAD_INPUT, cli.run("bench", "--only", "no-such-case"));
        assertTrue(cli.err().contains("no bench case matches --only 'no-such-case'; the cases are:"), cli.err());
        assertTrue(cli.err().contains("  layout (the editor's ELK layout of a 500-layer network)"), cli.err());
        // The layout benchmark is no training case, and still runs alone.
        assertEquals(0, cli.run("bench", "--only", "layout", "--json"));
        assertTrue(cli.out().contains("\"name\":\"layout of "), cli.out());
    }

    @Test
    void benchWithoutAStepAlternatesBothStepsInOneProcess() throws Exception {
        assertEquals(0, cli.run("bench", "--only", "lenet-5 sgd", "--batch", "256", "--without", "convolution-patches", "--rounds", "2",
                "--seconds", "0.05", "--threads", "2", "--json"));
        String out = cli.out();
        assertTrue(out.contains("\"without\":\"convolution-patches\",\"pairs\":2,\"results\":[{\"name\":\"lenet-5 sgd\",\"batch\":256,"), out);
        assertTrue(out.contains("\"withoutSamplesPerSecond\":") && out.contains("\"ratio\":") && out.contains("\"fasterWith\":"), out);
        // Without the patches LeNet-5's step takes one large slice per replica and two tails; with them, slices of 32.
        assertTrue(out.contains("\"slicesWithout\":4,\"slicesWith\":8"), out);
        assertEquals(Cli.BAD_INPUT, cli.run("bench", "--only", "lenet-5 sgd", "--batch", "64", "--without", "no-such-step"));
        assertTrue(cli.err().contains("--without no-such-step: no step 'no-such-step' in [forward, loss, roles, pool-before-relu, "
                + "convolution-patches, gradients"), cli.err());
        assertTrue(cli.err().contains("; or blocked-convolutions (the CPU sessions' blocked convolutions)"), cli.err());
        // Not a pipeline step: the same graphs, the CPU sessions' convolutions plain on one side.
        assertEquals(0, cli.run("bench", "--only", "resnet-small adam", "--batch", "64", "--without", "blocked-convolutions", "--rounds", "1",
                "--seconds", "0.05", "--threads", "2", "--json"));
        assertTrue(cli.out().contains("\"without\":\"blocked-convolutions\",\"pairs\":1,\"results\":[{\"name\":\"resnet-small adam\",\"batch\":64,"),
                cli.out());
        // Nor are a replicated step's pinned outputs: the same graphs and sessions, new output tensors every run on one side.
        assertEquals(0, cli.run("bench", "--only", "lenet-5 sgd", "--batch", "64", "--without", "pinned-outputs", "--rounds", "1",
                "--seconds", "0.05", "--threads", "2", "--json"));
        assertTrue(cli.out().contains("\"without\":\"pinned-outputs\",\"pairs\":1,\"results\":[{\"name\":\"lenet-5 sgd\",\"batch\":64,"),
                cli.out());
    }

    @Test
    void benchTimesBatchNormalisedStepsInStagesAndSaysSo() throws Exception {
        assertEquals(0, cli.run("bench", "--only", "resnet-small", "--batch", "256", "--rounds", "1", "--seconds", "0.05", "--threads", "2",
                "--json"));
        assertTrue(cli.out().contains("\"replicas\":2,\"threads\":1,") && cli.out().contains("\"slices\":8,\"staged\":true}"),
                "eight slices of 32 on two replicas, in stages: " + cli.out());
        assertEquals(0, cli.run("bench", "--only", "resnet-small", "--batch", "256", "--rounds", "1", "--seconds", "0.05", "--threads", "2",
                "--replicas", "1"));
        assertTrue(cli.out().contains("resnet-small adam") && !cli.out().contains("in stages"), "whole when asked: " + cli.out());
    }

    @Test
    void benchTimesConvolutionalStepsAsReplicasAndReportsThem() throws Exception {
        assertEquals(0, cli.run("bench", "--only", "lenet-5 sgd", "--batch", "64", "--rounds", "1", "--seconds", "0.05", "--threads", "2",
                "--json"));
        assertTrue(cli.out().contains("\"batch\":64,") && cli.out().contains("\"replicas\":2,\"threads\":1,\"windowSamplesPerSecond\":"),
                "the trainer's choice, two replicas of one thread: " + cli.out());
        assertTrue(cli.out().contains("\"slices\":2,\"staged\":false}"), "one slice each at batch 64: " + cli.out());
        assertEquals(0, cli.run("bench", "--only", "lenet-5 sgd", "--batch", "256", "--rounds", "1", "--seconds", "0.05", "--threads", "2"));
        assertTrue(cli.err().contains("2 replicas of 1 thread, 8 slices") || cli.out().contains("2 replicas of 1 thread, 8 slices"),
                "slices of 32 samples at batch 256, where LeNet-5's convolutions by patches run fastest: " + cli.out() + cli.err());
        assertEquals(0, cli.run("bench", "--only", "lenet-5 sgd", "--batch", "64", "--rounds", "1", "--seconds", "0.05", "--replicas", "1",
                "--json"));
        assertTrue(cli.out().contains("\"replicas\":1,\"threads\":" + dev.dendrite.runtime.CpuCores.available() + ",\"windowSamplesPerSecond\":"),
                "whole when asked, on every core: " + cli.out());
        assertEquals(0, cli.run("bench", "--only", "mlp-784-256-256-10 sgd", "--batch", "512", "--rounds", "1", "--seconds", "0.05",
                "--threads", "2", "--json"));
        assertTrue(cli.out().contains("\"replicas\":1,\"threads\":2,\"windowSamplesPerSecond\":"), "a dense network's step runs whole: "
                + cli.out());
        // A graph network's step keeps one thread where the trainer chooses (StepThreads).
        assertEquals(0, cli.run("bench", "--only", "gcn-node-classifier adam", "--batch", "64", "--rounds", "1", "--seconds", "0.05", "--json"));
        assertTrue(cli.out().contains("\"replicas\":1,\"threads\":1,\"windowSamplesPerSecond\":"), cli.out());
        assertEquals(Cli.BAD_INPUT, cli.run("bench", "--replicas", "0"));
        assertEquals("dendrite bench: --replicas needs a whole number > 0, got '0'", cli.lastErrorLine());
    }

    @Test
    void lthAndEdgePopupRunSmallExperimentsAndRefuseBadSettings(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        assertEquals(0, cli.run("lth", dnet.toString(), "--rounds", "2", "--epochs", "3", "--controls", "reinit,random",
                "--out", dir.resolve("lth").toString(), "--json"));
        String json = cli.out();
        assertTrue(json.contains("\"control\":\"reinit\"") && json.contains("\"control\":\"random\""), json);
        assertTrue(Files.exists(dir.resolve("lth").resolve("ladder.csv")));
        Path ticket = dir.resolve("lth").resolve("seed-42").resolve("imp").resolve("round-2").resolve("final.weights.onnx");
        assertTrue(Files.exists(ticket), "the ticket's weights");
        assertEquals(0, cli.run("export", dnet.toString(), "--weights", ticket.toString(), "-o", dir.resolve("ticket.onnx").toString(),
                "--compact", "--json"));
        assertTrue(cli.out().contains("\"compactBytes\":") && cli.out().contains("\"denseMillisecondsPerBatch\":"), cli.out());
        assertTrue(Files.exists(dir.resolve("ticket.onnx")));
        assertEquals(Cli.BAD_INPUT, cli.run("lth", dnet.toString(), "--controls", "magic"));
        assertEquals("dendrite lth: unknown control 'magic': use reinit or random", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("lth", dnet.toString(), "--rate", "dense=1.5"));
        assertEquals("dendrite lth: pruning rates are fractions in [0, 1), got 1.5", cli.lastErrorLine());
        assertEquals(0, cli.run("edge-popup", dnet.toString(), "--k", "0.5", "--epochs", "3", "--out", dir.resolve("popup").toString(), "--json"));
        assertTrue(cli.out().contains("\"k\":0.5"), cli.out());
        assertEquals(Cli.BAD_INPUT, cli.run("edge-popup", dnet.toString(), "--k", "1.5"));
        assertEquals("dendrite edge-popup: --k takes fractions in (0, 1], got 1.5", cli.lastErrorLine());
    }
}
