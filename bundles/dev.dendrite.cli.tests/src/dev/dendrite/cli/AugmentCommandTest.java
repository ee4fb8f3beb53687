package dev.dendrite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dendrite augment}: the grid of training pictures and their changes, and its refusals. */
class AugmentCommandTest {

    private final CliHarness cli = new CliHarness();

    /** Two folders of 8×8 grey pictures, each with a gradient from left to right plus a per-picture offset: none is its own mirror image. */
    private static Path pictures(Path dir) throws Exception {
        return pictures(dir, 8);
    }

    private static Path pictures(Path dir, int side) throws Exception {
        int n = 0;
        for (String label : List.of("left", "right")) {
            Files.createDirectories(dir.resolve(label));
            for (int i = 0; i < 6; i++, n++) {
                BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
                for (int y = 0; y < side; y++) {
                    for (int x = 0; x < side; x++) {
                        image.getRaster().setSample(x, y, 0, (20 + 200 * x / side + 3 * n + y) % 256);
                    }
                }
                ImageIO.write(image, "png", dir.resolve(label).resolve(i + ".png").toFile());
            }
        }
        return dir;
    }

    private static int[] cell(BufferedImage grid, int row, int column, boolean mirrored) {
        int side = 56;
        int[] pixels = new int[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int gx = 2 + column * (side + 2) + (mirrored ? side - 1 - x : x);
                pixels[y * side + x] = grid.getRGB(gx, 2 + row * (side + 2) + y) & 0xFFFFFF;
            }
        }
        return pixels;
    }

    @Test
    void theGridShowsEachPictureAndItsFlipsEpochByEpoch(@TempDir Path dir) throws Exception {
        Path folder = pictures(dir.resolve("pictures"));
        Path png = dir.resolve("grid.png");
        assertEquals(0, cli.run("augment", "--data", "images:" + folder, "--augment", "flip", "--samples", "4", "--epochs", "5", "-o",
                png.toString(), "--json"));
        assertTrue(cli.out().contains("\"picture\":\"1×8×8\",\"samples\":4,\"epochs\":5"), cli.out());
        BufferedImage grid = ImageIO.read(png.toFile());
        assertEquals(4 * 58 + 2, grid.getWidth(), "four pictures of 8 pixels scaled to 56, 2 apart");
        assertEquals(6 * 58 + 2, grid.getHeight(), "the originals and five epochs");
        int mirrors = 0;
        for (int column = 0; column < 4; column++) {
            int[] original = cell(grid, 0, column, false);
            assertTrue(!Arrays.equals(original, cell(grid, 0, column, true)), "the test's pictures are not symmetric");
            for (int row = 1; row <= 5; row++) {
                boolean mirrored = Arrays.equals(original, cell(grid, row, column, true));
                assertTrue(mirrored || Arrays.equals(original, cell(grid, row, column, false)),
                        "epoch " + row + " shows picture " + column + " as it is or mirrored");
                mirrors += mirrored ? 1 : 0;
            }
        }
        assertTrue(mirrors > 2 && mirrors < 18, mirrors + " of 20 drawn mirrored");
    }

    @Test
    void aRunTrainedWithAnAugmentationListsItItsLabelSmoothingAndWeightAveraging(@TempDir Path dir) throws Exception {
        Path lenet = dir.resolve("lenet.dnet");
        assertEquals(0, cli.run("new", "lenet-5", "-o", lenet.toString()));
        Path run = dir.resolve("runs").resolve("flipped");
        assertEquals(0, cli.run("train", lenet.toString(), "--data", "images:" + pictures(dir.resolve("p"), 28), "--epochs", "1",
                "--augment", "flip,shift:3", "--label-smoothing", "0.05", "--ema", "0.9", "--run-dir", run.toString()));
        Path mixed = dir.resolve("runs").resolve("mixed");
        assertEquals(0, cli.run("train", lenet.toString(), "--data", "images:" + dir.resolve("p"), "--epochs", "1", "--mixup", "0.4",
                "--run-dir", mixed.toString()));
        assertEquals(0, cli.run("runs", dir.resolve("runs").toString(), "--json"));
        assertTrue(cli.out().contains("\"augment\":\"shift:3,flip\",\"labelSmoothing\":0.05,\"ema\":0.9,\"mixup\":0.0"), cli.out());
        assertTrue(cli.out().contains("\"labelSmoothing\":0.0,\"ema\":0.0,\"mixup\":0.4"), cli.out());
    }

    @Test
    void withoutPicturesOrAugmentationItSaysWhatIsMissing(@TempDir Path dir) throws Exception {
        assertEquals(Cli.BAD_INPUT, cli.run("augment", "--data", "synthetic:two-moons", "--augment", "shift:1"));
        assertTrue(cli.lastErrorLine().startsWith("dendrite augment: --augment shift:1 changes pictures, and two-moons has no input of H×W"),
                cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("augment", "--data", "images:" + pictures(dir.resolve("p"))));
        assertEquals("dendrite augment: --augment is needed: the changes to preview, e.g. --augment shift:2,flip", cli.lastErrorLine());
        assertEquals(Cli.BAD_INPUT, cli.run("augment", "--data", "images:" + dir.resolve("p"), "--augment", "shift:8"));
        assertEquals("dendrite augment: shift:8 moves a 8×8 picture out of sight; shift by less than 8 pixels", cli.lastErrorLine());
    }
}
