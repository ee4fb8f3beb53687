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

/** dendrite ensemble: three seeds of the moons classifier as one model, saved and evaluated as any classifier, and one-line refusals. */
class EnsembleCommandTest {

    private final CliHarness cli = new CliHarness();

    @Test
    void threeSeedsPredictTogetherAndTheSavedModelScoresWhatTheReportSays(@TempDir Path dir) throws Exception {
        String[] runs = threeSeeds(dir, "mlp-classifier", "3");
        Path saved = dir.resolve("ensemble").resolve("moons-ensemble.onnx");
        assertEquals(0, cli.run("ensemble", runs[0], runs[1], runs[2], "--samples", "all", "--save", saved.toString(), "--json"), cli.err());
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        JsonArray members = json.getAsJsonArray("members");
        assertEquals(3, members.size());
        double meanLoss = 0;
        double best = 0;
        for (var member : members) {
            meanLoss += member.getAsJsonObject().get("logLoss").getAsDouble() / 3;
            best = Math.max(best, member.getAsJsonObject().get("accuracy").getAsDouble());
        }
        JsonObject ensemble = json.getAsJsonObject("ensemble");
        assertTrue(ensemble.get("logLoss").getAsDouble() <= meanLoss, "the mean prediction's log loss is at most the members' mean");
        assertEquals(ensemble.get("accuracy").getAsDouble() - best, json.get("gainOverBest").getAsDouble(), 1e-12);
        assertTrue(json.get("oracleAccuracy").getAsDouble() >= best);
        JsonObject all = json.getAsJsonObject("uncertainty").getAsJsonObject("all");
        assertEquals(all.get("total").getAsDouble(), all.get("aleatoric").getAsDouble() + all.get("epistemic").getAsDouble(), 1e-9);
        JsonObject selective = json.getAsJsonObject("selective");
        assertEquals(4, selective.size());
        JsonArray accuracies = selective.getAsJsonObject("ensemble-msp").getAsJsonArray("accuracies");
        assertEquals(ensemble.get("accuracy").getAsDouble(), accuracies.get(0).getAsDouble(), 1e-12, "everything kept");
        assertTrue(accuracies.get(4).getAsDouble() >= accuracies.get(0).getAsDouble(), "the surest half is classified at least as well");
        assertEquals(members.get(0).getAsJsonObject().get("accuracy").getAsDouble(), selective.getAsJsonObject("member-msp").getAsJsonArray(
                "accuracies").get(0).getAsDouble(), 1e-12, "the first member alone");
        assertEquals("noise", json.getAsJsonArray("sets").get(0).getAsJsonObject().get("name").getAsString(), "vectors: noise by default");
        assertEquals(saved.toString(), json.get("saved").getAsString());
        assertTrue(json.get("savedDifference").getAsDouble() < 1e-5);
        assertTrue(json.get("temperature").isJsonNull(), "seeds hold out different samples: no split to fit on");
        assertEquals("the members held out different validation splits (other seeds), so each trained on samples another holds out",
                json.get("temperatureNote").getAsString());
        // The saved ensemble is a classifier like any other: evaluated on the first member's data, it scores the report's figures.
        assertEquals(0, cli.run("evaluate", saved.toString(), "--data", "synthetic:two-moons", "--json"), cli.err());
        JsonObject evaluated = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals(ensemble.get("accuracy").getAsDouble(), evaluated.get("accuracy").getAsDouble(), 1e-12);
        assertEquals(ensemble.get("logLoss").getAsDouble(), evaluated.get("logLoss").getAsDouble(), 1e-5);
        assertEquals(0, cli.run("ensemble", runs[0], runs[1], "--against", "none"), cli.err());
        assertTrue(cli.out().startsWith("Ensemble of 2 members on "), cli.out());
        assertTrue(cli.out().contains("\nensemble "), cli.out());
        assertTrue(!cli.out().contains("other data sets"), "none asked");

        assertEquals(Cli.BAD_INPUT, cli.run("ensemble", runs[0]));
        assertEquals("dendrite ensemble: an ensemble needs two members or more (RUN_DIR or MODEL.onnx), not 1", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("ensemble", runs[0], runs[0]));
        assertEquals("dendrite ensemble: " + runs[0] + " is named twice: an ensemble's members are distinct models", cli.lastErrorLine());
        Path sine = dir.resolve("sine.dnet");
        assertEquals(0, cli.run("new", "mlp-regressor", "-o", sine.toString()));
        Path regression = dir.resolve("regression");
        assertEquals(0, cli.run("train", sine.toString(), "--epochs", "1", "--run-dir", regression.toString()), cli.err());
        assertEquals(Cli.BAD_INPUT, cli.run("ensemble", runs[0], regression.toString()));
        assertEquals("dendrite ensemble: " + regression + " trained on synthetic:sine, " + runs[0] + " on synthetic:two-moons: an ensemble's "
                + "members read one data set (--data chooses it)", cli.lastErrorLine());
        assertTrue(Files.isRegularFile(saved));
    }

    @Test
    void regressorsAverageTheirOutputsAndSpreadAlongTheInput(@TempDir Path dir) throws Exception {
        String[] runs = threeSeeds(dir, "mlp-regressor", "10");
        Path saved = dir.resolve("sine-ensemble.onnx");
        assertEquals(0, cli.run("ensemble", runs[0], runs[1], runs[2], "--samples", "all", "--save", saved.toString(), "--json"), cli.err());
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("regression", json.get("task").getAsString());
        double meanMse = 0;
        for (var member : json.getAsJsonArray("members")) {
            meanMse += member.getAsJsonObject().get("mse").getAsDouble() / 3;
        }
        double ensembleMse = json.getAsJsonObject("ensemble").get("mse").getAsDouble();
        assertTrue(ensembleMse <= meanMse, "the mean prediction's squared error is at most the members' mean: " + ensembleMse + " " + meanMse);
        assertTrue(json.get("meanVariance").getAsDouble() > 0, "members trained apart differ");
        JsonObject band = json.getAsJsonObject("band");
        JsonArray x = band.getAsJsonArray("x");
        assertEquals(200, x.size());
        assertTrue(x.get(0).getAsDouble() < band.get("low").getAsDouble() && x.get(199).getAsDouble() > band.get("high").getAsDouble());
        for (var std : band.getAsJsonArray("std")) {
            assertTrue(std.getAsDouble() >= 0);
        }
        assertEquals(0, cli.run("evaluate", saved.toString(), "--data", "synthetic:sine", "--json"), cli.err());
        assertEquals(ensembleMse, JsonParser.parseString(cli.out()).getAsJsonObject().get("meanSquaredError").getAsDouble(), 1e-6,
                "the saved ensemble predicts the mean");
        assertEquals(0, cli.run("ensemble", runs[0], runs[1]), cli.err());
        assertTrue(cli.out().startsWith("Ensemble of 2 regressors on "), cli.out());
        assertTrue(cli.out().contains("(beyond the data)"), cli.out());
        assertEquals(Cli.BAD_INPUT, cli.run("ensemble", runs[0], runs[1], "--against", "noise"));
        assertEquals("dendrite ensemble: --against tells other data sets by a classifier's confidence; synthetic:sine has float targets (the "
                + "ensemble's spread is its uncertainty)", cli.lastErrorLine());
    }

    /** --mc-dropout: one dropout network's passes as the members, the network with dropout off beside them, seeded, refusals by name. */
    @Test
    void mcDropoutMakesAnEnsembleOfOneNetworksPasses(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("dropout.dnet");
        assertEquals(0, cli.run("new", "dropout-mlp", "-o", dnet.toString()));
        String run = dir.resolve("dropout").toString();
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--run-dir", run), cli.err());
        String[] args = {"ensemble", run, "--mc-dropout", "5", "--samples", "300", "--against", "noise", "--json"};
        assertEquals(0, cli.run(args), cli.err());
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        JsonArray members = json.getAsJsonArray("members");
        assertEquals(5, members.size());
        assertEquals("pass 5", members.get(4).getAsJsonObject().get("name").getAsString());
        JsonObject mc = json.getAsJsonObject("mcDropout");
        assertEquals(5, mc.get("passes").getAsInt());
        assertEquals("{\"dropout1\":0.5,\"dropout2\":0.5}", mc.get("rates").toString());
        JsonObject single = json.getAsJsonObject("single");
        assertEquals(single.get("accuracy").getAsDouble(), json.getAsJsonObject("selective").getAsJsonObject("member-msp").getAsJsonArray(
                "accuracies").get(0).getAsDouble(), 1e-12, "the baseline is the network with dropout off");
        assertTrue(json.get("disagreement").getAsDouble() > 0, "the passes draw different masks");
        JsonObject temperature = json.getAsJsonObject("temperature");
        assertTrue(temperature.get("temperature").getAsDouble() > 0 && !temperature.get("atEdge").getAsBoolean(),
                "one run's passes: fitted on its own validation split " + temperature);
        assertTrue(json.get("temperatureNote").isJsonNull());
        assertTrue(json.getAsJsonObject("uncertainty").getAsJsonObject("all").get("epistemic").getAsDouble() > 0);
        double logLoss = json.getAsJsonObject("ensemble").get("logLoss").getAsDouble();
        assertEquals(0, cli.run(args), cli.err());
        assertEquals(logLoss, JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonObject("ensemble").get("logLoss").getAsDouble(), 0.0,
                "the same seed, the same passes");
        assertEquals(0, cli.run("ensemble", run, "--mc-dropout", "5", "--samples", "300", "--against", "none", "--seed", "2", "--json"));
        assertTrue(logLoss != JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonObject("ensemble").get("logLoss").getAsDouble(),
                "another seed, other masks");
        assertEquals(0, cli.run("ensemble", run, "--mc-dropout", "3", "--samples", "100", "--against", "none"), cli.err());
        assertTrue(cli.out().startsWith("MC dropout: 3 passes with dropout on, on 100 samples") && cli.out().contains("\ndropout off ")
                && cli.out().contains("\none pass (range) "), cli.out());

        assertEquals(Cli.BAD_INPUT, cli.run("ensemble", run, run, "--mc-dropout", "5"));
        assertEquals("dendrite ensemble: --mc-dropout makes an ensemble of one network's dropout passes: give one RUN_DIR or MODEL.onnx, not 2",
                cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("ensemble", run, "--mc-dropout", "1"));
        assertEquals("dendrite ensemble: --mc-dropout needs 2 to 1000 passes, is 1", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("ensemble", run, "--mc-dropout", "5", "--save", dir.resolve("e.onnx").toString()));
        assertEquals(Cli.BAD_INPUT, cli.run("ensemble", run, run, "--seed", "3"));
        assertEquals("dendrite ensemble: --seed draws MC dropout's masks: give --mc-dropout T", cli.lastErrorLine());
        String[] moons = threeSeeds(dir, "mlp-classifier", "1");
        assertEquals(Cli.BAD_INPUT, cli.run("ensemble", moons[0], "--mc-dropout", "5"));
        assertTrue(cli.lastErrorLine().endsWith("has no dropout layer: MC dropout samples the masks of a network trained with dropout (the "
                + "dropout-mlp template has two)"), cli.lastErrorLine());
    }

    /** --mc-dropout on a regressor: the passes' spread is the ensemble's, folded into one row of text. */
    @Test
    void mcDropoutOfARegressorSpreadsItsPasses(@TempDir Path dir) throws Exception {
        var b = new dev.dendrite.model.templates.NetworkBuilder("sine-dropout", "a sine regressor with dropout");
        var dropout = dev.dendrite.model.network.NetworkFactory.eINSTANCE.createDropout();
        dropout.setRate(0.1);
        b.loss(b.dense(b.add(dropout, "drop", b.dense(b.input("x", 1), "hidden", 32, dev.dendrite.model.network.ActivationFunction.TANH)),
                "out", 1), dev.dendrite.model.network.LossKind.MSE);
        b.training("synthetic:sine", 5, 32, dev.dendrite.model.network.OptimizerKind.ADAM, 0.01);
        Path dnet = dir.resolve("sine-dropout.dnet");
        dev.dendrite.model.io.DnetIO.save(b.network(), dnet);
        String run = dir.resolve("run").toString();
        assertEquals(0, cli.run("train", dnet.toString(), "--run-dir", run), cli.err());
        assertEquals(0, cli.run("ensemble", run, "--mc-dropout", "4", "--json"), cli.err());
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("regression", json.get("task").getAsString());
        assertEquals(4, json.getAsJsonArray("members").size());
        assertTrue(json.get("meanVariance").getAsDouble() > 0, "the passes differ");
        assertEquals("{\"drop\":0.1}", json.getAsJsonObject("mcDropout").get("rates").toString());
        assertEquals(0, cli.run("ensemble", run, "--mc-dropout", "4"), cli.err());
        assertTrue(cli.out().startsWith("MC dropout: 4 passes with dropout on") && cli.out().contains("\none pass (range) ")
                && !cli.out().contains("pass 1"), cli.out());
    }

    /** Three runs of a template, seeds 42 (the default, whose synthetic draw the commands read), 7 and 8. */
    private String[] threeSeeds(Path dir, String template, String epochs) throws Exception {
        Path dnet = dir.resolve(template + ".dnet");
        assertEquals(0, cli.run("new", template, "-o", dnet.toString()));
        String[] seeds = {"42", "7", "8"};
        String[] runs = new String[3];
        for (int s = 0; s < 3; s++) {
            runs[s] = dir.resolve("seed-" + seeds[s]).toString();
            assertEquals(0, cli.run("train", dnet.toString(), "--epochs", epochs, "--seed", seeds[s], "--run-dir", runs[s]), cli.err());
        }
        return runs;
    }
}
