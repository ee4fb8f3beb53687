package dev.dendrite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** dendrite sharpness: the curvature's numbers, the edge of stability for SGD and not for Adam, one-line refusals. */
class SharpnessCommandTest {

    private final CliHarness cli = new CliHarness();

    @Test
    void measuresTheTopEigenvalueAndSetsItBesideTheEdgeOfStability(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        Path sgd = dir.resolve("sgd");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "3", "--optimizer", "sgd", "--lr", "0.1", "--momentum", "0.5", "--run-dir",
                sgd.toString()));
        assertEquals(0, cli.run("sharpness", sgd.toString(), "--samples", "300", "--iterations", "15", "--probes", "4", "--json"), cli.err());
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals(300, json.get("samples").getAsInt());
        assertEquals(2 * 16 + 16 * 16 + 16 * 2, json.get("weights").getAsLong(), "the template's three weight matrices");
        double top = json.get("topEigenvalue").getAsDouble();
        assertTrue(top > 0, "a trained classifier curves upwards somewhere: " + top);
        assertEquals(15, json.getAsJsonArray("iterations").size());
        assertEquals(top, json.getAsJsonArray("iterations").get(14).getAsDouble(), 1e-12);
        assertEquals(2 * 1.5 / 0.1, json.get("edgeOfStability").getAsDouble(), 1e-9, "2(1 + β)/η");
        assertTrue(json.get("trace").isJsonPrimitive() && json.get("traceError").getAsDouble() >= 0);

        Path adam = dir.resolve("adam");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--run-dir", adam.toString()));
        assertEquals(0, cli.run("sharpness", adam.toString(), "--samples", "200", "--iterations", "3", "--probes", "0"));
        assertTrue(cli.out().contains("trained by adam: an adaptive optimizer's stability concerns its preconditioned Hessian"), cli.out());
        assertTrue(!cli.out().contains("trace"), "no trace without probes: " + cli.out());
    }

    /**
     * --spectrum: the Lanczos runs' largest settled Ritz value is the power iteration's top eigenvalue, the density integrates to 1,
     * and it is kept in the run with its CSV.
     */
    @Test
    void theSpectrumsLargestEigenvalueIsThePowerIterations(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "3", "--optimizer", "sgd", "--lr", "0.1", "--run-dir", run.toString()));
        assertEquals(0, cli.run("sharpness", run.toString(), "--samples", "300", "--iterations", "60", "--probes", "0", "--spectrum", "--lanczos",
                "40", "--spectrum-probes", "2", "--json"), cli.err());
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        JsonObject spectrum = json.getAsJsonObject("spectrum");
        assertEquals(40, spectrum.get("steps").getAsInt());
        assertEquals(2, spectrum.get("probes").getAsInt());
        var ritz = spectrum.getAsJsonArray("ritzValues");
        double top = json.get("topEigenvalue").getAsDouble();
        assertEquals(top, ritz.get(0).getAsDouble(), 0.02 * Math.abs(top), "Lanczos and the power iteration agree on the largest");
        assertTrue(ritz.get(0).getAsDouble() >= ritz.get(1).getAsDouble(), "largest first");
        assertTrue(spectrum.get("converged").getAsInt() >= 1);
        var grid = spectrum.getAsJsonArray("grid");
        var density = spectrum.getAsJsonArray("density");
        double integral = 0;
        for (int g = 0; g + 1 < grid.size(); g++) {
            integral += 0.5 * (density.get(g).getAsDouble() + density.get(g + 1).getAsDouble()) * (grid.get(g + 1).getAsDouble() - grid.get(g)
                    .getAsDouble());
        }
        assertEquals(1, integral, 0.02);
        assertEquals(1 + grid.size(), java.nio.file.Files.readAllLines(run.resolve("landscape").resolve("spectrum.csv")).size());
        assertTrue(java.nio.file.Files.readString(run.resolve("landscape").resolve("sharpness.json")).contains("\"ritzValues\""));

        assertEquals(0, cli.run("sharpness", run.toString(), "--samples", "200", "--iterations", "5", "--probes", "0", "--spectrum", "--lanczos",
                "10", "--spectrum-probes", "1"), cli.err());
        assertTrue(cli.out().contains("spectrum (stochastic Lanczos quadrature, 1 run of 10 steps): the largest Ritz values "), cli.out());
        assertEquals(Cli.BAD_INPUT, cli.run("sharpness", run.toString(), "--lanczos", "10"));
        assertEquals("dendrite sharpness: --lanczos and --spectrum-probes go with --spectrum", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("sharpness", run.toString(), "--spectrum", "--lanczos", "1"));
        assertEquals("dendrite sharpness: --lanczos needs 2 or more steps and --spectrum-probes 1 or more runs, not 1 and 3", cli.lastErrorLine());
    }

    @Test
    void trainingTracksSharpnessEveryEpochsAsTheCommandMeasuresIt(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "3", "--optimizer", "sgd", "--lr", "0.2", "--seed", "5",
                "--sharpness-every", "2", "--sharpness-samples", "300", "--run-dir", run.toString()), cli.err());
        // Every 2 epochs and at the last: epochs 2 and 3.
        java.util.List<JsonObject> records = java.nio.file.Files.readAllLines(run.resolve("metrics.jsonl")).stream()
                .map(line -> JsonParser.parseString(line).getAsJsonObject())
                .filter(r -> r.get("type").getAsString().equals("sharpness")).toList();
        assertEquals(java.util.List.of(2, 3), records.stream().map(r -> r.get("epoch").getAsInt()).toList());
        for (JsonObject r : records) {
            assertEquals(300, r.get("samples").getAsInt());
            assertEquals(2 / 0.2, r.get("edgeOfStability").getAsDouble(), 1e-9, "2/η for plain SGD");
            assertTrue(r.get("step").getAsLong() > 0);
        }
        assertTrue(java.nio.file.Files.readString(run.resolve("log.txt")).contains("sharpness after epoch 3: the Hessian's top eigenvalue "));
        // The last measurement is the final weights' curvature as dendrite sharpness measures it (same samples and seed).
        assertEquals(0, cli.run("sharpness", run.toString(), "--samples", "300", "--iterations", "20", "--probes", "0", "--seed", "5",
                "--json"), cli.err());
        double measured = JsonParser.parseString(cli.out()).getAsJsonObject().get("topEigenvalue").getAsDouble();
        double tracked = records.get(1).get("topEigenvalue").getAsDouble();
        assertEquals(measured, tracked, 1e-6 * Math.abs(measured), "tracked " + tracked + ", measured " + measured);

        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--sharpness-every", "0"));
        assertEquals("dendrite train: --sharpness-every needs a number of epochs ≥ 1 and --sharpness-samples a number of samples ≥ 1, got 0"
                + " and 512", cli.lastErrorLine());
        // Adam: no edge for the plain Hessian, its preconditioned one beside the adaptive edge 2(1 + β1)/((1 − β1)η) = 38/η.
        Path adam = dir.resolve("adam-run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "2", "--optimizer", "adam", "--lr", "0.01", "--sharpness-every", "1",
                "--sharpness-samples", "200", "--run-dir", adam.toString()), cli.err());
        java.util.List<JsonObject> adaptive = java.nio.file.Files.readAllLines(adam.resolve("metrics.jsonl")).stream()
                .map(line -> JsonParser.parseString(line).getAsJsonObject())
                .filter(r -> r.get("type").getAsString().equals("sharpness")).toList();
        assertEquals(2, adaptive.size());
        for (JsonObject r : adaptive) {
            assertTrue(r.get("edgeOfStability").isJsonNull(), r.toString());
            assertEquals(38 / 0.01, r.get("adaptiveEdgeOfStability").getAsDouble(), 1e-6);
            double preconditioned = r.get("preconditionedTopEigenvalue").getAsDouble();
            // Adam's √v̂ is small (gradients' size), so P⁻¹H is far sharper than H.
            assertTrue(preconditioned > r.get("topEigenvalue").getAsDouble(), r.toString());
        }
        assertTrue(java.nio.file.Files.readString(adam.resolve("log.txt")).contains("; preconditioned by Adam's √v̂ + ε "));

        // RMSProp: its √s + ε preconditions, its edge 2/η (no momentum).
        Path rms = dir.resolve("rms-run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--optimizer", "rmsprop", "--lr", "0.01", "--sharpness-every", "1",
                "--sharpness-samples", "200", "--run-dir", rms.toString()), cli.err());
        JsonObject rmsRecord = sharpnessRecords(rms).get(0);
        assertEquals(2 / 0.01, rmsRecord.get("adaptiveEdgeOfStability").getAsDouble(), 1e-6, rmsRecord.toString());
        assertTrue(rmsRecord.get("preconditionedTopEigenvalue").getAsDouble() > rmsRecord.get("topEigenvalue").getAsDouble(), rmsRecord.toString());

        // Early stopping ends the run before its configured last epoch: the epoch it ends at is measured too.
        Path stopped = dir.resolve("stopped-run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "40", "--optimizer", "sgd", "--lr", "0.5", "--patience", "1",
                "--sharpness-every", "100", "--sharpness-samples", "200", "--run-dir", stopped.toString()), cli.err());
        String log = java.nio.file.Files.readString(stopped.resolve("log.txt"));
        java.util.regex.Matcher early = java.util.regex.Pattern.compile("early stopping at epoch (\\d+)").matcher(log);
        assertTrue(early.find(), "patience 1 stops the run early: " + log);
        assertEquals(java.util.List.of(Integer.parseInt(early.group(1))), sharpnessRecords(stopped).stream().map(r -> r.get("epoch").getAsInt())
                .toList(), "measured at the epoch early stopping ends the run at");

        Path rbm = dir.resolve("rbm.dnet");
        assertEquals(0, cli.run("new", "rbm", "-o", rbm.toString()));
        assertEquals(Cli.BAD_INPUT, cli.run("train", rbm.toString(), "--sharpness-every", "1", "--run-dir", dir.resolve("rbm-run").toString()));
        assertEquals("dendrite train: --sharpness-every measures the curvature of the training loss, and rbm has no Loss layer (an RBM trains by "
                + "contrastive divergence)", cli.lastErrorLine());
        assertTrue(!java.nio.file.Files.exists(dir.resolve("rbm-run").resolve("metrics.jsonl")), "refused before any training");
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--sharpness-every", "1", "--data-parallel", "2"));
        assertEquals("dendrite train: --sharpness-every and --judge follow one trainer's weights; leave out --data-parallel to track them",
                cli.lastErrorLine());
    }

    /** The run's "sharpness" metric records, in order. */
    private static java.util.List<JsonObject> sharpnessRecords(Path run) throws java.io.IOException {
        return java.nio.file.Files.readAllLines(run.resolve("metrics.jsonl")).stream().map(line -> JsonParser.parseString(line).getAsJsonObject())
                .filter(r -> r.get("type").getAsString().equals("sharpness")).toList();
    }

    @Test
    void aRecurrentNetworkIsMeasuredOverItsUnrolledSequences(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("parity.dnet");
        assertEquals(0, cli.run("new", "rnn-classifier", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--run-dir", run.toString()));
        assertEquals(0, cli.run("sharpness", run.toString(), "--samples", "200", "--iterations", "4", "--probes", "0", "--json"), cli.err());
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertTrue(Double.isFinite(json.get("topEigenvalue").getAsDouble()), json.toString());
        assertTrue(json.get("weights").getAsLong() > 0);
    }

    @Test
    void refusesWhatItCannotMeasureInOneLine(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--run-dir", run.toString()));
        assertEquals(Cli.BAD_INPUT, cli.run("sharpness", run.toString(), "--iterations", "0"));
        assertEquals("dendrite sharpness: --samples and --iterations must be at least 1 and --probes at least 0, not 2000, 0 and 10",
                cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("sharpness", run.resolve("model.onnx").toString(), "--data", "synthetic:two-moons"));
        assertEquals("dendrite sharpness: sharpness reads a run directory (its final weights, network and data), not a model file",
                cli.lastErrorLine());
    }
}
