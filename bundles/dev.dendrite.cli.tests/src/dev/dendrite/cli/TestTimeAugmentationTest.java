package dev.dendrite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code evaluate --tta}: probabilities averaged over the pictures and their draws. On mirror-symmetric
 * pictures flipped copies are the pictures themselves, so flipping changes nothing; on others it does.
 */
class TestTimeAugmentationTest {

    private final CliHarness cli = new CliHarness();

    /** Two classes of 28×28 grey pictures: a bright block on the left or at the bottom, mirror-symmetric when asked. */
    private static Path pictures(Path dir, boolean symmetric) throws Exception {
        SplittableRandom random = new SplittableRandom(symmetric ? 1 : 2);
        for (String label : List.of("left", "bottom")) {
            Files.createDirectories(dir.resolve(label));
            for (int i = 0; i < 20; i++) {
                BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
                for (int y = 0; y < 28; y++) {
                    for (int x = 0; x < (symmetric ? 14 : 28); x++) {
                        boolean lit = label.equals("left") ? x < 10 : y > 18;
                        int value = (lit ? 180 : 20) + random.nextInt(60);
                        image.getRaster().setSample(x, y, 0, value);
                        if (symmetric) {
                            image.getRaster().setSample(27 - x, y, 0, value);
                        }
                    }
                }
                ImageIO.write(image, "png", dir.resolve(label).resolve(i + ".png").toFile());
            }
        }
        return dir;
    }

    private JsonObject evaluate(Path run, Path data, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("evaluate", run.toString(), "--data", "images:" + data, "--json"));
        args.addAll(List.of(more));
        assertEquals(0, cli.run(args.toArray(String[]::new)), cli.err());
        return JsonParser.parseString(cli.out()).getAsJsonObject();
    }

    @Test
    void flippingMirrorSymmetricPicturesChangesNothingAndOthersItDoes(@TempDir Path dir) throws Exception {
        Path lenet = dir.resolve("lenet.dnet");
        assertEquals(0, cli.run("new", "lenet-5", "-o", lenet.toString()));
        Path asymmetric = pictures(dir.resolve("asymmetric"), false);
        Path symmetric = pictures(dir.resolve("symmetric"), true);
        Path run = dir.resolve("run");
        assertEquals(0, cli.run("train", lenet.toString(), "--data", "images:" + asymmetric, "--epochs", "2", "--run-dir", run.toString()));

        JsonObject plain = evaluate(run, symmetric);
        JsonObject flipped = evaluate(run, symmetric, "--tta", "flip", "--tta-draws", "3");
        JsonObject tta = flipped.getAsJsonObject("testTimeAugmentation");
        assertEquals("flip", tta.get("augment").getAsString());
        assertEquals(3, tta.get("draws").getAsInt());
        assertEquals(plain.get("accuracy").getAsDouble(), tta.get("accuracyWithout").getAsDouble(), 1e-12, "the accuracy without is plain");
        assertEquals(plain.get("logLoss").getAsDouble(), flipped.get("logLoss").getAsDouble(), 1e-5, "flipped copies of symmetric pictures");

        JsonObject plainAsymmetric = evaluate(run, asymmetric);
        String kept = Files.readString(run.resolve("evaluation-test.json"));
        JsonObject flippedAsymmetric = evaluate(run, asymmetric, "--tta", "flip", "--tta-draws", "3");
        assertEquals(kept, Files.readString(run.resolve("evaluation-test.json")), "the run keeps its plain evaluation");
        assertTrue(Math.abs(plainAsymmetric.get("logLoss").getAsDouble() - flippedAsymmetric.get("logLoss").getAsDouble()) > 1e-3,
                "flipped copies of other pictures change the probabilities: " + plainAsymmetric.get("logLoss") + " vs "
                        + flippedAsymmetric.get("logLoss"));

        assertEquals(Cli.BAD_INPUT, cli.run("evaluate", run.toString(), "--tta-draws", "3"));
        assertEquals("dendrite evaluate: --tta-draws belongs to test-time augmentation: add --tta SPEC", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("evaluate", run.toString(), "--tta", "none"));
        assertEquals("dendrite evaluate: --tta: test-time augmentation needs changes to draw (shift:P, flip, cutout:P)", cli.lastErrorLine());
    }
}
