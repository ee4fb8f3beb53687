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

/**
 * A causal transformer as a character model: it continues its text on its own predictions
 * (dendrite generate), and dendrite attention shows where its heads look, in the text's characters.
 */
class AttentionCommandTest {

    private final CliHarness cli = new CliHarness();

    /** Tokens, a 32-wide embedding, learned positions, one pre-norm block of 4 causal heads, a logit per character of 32. */
    private static final String CHARACTER_TRANSFORMER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <dnet:Network xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xmlns:dnet="urn:dev.dendrite:network:1" name="chars" description="next character">
              <layers xsi:type="dnet:Input" name="tokens" id="tokens" sequence="true" dataType="int64"/>
              <layers xsi:type="dnet:Embedding" name="embed" id="embed" vocabularySize="32" embeddingDim="32"/>
              <layers xsi:type="dnet:PositionalEncoding" name="positions" id="positions" maxLength="32"/>
              <layers xsi:type="dnet:LayerNorm" name="norm" id="norm"/>
              <layers xsi:type="dnet:Attention" name="attention" id="attention" heads="4" causal="true"/>
              <layers xsi:type="dnet:Add" name="residual" id="residual"/>
              <layers xsi:type="dnet:Dense" name="next" id="next" units="32"/>
              <layers xsi:type="dnet:Loss" name="loss" id="loss" kind="sequence_nll"/>
              <connections source="tokens" target="embed"/>
              <connections source="embed" target="positions"/>
              <connections source="positions" target="norm"/>
              <connections source="norm" target="attention"/>
              <connections source="attention" target="residual"/>
              <connections source="positions" target="residual" targetPort="in1"/>
              <connections source="residual" target="next"/>
              <connections source="next" target="loss"/>
              <training epochs="20" batchSize="16" optimizer="adam" learningRate="0.01" gradientClipNorm="1.0"/>
            </dnet:Network>
            """;

    @Test
    void aCausalTransformerContinuesItsTextAndShowsWhereItsHeadsLook(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("rhyme.txt");
        Files.writeString(text, "the cat sat on the mat. ".repeat(120));
        Path dnet = dir.resolve("chars.dnet");
        Files.writeString(dnet, CHARACTER_TRANSFORMER);
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--data", "text:" + text + ",23", "--run-dir", run.toString()));
        assertEquals(0, cli.run("generate", run.toString(), "--prime", "the cat ", "--length", "24", "--temperature", "0", "--json"));
        JsonObject generated = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("sat on the mat. the cat ", generated.get("generated").getAsString(), generated.toString());

        assertEquals(0, cli.run("attention", run.toString(), "--samples", "0,3", "--json"));
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        JsonArray layers = json.getAsJsonArray("layers");
        assertEquals(1, layers.size());
        JsonObject layer = layers.get(0).getAsJsonObject();
        assertEquals("attention", layer.get("layer").getAsString());
        assertEquals(4, layer.get("heads").getAsInt());
        assertTrue(layer.get("causal").getAsBoolean(), "no weight on a later step");
        assertEquals(4, layer.getAsJsonArray("summary").size());
        assertEquals("[23,23]", layer.getAsJsonArray("keySteps").toString(), "self-attention: each sample's own steps");
        assertTrue(layer.get("queriesFromInput").getAsBoolean() && layer.get("keysFromInput").getAsBoolean(), "the characters' steps");
        for (var head : layer.getAsJsonArray("summary")) {
            double alignment = head.getAsJsonObject().get("alignment").getAsDouble();
            assertTrue(alignment >= -1 && alignment <= 1, "a correlation: " + head);
        }
        JsonArray map = layer.getAsJsonArray("maps").get(0).getAsJsonArray();
        assertEquals(4 * 23 * 23, map.size(), "four heads of 23 × 23");
        for (int row = 0; row < 4 * 23; row++) {
            double sum = 0;
            for (int j = 0; j < 23; j++) {
                sum += map.get(row * 23 + j).getAsDouble();
            }
            assertEquals(1, sum, 1e-4, "row " + row + " of the weights sums to 1");
        }
        JsonObject sample = json.getAsJsonArray("samples").get(0).getAsJsonObject();
        assertEquals(23, sample.get("steps").getAsInt());
        String input = String.join("", sample.getAsJsonArray("input").asList().stream().map(e -> e.getAsString()).toList());
        assertTrue(("the cat sat on the mat. ".repeat(3)).contains(input.replace('␣', ' ')), "the characters read: " + input);
        assertTrue(Files.size(Path.of(sample.get("file").getAsString())) > 0, "the PNG of the sample's maps");

        assertEquals(0, cli.run("attention", run.toString(), "--samples", "1"));
        assertTrue(cli.out().contains("attention    0"), cli.out());

        assertEquals(2, cli.run("attention", run.toString(), "--samples", "100000"));
        assertTrue(cli.err().contains("outside the test split"), cli.err());
    }

    @Test
    void aGraphAttentionNetworkShowsWhomItsNodesHear(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("gat.dnet");
        assertEquals(0, cli.run("new", "gat-node-classifier", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "2", "--run-dir", run.toString()));
        assertEquals(0, cli.run("attention", run.toString(), "--samples", "0,3", "--json"));
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals(80, json.get("nodes").getAsInt(), "two graphs of 40 nodes");
        // Each graph drawn: a row per layer (2), a column per head of the widest (4).
        JsonArray pictures = json.getAsJsonArray("pictures");
        assertEquals(2, pictures.size());
        assertEquals(3, pictures.get(1).getAsJsonObject().get("graph").getAsInt());
        java.awt.image.BufferedImage drawn = javax.imageio.ImageIO.read(Path.of(pictures.get(1).getAsJsonObject().get("file").getAsString()).toFile());
        assertEquals(drawn.getWidth(), 2 * drawn.getHeight(), "four heads wide, two layers high");
        JsonArray layers = json.getAsJsonArray("graphAttention");
        assertEquals(2, layers.size());
        assertEquals("gat1", layers.get(0).getAsJsonObject().get("layer").getAsString());
        assertEquals(4, layers.get(0).getAsJsonObject().getAsJsonArray("summary").size());
        for (var layer : layers) {
            for (var element : layer.getAsJsonObject().getAsJsonArray("summary")) {
                JsonObject head = element.getAsJsonObject();
                // No weighting spreads wider than uniform weights; trained scores are not all alike.
                assertTrue(head.get("entropy").getAsDouble() <= head.get("uniformEntropy").getAsDouble() + 1e-6, head.toString());
                assertTrue(head.get("entropy").getAsDouble() < head.get("uniformEntropy").getAsDouble() - 1e-4, head.toString());
                double self = head.get("selfWeight").getAsDouble();
                assertTrue(self > 0 && self < 1, head.toString());
                assertTrue(head.get("sameClass").getAsDouble() > 0.5, "communities: " + head);
            }
        }
        // --edges: graph 3's edges, then its 40 self-loops, each with four heads' coefficients summing to 1 per node.
        assertEquals(0, cli.run("attention", run.toString(), "--samples", "3", "--edges", "--json"));
        JsonObject graph = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("edges").get(0).getAsJsonObject();
        assertEquals(3, graph.get("graph").getAsInt());
        assertEquals(40, graph.getAsJsonArray("labels").size());
        JsonObject first = graph.getAsJsonArray("layers").get(0).getAsJsonObject();
        JsonArray target = first.getAsJsonArray("target");
        JsonArray weights = first.getAsJsonArray("weights");
        assertEquals(4 * target.size(), weights.size());
        double[] perNode = new double[40];
        for (int e = 0; e < target.size(); e++) {
            perNode[target.get(e).getAsInt()] += weights.get(4 * e + 2).getAsDouble();
        }
        for (double sum : perNode) {
            assertEquals(1, sum, 1e-4, "head 2's weights into each node");
        }
        assertEquals(0, cli.run("attention", run.toString(), "--samples", "0"));
        assertTrue(cli.out().contains("graph attention of ") && cli.out().contains("1 graph, 40 nodes") && cli.out().contains("gat1     3"),
                cli.out());
        assertEquals(2, cli.run("attention", run.toString(), "--samples", "50"));
        assertTrue(cli.err().contains("graph 50 is outside the test split of synthetic:communities (graphs 0-49)"), cli.err());
        Path gcn = dir.resolve("gcn.dnet");
        assertEquals(0, cli.run("new", "gcn-node-classifier", "-o", gcn.toString()));
        Path gcnRun = dir.resolve("gcn");
        assertEquals(0, cli.run("train", gcn.toString(), "--epochs", "1", "--run-dir", gcnRun.toString()));
        assertEquals(2, cli.run("attention", gcnRun.toString()));
        assertTrue(cli.err().contains("no graph attention layer"), cli.err());
    }

    /** Attention whose scores read the bonds' types: the share each head gives each bond type beside the share of such bonds. */
    @Test
    void attentionOverTypedBondsIsSharedOutByType(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("bonds.dnet");
        assertEquals(0, cli.run("new", "mp-bond-classifier", "-o", dnet.toString()));
        // The template's message passing swapped for graph attention (four heads of 8, then an ELU), its edge features kept.
        String text = java.nio.file.Files.readString(dnet);
        for (String id : new String[] {"mp1", "mp2"}) {
            text = text.replaceFirst("<layers xsi:type=\"gnn:MessagePassing\" name=\"" + id + "\" id=\"" + id + "\"([^/]*)/>",
                    "<layers xsi:type=\"gnn:GraphAttention\" name=\"" + id + "\" id=\"" + id + "\" outFeatures=\"8\" heads=\"4\"/>");
        }
        java.nio.file.Files.writeString(dnet, text);
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "2", "--run-dir", run.toString()), cli.err());
        assertEquals(0, cli.run("attention", run.toString(), "--samples", "0,1,2,3", "--json"), cli.err());
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        var layers = json.getAsJsonArray("graphAttention");
        assertEquals(2, layers.size());
        for (var layer : layers) {
            for (var head : layer.getAsJsonObject().getAsJsonArray("summary")) {
                var shares = head.getAsJsonObject().getAsJsonArray("edgeKinds");
                var uniform = head.getAsJsonObject().getAsJsonArray("edgeKindsUniform");
                assertEquals(3, shares.size(), "single, double and triple bonds");
                double total = 0;
                double totalUniform = 0;
                for (int k = 0; k < 3; k++) {
                    total += shares.get(k).getAsDouble();
                    totalUniform += uniform.get(k).getAsDouble();
                }
                assertEquals(1, total, 1e-4);
                assertEquals(1, totalUniform, 1e-9);
            }
        }
        assertEquals(0, cli.run("attention", run.toString(), "--samples", "0"));
        assertTrue(cli.out().contains("attention by edge kind"), cli.out());
    }

    @Test
    void aModelWithoutAttentionOrSequencesIsRefusedPlainly(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("mlp.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--run-dir", run.toString()));
        assertEquals(2, cli.run("attention", run.toString()));
        assertTrue(cli.err().contains("attention reads sequence and graph data sets"), cli.err());
        Path tagger = dir.resolve("tagger.dnet");
        assertEquals(0, cli.run("new", "rnn-tagger", "-o", tagger.toString()));
        Path rnn = dir.resolve("rnn");
        assertEquals(0, cli.run("train", tagger.toString(), "--epochs", "1", "--run-dir", rnn.toString()));
        assertEquals(2, cli.run("attention", rnn.toString()));
        assertTrue(cli.err().contains("no attention layer"), cli.err());
    }
}
