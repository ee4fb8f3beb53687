package dev.dendrite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dendrite train --taps, then dendrite embed: a PCA embedding per tapped layer with its measures, and clear messages otherwise. */
class EmbedCommandTest {

    private final CliHarness cli = new CliHarness();

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
        assertEquals(Cli.BAD_INPUT, cli.run("embed", run.toString(), "--method", "umap"));
        assertEquals("dendrite embed: unknown embedding method 'umap': use pca or tsne", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("embed", dir.toString()));
        assertEquals("dendrite embed: " + dir + " has no recorded activations: train it with --taps all (or --taps LAYER,...)", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("embed", run.toString(), "--epoch", "99"));
        assertEquals("dendrite embed: no activations recorded at epoch 99 in " + run.resolve("activations"), cli.lastErrorLine());
    }
}
