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

/** bench --compare and --summary over saved runs: what the noise allows to tell apart, the machine's warnings, medians and ratios. */
class BenchReportsTest {

    private final CliHarness cli = new CliHarness();

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
    void benchCompareWarnsWhenTheSidesRanOnOtherProcessorsOrTreatedDenormalsOtherwise(@TempDir Path dir) throws Exception {
        String lenet = "\"lenet-5 adam\",\"batch\":512,\"samplesPerSecond\":20000";
        String machine = ",\"bandwidthGBps\":50.0,\"microsecondsPerOperator\":0.30";
        Path amdKept = machineBenchJson(dir.resolve("amd.json"), 300, machine + ",\"conditions\":{\"cpu\":\"AMD EPYC\",\"denormals\":\"kept\"}", lenet);
        Path xeonKept = machineBenchJson(dir.resolve("xeon.json"), 300, machine + ",\"conditions\":{\"cpu\":\"Intel Xeon\",\"denormals\":\"kept\"}", lenet);
        Path xeonFlushed = machineBenchJson(dir.resolve("flushed.json"), 301, machine
                + ",\"conditions\":{\"cpu\":\"Intel Xeon\",\"denormals\":\"flushed\"}", lenet);
        Path older = machineBenchJson(dir.resolve("older.json"), 301, machine, lenet);

        assertEquals(0, cli.run("bench", "--compare", amdKept.toString(), xeonKept.toString(), "--json"));
        String warnings = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("warnings").toString();
        assertTrue(warnings.contains("the sides ran on different processors (AMD EPYC before, Intel Xeon after): differences may be the processors'"),
                warnings);
        assertFalse(warnings.contains("denormal"), warnings);
        assertEquals(0, cli.run("bench", "--compare", xeonKept.toString(), xeonFlushed.toString()));
        assertTrue(cli.out().contains("warning: denormal floats were kept before and flushed after: on some cores they cost a hundred times"), cli.out());
        assertFalse(cli.out().contains("processors"), cli.out());
        assertEquals(0, cli.run("bench", "--compare", older.toString(), xeonFlushed.toString(), "--json"));
        assertEquals("[]", JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("warnings").toString(),
                "a run that recorded neither says nothing either way");
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
}
