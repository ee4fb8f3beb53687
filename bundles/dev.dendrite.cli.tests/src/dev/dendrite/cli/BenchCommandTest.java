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

/** The bench command's timing: cases, batches, rounds, profiles, session options and steps measured without a pipeline step. */
class BenchCommandTest {

    private final CliHarness cli = new CliHarness();

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
        // The conditions line says how denormals were treated: kept, as this test process never opted in to flushing them.
        assertTrue(cli.out().contains(", denormals kept, "), cli.out());
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
                + "\"busyShareBefore\":([0-9.Ee-]+),\"transparentHugePages\":\"(always|madvise|never|unknown)\",\"mallocHugePages\":(true|false),\"denormals\":\"(flushed|kept)\"\\}")
                .matcher(cli.out());
        assertTrue(conditions.find(), cli.out());
        double busy = Double.parseDouble(conditions.group(1));
        assertTrue(busy >= 0 && busy <= 1, "a share of the machine: " + busy);
        assertEquals(dev.dendrite.runtime.HugePages.kernelMode(), conditions.group(2));
        assertEquals(dev.dendrite.runtime.HugePages.mallocAsks(), Boolean.parseBoolean(conditions.group(3)), "as this process's GLIBC_TUNABLES says");
        assertEquals(dev.dendrite.runtime.Denormals.describe(""), conditions.group(4), "how this process treats denormals");
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
        assertTrue(cli.err().contains("--without no-such-step: no step 'no-such-step' in [forward, mixup, loss, adversarial, certified, roles, pool-before-relu, "
                + "convolution-patches, gradient-penalty, gradients"), cli.err());
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
        assertTrue(cli.out().contains("\"replicas\":2,\"threads\":1,") && cli.out().contains("\"slices\":16,\"staged\":true}"),
                "sixteen slices of 16 on two replicas, in stages: " + cli.out());
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
}
