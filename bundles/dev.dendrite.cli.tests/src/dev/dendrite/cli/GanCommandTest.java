package dev.dendrite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/**
 * A GAN from the command line: the gan template trains with Adam's betas given by --betas (recorded, and kept by --resume),
 * draws its samples, and the commands that read data with a model name the generator for what it is.
 */
class GanCommandTest {

    private final CliHarness cli = new CliHarness();

    @Test
    void aGanTrainsWithItsBetasResumesWithThemAndIsNoModelOfTheData(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("gan.dnet");
        assertEquals(0, cli.run("new", "gan", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--betas", "0.5,0.99", "--discriminator-lr", "0.0004", "--run-dir",
                run.toString(), "--json"), cli.err());
        var config = JsonParser.parseString(Files.readString(run.resolve("config.json"))).getAsJsonObject();
        assertEquals("0.5,0.99", config.get("betas").getAsString());
        assertEquals(4e-4, config.get("discriminatorLearningRate").getAsDouble(), 1e-12);
        assertTrue(Files.size(run.resolve("samples.png")) > 1000);
        var summary = JsonParser.parseString(Files.readString(run.resolve("summary.json"))).getAsJsonObject();
        assertTrue(summary.get("testGeneratorLoss").getAsDouble() > 0, summary.toString());
        assertEquals(0, cli.run("train", dnet.toString(), "--resume", "--epochs", "2", "--run-dir", run.toString(), "--json"), cli.err());
        config = JsonParser.parseString(Files.readString(run.resolve("config.json"))).getAsJsonObject();
        assertEquals("0.5,0.99", config.get("betas").getAsString(), "the resumed run keeps its betas");
        assertEquals(4e-4, config.get("discriminatorLearningRate").getAsDouble(), 1e-12, "and its discriminator's rate");
        assertEquals(2, summary(run).get("epochs").getAsInt());

        assertEquals(0, cli.run("generate", run.toString(), "--count", "16", "--lines", "2", "--steps", "5", "--json"), cli.err());
        var generated = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals(64, generated.getAsJsonObject("noise").get("dims").getAsInt());
        assertTrue(generated.get("diversity").getAsDouble() > 0 && generated.get("dataDiversity").getAsDouble() > 0, generated.toString());
        var samples = javax.imageio.ImageIO.read(Path.of(generated.getAsJsonObject("files").get("samples").getAsString()).toFile());
        assertEquals(1 + 8 * (2 * 28 + 1), samples.getWidth(), "rows of eight digits");
        assertEquals(1 + 2 * (2 * 28 + 1), samples.getHeight(), "16 samples: two rows");
        var lines = javax.imageio.ImageIO.read(Path.of(generated.getAsJsonObject("files").get("interpolation").getAsString()).toFile());
        assertEquals(1 + 5 * (2 * 28 + 1), lines.getWidth(), "a column per step");
        assertEquals(2, cli.run("evaluate", run.toString()));
        assertTrue(cli.err().contains("is a GAN's generator: it reads noise") && cli.err().contains("dendrite generate"), cli.err());
        Path picture = dir.resolve("digit.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(28, 28, java.awt.image.BufferedImage.TYPE_BYTE_GRAY), "png", picture.toFile());
        assertEquals(2, cli.run("predict", run.toString(), picture.toString()));
        assertTrue(cli.err().contains("is a GAN's generator: it reads noise, not pictures or rows"), cli.err());
        assertEquals(2, cli.run("stability", dnet.toString(), "--epochs", "1", "--out", dir.resolve("stability").toString()));
        assertTrue(cli.err().contains("is a GAN, two networks each descending its own objective"), cli.err());
        assertTrue(Files.notExists(dir.resolve("stability")), "refused before any copy trains");
        assertEquals(2, cli.run("train", dnet.toString(), "--epochs", "1", "--betas", "0.5", "--run-dir", dir.resolve("bad").toString()));
        assertTrue(cli.err().contains("--betas takes Adam's two decays"), cli.err());
        assertEquals(2, cli.run("train", dnet.toString(), "--epochs", "1", "--betas", "0.5,1", "--run-dir", dir.resolve("bad").toString()));
        assertTrue(cli.err().contains("betas must be in [0, 1)"), cli.err());
    }

    /**
     * WGAN-GP from the command line: the wgan-gp template trains with its penalty and its critic steps per generator step (the
     * network's, or --discriminator-steps), recorded and kept by --resume; other networks and a count below 1 are refused by name.
     */
    @Test
    void aWassersteinGanTrainsWithItsCriticStepsAndResumesWithThem(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("wgan-gp.dnet");
        assertEquals(0, cli.run("new", "wgan-gp", "-o", dnet.toString()));
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--discriminator-steps", "3", "--run-dir", run.toString(), "--json"),
                cli.err());
        var config = JsonParser.parseString(Files.readString(run.resolve("config.json"))).getAsJsonObject();
        assertEquals(3, config.get("discriminatorSteps").getAsInt());
        var summary = summary(run);
        assertTrue(Double.isFinite(summary.get("testLoss").getAsDouble()) && summary.has("testGeneratorLoss"), summary.toString());
        assertEquals(0, cli.run("train", dnet.toString(), "--resume", "--epochs", "2", "--run-dir", run.toString(), "--json"), cli.err());
        config = JsonParser.parseString(Files.readString(run.resolve("config.json"))).getAsJsonObject();
        assertEquals(3, config.get("discriminatorSteps").getAsInt(), "the resumed run keeps its critic steps");
        Path own = dir.resolve("own");
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "1", "--run-dir", own.toString(), "--json"), cli.err());
        assertEquals(dev.dendrite.model.templates.TemplateLibrary.find("wgan-gp").orElseThrow().create().getTraining().getDiscriminatorSteps(),
                JsonParser.parseString(Files.readString(own.resolve("config.json"))).getAsJsonObject().get("discriminatorSteps").getAsInt(),
                "the network's own");
        assertEquals(2, cli.run("train", dnet.toString(), "--epochs", "1", "--discriminator-steps", "0", "--run-dir", dir.resolve("zero").toString()));
        assertTrue(cli.err().contains("--discriminator-steps must be a whole number, 1 or more"), cli.err());
        Path lenet = dir.resolve("lenet.dnet");
        assertEquals(0, cli.run("new", "lenet-5", "-o", lenet.toString()));
        assertEquals(2, cli.run("train", lenet.toString(), "--epochs", "1", "--discriminator-steps", "5", "--run-dir", dir.resolve("no-gan")
                .toString()));
        assertTrue(cli.err().contains("--discriminator-steps sets a GAN's discriminator steps per generator step, and lenet-5 has no GAN loss"),
                cli.err());
    }

    /**
     * A conditional GAN draws the class asked for (a column per class, or one class), and a classifier of the data judges a
     * generator's samples: the Fréchet distance beside the data's own, the classifier score, the classes covered and, for the
     * conditional one, how often the class asked for is the one judged. A generator cannot judge, and an unconditional one
     * cannot be asked for a class.
     */
    @Test
    void aConditionalGanDrawsTheClassAskedForAndAClassifierJudgesTheSamples(@TempDir Path dir) throws Exception {
        Path lenet = dir.resolve("lenet.dnet");
        assertEquals(0, cli.run("new", "lenet-5", "-o", lenet.toString()));
        Path judge = dir.resolve("judge");
        assertEquals(0, cli.run("train", lenet.toString(), "--epochs", "2", "--run-dir", judge.toString()), cli.err());
        Path cgan = dir.resolve("cgan.dnet");
        assertEquals(0, cli.run("new", "cgan", "-o", cgan.toString()));
        Path run = dir.resolve("cgan-run");
        assertEquals(0, cli.run("train", cgan.toString(), "--epochs", "2", "--judge", judge.toString(), "--judge-samples", "100",
                "--run-dir", run.toString()), cli.err());
        // Judged after each epoch through training: one "judge" record per epoch in the metrics, the log's line beside.
        var judged = Files.readAllLines(run.resolve("metrics.jsonl")).stream().filter(l -> l.contains("\"type\":\"judge\""))
                .map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
        assertEquals(2, judged.size(), "epochs 1 and 2");
        assertEquals(2, judged.get(1).get("epoch").getAsInt());
        assertEquals(100, judged.get(0).get("samples").getAsInt());
        assertTrue(judged.get(0).get("frechetDistance").getAsDouble() > judged.get(0).get("dataFrechetDistance").getAsDouble(), judged.toString());
        assertTrue(judged.get(0).get("conditionalAccuracy").getAsDouble() >= 0, "a conditional GAN's class asked for");
        assertTrue(Files.readString(run.resolve("log.txt")).contains("judged after epoch 2: Fréchet distance"));
        assertEquals(2, cli.run("train", lenet.toString(), "--epochs", "1", "--judge", judge.toString(), "--run-dir",
                dir.resolve("no-gan").toString()));
        assertTrue(cli.err().contains("--judge follows a GAN's samples through training, and lenet-5 has no GAN loss"), cli.err());
        assertEquals(2, cli.run("train", lenet.toString(), "--epochs", "1", "--discriminator-lr", "0.001", "--run-dir",
                dir.resolve("no-gan-rate").toString()));
        assertTrue(cli.err().contains("--discriminator-lr sets a GAN discriminator's own rate, and lenet-5 has no GAN loss"), cli.err());
        assertEquals(2, cli.run("train", cgan.toString(), "--epochs", "1", "--judge-every", "2", "--run-dir", dir.resolve("no-judge")
                .toString()));
        assertTrue(cli.err().contains("--judge-every and --judge-samples go with --judge"), cli.err());
        var samplesPng = javax.imageio.ImageIO.read(run.resolve("samples.png").toFile());
        assertEquals(1 + 10 * (28 + 1), samplesPng.getWidth(), "a column per class");

        assertEquals(0, cli.run("generate", run.toString(), "--count", "20", "--lines", "3", "--steps", "4", "--judge", judge.toString(),
                "--judge-samples", "300", "--json"), cli.err());
        var all = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals(10, all.getAsJsonObject("conditional").get("classes").getAsInt());
        assertTrue(all.getAsJsonObject("conditional").get("class").isJsonNull(), "every class in turn");
        var picture = javax.imageio.ImageIO.read(Path.of(all.getAsJsonObject("files").get("samples").getAsString()).toFile());
        assertEquals(1 + 10 * (2 * 28 + 1), picture.getWidth(), "20 samples of ten classes: a column per class");
        assertEquals(1 + 2 * (2 * 28 + 1), picture.getHeight());
        var verdict = all.getAsJsonObject("judge");
        assertEquals(300, verdict.get("samples").getAsInt());
        assertEquals(10, verdict.get("classes").getAsInt());
        assertEquals(10, verdict.getAsJsonArray("classShares").size());
        double accuracy = verdict.get("conditionalAccuracy").getAsDouble();
        assertTrue(accuracy >= 0 && accuracy <= 1, verdict.toString());
        assertTrue(verdict.get("frechetDistance").getAsDouble() > verdict.get("dataFrechetDistance").getAsDouble(),
                "two epochs of a GAN are farther from the digits than digits from digits: " + verdict);
        double score = verdict.get("dataClassifierScore").getAsDouble();
        assertTrue(score > 5 && score <= 10, "a trained judge is sure of most test digits, of every class: " + score);

        assertEquals(0, cli.run("generate", run.toString(), "--count", "8", "--class", "7", "--json"), cli.err());
        var seven = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals(7, seven.getAsJsonObject("conditional").get("class").getAsInt());
        picture = javax.imageio.ImageIO.read(Path.of(seven.getAsJsonObject("files").get("samples").getAsString()).toFile());
        assertEquals(1 + 8 * (2 * 28 + 1), picture.getWidth(), "one class: rows of eight");
        assertEquals(2, cli.run("generate", run.toString(), "--class", "10"));
        assertTrue(cli.err().contains("draws classes 0 to 9, not 10"), cli.err());
        assertEquals(2, cli.run("generate", run.toString(), "--judge", run.toString()));
        assertTrue(cli.err().contains("is a generator; the judge is a classifier"), cli.err());
    }

    private static com.google.gson.JsonObject summary(Path run) throws Exception {
        return JsonParser.parseString(Files.readString(run.resolve("summary.json"))).getAsJsonObject();
    }
}
