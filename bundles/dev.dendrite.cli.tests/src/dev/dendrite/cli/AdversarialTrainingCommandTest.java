package dev.dendrite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** train --adversarial: a network trained on moved batches withstands the attack that fools its plainly trained twin. */
class AdversarialTrainingCommandTest {

    private final CliHarness cli = new CliHarness();

    @Test
    void adversarialTrainingBuysAccuracyUnderAttack(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("mlp.dnet");
        assertEquals(0, cli.run("new", "lenet-300-100", "-o", dnet.toString()));
        Path plain = dir.resolve("plain");
        Path robust = dir.resolve("robust");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "2", "--seed", "3", "--run-dir", plain.toString()), cli.err());
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "2", "--seed", "3", "--adversarial", "0.1", "--run-dir", robust.toString()),
                cli.err());
        String log = Files.readString(robust.resolve("log.txt"));
        assertTrue(log.startsWith("adversarial training at radius 0.1: each batch is moved from a random start by one signed gradient step "
                + "of 0.125"), log);
        JsonObject config = JsonParser.parseString(Files.readString(robust.resolve("config.json"))).getAsJsonObject();
        assertEquals(0.1, config.get("adversarial").getAsDouble());
        assertEquals("", config.get("adversarialRange").getAsString());
        assertEquals(0, cli.run("runs", dir.toString()), cli.err());
        assertTrue(cli.out().lines().anyMatch(l -> l.startsWith("robust ") && l.endsWith(" seed 3 adversarial 0.1")), cli.out());
        assertTrue(cli.out().lines().anyMatch(l -> l.startsWith("plain ") && l.endsWith(" seed 3")), cli.out());
        double plainAttacked = attacked(plain);
        double robustAttacked = attacked(robust);
        assertTrue(robustAttacked > plainAttacked + 0.3, "PGD at 0.1 leaves " + robustAttacked + " of the adversarially trained network's "
                + "accuracy against " + plainAttacked);
        // Clean accuracy stays of the same order (the price is a few points at most).
        assertEquals(0, cli.run("evaluate", robust.toString(), "--json"), cli.err());
        assertTrue(JsonParser.parseString(cli.out()).getAsJsonObject().get("accuracy").getAsDouble() > 0.8, cli.out());

        // PGD training: three steps of 2.5·ε/3 each.
        Path pgd = dir.resolve("pgd");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--seed", "3", "--adversarial", "0.1", "--adversarial-steps", "3",
                "--run-dir", pgd.toString()), cli.err());
        assertTrue(Files.readString(pgd.resolve("log.txt")).startsWith("adversarial training at radius 0.1: each batch is moved from a random "
                + "start by 3 signed gradient steps (PGD) of 0.0833 "), Files.readString(pgd.resolve("log.txt")));
        assertEquals(3, JsonParser.parseString(Files.readString(pgd.resolve("config.json"))).getAsJsonObject().get("adversarialSteps").getAsInt());
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--adversarial-steps", "3", "--run-dir", dir.resolve("x").toString()));
        assertEquals("dendrite train: --adversarial-steps shapes what --adversarial moves: give the radius (e.g. --adversarial 0.1)",
                cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--adversarial", "0.1", "--mixup", "0.2", "--run-dir",
                dir.resolve("x").toString()));
        assertEquals("dendrite train: --adversarial and --mixup each change the training inputs: give one", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--adversarial-range", "0,1", "--run-dir", dir.resolve("x").toString()));
        assertEquals("dendrite train: --adversarial-range bounds what --adversarial moves: give the radius (e.g. --adversarial 0.1)",
                cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--adversarial", "0.1", "--adversarial-range", "1,0", "--run-dir",
                dir.resolve("x").toString()));
        assertTrue(cli.lastErrorLine().startsWith("dendrite train: --adversarial-range takes the valid inputs' LO,HI"), cli.lastErrorLine());
        Path rnn = dir.resolve("rnn.dnet");
        assertEquals(0, cli.run("new", "rnn-classifier", "-o", rnn.toString()));
        assertEquals(Cli.BAD_INPUT, cli.run("train", rnn.toString(), "--adversarial", "0.1", "--run-dir", dir.resolve("y").toString()));
        assertEquals("dendrite train: --adversarial moves pictures and vectors, not sequences", cli.lastErrorLine());
    }

    private double attacked(Path run) throws Exception {
        assertEquals(0, cli.run("robustness", run.toString(), "--samples", "300", "--epsilons", "0.1", "--json"), cli.err());
        return JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("levels").get(0).getAsJsonObject().get("accuracy").getAsDouble();
    }
}
