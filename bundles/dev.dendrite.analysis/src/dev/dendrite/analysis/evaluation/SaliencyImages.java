package dev.dendrite.analysis.evaluation;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import dev.dendrite.train.data.Dataset;

/**
 * A sample and its saliency side by side as a PNG: the input in grey (colour for three channels),
 * then the map from black through red to yellow, scaled to the sample's largest gradient. Only
 * for samples shaped as images ([C, H, W], [H, W] or a square vector); others have no picture.
 */
public final class SaliencyImages {

    private static final int ZOOM = 4;

    private SaliencyImages() {
    }

    /** A sample shape as an image's channels, height and width ([C, H, W] with C of 1 or 3, [H, W], a square vector), or null. */
    public static int[] imageShape(long[] sampleShape) {
        return dev.dendrite.train.data.PictureShape.of(sampleShape);
    }

    /**
     * Writes {@code picture} to {@code file} as a PNG, creating its folder.
     *
     * @return whether there was a picture (null writes nothing)
     */
    public static boolean writePng(java.awt.image.BufferedImage picture, Path file) throws IOException {
        if (picture == null) {
            return false;
        }
        java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(picture, "png", file.toFile());
        return true;
    }

    /** A white RGB picture of that size, for strips of samples drawn apart. */
    public static java.awt.image.BufferedImage blank(int width, int height) {
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        int[] white = new int[width * height];
        java.util.Arrays.fill(white, 0xFFFFFF);
        picture.setRGB(0, 0, width, height, white, 0, width);
        return picture;
    }

    /**
     * Draws a sample of {@code image} = {channels, height, width} into {@code picture} at ({@code left}, {@code top}), each value a
     * {@code zoom} × {@code zoom} square mapped from [low, high] to black to white ({@link #colour}).
     */
    public static void drawSample(java.awt.image.BufferedImage picture, float[] values, int[] image, float low, float high, int zoom, int left,
            int top) {
        int height = image[1];
        int width = image[2];
        int pixels = height * width;
        for (int y = 0; y < height * zoom; y++) {
            for (int x = 0; x < width * zoom; x++) {
                picture.setRGB(left + x, top + y, colour(values, image[0], pixels, (y / zoom) * width + x / zoom, low, high));
            }
        }
    }

    /**
     * Pixel {@code p} of a sample of {@code channels} planes of {@code pixels} values as 0xRRGGBB, its values mapped from
     * [low, high] to black to white (grey for one channel, colour for three).
     */
    public static int colour(float[] values, int channels, int pixels, int p, float low, float high) {
        float span = high > low ? high - low : 1;
        int rgb = 0;
        for (int c = 0; c < 3; c++) {
            float v = values[(channels == 3 ? c : 0) * pixels + p];
            rgb = rgb << 8 | Math.round(255 * Math.max(0, Math.min(1, (v - low) / span)));
        }
        return rgb;
    }

    /**
     * Writes sample {@code index} of the result beside its map to {@code file}.
     *
     * @return whether the sample is an image (else nothing is written)
     */
    public static boolean write(Saliency.Result result, int index, Dataset data, Path file) throws IOException {
        return write(result, index, data, file, false);
    }

    /**
     * As above; a {@code signed} map (attributions) draws evidence for the class black through red to yellow and evidence
     * against it black to blue.
     */
    public static boolean write(Saliency.Result result, int index, Dataset data, Path file, boolean signed) throws IOException {
        int[] image = imageShape(result.sampleShape());
        if (image == null) {
            return false;
        }
        int channels = image[0];
        int height = image[1];
        int width = image[2];
        float[] x = new float[result.size()];
        data.features(result.samples()[index], x, 0);
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : x) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        float range = max > min ? max - min : 1;
        float[] map = signed ? result.signedMap(index) : result.map(index);
        float top = result.largest(index);
        BufferedImage picture = new BufferedImage((2 * width + 1) * ZOOM, height * ZOOM, BufferedImage.TYPE_INT_RGB);
        int pixels = height * width;
        for (int y = 0; y < height * ZOOM; y++) {
            for (int px = 0; px < width * ZOOM; px++) {
                int p = (y / ZOOM) * width + px / ZOOM;
                int[] rgb = new int[3];
                for (int c = 0; c < 3; c++) {
                    rgb[c] = Math.round(255 * (x[(channels == 3 ? c : 0) * pixels + p] - min) / range);
                }
                picture.setRGB(px, y, rgb[0] << 16 | rgb[1] << 8 | rgb[2]);
                double share = top > 0 ? map[p] / top : 0;
                picture.setRGB((width + 1) * ZOOM + px, y, signed(share));
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(picture, "png", file.toFile());
        return true;
    }

    /** A signed share in [-1, 1] as 0xRRGGBB: {@link #heat} for evidence for the class, {@link #against} for evidence against it. */
    public static int signed(double share) {
        return share >= 0 ? heat(share) : against(-share);
    }

    /** The largest magnitude among {@code values}: what a share of 1 stands for. */
    public static double largestMagnitude(float[] values) {
        double top = 0;
        for (float v : values) {
            top = Math.max(top, Math.abs(v));
        }
        return top;
    }

    /** Black to blue for a share in [0, 1] of evidence against the class, as 0xRRGGBB. */
    public static int against(double share) {
        double s = Math.max(0, Math.min(1, share));
        return (int) Math.round(s * 0x6E) << 16 | (int) Math.round(s * 0xA0) << 8 | (int) Math.round(s * 0xFF);
    }

    /** Black through red to yellow for a share in [0, 1], as 0xRRGGBB: saliency's colours, in files and in the workbench. */
    public static int heat(double share) {
        double s = Math.max(0, Math.min(1, share));
        int red = (int) Math.round(255 * Math.min(1, 2 * s));
        int green = (int) Math.round(255 * Math.max(0, 2 * s - 1));
        return red << 16 | green << 8;
    }
}
