package dev.dendrite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dendrite train --taps, then dendrite embed: embeddings of the inputs and each tapped layer with its measures, and clear messages otherwise. */
class EmbedCommandTest {

    private final CliHarness cli = new CliHarness();

    /**
     * A graph network's layers are embedded per node (a node classifier's, and a graph classifier's before pooling, coloured by
     * their graph's class) or per graph after pooling; message passing makes the communities of a GCN's nodes separable where
     * their own features are not.
     */
    @Test
    void embedsGraphNetworksPerNodeAndPerGraph(@TempDir Path dir) throws Exception {
        Path gcn = dir.resolve("gcn.dnet");
        assertEquals(0, cli.run("new", "gcn-node-classifier", "-o", gcn.toString()));
        Path run = dir.resolve("gcn-run");
        assertEquals(0, cli.run("train", gcn.toString(), "--epochs", "10", "--taps", "all", "--probe", "10", "--run-dir", run.toString()),
                cli.err());
        assertEquals(0, cli.run("embed", run.toString(), "--json"), cli.err());
        java.util.Map<String, com.google.gson.JsonObject> layers = byLayer(cli.out());
        assertEquals(400, layers.get("inputs").get("samples").getAsInt(), "ten graphs of 40 nodes");
        assertEquals(8, layers.get("inputs").get("units").getAsInt());
        assertEquals(400, layers.get("gcn2").get("samples").getAsInt());
        double raw = layers.get("inputs").get("knnAccuracyLayer").getAsDouble();
        double passed = layers.get("gcn2").get("knnAccuracyLayer").getAsDouble();
        assertTrue(passed > raw + 0.15, "two rounds of messages separate the communities: " + raw + " -> " + passed);

        Path cycles = dir.resolve("cycles.dnet");
        assertEquals(0, cli.run("new", "mp-graph-classifier", "-o", cycles.toString()));
        Path graphsRun = dir.resolve("cycles-run");
        assertEquals(0, cli.run("train", cycles.toString(), "--epochs", "1", "--taps", "all", "--probe", "40", "--run-dir",
                graphsRun.toString()), cli.err());
        assertEquals(0, cli.run("embed", graphsRun.toString(), "--json"), cli.err());
        layers = byLayer(cli.out());
        assertEquals(40, layers.get("readout").get("samples").getAsInt(), "a row per graph after pooling");
        assertTrue(layers.get("readout").get("knnAccuracyLayer").isJsonPrimitive(), "scored by the graphs' classes");
        assertTrue(layers.get("mp1").get("samples").getAsInt() > 40 * 7, "a row per node before pooling");
        assertTrue(layers.get("mp1").get("knnAccuracyLayer").isJsonPrimitive(), "scored by each node's graph's class");
        // After top-k pooling the rows are the nodes it kept, each labelled by its graph's class too.
        int kept = layers.get("topk").get("samples").getAsInt();
        assertTrue(kept < layers.get("mp1").get("samples").getAsInt() && kept > 40, "fewer rows than nodes: " + kept);
        assertTrue(layers.get("topk").get("knnAccuracyLayer").isJsonPrimitive(), "kept nodes scored by their graph's class");
        assertTrue(layers.get("mp2").get("knnAccuracyLayer").isJsonPrimitive());
    }

    private static java.util.Map<String, com.google.gson.JsonObject> byLayer(String json) {
        java.util.Map<String, com.google.gson.JsonObject> layers = new java.util.HashMap<>();
        for (var layer : com.google.gson.JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("layers")) {
            layers.put(layer.getAsJsonObject().get("layer").getAsString(), layer.getAsJsonObject());
        }
        return layers;
    }

    @Test
    void embedsTappedLayersAndReportsTheirMeasures(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "20", "--lr", "0.02", "--taps", "all", "--probe", "200", "--run-dir",
                run.toString()));
        assertEquals(0, cli.run("embed", run.toString(), "--json"));
        String json = cli.out();
        assertTrue(json.contains("\"epoch\":20"), json);
        for (String key : new String[] {"\"trustworthiness\":", "\"knnAccuracyEmbedding\":", "\"knnAccuracyLayer\":", "\"intrinsicDimension\":",
            "\"explained\":"}) {
            assertTrue(json.contains(key), key + " in " + json);
        }
        assertEquals(0, cli.run("embed", run.toString(), "--epoch", "0", "--layer", "hidden2"));
        assertTrue(cli.out().startsWith("layer"), cli.out());
        assertTrue(Files.readAllLines(run.resolve("embeddings").resolve("epoch-0-hidden2-pca.csv")).size() == 201, "a row per probe sample");
        assertEquals(0, cli.run("embed", run.toString(), "--layer", "hidden2", "--method", "tsne", "--perplexity", "20", "--json"));
        assertTrue(cli.out().contains("\"method\":\"tsne\""), cli.out());
        assertTrue(Files.exists(run.resolve("embeddings").resolve("epoch-20-hidden2-tsne.csv")));
        for (String method : new String[] {"umap", "isomap"}) {
            assertEquals(0, cli.run("embed", run.toString(), "--layer", "hidden2", "--method", method, "--neighbours", "12", "--json"));
            assertTrue(cli.out().contains("\"method\":\"" + method + "\""), cli.out());
            assertEquals(201, Files.readAllLines(run.resolve("embeddings").resolve("epoch-20-hidden2-" + method + ".csv")).size());
        }
        // The raw probe inputs are embedded too: two moons are two-dimensional already.
        assertEquals(0, cli.run("embed", run.toString(), "--layer", "inputs", "--json"));
        assertTrue(cli.out().contains("\"layer\":\"inputs\",\"samples\":200,\"units\":2"), cli.out());
        assertEquals(Cli.BAD_INPUT, cli.run("embed", run.toString(), "--method", "lle"));
        assertEquals("dendrite embed: unknown embedding method 'lle': use pca, isomap, tsne or umap", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("embed", run.toString(), "--method", "umap", "--neighbours", "500"));
        assertEquals("dendrite embed: UMAP's neighbours must be at least 2 and under the number of points (200), is 500", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("embed", dir.resolve("nowhere").toString()));
        assertEquals("dendrite embed: " + dir.resolve("nowhere") + " is not a run directory", cli.lastErrorLine());
        Path untapped = Files.createDirectories(dir.resolve("untapped"));
        Files.copy(run.resolve("config.json"), untapped.resolve("config.json"));
        assertEquals(Cli.BAD_INPUT, cli.run("embed", untapped.toString()));
        assertEquals("dendrite embed: " + untapped + " has no recorded activations: train it with --taps all (or --taps LAYER,...)",
                cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("embed", run.toString(), "--epoch", "99"));
        assertEquals("dendrite embed: no activations recorded at epoch 99 in " + run.resolve("activations"), cli.lastErrorLine());
    }

    @Test
    void benchmarkTimesEveryMethodAndJudgesIt() throws Exception {
        assertEquals(0, cli.run("embed", "--benchmark", "--points", "600", "--dims", "32", "--json"));
        String json = cli.out();
        for (String method : new String[] {"pca", "isomap", "tsne", "umap"}) {
            assertTrue(json.contains("\"method\":\"" + method + "\",\"seconds\":"), method + " in " + json);
        }
        // Well separated clusters: every method keeps them apart.
        java.util.regex.Matcher knn = java.util.regex.Pattern.compile("\"knnAccuracy\":([0-9.]+)").matcher(json);
        int methods = 0;
        while (knn.find()) {
            assertTrue(Double.parseDouble(knn.group(1)) > 0.95, json);
            methods++;
        }
        assertEquals(4, methods);
    }
}
