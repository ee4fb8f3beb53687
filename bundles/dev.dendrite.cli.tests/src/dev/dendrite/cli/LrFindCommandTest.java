package dev.dendrite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LrFindCommandTest {

    private final CliHarness cli = new CliHarness();

    @Test
    void sweepsPrintsTheCurveAndSuggestsARateWithoutWritingAnything(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        byte[] before = Files.readAllBytes(dnet);
        Set<Path> scratchBefore = scratch();
        assertEquals(0, cli.run("lr-find", dnet.toString(), "--optimizer", "sgd", "--from", "1e-5", "--to", "1000", "--steps", "80"));
        String text = cli.out();
        assertTrue(text.contains("        rate         loss     smoothed"), text);
        java.util.regex.Matcher suggested = java.util.regex.Pattern.compile("suggested learning rate: (\\S+) \\(dendrite train "
                + java.util.regex.Pattern.quote(dnet.toString()) + " --optimizer sgd --batch \\d+ --lr (\\S+)\\)").matcher(text);
        assertTrue(suggested.find(), text);
        double rate = Double.parseDouble(suggested.group(1));
        assertTrue(rate > 1e-5 && rate < 1000, text);
        assertTrue(cli.err().startsWith("sweeping the learning rate of mlp-classifier on synthetic:two-moons (sgd, batch "), cli.err());
        assertTrue(!cli.err().contains("--resume") && !cli.err().contains("epoch 1/"), "the trainer's run lines stay out: " + cli.err());
        assertEquals(0, cli.run("lr-find", dnet.toString(), "--optimizer", "sgd", "--from", "1e-5", "--to", "1000", "--steps", "80", "--json"));
        String json = cli.out();
        assertTrue(json.startsWith("{\"network\":\"mlp-classifier\",\"dataset\":\"synthetic:two-moons\",\"optimizer\":\"sgd\",\"batch\":"), json);
        for (String key : new String[] {"\"from\":1.0E-5", "\"to\":1000.0", "\"steps\":80", "\"end\":", "\"lowestLossRate\":",
                "\"steepestRate\":", "\"points\":[{\"step\":1,\"learningRate\":1.0E-5,\"loss\":"}) {
            assertTrue(json.contains(key), key + " in " + json);
        }
        java.util.regex.Matcher inJson = java.util.regex.Pattern.compile("\"suggestedRate\":([0-9.Ee-]+)").matcher(json);
        assertTrue(inJson.find(), json);
        assertEquals(rate, Double.parseDouble(inJson.group(1)), rate * 0.005, "the same sweep suggests the same rate");
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(dnet)), "the network file is untouched");
        assertEquals(Set.of(dnet), Files.list(dir).collect(Collectors.toSet()), "no weights or run directory written beside it");
        assertEquals(scratchBefore, scratch(), "the sweep's scratch run directory is removed");
    }

    @Test
    void trainWithLrFindTrainsAtTheSuggestedRate(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        Set<Path> before = scratch();
        assertEquals(0, cli.run("train", dnet.toString(), "--optimizer", "sgd", "--lr", "find", "--epochs", "20", "--run-dir", run.toString(),
                "--json"));
        java.util.regex.Matcher found = java.util.regex.Pattern.compile("learning rate (\\S+), where the loss fell fastest in the range test")
                .matcher(cli.err());
        assertTrue(found.find(), cli.err());
        double rate = Double.parseDouble(found.group(1));
        String config = Files.readString(run.resolve("config.json")).replace(" ", "");
        assertTrue(config.contains("\"learningRate\":" + rate + ","), "the run trained at " + rate);
        assertTrue(config.contains("\"learningRateSource\":\"rangetest\""), "the run records where its rate came from: " + config);
        java.util.regex.Matcher accuracy = java.util.regex.Pattern.compile("\"testAccuracy\":([0-9.]+)").matcher(cli.out());
        assertTrue(accuracy.find() && Double.parseDouble(accuracy.group(1)) >= 0.95, cli.out());
        assertEquals(before, scratch(), "the range test's scratch run directory is removed");
        assertEquals(Cli.BAD_INPUT, cli.run("train", dnet.toString(), "--lr", "find", "--resume", "--run-dir", run.toString()));
        assertEquals("dendrite train: --lr find starts a new run in one process: find the rate with dendrite lr-find, then give it to --lr",
                cli.lastErrorLine());
    }

    @Test
    void badSweepsAreOneLine(@TempDir Path dir) {
        Path dnet = dir.resolve("moons.dnet");
        assertEquals(0, cli.run("new", "mlp-classifier", "-o", dnet.toString()));
        assertEquals(Cli.BAD_INPUT, cli.run("lr-find", dnet.toString(), "--from", "1", "--to", "0.1"));
        assertEquals("dendrite lr-find: the sweep needs 0 < from < to, got from 1.0 to 0.1", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("lr-find", dnet.toString(), "--steps", "3"));
        assertEquals("dendrite lr-find: the sweep needs at least 10 steps, got 3", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("lr-find", dnet.toString(), "--to", "many"));
        assertEquals("dendrite lr-find: --to needs a number, got 'many'", cli.lastErrorLine());
    }

    private static Set<Path> scratch() throws java.io.IOException {
        try (Stream<Path> all = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return all.filter(p -> p.getFileName().toString().startsWith("dendrite-lr-find-")).collect(Collectors.toSet());
        }
    }
}
