package dev.dendrite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The train, runs, lth and edge-popup commands: runs, their directories and one-line refusals of bad settings. */
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
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--augment", "shift:2,zoom"));
        assertEquals("dendrite train: --augment: unknown augmentation 'zoom': use shift:PIXELS, flip, rotate:DEGREES, cutout:PIXELS, mutate:PERCENT and noise:SIGMA, separated by commas, "
                + "or none", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--augment", "flip", "--run-dir", dir.resolve("flipped").toString()));
        assertEquals("dendrite train: --augment flip changes pictures, and two-moons has no input of H×W or C×H×W values (its inputs: "
                + "features 2)", cli.lastErrorLine());
        assertFalse(Files.exists(dir.resolve("flipped")), "nothing written for a run that cannot start");
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--freeze", "encoder", "--run-dir", dir.resolve("frozen").toString()));
        assertTrue(cli.lastErrorLine().startsWith("dendrite train: cannot freeze 'encoder': no layer or block of that name has parameters; "
                + "those with parameters are "), cli.lastErrorLine());
        assertFalse(Files.exists(dir.resolve("frozen")), "nothing written for a run that cannot start");
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--label-smoothing", "1"));
        assertEquals("dendrite train: label smoothing must be in [0, 1), is 1.0", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--ema", "1"));
        assertEquals("dendrite train: --ema takes a decay in (0, 1), such as 0.999, not 1.0", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--data-parallel", "2", "--ema", "-0.5"));
        assertEquals("dendrite train: --ema takes a decay in (0, 1), such as 0.999, not -0.5", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--mixup", "0.2", "--label-smoothing", "0.1"));
        assertEquals("dendrite train: --mixup already trains towards mixed labels: leave out --label-smoothing", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--class-weights", "0,0"));
        assertEquals("dendrite train: --class-weights takes balanced, or weights ≥ 0 separated by commas with one above 0 at least; got '0,0'",
                cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--data-parallel", "2", "--augment", "cutout:x"));
        assertEquals("dendrite train: cutout needs a whole number of pixels ≥ 1, as in cutout:2, not 'cutout:x'", cli.lastErrorLine());
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
        assertTrue(cli.err().contains("(completed 1 epoch)"), "one epoch, not '1 epochs': " + cli.err());
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
        // Resumed for another epoch with the settings data-parallel training takes (not those it records but cannot be given).
        assertEquals(0, cli.run("train", dnet.toString(), "--resume", "--epochs", "4", "--data-parallel", "2", "--sync-every", "4",
                "--run-dir", runDir.toString()), cli.err());
        // The runs command lists the run, not its workers' directories.
        assertEquals(0, cli.run("runs", dir.toString(), "--json"));
        assertEquals(1, cli.out().split("\"runDir\"", -1).length - 1, cli.out());
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--data-parallel", "2", "--taps", "all"));
        assertTrue(cli.lastErrorLine().startsWith("dendrite train: --taps does not combine with --data-parallel, which takes --adversarial, --adversarial-range, --adversarial-steps, --augment, --batch,"),
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
        // A network of token ids and sequences of any length is timed on ids (a transformer: its positions hold 64 steps).
        Path tagger = dir.resolve("tagger.dnet");
        assertEquals(0, cli.run("new", "transformer-tagger", "-o", tagger.toString()));
        assertEquals(0, cli.run("export", tagger.toString(), "-o", dir.resolve("tagger.onnx").toString(), "--compact", "--json"));
        assertTrue(cli.out().contains("\"compactMillisecondsPerBatch\":"), cli.out());
        assertEquals(Cli.BAD_INPUT, cli.run("lth", dnet.toString(), "--controls", "magic"));
        assertEquals("dendrite lth: unknown control 'magic': use reinit, random, snip or synflow", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("lth", dnet.toString(), "--rate", "dense=1.5"));
        assertEquals("dendrite lth: pruning rates are fractions in [0, 1), got 1.5", cli.lastErrorLine());
        assertEquals(0, cli.run("edge-popup", dnet.toString(), "--k", "0.5", "--epochs", "3", "--out", dir.resolve("popup").toString(), "--json"));
        assertTrue(cli.out().contains("\"k\":0.5"), cli.out());
        assertEquals(Cli.BAD_INPUT, cli.run("edge-popup", dnet.toString(), "--k", "1.5"));
        assertEquals("dendrite edge-popup: --k takes fractions in (0, 1], got 1.5", cli.lastErrorLine());
    }
}
