package dev.dendrite.analysis.evaluation;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A sample's attention maps as one PNG: a row per attention layer, a column per head, each map a
 * square of T×T cells (row i: the query step, column j: the step it reads) from white (no weight)
 * to dark blue (all of it), on a square-root scale so that weights of a few percent still show.
 */
public final class AttentionImages {

    /** Pixels between maps. */
    private static final int GAP = 6;
    /** The side a map is drawn at, at least (cells are whole pixels). */
    private static final int SIDE = 160;

    private AttentionImages() {
    }

    /** Writes the maps of the result's sample {@code index} to {@code file}, creating its folder. */
    public static void write(AttentionMaps.Result result, int index, Path file) throws IOException {
        // One cell size for every map, from the longest side; a cross-attention map is T rows of S keys.
        int longest = 1;
        for (AttentionMaps.Layer layer : result.layers()) {
            longest = Math.max(longest, Math.max(layer.querySteps(index), layer.keySteps()[index]));
        }
        int cell = Math.max(1, SIDE / longest);
        int side = cell * longest;
        int columns = result.layers().stream().mapToInt(AttentionMaps.Layer::headCount).max().orElse(1);
        int rows = result.layers().size();
        BufferedImage picture = new BufferedImage(GAP + columns * (side + GAP), GAP + rows * (side + GAP), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                picture.setRGB(x, y, 0xE0E0E0);
            }
        }
        for (int r = 0; r < rows; r++) {
            AttentionMaps.Layer layer = result.layers().get(r);
            float[] map = layer.maps().get(index);
            int t = layer.querySteps(index);
            int k = layer.keySteps()[index];
            for (int h = 0; h < layer.headCount(); h++) {
                int left = GAP + h * (side + GAP);
                int top = GAP + r * (side + GAP);
                for (int i = 0; i < t; i++) {
                    for (int j = 0; j < k; j++) {
                        int rgb = colour(map[(h * t + i) * k + j]);
                        for (int dy = 0; dy < cell; dy++) {
                            for (int dx = 0; dx < cell; dx++) {
                                picture.setRGB(left + j * cell + dx, top + i * cell + dy, rgb);
                            }
                        }
                    }
                }
            }
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        javax.imageio.ImageIO.write(picture, "png", file.toFile());
    }

    /** White to dark blue (0x08306B) by the square root of the weight, as 0xRRGGBB: the maps' colours here and in the workbench. */
    public static int colour(float weight) {
        double v = Math.sqrt(Math.max(0, Math.min(1, weight)));
        int red = (int) Math.round(255 + v * (0x08 - 255));
        int green = (int) Math.round(255 + v * (0x30 - 255));
        int blue = (int) Math.round(255 + v * (0x6B - 255));
        return red << 16 | green << 8 | blue;
    }
}
