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
 * a white cross at the weights; a trajectory's path over its plane. What the CLI's PNG and the workbench's view both draw.
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
        Pixels pixels = heat(plane.loss(), cell, SATURATION);
        int centre = pixels.side() / 2;
        cross(pixels, centre, centre, Math.max(3, cell / 2));
        return pixels;
    }

    /**
     * A trajectory's plane with its path over it: a white line through the kept points, a dot at each (the first, before training,
     * larger), and the white cross at the final weights; yellow from twice the path's highest loss (at least 100 times the lowest).
     */
    public static Pixels of(Trajectory trajectory, int cell) {
        Pixels pixels = heat(trajectory.loss(), cell, saturation(trajectory));
        int side = pixels.side();
        double[][] path = trajectory.path();
        int[][] at = new int[path.length][];
        for (int p = 0; p < path.length; p++) {
            at[p] = new int[] {pixel(trajectory.xs(), path[p][0], side, false), pixel(trajectory.ys(), path[p][1], side, true)};
        }
        for (int p = 0; p + 1 < at.length; p++) {
            line(pixels, at[p][0], at[p][1], at[p + 1][0], at[p + 1][1]);
        }
        for (int p = 0; p < at.length; p++) {
            dot(pixels, at[p][0], at[p][1], p == 0 ? 4 : 2);
        }
        cross(pixels, pixel(trajectory.xs(), 0, side, false), pixel(trajectory.ys(), 0, side, true), Math.max(3, cell / 2));
        return pixels;
    }

    /**
     * How many times the plane's lowest loss a trajectory's top colour stands for: twice the path's highest loss (before training, often
     * far above the end's, so its start is not lost in yellow), and at least {@link #SATURATION}.
     */
    public static double saturation(Trajectory trajectory) {
        double low = java.util.Arrays.stream(trajectory.loss()).flatMapToDouble(java.util.Arrays::stream).filter(Double::isFinite).min()
                .orElse(1);
        double high = java.util.Arrays.stream(trajectory.pathLoss()).filter(Double::isFinite).max().orElse(low);
        return Math.max(SATURATION, 2 * high / Math.max(low, 1e-12));
    }

    /** The logarithm of the loss in colour, bilinear between the grid's points, yellow from {@code saturation} times the lowest, with contour lines. */
    private static Pixels heat(double[][] grid, int cell, double saturation) {
        int n = grid.length;
        int side = cell * (n - 1) + 1;
        double low = Double.POSITIVE_INFINITY;
        for (double[] row : grid) {
            for (double v : row) {
                low = Math.min(low, Double.isFinite(v) ? v : low);
            }
        }
        double floor = Math.log(Math.max(low, 1e-12));
        double range = Math.log(saturation);
        double[] t = new double[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                // Row 0 at the top is the largest η: the picture reads as a plot with η upwards.
                double gx = x / (double) cell;
                double gy = (side - 1 - y) / (double) cell;
                double loss = bilinear(grid, gx, gy);
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
        return new Pixels(side, rgb);
    }

    /** The pixel of {@code value} along an axis of even {@code coordinates} ({@code upwards}: row 0 at the top is the largest). */
    static int pixel(double[] coordinates, double value, int side, boolean upwards) {
        double share = (value - coordinates[0]) / (coordinates[coordinates.length - 1] - coordinates[0]);
        int p = (int) Math.round(share * (side - 1));
        return upwards ? side - 1 - p : p;
    }

    private static void cross(Pixels pixels, int cx, int cy, int arm) {
        for (int k = -arm; k <= arm; k++) {
            set(pixels, cx + k, cy, 0xFFFFFF);
            set(pixels, cx, cy + k, 0xFFFFFF);
        }
    }

    private static void line(Pixels pixels, int x0, int y0, int x1, int y1) {
        int steps = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0));
        for (int s = 0; s <= steps; s++) {
            double f = steps == 0 ? 0 : s / (double) steps;
            set(pixels, (int) Math.round(x0 + f * (x1 - x0)), (int) Math.round(y0 + f * (y1 - y0)), 0xFFFFFF);
        }
    }

    private static void dot(Pixels pixels, int cx, int cy, int radius) {
        for (int dy = -radius; dy <= radius; dy++) {
            for (int dx = -radius; dx <= radius; dx++) {
                if (dx * dx + dy * dy <= radius * radius) {
                    set(pixels, cx + dx, cy + dy, dx * dx + dy * dy >= (radius - 1) * (radius - 1) ? 0x000000 : 0xFFFFFF);
                }
            }
        }
    }

    private static void set(Pixels pixels, int x, int y, int rgb) {
        if (x >= 0 && y >= 0 && x < pixels.side() && y < pixels.side()) {
            pixels.rgb()[y * pixels.side() + x] = rgb;
        }
    }

    /** Writes the picture as a PNG (creating the folder). */
    public static void write(LossLandscape.Plane plane, int cell, Path file) throws IOException {
        write(of(plane, cell), file);
    }

    /** Writes the trajectory's picture as a PNG (creating the folder). */
    public static void write(Trajectory trajectory, int cell, Path file) throws IOException {
        write(of(trajectory, cell), file);
    }

    private static void write(Pixels pixels, Path file) throws IOException {
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
