package dev.dendrite.analysis.landscape;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import dev.dendrite.train.data.PictureColours;

/**
 * A loss plane as 0xRRGGBB pixels: the logarithm of the loss, bilinear between the grid's points,
 * along the heat-map ramp ({@link PictureColours#ramp}) from dark blue (the lowest) to yellow
 * ({@link #SATURATION} times the lowest and above), with contour lines where it crosses each of {@link #LEVELS} even steps of that scale, and
 * a white cross at the weights. What the CLI's PNG and the workbench's view both draw.
 */
public final class LandscapePicture {

    /** Losses this many times the lowest and above draw in the top colour. */
    public static final double SATURATION = 100;
    /** Contour lines over the colour scale. */
    public static final int LEVELS = 16;

    /** Pixels of a picture; its side is {@code cell}·(points − 1) + 1. */
    public record Pixels(int side, int[] rgb) {
    }

    private LandscapePicture() {
    }

    public static Pixels of(LossLandscape.Plane plane, int cell) {
        int n = plane.coordinates().length;
        int side = cell * (n - 1) + 1;
        double low = Double.POSITIVE_INFINITY;
        for (double[] row : plane.loss()) {
            for (double v : row) {
                low = Math.min(low, Double.isFinite(v) ? v : low);
            }
        }
        double floor = Math.log(Math.max(low, 1e-12));
        double range = Math.log(SATURATION);
        double[] t = new double[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                // Row 0 at the top is the largest η: the picture reads as a plot with η upwards.
                double gx = x / (double) cell;
                double gy = (side - 1 - y) / (double) cell;
                double loss = bilinear(plane.loss(), gx, gy);
                t[y * side + x] = Double.isFinite(loss) ? Math.max(0, Math.min(1, (Math.log(Math.max(loss, 1e-12)) - floor) / range)) : 1;
            }
        }
        int[] rgb = new int[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int at = y * side + x;
                int level = (int) Math.floor(t[at] * LEVELS);
                boolean contour = x + 1 < side && level != (int) Math.floor(t[at + 1] * LEVELS)
                        || y + 1 < side && level != (int) Math.floor(t[at + side] * LEVELS);
                rgb[at] = contour && t[at] < 1 ? darker(PictureColours.ramp(t[at])) : PictureColours.ramp(t[at]);
            }
        }
        int centre = side / 2;
        int arm = Math.max(3, cell / 2);
        for (int k = -arm; k <= arm; k++) {
            rgb[centre * side + centre + k] = 0xFFFFFF;
            rgb[(centre + k) * side + centre] = 0xFFFFFF;
        }
        return new Pixels(side, rgb);
    }

    /** Writes the picture as a PNG (creating the folder). */
    public static void write(LossLandscape.Plane plane, int cell, Path file) throws IOException {
        Pixels pixels = of(plane, cell);
        BufferedImage image = new BufferedImage(pixels.side(), pixels.side(), BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, pixels.side(), pixels.side(), pixels.rgb(), 0, pixels.side());
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        ImageIO.write(image, "png", file.toFile());
    }


    private static int darker(int rgb) {
        return (rgb >> 16 & 0xFF) * 3 / 5 << 16 | (rgb >> 8 & 0xFF) * 3 / 5 << 8 | (rgb & 0xFF) * 3 / 5;
    }

    private static double bilinear(double[][] grid, double gx, double gy) {
        int n = grid.length;
        int x0 = Math.min(n - 2, (int) Math.floor(gx));
        int y0 = Math.min(n - 2, (int) Math.floor(gy));
        double fx = gx - x0;
        double fy = gy - y0;
        double top = grid[y0][x0] * (1 - fx) + grid[y0][x0 + 1] * fx;
        double bottom = grid[y0 + 1][x0] * (1 - fx) + grid[y0 + 1][x0 + 1] * fx;
        return top * (1 - fy) + bottom * fy;
    }
}
