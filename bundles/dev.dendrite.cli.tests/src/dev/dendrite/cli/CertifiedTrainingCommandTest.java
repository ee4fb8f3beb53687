package dev.dendrite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** train --certified: a network trained against interval bounds is one they certify, where its plainly trained twin has none. */
class CertifiedTrainingCommandTest {

    private final CliHarness cli = new CliHarness();

    @Test
    void boundTrainingBuysCertifiedAccuracy(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("mlp.dnet");
        assertEquals(0, cli.run("new", "lenet-300-100", "-o", dnet.toString()));
        Path plain = dir.resolve("plain");
        Path bound = dir.resolve("bound");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "3", "--seed", "3", "--run-dir", plain.toString()), cli.err());
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "3", "--seed", "3", "--certified", "0.1", "--run-dir", bound.toString()),
                cli.err());
        String log = Files.readString(bound.resolve("log.txt"));
        assertTrue(log.startsWith("certified training at radius 0.1: the step also learns from the worst logits interval bounds allow over "
                + "the ball, ε and the bounds' share (to 0.5) rising over 1 epochs after 1 clean;"), log);
        JsonObject config = JsonParser.parseString(Files.readString(bound.resolve("config.json"))).getAsJsonObject();
        assertEquals(0.1, config.get("certified").getAsDouble());
        assertEquals(1, config.get("certifiedWarmup").getAsInt());
        assertEquals(1, config.get("certifiedRamp").getAsInt());
        assertEquals(0.5, config.get("certifiedWeight").getAsDouble());
        assertEquals(0, cli.run("runs", dir.toString()), cli.err());
        assertTrue(cli.out().lines().anyMatch(l -> l.startsWith("bound ") && l.endsWith(" seed 3 certified 0.1")
                && l.matches(".*test accuracy \\d+\\.\\d\\d% \\(certified \\d+\\.\\d\\d%\\).*")), cli.out());
        // Validation and the test report what interval bounds certify at the trained radius: what robustness --certify finds.
        JsonObject summary = JsonParser.parseString(Files.readString(bound.resolve("summary.json"))).getAsJsonObject();
        double tested = summary.get("testCertifiedAccuracy").getAsDouble();
        assertEquals(0, cli.run("robustness", bound.toString(), "--samples", "all", "--epsilons", "0.1", "--certify", "--json"), cli.err());
        var level = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("levels").get(0).getAsJsonObject();
        assertEquals(level.get("certifiedAccuracy").getAsDouble(), tested, 0.002, "the run's test certificates against robustness's");
        assertTrue(tested > 0.3, "certified at the trained radius: " + tested);
        assertTrue(Files.readAllLines(bound.resolve("metrics.jsonl")).stream().filter(l -> l.contains("\"type\":\"epoch\""))
                .allMatch(l -> l.contains("\"validationCertifiedAccuracy\"")), "every epoch records its validation certificates");
        assertTrue(!summary(plain).has("testCertifiedAccuracy"), "a plain run has none");
        double plainCertified = certified(plain);
        double boundCertified = certified(bound);
        assertTrue(plainCertified < 0.1, "interval bounds certify " + plainCertified + " of the plainly trained network at 0.05");
        assertTrue(boundCertified > plainCertified + 0.4, "interval bounds certify " + boundCertified + " of the bound-trained network at 0.05 "
                + "against " + plainCertified);

        // Resumed for another epoch, the run keeps its radius and schedule.
        assertEquals(0, cli.run("train", dnet.toString(), "--resume", "--epochs", "4", "--run-dir", bound.toString()), cli.err());
        config = JsonParser.parseString(Files.readString(bound.resolve("config.json"))).getAsJsonObject();
        assertEquals(0.1, config.get("certified").getAsDouble(), "the resumed run keeps its radius");
        assertEquals(1, config.get("certifiedRamp").getAsInt(), "and its ramp");

        // CROWN-IBP's linear bounds mixed in: said, recorded and kept.
        Path crown = dir.resolve("crown");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--seed", "3", "--certified", "0.1", "--certified-bounds",
                "crown-ibp", "--run-dir", crown.toString()), cli.err());
        assertTrue(Files.readString(crown.resolve("log.txt")).contains("interval bounds allow over the ball (mixed with CROWN-IBP's linear "
                + "bounds, their share falling from 1 to 0 over the ramp)"), Files.readString(crown.resolve("log.txt")));
        assertEquals("crown-ibp", JsonParser.parseString(Files.readString(crown.resolve("config.json"))).getAsJsonObject()
                .get("certifiedBounds").getAsString());
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--certified", "0.1", "--certified-bounds", "crown", "--run-dir",
                dir.resolve("x").toString()));
        assertEquals("dendrite train: --certified-bounds must be interval or crown-ibp, not 'crown'", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--certified-ramp", "3", "--run-dir", dir.resolve("x").toString()));
        assertEquals("dendrite train: --certified-ramp shapes what --certified trains against: give the radius (e.g. --certified 0.1)",
                cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--certified", "0.1", "--adversarial", "0.1", "--run-dir",
                dir.resolve("x").toString()));
        assertEquals("dendrite train: --certified trains against the bounds of plain cross-entropy over clean inputs: leave out --adversarial",
                cli.lastErrorLine());
        Path batchNorm = dir.resolve("bn.dnet");
        assertEquals(0, cli.run("new", "batchnorm-mlp", "-o", batchNorm.toString()));
        assertEquals(Cli.BAD_INPUT, cli.run("train", batchNorm.toString(), "--certified", "0.1", "--run-dir", dir.resolve("y").toString()));
        assertTrue(cli.lastErrorLine().startsWith("dendrite train: --certified bounds the network as it computes in training, and batchnorm1 "
                + "(BatchNorm) computes from the batch there"), cli.lastErrorLine());
        Path rnn = dir.resolve("rnn.dnet");
        assertEquals(0, cli.run("new", "rnn-classifier", "-o", rnn.toString()));
        assertEquals(Cli.BAD_INPUT, cli.run("train", rnn.toString(), "--certified", "0.1", "--run-dir", dir.resolve("z").toString()));
        assertEquals("dendrite train: --certified bounds classifiers of pictures and vectors, not sequences", cli.lastErrorLine());
    }

    private static JsonObject summary(Path run) throws Exception {
        return JsonParser.parseString(Files.readString(run.resolve("summary.json"))).getAsJsonObject();
    }

    private double certified(Path run) throws Exception {
        assertEquals(0, cli.run("robustness", run.toString(), "--samples", "300", "--epsilons", "0.05", "--certify", "--json"), cli.err());
        return JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("levels").get(0).getAsJsonObject().get("certifiedAccuracy")
                .getAsDouble();
    }
}
