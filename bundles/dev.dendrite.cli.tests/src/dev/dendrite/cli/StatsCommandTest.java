package dev.dendrite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dendrite train --health-every, then dendrite stats: each layer's health first and last, the warnings, and clear messages otherwise. */
class StatsCommandTest {

    private final CliHarness cli = new CliHarness();

    @Test
    void reportsEachLayersHealthAndTheWarningsRaised(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        Path hot = dir.resolve("hot");
        // A learning rate of 2 blows the tanh layers into saturation at once.
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "2", "--lr", "2", "--health-every", "5", "--run-dir", hot.toString()));
        assertTrue(cli.err().contains("outputs are saturated"), cli.err());
        assertEquals(0, cli.run("stats", hot.toString(), "--json"));
        String json = cli.out();
        assertTrue(json.contains("\"firstStep\":5"), json);
        assertTrue(json.contains("{\"layer\":\"hidden1\",\"first\":{\"mean\":"), json);
        assertTrue(json.matches("(?s).*\"warnings\":\\[\\{\"type\":\"warning\",\"epoch\":1,\"step\":5,\"layer\":\"tanh\\d\",\"kind\":\"saturated\".*"),
                json);
        assertEquals(0, cli.run("stats", hot.toString()));
        assertTrue(cli.out().lines().anyMatch(l -> l.startsWith("hidden1") && l.contains("→")), cli.out());
        assertTrue(cli.out().contains("warning at step 5: "), cli.out());

        // A torn last line (a run killed mid-write) is skipped and counted.
        Files.writeString(hot.resolve("metrics.jsonl"), "{\"type\":\"health\",\"epoch\":2,\"step\":9", StandardOpenOption.APPEND);
        assertEquals(0, cli.run("stats", hot.toString(), "--json"));
        assertTrue(cli.out().contains("\"skipped\":1"), cli.out());

        Path plain = dir.resolve("plain");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--run-dir", plain.toString()));
        assertEquals(Cli.BAD_INPUT, cli.run("stats", plain.toString()));
        assertEquals("dendrite stats: " + plain + " has no health records: train it with --health-every N (for example 50)", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("stats", dir.toString()));
        assertEquals("dendrite stats: " + dir + " is not a run directory", cli.lastErrorLine());
    }
}
