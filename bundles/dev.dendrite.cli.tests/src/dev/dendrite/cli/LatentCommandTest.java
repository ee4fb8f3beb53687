package dev.dendrite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * dendrite latent on a variational autoencoder trained from the vae template: the loss it works out from the encoded test
 * split (the decoder cut from the model, the KL from the encoder's means and variances) is the one training reported on
 * the same samples; the pictures, the report, and one-line errors.
 */
class LatentCommandTest {

    private final CliHarness cli = new CliHarness();

    /** {@code latent --judge} of {@code run}'s prior by a LeNet-5 trained one epoch into {@code judge}: the verdict. */
    private JsonObject judged(Path dir, Path run, Path judge) throws Exception {
        Path lenet = dir.resolve("lenet.dnet");
        assertEquals(0, cli.run("new", "lenet-5", "-o", lenet.toString()));
        assertEquals(0, cli.run("train", lenet.toString(), "--epochs", "1", "--run-dir", judge.toString()), cli.err());
        assertEquals(0, cli.run("latent", run.toString(), "--samples", "300", "--judge", judge.toString(), "--judge-samples", "200", "--json"),
                cli.err());
        return JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonObject("judge");
    }

    /** The template trained two epochs into {@code run}; its test loss. */
    private double trained(Path dir, String template, Path run) throws Exception {
        Path dnet = dir.resolve(template + ".dnet");
        assertEquals(0, cli.run("new", template, "-o", dnet.toString()));
        assertEquals(0, cli.run("train", dnet.toString(), "--epochs", "2", "--run-dir", run.toString(), "--json"), cli.err());
        return JsonParser.parseString(cli.out()).getAsJsonObject().get("testLoss").getAsDouble();
    }

    @Test
    void aTrainedVariationalAutoencodersLatentSpaceAgreesWithItsTestLoss(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run");
        double testLoss = trained(dir, "vae", run);
        assertEquals(0, cli.run("latent", run.toString(), "--samples", "all", "--grid", "6", "--json"), cli.err());
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        // All of the test split: the samples training scored its test loss on.
        assertTrue(json.get("samples").getAsInt() >= 1000, cli.out().substring(0, 300));
        assertEquals(testLoss, json.get("loss").getAsDouble(), 1e-3 * testLoss, json.toString().substring(0, 600));
        // Training reported the KL part of its test loss (testKl) and of every validation loss (validationKl): the same term.
        JsonObject summary = JsonParser.parseString(Files.readString(run.resolve("summary.json"))).getAsJsonObject();
        assertEquals(summary.get("testKl").getAsDouble(), json.get("kl").getAsDouble(), 1e-3 * json.get("kl").getAsDouble());
        var epochs = dev.dendrite.train.run.RunReader.read(run).epochs();
        assertEquals(2, epochs.size());
        assertTrue(epochs.stream().allMatch(e -> e.value("validationKl") > 0.3), epochs.toString());
        double reconstruction = json.get("reconstructionError").getAsDouble() * json.get("reconstructionWeight").getAsDouble();
        assertEquals(json.get("loss").getAsDouble(), reconstruction + json.get("kl").getAsDouble(), 1e-9);
        assertEquals("z", json.getAsJsonObject("latent").get("layer").getAsString());
        assertEquals(2, json.getAsJsonObject("latent").get("dims").getAsInt());
        // Trained, both dims carry the digits: each far from the prior and spread over the samples.
        var dims = json.getAsJsonArray("dimensions");
        for (var d : dims) {
            assertTrue(d.getAsJsonObject().get("kl").getAsDouble() > 0.3, d.toString());
            assertTrue(d.getAsJsonObject().get("active").getAsBoolean(), d.toString());
        }
        assertEquals(2, json.get("activeDims").getAsInt());
        assertEquals(2000, json.getAsJsonArray("codes").size());
        var manifold = ImageIO.read(Path.of(json.getAsJsonObject("files").get("manifold").getAsString()).toFile());
        assertEquals(1 + 6 * (2 * 28 + 1), manifold.getWidth());
        var traversal = ImageIO.read(Path.of(json.getAsJsonObject("files").get("traversal").getAsString()).toFile());
        assertEquals(1 + 2 * (2 * 28 + 1), traversal.getHeight(), "a row per dimension");
        assertEquals(1 + 9 * (2 * 28 + 1), traversal.getWidth(), "a column per value from -3 to 3");
        for (String picture : new String[] {"codes", "prior", "line"}) {
            assertTrue(Files.isRegularFile(Path.of(json.getAsJsonObject("files").get(picture).getAsString())), picture);
        }
        var line = json.getAsJsonObject("line");
        assertTrue(line.get("fromLabel").getAsInt() != line.get("toLabel").getAsInt(), line.toString());
        assertTrue(Files.isRegularFile(run.resolve("latent.json")));

        assertEquals(0, cli.run("latent", run.toString(), "--samples", "300", "--dims", "1,0", "--between", "3,4"), cli.err());
        assertTrue(cli.out().startsWith("latent space of "), cli.out());
        assertTrue(cli.out().contains("2 of 2 dims active"), cli.out());

        // Out-of-distribution checks score a variational autoencoder by its loss as trained and its KL term beside its error, and by
        // their typicality where training samples give their means (none asked for: none).
        assertEquals(0, cli.run("ood", run.toString(), "--against", "noise", "--samples", "300", "--json"), cli.err());
        JsonObject ood = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("[\"reconstruction\",\"elbo\",\"kl\",\"typicality\",\"kl-typicality\"]", ood.get("scores").toString());
        assertEquals(0, cli.run("ood", run.toString(), "--against", "noise", "--samples", "300", "--fit-samples", "0", "--json"), cli.err());
        assertEquals("[\"reconstruction\",\"elbo\",\"kl\"]", JsonParser.parseString(cli.out()).getAsJsonObject().get("scores").toString());

        // The prior's samples judged by a classifier of the digits, as a GAN's are; the autoencoder itself is no judge.
        Path judge = dir.resolve("judge");
        JsonObject verdict = judged(dir, run, judge);
        assertEquals(200, verdict.get("samples").getAsInt());
        assertEquals(10, verdict.get("classes").getAsInt());
        assertTrue(verdict.get("conditionalAccuracy").isJsonNull(), verdict.toString());
        assertTrue(verdict.get("frechetDistance").getAsDouble() > verdict.get("dataFrechetDistance").getAsDouble(), verdict.toString());
        assertEquals(Cli.BAD_INPUT, cli.run("latent", run.toString(), "--judge", run.toString()));
        assertTrue(cli.err().contains("must be a classifier of the data's 10 classes"), cli.err());

        assertEquals(Cli.BAD_INPUT, cli.run("latent", run.toString(), "--dims", "0,2"));
        assertTrue(cli.err().contains("the code has dimensions 0 to 1, not 2"), cli.err());
        assertEquals(Cli.BAD_INPUT, cli.run("latent", run.toString(), "--between", "0"));
        assertTrue(cli.err().contains("--between takes two whole numbers"), cli.err());
        assertEquals(Cli.BAD_INPUT, cli.run("latent", run.toString(), "--class", "1"));
        assertTrue(cli.err().contains("the autoencoder reads no class (it is not conditional), so no class can be decoded"), cli.err());
    }

    /**
     * The cvae template: it trains to reconstruct the picture (not its class input), so the latent space's loss over the test split,
     * each sample with its own class, is the test loss; the class asked for is decoded, the prior drawn as every class.
     */
    @Test
    void aConditionalAutoencoderReconstructsWithEachSamplesClassAndDrawsTheClassAsked(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run");
        double testLoss = trained(dir, "cvae", run);
        assertEquals(0, cli.run("latent", run.toString(), "--samples", "all", "--grid", "5", "--class", "3", "--json"), cli.err());
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals(testLoss, json.get("loss").getAsDouble(), 1e-3 * testLoss, json.toString().substring(0, 600));
        JsonObject conditional = json.getAsJsonObject("conditional");
        assertEquals("class", conditional.get("classInput").getAsString());
        assertEquals(10, conditional.get("classes").getAsInt());
        assertEquals(3, conditional.get("decodedClass").getAsInt());
        var prior = ImageIO.read(Path.of(json.getAsJsonObject("files").get("prior").getAsString()).toFile());
        assertEquals(1 + 10 * (2 * 28 + 1), prior.getWidth(), "a column per class");
        assertEquals(1 + 6 * (2 * 28 + 1), prior.getHeight(), "a row per code: 64 decodings / 10 classes");
        assertEquals(0, cli.run("latent", run.toString(), "--samples", "300"), cli.err());
        assertTrue(cli.out().contains("conditional on its class ('class', 10 classes)"), cli.out());
        assertEquals(Cli.BAD_INPUT, cli.run("latent", run.toString(), "--class", "10"));
        assertTrue(cli.err().contains("the decoder draws classes 0 to 9, not 10"), cli.err());
        // Evaluation reads each sample's label as the model's class; so does the judge of its prior's samples.
        assertEquals(0, cli.run("evaluate", run.toString(), "--json"), cli.err());
        double error = json.get("reconstructionError").getAsDouble();
        assertEquals(error, JsonParser.parseString(cli.out()).getAsJsonObject().get("meanSquaredError").getAsDouble(), 1e-4 * error, cli.out());
        Path judge = dir.resolve("judge");
        JsonObject verdict = judged(dir, run, judge);
        assertTrue(verdict.get("conditionalAccuracy").getAsDouble() > 0.5, verdict.toString());
        // generate draws the prior through the decoder as it draws a GAN's noise through its generator, the class asked for too.
        assertEquals(0, cli.run("generate", run.toString(), "--class", "7", "--count", "16", "--json"), cli.err());
        JsonObject generated = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("prior", generated.get("source").getAsString());
        assertEquals(7, generated.getAsJsonObject("conditional").get("class").getAsInt());
        assertEquals(2, generated.getAsJsonObject("noise").get("dims").getAsInt());
        assertTrue(Files.isRegularFile(Path.of(generated.getAsJsonObject("files").get("samples").getAsString())));
        assertEquals(Cli.BAD_INPUT, cli.run("generate", run.resolve("model.onnx").toString()));
        assertTrue(cli.err().contains("is a variational autoencoder: give --data"), cli.err());
        assertEquals(0, cli.run("generate", run.resolve("model.onnx").toString(), "--data", "mnist", "-o", dir.resolve("drawn").toString()),
                cli.err());
        assertTrue(cli.out().contains("from 2-dimensional codes of its prior N(0, I), decoded"), cli.out());
    }

    @Test
    void aNetworkWithoutAGaussianLatentIsNamed(@TempDir Path dir) throws Exception {
        Path dnet = dir.resolve("ae.dnet");
        assertEquals(0, cli.run("new", "autoencoder", "-o", dnet.toString()));
        Path model = dir.resolve("ae.onnx");
        assertEquals(0, cli.run("export", dnet.toString(), "-o", model.toString()), cli.err());
        assertEquals(Cli.BAD_INPUT, cli.run("latent", model.toString(), "--data", "mnist"));
        assertTrue(cli.err().contains("has no GaussianLatent layer"), cli.err());
        assertEquals(1, cli.err().strip().lines().count(), cli.err());
    }
}
