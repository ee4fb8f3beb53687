package dev.dendrite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** dendrite landscape: a plane's values and picture, a path and its barrier between runs, and one-line refusals. */
class LandscapeCommandTest {

    private final CliHarness cli = new CliHarness();

    @Test
    void drawsThePlaneAroundARunAndThePathToAnother(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "3", "--seed", "1", "--run-dir", one.toString()));
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "3", "--seed", "2", "--run-dir", two.toString()));

        assertEquals(0, cli.run("landscape", one.toString(), "--steps", "7", "--span", "0.6", "--samples", "300", "--json"));
        JsonObject plane = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("plane", plane.get("mode").getAsString());
        assertEquals("train", plane.get("split").getAsString(), "the training loss by default");
        assertEquals(300, plane.get("samples").getAsInt());
        assertEquals(7, plane.getAsJsonArray("loss").size());
        assertEquals(plane.getAsJsonArray("loss").get(3).getAsJsonArray().get(3).getAsDouble(), plane.get("centreLoss").getAsDouble());
        Path csv = Path.of(plane.get("csv").getAsString());
        assertEquals(one.resolve("landscape").resolve("plane-seed1.csv"), csv);
        assertEquals(1 + 49, Files.readAllLines(csv).size(), "a header and a line per point");
        var image = javax.imageio.ImageIO.read(Path.of(plane.get("png").getAsString()).toFile());
        assertEquals(image.getWidth(), image.getHeight());

        assertEquals(0, cli.run("landscape", one.toString(), "--to", two.toString(), "--steps", "5", "--samples", "300"));
        assertTrue(cli.out().contains("  α  0.50  loss "), cli.out());
        assertTrue(cli.out().contains("barrier "), cli.out());
        assertTrue(Files.isRegularFile(one.resolve("landscape").resolve("path-to-two.csv")));
    }

    @Test
    void theCentreOfTheTestSplitIsTheRunsTestLossForEveryKindOfData(@TempDir Path dir) throws Exception {
        // Vectors, graphs, padded and masked sequences: the probe feeds each as the trainer's evaluation did.
        for (String template : new String[] {"mlp-classifier", "gcn-node-classifier", "rnn-classifier", "rnn-tagger"}) {
            Path dnet = dir.resolve(template + ".dnet");
            assertEquals(0, cli.run("new", template, "-o", dnet.toString()));
            Path run = dir.resolve(template);
            assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "2", "--run-dir", run.toString()));
            double testLoss = JsonParser.parseString(Files.readString(run.resolve("summary.json"))).getAsJsonObject().get("testLoss")
                    .getAsDouble();
            assertEquals(0, cli.run("landscape", run.toString(), "--split", "test", "--samples", "100000", "--steps", "3", "--json"), cli.err());
            double centre = JsonParser.parseString(cli.out()).getAsJsonObject().get("centreLoss").getAsDouble();
            assertEquals(testLoss, centre, 1e-4 * Math.max(1, testLoss), template);
        }
    }

    /** --trajectory: the kept weights' path on the plane of its two main directions, each point's loss, the picture and values kept. */
    @Test
    void drawsTheOptimisationPathOfARunThatKeptItsWeights(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "8", "--keep-weights-every", "2", "--run-dir", run.toString()), cli.err());
        assertEquals(0, cli.run("landscape", run.toString(), "--trajectory", "--steps", "9", "--samples", "300", "--json"), cli.err());
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("trajectory", json.get("mode").getAsString());
        var path = json.getAsJsonArray("path");
        assertEquals(5, path.size(), "before training, epochs 2, 4, 6 and 8");
        assertEquals(6, path.get(3).getAsJsonObject().get("epoch").getAsInt());
        JsonObject last = path.get(4).getAsJsonObject();
        assertEquals(0, last.get("x").getAsDouble(), 1e-9, "the end at the origin");
        assertEquals(0, last.get("y").getAsDouble(), 1e-9);
        assertTrue(path.get(0).getAsJsonObject().get("loss").getAsDouble() > last.get("loss").getAsDouble(), "training lowered the loss");
        double first = json.getAsJsonArray("explained").get(0).getAsDouble();
        double second = json.getAsJsonArray("explained").get(1).getAsDouble();
        assertTrue(first >= second && second > 0 && first + second <= 1 + 1e-9, first + ", " + second);
        assertEquals(9, json.getAsJsonArray("loss").size());
        assertEquals(1 + 81, Files.readAllLines(run.resolve("landscape").resolve("trajectory.csv")).size());
        assertEquals(1 + 5, Files.readAllLines(run.resolve("landscape").resolve("trajectory-path.csv")).size());
        assertTrue(Files.isRegularFile(Path.of(json.get("png").getAsString())));

        assertEquals(0, cli.run("landscape", run.toString(), "--trajectory", "--steps", "5", "--samples", "100"), cli.err());
        assertTrue(cli.out().startsWith("the optimisation path of " + run + " over its loss, the first 100 samples of the train split: 5 kept "
                + "points, the plane's directions "), cli.out());
        assertEquals(Cli.BAD_INPUT, cli.run("landscape", run.toString(), "--trajectory", "--to", run.toString()));
        assertEquals("dendrite landscape: --trajectory draws one run's path; --to joins two runs: choose one", cli.lastErrorLine());
        Path plain = dir.resolve("plain");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--run-dir", plain.toString()));
        assertEquals(Cli.BAD_INPUT, cli.run("landscape", plain.toString(), "--trajectory"));
        assertEquals("dendrite landscape: " + plain + " kept no weights along its training: train it with --keep-weights-every 1 (or every E "
                + "epochs)", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--keep-weights-every", "0", "--run-dir", dir.resolve("x").toString()));
        assertEquals("dendrite train: --keep-weights-every needs a number of epochs ≥ 1, got 0", cli.lastErrorLine());
    }

    @Test
    void refusesWhatItCannotReadInOneLine(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--run-dir", run.toString()));
        assertEquals(Cli.BAD_INPUT, cli.run("landscape", run.toString(), "--steps", "6"));
        assertEquals("dendrite landscape: a plane takes an odd number of steps ≥ 3 and a span > 0, not 6 and 1.0", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("landscape", run.toString(), "--to", dir.toString()));
        assertEquals("dendrite landscape: --to " + dir + " is not a run directory", cli.lastErrorLine());
        Path other = dir.resolve("spirals.dnet");
        assertEquals(0, cli.run("new", "mlp-regressor", "-o", other.toString()));
        Path regressor = dir.resolve("regressor");
        assertEquals(0, cli.run("train", other.toString(), "--epochs", "1", "--run-dir", regressor.toString()));
        assertEquals(Cli.BAD_INPUT, cli.run("landscape", run.toString(), "--to", regressor.toString()));
        assertTrue(cli.lastErrorLine().endsWith(": interpolate between runs of the same network"), cli.lastErrorLine());
        Files.delete(dnet);
        assertEquals(Cli.BAD_INPUT, cli.run("landscape", run.toString()));
        assertTrue(cli.lastErrorLine().endsWith("(the run's network; --network names another)"), cli.lastErrorLine());
    }
}
