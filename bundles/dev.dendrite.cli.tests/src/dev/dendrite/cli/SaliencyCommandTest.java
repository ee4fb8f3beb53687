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
import dev.dendrite.model.network.convolution.StepPadding;
import dev.dendrite.model.network.sequence.CellType;
import dev.dendrite.model.network.sequence.SequenceFactory;
import dev.dendrite.model.network.sequence.SequenceOutput;

/** dendrite saliency: maps of chosen samples, pictures for image data, the class asked for, and one-line errors. */
class SaliencyCommandTest {

    private final CliHarness cli = new CliHarness();

    @Test
    void explainsChosenSamplesAndDrawsImageSamples(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("lenet.dnet");
        assertEquals(0, cli.run("new", "lenet-300-100", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--run-dir", run.toString()));
        assertEquals(0, cli.run("saliency", run.toString(), "--samples", "0,7", "--class", "actual", "--json"));
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("smoothgrad", json.get("method").getAsString());
        assertEquals("[28,28]", json.get("mapShape").toString());
        var samples = json.getAsJsonArray("samples");
        assertEquals(2, samples.size());
        for (var element : samples) {
            JsonObject sample = element.getAsJsonObject();
            assertEquals(sample.get("label").getAsInt(), sample.get("class").getAsInt(), "--class actual explains the sample's own class");
            assertEquals(784, sample.getAsJsonArray("map").size());
            Path png = Path.of(sample.get("file").getAsString());
            assertTrue(Files.isRegularFile(png), png.toString());
            var image = javax.imageio.ImageIO.read(png.toFile());
            assertEquals((2 * 28 + 1) * 4, image.getWidth(), "the sample, a gap, its map");
            assertEquals(28 * 4, image.getHeight());
        }
        assertTrue(Files.isDirectory(run.resolve("saliency")));

        assertEquals(0, cli.run("saliency", run.toString(), "--samples", "3", "--class", "4", "--method", "gradient"));
        assertTrue(cli.out().startsWith("gradient saliency of "), cli.out());
        assertTrue(cli.out().contains("sample 3 (a "), cli.out());
        assertTrue(cli.out().contains("): class 4 (probability "), cli.out());
        // Occlusion: patches of 4 by default, a map per sample like the others; a patch is occlusion's only.
        assertEquals(0, cli.run("saliency", run.toString(), "--samples", "3", "--method", "occlusion", "--patch", "6", "--json"), cli.err());
        var occluded = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("samples").get(0).getAsJsonObject();
        assertEquals(784, occluded.getAsJsonArray("map").size());
        var signedMap = occluded.getAsJsonArray("signedMap");
        for (int p = 0; p < 784; p++) {
            assertEquals(Math.abs(signedMap.get(p).getAsDouble()), occluded.getAsJsonArray("map").get(p).getAsDouble(), 1e-9, "pixel " + p);
        }
        assertTrue(occluded.get("largestGradient").getAsDouble() > 0, "some patch moves the class's score: " + occluded);
        assertEquals(Cli.BAD_INPUT, cli.run("saliency", run.toString(), "--samples", "3", "--patch", "6"));
        assertEquals("dendrite saliency: --patch sizes what occlusion zeroes; --method is smoothgrad", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("saliency", run.toString(), "--samples", "3", "--method", "occlusion", "--patch", "0"));
        assertEquals("dendrite saliency: --patch must be a whole number, 1 or more, not '0'", cli.lastErrorLine());
    }

    @Test
    void vectorSamplesGetTheirMapWithoutAPicture(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "2", "--run-dir", run.toString()));
        assertEquals(0, cli.run("saliency", run.toString(), "--samples", "5", "--json"));
        JsonObject sample = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("samples").get(0).getAsJsonObject();
        assertEquals(2, sample.getAsJsonArray("map").size());
        assertTrue(sample.get("file").isJsonNull());
        assertTrue(sample.get("largestGradient").getAsDouble() > 0);

        assertEquals(Cli.BAD_INPUT, cli.run("saliency", run.toString()));
        assertEquals("dendrite saliency: --samples is needed: the indices of the samples to explain (e.g. --samples 3,17)", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("saliency", run.toString(), "--samples", "1,x"));
        assertEquals("dendrite saliency: --samples takes sample indices separated by commas, not 'x'", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("saliency", run.toString(), "--samples", "100000"));
        assertTrue(cli.lastErrorLine().startsWith("dendrite saliency: sample 100000 is outside the test split of synthetic:two-moons (0-"),
                cli.err());
        assertEquals(Cli.BAD_INPUT, cli.run("saliency", run.toString(), "--samples", "1", "--class", "7"));
        assertEquals("dendrite saliency: " + run.resolve("model.onnx") + ": class 7 is outside the model's 2 outputs", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("saliency", run.toString(), "--samples", "1", "--method", "lime"));
        assertEquals("dendrite saliency: --method must be gradient, smoothgrad, input-x-gradient, integrated-gradients, grad-cam or occlusion, not 'lime'", cli.lastErrorLine());
    }

    /** A quantized model is explained through its rounding, straight through: its gradient map is the float model's, nearly. */
    @Test
    void aQuantizedModelIsExplainedStraightThroughItsRounding(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "4", "--run-dir", run.toString()), cli.err());
        assertEquals(0, cli.run("quantize", run.toString(), "--no-speed"), cli.err());
        assertEquals(0, cli.run("saliency", run.toString(), "--samples", "0,1,2,3,4,5,6,7", "--method", "gradient", "--json"), cli.err());
        JsonArray plain = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("samples");
        assertEquals(0, cli.run("saliency", run.resolve("model-w8a8.onnx").toString(), "--data", "synthetic:two-moons", "--samples",
                "0,1,2,3,4,5,6,7", "--method", "gradient", "--json"), cli.err());
        JsonArray quantized = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("samples");
        for (int i = 0; i < plain.size(); i++) {
            JsonArray a = plain.get(i).getAsJsonObject().getAsJsonArray("map");
            JsonArray b = quantized.get(i).getAsJsonObject().getAsJsonArray("map");
            double dot = 0;
            double na = 0;
            double nb = 0;
            for (int k = 0; k < a.size(); k++) {
                dot += a.get(k).getAsDouble() * b.get(k).getAsDouble();
                na += a.get(k).getAsDouble() * a.get(k).getAsDouble();
                nb += b.get(k).getAsDouble() * b.get(k).getAsDouble();
            }
            assertTrue(dot / Math.sqrt(na * nb) > 0.95, "sample " + i + ": " + a + " against " + b);
        }
    }

    /**
     * A text CNN's scores per token: in sequences holding "2 3 4" or "4 3 2", the phrase's tokens
     * score highest (the convolutions' windows over it decide the class), whatever else the sequence holds.
     */
    @Test
    void tokenSequencesGetAScorePerTokenAndThePhraseStandsOut(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("text.dnet");
        assertEquals(0, cli.run("new", "text-cnn", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "4", "--run-dir", run.toString()));
        // Test samples run through the classes in turn: 1, 2, 4, 5, 7, 8, 10, 11 hold a phrase.
        assertEquals(0, cli.run("saliency", run.toString(), "--samples", "1,2,4,5,7,8,10,11", "--json"));
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("gradient", json.get("method").getAsString(), "token models default to the plain gradient");
        for (var element : json.getAsJsonArray("samples")) {
            JsonObject sample = element.getAsJsonObject();
            int label = sample.get("label").getAsInt();
            long[] tokens = new long[sample.getAsJsonArray("tokens").size()];
            double[] scores = new double[tokens.length];
            for (int t = 0; t < tokens.length; t++) {
                tokens[t] = sample.getAsJsonArray("tokens").get(t).getAsLong();
                scores[t] = sample.getAsJsonArray("scores").get(t).getAsDouble();
            }
            long[] phrase = label == 1 ? new long[] {2, 3, 4} : new long[] {4, 3, 2};
            int at = -1;
            for (int t = 0; t + 3 <= tokens.length && at < 0; t++) {
                at = tokens[t] == phrase[0] && tokens[t + 1] == phrase[1] && tokens[t + 2] == phrase[2] ? t : -1;
            }
            int top = 0;
            for (int t = 1; t < tokens.length; t++) {
                top = scores[t] > scores[top] ? t : top;
            }
            assertEquals(label, sample.get("class").getAsInt(), sample.toString());
            assertTrue(at >= 0 && top >= at && top < at + 3, "the largest score on the phrase at " + at + ": " + sample);
            double phraseMean = (scores[at] + scores[at + 1] + scores[at + 2]) / 3;
            double rest = (java.util.Arrays.stream(scores).sum() - 3 * phraseMean) / (tokens.length - 3);
            assertTrue(phraseMean > 1.5 * rest, "the phrase's tokens " + phraseMean + " against the rest's " + rest + ": " + sample);
        }
        assertEquals(Cli.BAD_INPUT, cli.run("saliency", run.toString(), "--samples", "1", "--method", "smoothgrad"));
        assertEquals("dendrite saliency: " + run.resolve("model.onnx") + ": smoothgrad adds noise to input values; token ids have none: use "
                + "gradient, input-x-gradient or integrated-gradients", cli.lastErrorLine());
    }

    /**
     * A tagger is explained at one step of each sequence: a causal convolution of windows of 3 tags step t from tokens t − 2
     * to t only, so those score and every other token scores exactly 0.
     */
    @Test
    void aTaggersStepIsExplainedByTheTokensItsTagWasReadFrom(@TempDir Path dir) throws Exception {
        var b = new dev.dendrite.model.templates.NetworkBuilder("window-tagger", "tags each token from it and the two before");
        var embedding = SequenceFactory.eINSTANCE.createEmbedding();
        embedding.setVocabularySize(16);
        embedding.setEmbeddingDim(8);
        var tokens = b.add(embedding, "embed", b.tokens("tokens", dev.dendrite.model.network.InputRole.FEATURES));
        var conv = b.conv(tokens, "window", 12, 3, 1, 0);
        conv.setDimensions(1);
        conv.setSequence(true);
        conv.setStepPadding(StepPadding.CAUSAL);
        b.loss(b.dense(b.activation(conv, dev.dendrite.model.network.ActivationFunction.TANH), "tags", 4),
                dev.dendrite.model.network.LossKind.SEQUENCE_NLL);
        Path dnet = dir.resolve("tagger.dnet");
        dev.dendrite.model.io.DnetIO.save(b.training("synthetic:tagging", 1, 32, dev.dendrite.model.network.OptimizerKind.ADAM, 3e-3)
                .network(), dnet);
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--run-dir", run.toString()), cli.err());
        int[] positions = {3, 5, 8};
        assertEquals(0, cli.run("saliency", run.toString(), "--samples", "0,1,2", "--positions", "3,5,8", "--json"), cli.err());
        var samples = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("samples");
        for (int i = 0; i < 3; i++) {
            JsonObject sample = samples.get(i).getAsJsonObject();
            assertEquals(positions[i], sample.get("position").getAsInt());
            assertTrue(sample.get("label").isJsonPrimitive(), "the tag at that step: " + sample);
            var scores = sample.getAsJsonArray("scores");
            for (int t = 0; t < scores.size(); t++) {
                boolean read = t <= positions[i] && t >= positions[i] - 2;
                assertEquals(read, scores.get(t).getAsDouble() > 0, "step " + t + " is read for the tag at " + positions[i] + " or not: "
                        + sample);
            }
        }
        assertEquals(0, cli.run("saliency", run.toString(), "--samples", "4", "--positions", "2"));
        assertTrue(cli.out().contains("sample 4 step 2 (a "), cli.out());
        assertEquals(Cli.BAD_INPUT, cli.run("saliency", run.toString(), "--samples", "1"));
        assertTrue(cli.lastErrorLine().endsWith(": name the step to explain (--positions)"), cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("saliency", run.toString(), "--samples", "1,2,3", "--positions", "1,2"));
        assertEquals("dendrite saliency: --positions gives one step per sample or one for all: 2 for 3 samples", cli.lastErrorLine());
    }

    /**
     * Recurrent models keep ONNX's fused LSTM in model.onnx, whose gradient unrolls it over each sequence's steps: a forward
     * LSTM's tag at step t is read from tokens 0 to t (every later token scores exactly 0), a bidirectional one's from both
     * sides; a classifier of sequences of different lengths gets a score per token of each.
     */
    @Test
    void recurrentModelsAreExplainedThroughTheirFusedCells(@TempDir Path dir) throws Exception {
        for (boolean bidirectional : new boolean[] {false, true}) {
            Path run = trainRecurrent(dir, bidirectional ? "bilstm" : "lstm", bidirectional, true, "synthetic:tagging");
            assertEquals(0, cli.run("saliency", run.toString(), "--samples", "0,1", "--positions", "4", "--json"), cli.err());
            for (var element : JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("samples")) {
                var scores = element.getAsJsonObject().getAsJsonArray("scores");
                boolean later = false;
                for (int t = 0; t < scores.size(); t++) {
                    double score = scores.get(t).getAsDouble();
                    if (t <= 4) {
                        assertTrue(score > 0, "step " + t + " is read for the tag at 4: " + element);
                    } else if (!bidirectional) {
                        assertEquals(0.0, score, "a forward LSTM's tag at 4 reads no later step: " + element);
                    } else {
                        later |= score > 0;
                    }
                }
                assertEquals(bidirectional, later, "later steps are read by the backward direction only: " + element);
            }
            // Integrated gradients from zero vectors: the tokens' attributions add up to the tag's change along that path.
            assertEquals(0, cli.run("saliency", run.toString(), "--samples", "0,1", "--positions", "4", "--method", "integrated-gradients",
                    "--json"), cli.err());
            for (var element : JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("samples")) {
                JsonObject sample = element.getAsJsonObject();
                double change = sample.get("output").getAsDouble() - sample.get("baselineOutput").getAsDouble();
                assertEquals(change, sample.get("attributionSum").getAsDouble(), 1e-3 + 0.02 * Math.abs(change), "completeness: " + sample);
            }
        }
        Path classifier = trainRecurrent(dir, "gru", false, false, "synthetic:phrases");
        assertEquals(0, cli.run("saliency", classifier.toString(), "--samples", "0,1,2,3,4,5", "--json"), cli.err());
        java.util.Set<Integer> lengths = new java.util.HashSet<>();
        for (var element : JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("samples")) {
            JsonObject sample = element.getAsJsonObject();
            int tokens = sample.getAsJsonArray("tokens").size();
            assertEquals(tokens, sample.getAsJsonArray("scores").size(), "a score per token: " + sample);
            lengths.add(tokens);
        }
        assertTrue(lengths.size() > 1, "the samples differ in length, each unrolled at its own: " + lengths);
    }

    /**
     * Sequences of values are scored per step at the model's input: the LSTM generator's output at step 5 is read from steps
     * 0 to 5 only (later steps score exactly 0), each step listed with its value; an RNN trained to tell the sign of a
     * sequence's last value scores that step highest in each of ten sequences of different lengths.
     */
    @Test
    void sequencesOfValuesGetAScorePerStep(@TempDir Path dir) throws Exception {
        Path generator = dir.resolve("generator.dnet");
        assertEquals(0, cli.run("new", "lstm-generator", "-o", generator.toString()));
        Path run = dir.resolve("generator-run");
        assertEquals(0, cli.run("train", generator.toString(), "--epochs", "1", "--run-dir", run.toString()), cli.err());
        assertEquals(0, cli.run("saliency", run.toString(), "--samples", "0,1", "--positions", "5", "--json"), cli.err());
        for (var element : JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("samples")) {
            JsonObject sample = element.getAsJsonObject();
            var scores = sample.getAsJsonArray("scores");
            assertEquals(sample.getAsJsonArray("values").size(), scores.size(), "a score per step: " + sample);
            assertTrue(sample.get("probability").isJsonNull(), "a regression has no probability: " + sample);
            for (int t = 0; t < scores.size(); t++) {
                assertEquals(t <= 5, scores.get(t).getAsDouble() > 0, "step " + t + " is read for the output at 5 or not: " + sample);
            }
        }
        // An RNN told the sign of each sequence's last value reads that step above all others, whatever the length.
        Path reader = dir.resolve("last-sign.dnet");
        assertEquals(0, cli.run("new", "rnn-classifier", "-o", reader.toString()));
        Path readerRun = dir.resolve("last-sign-run");
        assertEquals(0, cli.run("train", reader.toString(), "--data", "synthetic:last-sign", "--epochs", "6", "--run-dir",
                readerRun.toString()), cli.err());
        assertEquals(0, cli.run("saliency", readerRun.toString(), "--samples", "0,1,2,3,4,5,6,7,8,9", "--json"), cli.err());
        for (var element : JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("samples")) {
            var scores = element.getAsJsonObject().getAsJsonArray("scores");
            int largest = 0;
            for (int t = 1; t < scores.size(); t++) {
                largest = Math.abs(scores.get(t).getAsDouble()) > Math.abs(scores.get(largest).getAsDouble()) ? t : largest;
            }
            assertEquals(scores.size() - 1, largest, "the last step scores highest: " + element);
        }
        assertEquals(0, cli.run("saliency", readerRun.toString(), "--samples", "3"));
        assertTrue(cli.out().contains("per step") && cli.out().contains("sample 3 (a "), cli.out());
        assertEquals(Cli.BAD_INPUT, cli.run("saliency", readerRun.toString(), "--samples", "3", "--method", "smoothgrad"));
        assertTrue(cli.lastErrorLine().contains("by gradient, input-x-gradient or integrated-gradients"), cli.lastErrorLine());
    }

    /**
     * A GCN's node: a score per node of its graph and per undirected edge, a picture of the graph, integrated gradients' sum
     * checked; a graph classifier's graphs; and what graphs do not take, named.
     */
    @Test
    void graphNetworksGetAScorePerNodeAndEdge(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("gcn.dnet");
        assertEquals(0, cli.run("new", "gcn-node-classifier", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "10", "--run-dir", run.toString()), cli.err());
        // Sample 45: node 5 of the second test graph (40 nodes each), as evaluate numbers them.
        assertEquals(0, cli.run("saliency", run.toString(), "--samples", "45,3", "--method", "integrated-gradients", "--json"), cli.err());
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("node", json.get("unit").getAsString());
        // Each node's 8 features are its community's one-hot code plus noise: a node read right is read from its class's feature most.
        for (var element : json.getAsJsonArray("samples")) {
            JsonObject explained = element.getAsJsonObject();
            var features = explained.getAsJsonArray("features");
            int top = 0;
            for (int f = 1; f < features.size(); f++) {
                top = features.get(f).getAsDouble() > features.get(top).getAsDouble() ? f : top;
            }
            if (explained.get("class").getAsInt() == explained.get("label").getAsInt()) {
                assertEquals(explained.get("class").getAsInt(), top, "the class's own feature carries it: " + features);
            }
        }
        JsonObject sample = json.getAsJsonArray("samples").get(0).getAsJsonObject();
        assertEquals(1, sample.get("graph").getAsInt());
        assertEquals(5, sample.get("node").getAsInt());
        assertEquals(40, sample.getAsJsonArray("nodes").size());
        var edges = sample.getAsJsonArray("edges");
        assertEquals(edges.size(), sample.getAsJsonArray("edgeScores").size());
        for (var edge : edges) {
            assertTrue(edge.getAsJsonArray().get(0).getAsInt() < edge.getAsJsonArray().get(1).getAsInt(), "undirected, smaller node first: " + edge);
        }
        double change = sample.get("output").getAsDouble() - sample.get("baselineOutput").getAsDouble();
        assertEquals(change, sample.get("attributionSum").getAsDouble(), 0.02 * Math.abs(change) + 1e-4, sample.toString());
        var image = javax.imageio.ImageIO.read(Path.of(sample.get("file").getAsString()).toFile());
        assertEquals(480, image.getWidth());
        assertTrue(sample.get("file").getAsString().endsWith("graph-1-node-5-class-" + sample.get("class").getAsInt() + ".png"));

        assertEquals(0, cli.run("saliency", run.toString(), "--samples", "45"));
        assertTrue(cli.out().startsWith("gradient saliency of "), cli.out());
        assertTrue(cli.out().contains("sample 45 (graph 1, node 5, a ") && cli.out().contains("\n  nodes: 5 (+1.00)"), cli.out());
        assertEquals(Cli.BAD_INPUT, cli.run("saliency", run.toString(), "--samples", "45", "--method", "grad-cam"));
        assertTrue(cli.lastErrorLine().contains("grad-cam reads the feature maps of pictures"), cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("saliency", run.toString(), "--samples", "45", "--positions", "2"));
        assertEquals("dendrite saliency: --positions names steps of token sequences; synthetic:communities holds graphs", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("saliency", run.toString(), "--samples", "2000"));
        assertEquals("dendrite saliency: sample 2000 is outside the test split's nodes (0-1999) of synthetic:communities", cli.lastErrorLine());

        Path graphs = dir.resolve("cycles.dnet");
        assertEquals(0, cli.run("new", "mp-graph-classifier", "-o", graphs.toString()));
        Path graphsRun = dir.resolve("cycles-run");
        assertEquals(0, cli.run("train", graphs.toString(), "--epochs", "1", "--run-dir", graphsRun.toString()), cli.err());
        assertEquals(0, cli.run("saliency", graphsRun.toString(), "--samples", "7", "--method", "occlusion", "--json"), cli.err());
        JsonObject perGraph = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("graph", perGraph.get("unit").getAsString());
        JsonObject graph = perGraph.getAsJsonArray("samples").get(0).getAsJsonObject();
        assertEquals(7, graph.get("graph").getAsInt());
        assertTrue(graph.get("node").isJsonNull());
        assertEquals(Cli.BAD_INPUT, cli.run("saliency", graphsRun.toString(), "--samples", "7", "--method", "occlusion", "--patch", "2"));
        assertTrue(cli.lastErrorLine().contains("a graph's occlusion leaves out one node at a time"), cli.lastErrorLine());
    }

    /**
     * An encoder-decoder that reverses its source: each output step scored over the source tokens. The transformer's rows read
     * the source in reverse (as its cross-attention does); the LSTM encoder-decoder, which has no attention to show, reads its
     * first output from the last source token in every pair, and in reverse overall by input × gradient.
     */
    @Test
    void anEncoderDecodersOutputStepsAreAlignedWithItsSource(@TempDir Path dir) throws Exception {
        Path transformer = dir.resolve("transformer.dnet");
        assertEquals(0, cli.run("new", "transformer-seq2seq", "-o", transformer.toString()));
        Path run = dir.resolve("transformer-run");
        assertEquals(0, cli.run("train", transformer.toString(), "--epochs", "6", "--run-dir", run.toString()), cli.err());
        assertEquals(0, cli.run("saliency", run.toString(), "--samples", "0,1,2,3,4,5,6,7,8,9", "--json"), cli.err());
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("gradient", json.get("method").getAsString());
        assertTrue(json.get("alignment").getAsDouble() < -0.8, "read in reverse: " + json.get("alignment"));
        JsonObject pair = json.getAsJsonArray("samples").get(0).getAsJsonObject();
        int sourceLength = pair.getAsJsonArray("source").size();
        var map = pair.getAsJsonArray("map");
        assertEquals(pair.getAsJsonArray("read").size(), map.size(), "a row per output step");
        assertEquals(sourceLength, map.get(0).getAsJsonArray().size(), "a column per source token");
        var image = javax.imageio.ImageIO.read(Path.of(pair.get("file").getAsString()).toFile());
        assertEquals(0, image.getWidth() % sourceLength);

        Path lstm = dir.resolve("lstm.dnet");
        assertEquals(0, cli.run("new", "seq2seq", "-o", lstm.toString()));
        Path lstmRun = dir.resolve("lstm-run");
        assertEquals(0, cli.run("train", lstm.toString(), "--run-dir", lstmRun.toString()), cli.err());
        assertEquals(0, cli.run("saliency", lstmRun.toString(), "--samples", "0,1,2,3,4,5,6,7,8,9", "--method", "input-x-gradient", "--json"),
                cli.err());
        json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertTrue(json.get("alignment").getAsDouble() < -0.5, "read in reverse: " + json.get("alignment"));
        for (var element : json.getAsJsonArray("samples")) {
            var first = element.getAsJsonObject().getAsJsonArray("map").get(0).getAsJsonArray();
            int best = 0;
            for (int j = 1; j < first.size(); j++) {
                best = first.get(j).getAsDouble() > first.get(best).getAsDouble() ? j : best;
            }
            assertEquals(first.size() - 1, best, "the first output comes from the last source token: " + element);
        }
        assertEquals(0, cli.run("saliency", lstmRun.toString(), "--samples", "3"));
        assertTrue(cli.out().contains("sample 3: source ") && cli.out().contains("  step 0 reads "), cli.out());
        assertEquals(Cli.BAD_INPUT, cli.run("saliency", lstmRun.toString(), "--samples", "3", "--method", "smoothgrad"));
        assertTrue(cli.lastErrorLine().endsWith("an encoder-decoder's source is explained by gradient, input-x-gradient or integrated-gradients, "
                + "not smoothgrad"), cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("saliency", lstmRun.toString(), "--samples", "3", "--positions", "1"));
        assertTrue(cli.lastErrorLine().contains("explains every output step of each pair"), cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("saliency", lstmRun.toString(), "--samples", "3", "--class", "4"));
        assertTrue(cli.lastErrorLine().contains("explains the token read at each output step"), cli.lastErrorLine());
        // Its attention: none, and where to look instead.
        assertEquals(Cli.BAD_INPUT, cli.run("attention", lstmRun.toString(), "--samples", "3"));
        assertTrue(cli.lastErrorLine().endsWith("the model has no attention layer (no Softmax writing LAYER/weights); an encoder-decoder's "
                + "output steps over its source: dendrite saliency " + lstmRun + " --samples 3"), cli.lastErrorLine());
    }

    /** An embedding, one LSTM (GRU when not tagging) layer of 12 and a dense layer of 4 classes (phrases has 3), trained one epoch. */
    private Path trainRecurrent(Path dir, String id, boolean bidirectional, boolean tagger, String data) throws Exception {
        var b = new dev.dendrite.model.templates.NetworkBuilder(id, "a recurrent model to explain");
        var embedding = SequenceFactory.eINSTANCE.createEmbedding();
        embedding.setVocabularySize(16);
        embedding.setEmbeddingDim(8);
        var rnn = SequenceFactory.eINSTANCE.createRecurrent();
        rnn.setCell(tagger ? CellType.LSTM : CellType.GRU);
        rnn.setHiddenSize(12);
        rnn.setBidirectional(bidirectional);
        rnn.setOutput(tagger ? SequenceOutput.SEQUENCE : SequenceOutput.LAST);
        var x = b.add(rnn, "rnn", b.add(embedding, "embed", b.tokens("tokens", dev.dendrite.model.network.InputRole.FEATURES)));
        b.loss(b.dense(x, "logits", 4), tagger ? dev.dendrite.model.network.LossKind.SEQUENCE_NLL
                : dev.dendrite.model.network.LossKind.CROSS_ENTROPY);
        Path dnet = dir.resolve(id + ".dnet");
        dev.dendrite.model.io.DnetIO.save(b.training(data, 1, 32, dev.dendrite.model.network.OptimizerKind.ADAM, 3e-3).network(), dnet);
        Path run = dir.resolve(id + "-run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--run-dir", run.toString()), cli.err());
        return run;
    }
}
