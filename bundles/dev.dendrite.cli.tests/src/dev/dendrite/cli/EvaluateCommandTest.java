package dev.dendrite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** dendrite evaluate: a run's model scored on its test split, agreeing with the trainer's own test metrics; clear messages otherwise. */
class EvaluateCommandTest {

    private final CliHarness cli = new CliHarness();

    /**
     * Spectrally normalised layers: the exported model divides each weight by σ from the kept vector as the trainer's evaluation
     * graph does (the same test loss and accuracy), and carries the kept vectors.
     */
    @Test
    void aSpectrallyNormalisedClassifiersModelScoresAsTheTrainerDid(@TempDir Path dir) throws Exception {
        var network = dev.dendrite.model.templates.TemplateLibrary.find("mlp-classifier").orElseThrow().create();
        network.getLayers().stream().filter(dev.dendrite.model.network.Dense.class::isInstance)
                .forEach(l -> ((dev.dendrite.model.network.Dense) l).setSpectralNorm(true));
        Path dnet = dir.resolve("moons-sn.dnet");
        dev.dendrite.model.io.DnetIO.save(network, dnet);
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "2", "--lr", "0.02", "--run-dir", run.toString()), cli.err());
        JsonObject summary = JsonParser.parseString(Files.readString(run.resolve("summary.json"))).getAsJsonObject();
        assertEquals(0, cli.run("evaluate", run.toString(), "--json"), cli.err());
        JsonObject report = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals(summary.get("testAccuracy").getAsDouble(), report.get("accuracy").getAsDouble(), 1e-6);
        assertEquals(summary.get("testLoss").getAsDouble(), report.get("logLoss").getAsDouble(), 1e-4);
        var model = ai.onnx.proto.OnnxMl.ModelProto.parseFrom(Files.readAllBytes(run.resolve("model.onnx")));
        long vectors = model.getGraph().getInitializerList().stream().filter(t -> t.getName().endsWith("/sn_u")).count();
        assertEquals(network.getLayers().stream().filter(dev.dendrite.model.network.Dense.class::isInstance).count(), vectors,
                "one kept vector per normalised layer");
    }

    @Test
    void scoresAClassifierAsTheTrainerDidAndKeepsTheReportInTheRun(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        // One epoch leaves some test samples wrong, so the confusion matrix has off-diagonal cells to check.
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--lr", "0.02", "--run-dir", run.toString()));
        JsonObject summary = JsonParser.parseString(Files.readString(run.resolve("summary.json"))).getAsJsonObject();

        assertEquals(0, cli.run("evaluate", run.toString(), "--json"));
        JsonObject report = JsonParser.parseString(cli.out()).getAsJsonObject();
        // The trainer's evaluation graph and evaluate's model.onnx with its own softmax must agree.
        assertEquals(summary.get("testAccuracy").getAsDouble(), report.get("accuracy").getAsDouble(), 1e-6);
        assertEquals(summary.get("testLoss").getAsDouble(), report.get("logLoss").getAsDouble(), 1e-4);
        assertEquals("classification", report.get("task").getAsString());
        assertEquals("synthetic:two-moons", report.get("dataset").getAsString());
        int samples = report.get("samples").getAsInt();
        var confusion = report.getAsJsonArray("confusion");
        int total = 0;
        int diagonal = 0;
        for (int a = 0; a < confusion.size(); a++) {
            for (int p = 0; p < confusion.size(); p++) {
                int count = confusion.get(a).getAsJsonArray().get(p).getAsInt();
                total += count;
                diagonal += a == p ? count : 0;
            }
        }
        assertEquals(samples, total);
        assertEquals(report.get("accuracy").getAsDouble(), (double) diagonal / samples, 1e-9);
        for (String key : new String[] {"topK", "topKAccuracy", "balancedAccuracy", "macroF1", "weightedF1", "calibrationError", "classes",
                "mostConfused", "reliability"}) {
            assertTrue(report.has(key), key);
        }
        assertTrue(Files.isRegularFile(run.resolve("evaluation-test.json")));
        // Temperature scaling, fitted on the run's validation split: a divisor of the logits, predictions unchanged.
        JsonObject scaling = report.getAsJsonObject("temperatureScaling");
        assertTrue(scaling.get("temperature").getAsDouble() > 0, scaling.toString());
        assertTrue(scaling.get("logLoss").getAsDouble() > 0, scaling.toString());

        // The validation split, cut as the trainer cut it: its accuracy and loss are the last epoch's validation figures.
        assertEquals(0, cli.run("evaluate", run.toString(), "--split", "validation", "--json"));
        JsonObject validation = JsonParser.parseString(cli.out()).getAsJsonObject();
        JsonObject epoch = Files.readAllLines(run.resolve("metrics.jsonl")).stream().map(l -> JsonParser.parseString(l).getAsJsonObject())
                .filter(o -> o.get("type").getAsString().equals("epoch")).reduce((first, second) -> second).orElseThrow();
        assertEquals(epoch.get("validationAccuracy").getAsDouble(), validation.get("accuracy").getAsDouble(), 1e-6);
        assertEquals(epoch.get("validationLoss").getAsDouble(), validation.get("logLoss").getAsDouble(), 1e-4);
        assertTrue(validation.get("temperatureScaling").isJsonNull(), "fitted only for the test split");

        assertEquals(0, cli.run("evaluate", run.toString()));
        assertTrue(cli.out().contains("confusion matrix (rows: actual, columns: predicted)"), cli.out());
        assertTrue(cli.out().lines().anyMatch(l -> l.matches("1\\s+0\\.\\d{4}\\s+0\\.\\d{4}\\s+0\\.\\d{4}\\s+\\d+\\s+\\d+")), cli.out());

        // A model file needs its data named; the training split is there too.
        assertEquals(0, cli.run("evaluate", run.resolve("model.onnx").toString(), "--data", "synthetic:two-moons", "--split", "train"));
        assertTrue(cli.out().contains("on the train split of synthetic:two-moons"), cli.out());
        assertFalse(Files.exists(run.resolve("evaluation-train.json")), "a model file's evaluation is not written anywhere");

        // --against: McNemar's test of another run on the same samples; the disagreements account for the accuracies' difference.
        Path other = dir.resolve("other");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "2", "--lr", "0.02", "--seed", "7", "--run-dir", other.toString()));
        assertEquals(0, cli.run("evaluate", run.toString(), "--against", other.toString(), "--json"));
        JsonObject compared = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonObject("comparison");
        double difference = compared.get("accuracy").getAsDouble() - compared.get("againstAccuracy").getAsDouble();
        assertEquals(difference * samples, compared.get("onlyThisRight").getAsInt() - compared.get("onlyAgainstRight").getAsInt(), 1e-6);
        assertEquals(report.get("accuracy").getAsDouble(), compared.get("accuracy").getAsDouble(), 1e-9);
        assertTrue(compared.get("pValue").getAsDouble() > 0 && compared.get("pValue").getAsDouble() <= 1);
        assertEquals(0, cli.run("evaluate", run.toString(), "--against", run.toString()));
        assertTrue(cli.out().endsWith("only this model right on 0 samples, only the other on 0; McNemar's exact p = 1.00: no significant"
                + " difference at 0.05"), cli.out());
    }

    @Test
    void scoresARegressionModel(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("sine.dnet");
        assertEquals(0, cli.run("new", "mlp-regressor", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "3", "--run-dir", run.toString()));
        JsonObject summary = JsonParser.parseString(Files.readString(run.resolve("summary.json"))).getAsJsonObject();
        assertEquals(0, cli.run("evaluate", run.toString(), "--json"));
        JsonObject report = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("regression", report.get("task").getAsString());
        // The MSE loss is the trainer's test loss.
        assertEquals(summary.get("testLoss").getAsDouble(), report.get("meanSquaredError").getAsDouble(), 1e-5);
        assertEquals(Math.sqrt(report.get("meanSquaredError").getAsDouble()), report.get("rootMeanSquaredError").getAsDouble(), 1e-9);
        assertTrue(report.get("r2").getAsDouble() < 1, cli.out());
    }

    @Test
    void scoresGraphModelsPerNodeAndPerGraphAsTheTrainerDid(@TempDir Path dir) throws Exception {
        for (String template : new String[] {"gcn-node-classifier", "mp-graph-classifier"}) {
            Path dnet = dir.resolve(template + ".dnet");
            assertEquals(0, cli.run("new", template, "-o", dnet.toString()));
            Path run = dir.resolve(template);
            assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "2", "--run-dir", run.toString()));
            JsonObject summary = JsonParser.parseString(Files.readString(run.resolve("summary.json"))).getAsJsonObject();
            assertEquals(0, cli.run("evaluate", run.toString(), "--json"));
            JsonObject report = JsonParser.parseString(cli.out()).getAsJsonObject();
            assertEquals(summary.get("testAccuracy").getAsDouble(), report.get("accuracy").getAsDouble(), 1e-6, template);
            assertEquals(summary.get("testLoss").getAsDouble(), report.get("logLoss").getAsDouble(), 1e-4, template);
            // Node classification scores each node of the test graphs, graph classification each graph.
            assertTrue(report.get("samples").getAsInt() > 0);
            // A node's mistake names its graph and node beside its number.
            assertEquals(0, cli.run("evaluate", run.toString()));
            assertEquals(template.equals("gcn-node-classifier"), cli.out().matches("(?s).*most confident mistakes: sample \\d+ \\(graph \\d+, "
                    + "node \\d+\\): .*"), cli.out());
            // Saliency numbers its samples as evaluate does: nodes over the split's graphs, or graphs.
            assertEquals(0, cli.run("saliency", run.toString(), "--samples", "0", "--json"), cli.err());
            assertEquals(template.equals("gcn-node-classifier") ? "node" : "graph",
                    JsonParser.parseString(cli.out()).getAsJsonObject().get("unit").getAsString());
            if (template.equals("mp-graph-classifier")) {
                assertEquals(0, cli.run("evaluate", run.toString(), "--split", "validation", "--json"));
                assertLastValidation(run, JsonParser.parseString(cli.out()).getAsJsonObject());
            }
        }
    }

    /**
     * Encoder-decoders on pairs of their own lengths (sequences: a source and a target per line): the
     * LSTM's and the transformer's test set decoded greedily at the end of a run and by evaluate
     * agree, each sequence decoded at its own length (padded, an exported model reads the padding
     * as tokens: the LSTM's read 17% against 72%).
     */
    @Test
    void scoresEncoderDecodersOnPairsOfTheirOwnLengths(@TempDir Path dir) throws Exception {
        Path pairs = ReversalPairs.write(dir.resolve("pairs.jsonl"), 400, 4);
        for (String template : new String[] {"seq2seq", "transformer-seq2seq"}) {
            Path dnet = dir.resolve(template + ".dnet");
            assertEquals(0, cli.run("new", template, "-o", dnet.toString()));
            Path run = dir.resolve(template);
            assertEquals(0, cli.run("train", dnet.toString(), "--data", "sequences:" + pairs, "--epochs", "2", "--run-dir", run.toString()),
                    cli.err());
            JsonObject summary = JsonParser.parseString(Files.readString(run.resolve("summary.json"))).getAsJsonObject();
            assertEquals(0, cli.run("evaluate", run.toString(), "--json"), cli.err());
            JsonObject greedy = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonObject("sequence").getAsJsonObject("greedy");
            assertEquals("decoder_input", greedy.get("input").getAsString(), template);
            assertEquals(summary.get("greedyTokenAccuracy").getAsDouble(), greedy.get("tokenAccuracy").getAsDouble(), 1e-9, template);
            assertEquals(9, greedy.getAsJsonArray("byPosition").size(), template + ": targets of up to 8 tokens and the end");
        }
    }

    @Test
    void scoresSequenceModelsAsTheTrainerDidByPositionAndLength(@TempDir Path dir) throws Exception {
        // A forward tagger cannot see the next token its first tag depends on; a seq2seq model is scored teacher-forced and greedily;
        // a masked many-to-one reader; a next-step regressor.
        String[][] cases = {{"rnn-tagger", "synthetic:tagging"}, {"seq2seq", "synthetic:reverse"}, {"rnn-classifier", "synthetic:last-sign"},
            {"lstm-generator", "synthetic:sine-next"}};
        for (String[] c : cases) {
            Path dnet = dir.resolve(c[0] + ".dnet");
            assertEquals(0, cli.run("new", c[0], "-o", dnet.toString()));
            Path run = dir.resolve(c[0]);
            assertEquals(0, cli.run("train", dnet.toString(), "--data", c[1], "--epochs", "1", "--run-dir", run.toString()));
            JsonObject summary = JsonParser.parseString(Files.readString(run.resolve("summary.json"))).getAsJsonObject();
            assertEquals(0, cli.run("evaluate", run.toString(), "--json"));
            JsonObject report = JsonParser.parseString(cli.out()).getAsJsonObject();
            JsonObject sequence = report.getAsJsonObject("sequence");
            if (report.get("task").getAsString().equals("classification")) {
                assertEquals(summary.get("testAccuracy").getAsDouble(), report.get("accuracy").getAsDouble(), 1e-6, c[0]);
                assertEquals(summary.get("testLoss").getAsDouble(), report.get("logLoss").getAsDouble(), 1e-4, c[0]);
            } else {
                assertEquals(summary.get("testLoss").getAsDouble(), report.get("meanSquaredError").getAsDouble(), 1e-6, c[0]);
                assertEquals("meanSquaredError", sequence.get("score").getAsString());
            }
            var byPosition = sequence.getAsJsonArray("byPosition");
            switch (c[0]) {
                case "rnn-tagger" -> {
                    assertEquals(12, byPosition.size());
                    assertEquals(600 * 12, report.get("samples").getAsInt(), "every step of the 600 test sequences");
                    double first = byPosition.get(0).getAsJsonObject().get("score").getAsDouble();
                    double last = byPosition.get(11).getAsJsonObject().get("score").getAsDouble();
                    // The first tag needs the next token, the last only the previous one: a forward reader gets the last right far more often.
                    assertTrue(last > first + 0.2, sequence.toString());
                }
                case "seq2seq" -> {
                    JsonObject greedy = sequence.getAsJsonObject("greedy");
                    assertEquals("decoder_input", greedy.get("input").getAsString());
                    assertEquals(summary.get("greedyTokenAccuracy").getAsDouble(), greedy.get("tokenAccuracy").getAsDouble(), 1e-9);
                    assertEquals(summary.get("greedySequenceAccuracy").getAsDouble(), greedy.get("sequenceAccuracy").getAsDouble(), 1e-9);
                    assertEquals(8, greedy.getAsJsonArray("byPosition").size());
                    // The first position reads the start token either way; later ones read the model's own guesses.
                    assertEquals(byPosition.get(0).getAsJsonObject().get("score").getAsDouble(),
                            greedy.getAsJsonArray("byPosition").get(0).getAsJsonObject().get("score").getAsDouble(), 1e-9);
                    assertTrue(report.getAsJsonArray("mistakes").get(0).getAsJsonObject().has("position"));
                }
                case "rnn-classifier" -> {
                    // Lengths 2 to 20, masked: the exported model has no mask, so evaluate runs each length unpadded.
                    assertEquals(19, sequence.getAsJsonArray("byLength").size(), sequence.toString());
                    assertTrue(byPosition.isEmpty());
                    assertEquals("sequence", sequence.get("unit").getAsString());
                }
                default -> assertEquals(48, byPosition.size());
            }
            assertTrue(Files.isRegularFile(run.resolve("evaluation-test.json")));
        }
        Path seq2seq = dir.resolve("seq2seq");
        assertEquals(0, cli.run("evaluate", seq2seq.toString()));
        assertTrue(cli.out().contains("greedy decoding (decoder_input fed each prediction instead of the target): token accuracy "), cli.out());
        assertTrue(cli.out().contains("by position (accuracy): 0 "), cli.out());
        // The validation split, cut again as the trainer cut it: the last epoch's validation figures.
        assertEquals(0, cli.run("evaluate", seq2seq.toString(), "--split", "validation", "--json"));
        assertLastValidation(seq2seq, JsonParser.parseString(cli.out()).getAsJsonObject());
        assertEquals(Cli.BAD_INPUT, cli.run("evaluate", seq2seq.toString(), "--against", seq2seq.toString()));
        assertEquals("dendrite evaluate: --against compares classifiers of vectors or images; synthetic:reverse holds sequences", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("evaluate", seq2seq.toString(), "--data", "synthetic:parity"));
        assertEquals("dendrite evaluate: " + seq2seq.resolve("model.onnx") + " on synthetic:parity: the model's input 'source' has no field in the"
                + " data set parity (fields: bits, parity); name a field like the input", cli.lastErrorLine());
        // Saliency reads the same pairs: each output step over the source.
        assertEquals(0, cli.run("saliency", seq2seq.toString(), "--samples", "0", "--json"), cli.err());
        assertTrue(JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("samples").get(0).getAsJsonObject().has("map"));
    }

    @Test
    void scoresAnAutoencodersReconstructionsAsTheTrainerDid(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("ae.dnet");
        assertEquals(0, cli.run("new", "autoencoder", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--hold-out", "3", "--run-dir", run.toString()));
        JsonObject summary = JsonParser.parseString(Files.readString(run.resolve("summary.json"))).getAsJsonObject();
        assertEquals(0, cli.run("evaluate", run.toString(), "--json"));
        JsonObject report = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("reconstruction", report.get("task").getAsString());
        // The trainer's test loss is the mean reconstruction error; its anomaly AUC is the held-out class's AUC here.
        assertEquals(summary.get("testLoss").getAsDouble(), report.get("meanSquaredError").getAsDouble(), 1e-6);
        JsonObject three = report.getAsJsonArray("classes").get(3).getAsJsonObject();
        assertEquals(summary.get("anomalyAuc").getAsDouble(), three.get("auc").getAsDouble(), 1e-9);
        var worst = report.getAsJsonArray("worst");
        assertEquals(24, worst.size());
        assertEquals(784, worst.get(0).getAsJsonObject().getAsJsonArray("reconstruction").size());
        assertTrue(worst.get(0).getAsJsonObject().get("error").getAsDouble() >= worst.get(23).getAsJsonObject().get("error").getAsDouble());
        assertEquals(0, cli.run("evaluate", run.toString()));
        assertTrue(cli.out().contains("samples reconstructed (an autoencoder)"), cli.out());
        assertEquals(Cli.BAD_INPUT, cli.run("evaluate", run.toString(), "--against", run.toString()));
        assertEquals("dendrite evaluate: --against compares classifiers; " + run.resolve("model.onnx") + " reconstructs its input (an autoencoder)",
                cli.lastErrorLine());
    }

    /** The run's last epoch's validation accuracy and loss are the evaluation's. */
    private static void assertLastValidation(Path run, JsonObject evaluation) throws Exception {
        JsonObject epoch = Files.readAllLines(run.resolve("metrics.jsonl")).stream().map(l -> JsonParser.parseString(l).getAsJsonObject())
                .filter(o -> o.get("type").getAsString().equals("epoch")).reduce((first, second) -> second).orElseThrow();
        assertEquals("validation", evaluation.get("split").getAsString());
        assertEquals(epoch.get("validationAccuracy").getAsDouble(), evaluation.get("accuracy").getAsDouble(), 1e-6, run.toString());
        assertEquals(epoch.get("validationLoss").getAsDouble(), evaluation.get("logLoss").getAsDouble(), 1e-4, run.toString());
    }

    @Test
    void badInputGetsOneLine(@TempDir Path dir) throws Exception {
        Path notOnnx = dir.resolve("bad.onnx");
        Files.writeString(notOnnx, "not a model");
        assertEquals(Cli.BAD_INPUT, cli.run("evaluate", notOnnx.toString(), "--data", "synthetic:two-moons"));
        assertTrue(cli.lastErrorLine().startsWith("dendrite evaluate: " + notOnnx + " cannot be loaded: "), cli.err());
        assertEquals(Cli.BAD_INPUT, cli.run("evaluate", notOnnx.toString()));
        assertEquals("dendrite evaluate: --data is needed with a model file (e.g. --data mnist)", cli.lastErrorLine());
        // A model of two inputs: refused by name, not a runtime failure.
        var graph = new dev.dendrite.onnx.graph.GraphBuilder("two-inputs");
        graph.input(graph.reserve("a"), dev.dendrite.onnx.graph.GraphBuilder.ElementType.FLOAT, java.util.List.of("N", 2L));
        graph.input(graph.reserve("b"), dev.dendrite.onnx.graph.GraphBuilder.ElementType.FLOAT, java.util.List.of("N", 2L));
        graph.nodeWithOutputs("Add", java.util.List.of("a", "b"), java.util.List.of(graph.reserve("sum")));
        graph.output("sum", dev.dendrite.onnx.graph.GraphBuilder.ElementType.FLOAT, java.util.List.of("N", 2L));
        Path twoInputs = dir.resolve("two-inputs.onnx");
        Files.write(twoInputs, graph.model("test", null).toByteArray());
        assertEquals(Cli.BAD_INPUT, cli.run("evaluate", twoInputs.toString(), "--data", "synthetic:two-moons"));
        assertEquals("dendrite evaluate: " + twoInputs + " on synthetic:two-moons: the model reads 2 inputs [a, b]: only models of one input run"
                + " over a data set's samples", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("evaluate", dir.resolve("missing.onnx").toString(), "--data", "synthetic:two-moons"));
        assertEquals("dendrite evaluate: " + dir.resolve("missing.onnx") + " does not exist", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("evaluate", dir.toString()));
        assertEquals("dendrite evaluate: " + dir + " is not a run directory", cli.lastErrorLine());

        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--run-dir", run.toString()));
        assertEquals(Cli.BAD_INPUT, cli.run("evaluate", run.toString(), "--data", "synthetic:sine"));
        assertEquals("dendrite evaluate: " + run.resolve("model.onnx") + " on synthetic:sine: the model reads 2 values per sample, the data has 1",
                cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("evaluate", run.toString(), "--data", "synthetic:parity"));
        assertEquals("dendrite evaluate: " + run.resolve("model.onnx") + " on synthetic:parity: the model's input 'points' reads FLOAT [N, 2],"
                + " the data's field bits holds FLOAT [N, T, 1]", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("evaluate", run.toString(), "--against", dir.resolve("none").toString()));
        assertEquals("dendrite evaluate: --against " + dir.resolve("none") + " does not exist", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("evaluate", run.toString(), "--split", "holdout"));
        assertEquals("dendrite evaluate: --split must be test, train or validation, not 'holdout'", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("evaluate", run.resolve("model.onnx").toString(), "--data", "synthetic:two-moons", "--split",
                "validation"));
        assertEquals("dendrite evaluate: --split validation needs a run trained with a validation split on its own data set",
                cli.lastErrorLine());
    }
}
