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

/** dendrite stability: percentages of the parent's steps, the rows and the verdict, a lottery run's masks, one-line refusals. */
class StabilityCommandTest {

    private final CliHarness cli = new CliHarness();

    @Test
    void branchesAtShareOfTrainingAndReportsEachStepsBarrier(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        Path out = dir.resolve("stability");
        // The template's 1,000 moons, 10% held out, batches of 32: 29 steps an epoch, 58 in two; 50% is step 29.
        assertEquals(0, cli.run("stability", dnet.toString(), "--epochs", "2", "--at", "0,50%", "--samples", "200", "--out", out.toString(),
                "--json"), cli.err());
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        JsonArray rows = json.getAsJsonArray("rows");
        assertEquals(2, rows.size());
        assertEquals(0, rows.get(0).getAsJsonObject().get("step").getAsLong());
        assertEquals(29, rows.get(1).getAsJsonObject().get("step").getAsLong());
        JsonObject row = rows.get(1).getAsJsonObject();
        assertEquals(2, row.getAsJsonArray("testAccuracy").size());
        assertTrue(row.get("errorBarrier").getAsDouble() >= 0, row.toString());
        assertEquals(out.resolve("step-29").resolve("copy-1").toString(), row.getAsJsonArray("runs").get(0).getAsString());
        long stableFrom = json.get("stableFromStep").getAsLong();
        boolean lastStable = row.get("errorBarrier").getAsDouble() < 0.02;
        assertEquals(lastStable, stableFrom >= 0, "a verdict that follows the last row: " + json);
        assertTrue(Files.isRegularFile(out.resolve("stability.csv")));
        assertTrue(Files.isRegularFile(out.resolve("parent").resolve("branches").resolve("step-29.weights.onnx")));
        String network = JsonParser.parseString(Files.readString(out.resolve("step-29").resolve("copy-2").resolve("config.json")))
                .getAsJsonObject().get("networkFile").getAsString();
        assertEquals(dnet.toAbsolutePath().toString(), network, "landscape and the Runs view find the network");

        assertEquals(0, cli.run("stability", dnet.toString(), "--epochs", "2", "--at", "0,50%", "--samples", "200", "--out", out.toString()));
        assertTrue(cli.out().contains("step    copy 1    copy 2   loss barrier   error barrier"), cli.out());
        assertTrue(cli.err().lines().filter(l -> l.startsWith("already trained")).count() == 5, "read back: " + cli.err());
    }

    @Test
    void aLotteryRunsMasksTrainTheCopiesAsItsSubnetwork(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        Path lth = dir.resolve("lth");
        assertEquals(0, cli.run("lth", dnet.toString(), "--rounds", "1", "--epochs", "1", "--optimizer", "sgd", "--lr", "0.05", "--momentum", "0.5",
                "--out", lth.toString()), cli.err());
        Path ticket = lth.resolve("seed-42").resolve("imp").resolve("round-1");
        Path out = dir.resolve("ticket");
        assertEquals(0, cli.run("stability", dnet.toString(), "--epochs", "1", "--at", "3", "--masks", ticket.toString(), "--samples", "100",
                "--optimizer", "sgd", "--lr", "0.05", "--momentum", "0.5", "--out", out.toString(), "--json"), cli.err());
        for (Path run : new Path[] {lth.resolve("seed-42").resolve("dense"), out.resolve("parent"), out.resolve("step-3").resolve("copy-2")}) {
            assertEquals(0.5, JsonParser.parseString(Files.readString(run.resolve("config.json"))).getAsJsonObject().get("momentum").getAsDouble(),
                    "--momentum reaches " + run);
        }
        assertEquals(Files.readAllBytes(ticket.resolve("masks.onnx")).length,
                Files.readAllBytes(out.resolve("step-3").resolve("copy-1").resolve("masks.onnx")).length);
    }

    @Test
    void regressorsAndRecurrentNetworksAreAnalysedToo(@TempDir Path dir) throws Exception {
        Path regressor = dir.resolve("sine.dnet");
        assertEquals(0, cli.run("new", "mlp-regressor", "-o", regressor.toString()));
        assertEquals(0, cli.run("stability", regressor.toString(), "--epochs", "1", "--at", "0", "--samples", "100", "--out",
                dir.resolve("sine").toString(), "--json"), cli.err());
        JsonObject row = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("rows").get(0).getAsJsonObject();
        assertTrue(row.get("errorBarrier").isJsonNull(), "no error for a regressor: " + row);
        assertTrue(row.getAsJsonArray("testAccuracy").get(0).isJsonNull(), row.toString());
        assertTrue(row.get("barrier").getAsDouble() >= 0, row.toString());
        assertEquals(0, cli.run("stability", regressor.toString(), "--epochs", "1", "--at", "0", "--samples", "100", "--out",
                dir.resolve("sine").toString()));
        assertTrue(cli.out().contains("no classifier: read the loss barriers"), cli.out());
        assertTrue(!cli.out().contains("NaN"), cli.out());

        Path parity = dir.resolve("parity.dnet");
        assertEquals(0, cli.run("new", "rnn-classifier", "-o", parity.toString()));
        assertEquals(0, cli.run("stability", parity.toString(), "--epochs", "1", "--at", "0", "--samples", "100", "--out",
                dir.resolve("parity").toString(), "--json"), cli.err());
        assertEquals(1, JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("rows").size());
        // A lottery ladder of the recurrent network, on its sequence task, too.
        assertEquals(0, cli.run("lth", parity.toString(), "--rounds", "1", "--epochs", "1", "--out", dir.resolve("parity-lth").toString()),
                cli.err());
        assertTrue(Files.isRegularFile(dir.resolve("parity-lth").resolve("ladder.csv")));
    }

    @Test
    void refusesBadStepsAndMasksInOneLine(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        assertEquals(Cli.BAD_INPUT, cli.run("stability", dnet.toString(), "--at", "0,ten"));
        assertEquals("dendrite stability: --at takes whole steps or percentages separated by commas, not 'ten'", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("stability", dnet.toString(), "--at", "150%"));
        assertEquals("dendrite stability: --at takes percentages from 0% to 100%, not 150%", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("stability", dnet.toString(), "--epochs", "1", "--at", "500", "--out", dir.resolve("o").toString()));
        assertEquals("dendrite stability: step 500 is beyond the parent's 29 steps (1 epoch of 29): branch at steps up to 29", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("stability", dnet.toString(), "--masks", dir.toString()));
        assertEquals("dendrite stability: " + dir + " has no masks.onnx: give a lottery run's directory or a masks file", cli.lastErrorLine());
        Path junk = dir.resolve("junk.onnx");
        Files.writeString(junk, "not a model");
        assertEquals(Cli.BAD_INPUT, cli.run("stability", dnet.toString(), "--masks", junk.toString()));
        assertTrue(cli.lastErrorLine().startsWith("dendrite stability: " + junk + " cannot be read as masks: "), cli.lastErrorLine());
    }
}
