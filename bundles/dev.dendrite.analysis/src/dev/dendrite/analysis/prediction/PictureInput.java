package dev.dendrite.analysis.prediction;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/**
 * An image file as a model's input: scaled to the model's height and width, grey where it reads
 * one channel, values in [0, 1] as the data sets' pixels are. MNIST-style models read light ink on
 * a dark ground, so a grey picture whose border is lighter than its middle is inverted ({@link
 * Invert#AUTO}); {@link #centred} places the ink as MNIST did: its bounding box scaled into a 20×20
 * box (of 28) and its centre of mass at the centre.
 *
 * @param channels 1 (grey) or 3 (RGB, channel-major)
 */
public record PictureInput(int channels, int height, int width, Invert invert, boolean centred) {

    /** Whether pictures are inverted (dark and light swapped) before the model reads them. */
    public enum Invert {
        AUTO, YES, NO;

        public static Invert of(String text) {
            return switch (text) {
                case "auto" -> AUTO;
                case "yes" -> YES;
                case "no" -> NO;
                default -> throw new IllegalArgumentException("--invert must be auto, yes or no, not '" + text + "'");
            };
        }
    }

    /** A picture as the model reads it, and whether it was inverted. */
    public record Picture(float[] values, boolean inverted) {
    }

    /** MNIST's digits fill 20 of 28 pixels; the rest is margin. */
    private static final double INK_SHARE = 20.0 / 28;

    /**
     * The picture shape of a model input of {@code shape} (batch first): [N, C, H, W], [N, H, W], or a flat [N, D]
     * with D a square (grey) or three squares (RGB).
     *
     * @throws IllegalArgumentException where the input is no picture
     */
    public static PictureInput forModelInput(long[] shape, Invert invert, boolean centred) {
        if (shape.length == 4 && (shape[1] == 1 || shape[1] == 3) && shape[2] > 0 && shape[3] > 0) {
            return new PictureInput((int) shape[1], (int) shape[2], (int) shape[3], invert, centred);
        }
        if (shape.length == 3 && shape[1] > 0 && shape[2] > 0) {
            return new PictureInput(1, (int) shape[1], (int) shape[2], invert, centred);
        }
        if (shape.length == 2 && shape[1] > 0) {
            for (int channels : new int[] {1, 3}) {
                long side = Math.round(Math.sqrt(shape[1] / (double) channels));
                if (channels * side * side == shape[1]) {
                    return new PictureInput(channels, (int) side, (int) side, invert, centred);
                }
            }
        }
        throw new IllegalArgumentException("the model reads " + describe(shape) + " per sample, which is no picture: give CSV rows of numbers");
    }

    private static String describe(long[] shape) {
        StringBuilder text = new StringBuilder("[");
        for (int d = 1; d < shape.length; d++) {
            text.append(d > 1 ? ", " : "").append(shape[d] < 0 ? "?" : String.valueOf(shape[d]));
        }
        return text.append(']').toString();
    }

    /** Values per picture. */
    public int size() {
        return channels * height * width;
    }

    /**
     * Reads an image file (PNG, JPEG, GIF, BMP) as the model reads pictures.
     *
     * @throws IOException naming the file where it cannot be read as an image
     */
    public Picture read(Path file) throws IOException {
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + " cannot be read as an image: " + e.getMessage(), e);
        }
        if (image == null) {
            throw new IOException(file + " is not an image Dendrite reads (PNG, JPEG, GIF or BMP)");
        }
        return of(image);
    }

    /** A picture of {@code image}: transparent parts read as white, as on a page. */
    public Picture of(BufferedImage image) {
        BufferedImage flat = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = flat.createGraphics();
        g.drawImage(image, 0, 0, Color.WHITE, null);
        g.dispose();
        if (channels == 3) {
            return new Picture(dev.dendrite.train.data.FileReaders.pixels(scaled(flat, width, height), 3), false);
        }
        float[] grey = grey(flat);
        boolean inverted = invert == Invert.YES || invert == Invert.AUTO && lightBorder(grey, flat.getWidth(), flat.getHeight());
        if (inverted) {
            for (int i = 0; i < grey.length; i++) {
                grey[i] = 1 - grey[i];
            }
        }
        if (centred) {
            return new Picture(centre(grey, flat.getWidth(), flat.getHeight()), inverted);
        }
        return new Picture(grey(scaled(toImage(grey, flat.getWidth(), flat.getHeight()), width, height)), inverted);
    }

    /** Whether the picture's outermost pixels are lighter on average than the whole: a dark drawing on a light ground. */
    static boolean lightBorder(float[] grey, int w, int h) {
        double border = 0;
        int count = 0;
        for (int x = 0; x < w; x++) {
            border += grey[x] + grey[(h - 1) * w + x];
            count += 2;
        }
        for (int y = 1; y < h - 1; y++) {
            border += grey[y * w] + grey[y * w + w - 1];
            count += 2;
        }
        return border / count > 0.5;
    }

    /** The ink (values above a tenth) cropped, scaled into the 20-of-28 box and placed by its centre of mass. */
    private float[] centre(float[] grey, int w, int h) {
        int left = w;
        int right = -1;
        int top = h;
        int bottom = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (grey[y * w + x] > 0.1f) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        float[] out = new float[width * height];
        if (right < 0) {
            return out; // no ink: an empty picture, which the model reads as such
        }
        int cw = right - left + 1;
        int ch = bottom - top + 1;
        double scale = Math.min(width * INK_SHARE / cw, height * INK_SHARE / ch);
        int sw = Math.max(1, (int) Math.round(cw * scale));
        int sh = Math.max(1, (int) Math.round(ch * scale));
        BufferedImage crop = toImage(grey, w, h).getSubimage(left, top, cw, ch);
        float[] ink = grey(scaled(crop, sw, sh));
        double mass = 0;
        double mx = 0;
        double my = 0;
        for (int y = 0; y < sh; y++) {
            for (int x = 0; x < sw; x++) {
                mass += ink[y * sw + x];
                mx += x * ink[y * sw + x];
                my += y * ink[y * sw + x];
            }
        }
        int dx = (int) Math.round(width / 2.0 - (mass > 0 ? mx / mass : sw / 2.0) - 0.5);
        int dy = (int) Math.round(height / 2.0 - (mass > 0 ? my / mass : sh / 2.0) - 0.5);
        for (int y = 0; y < sh; y++) {
            for (int x = 0; x < sw; x++) {
                int tx = x + dx;
                int ty = y + dy;
                if (tx >= 0 && tx < width && ty >= 0 && ty < height) {
                    out[ty * width + tx] = ink[y * sw + x];
                }
            }
        }
        return out;
    }

    /** Area-averaged scaling, as MNIST's anti-aliased digits were made. */
    private static BufferedImage scaled(BufferedImage image, int w, int h) {
        if (image.getWidth() == w && image.getHeight() == h) {
            return image;
        }
        Image smooth = image.getScaledInstance(w, h, Image.SCALE_AREA_AVERAGING);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(smooth, 0, 0, null);
        g.dispose();
        return out;
    }

    private static BufferedImage toImage(float[] grey, int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = Math.round(Math.max(0, Math.min(1, grey[y * w + x])) * 255);
                image.setRGB(x, y, v << 16 | v << 8 | v);
            }
        }
        return image;
    }

    /** Luminance (ITU-R BT.601) in [0, 1]. */
    private static float[] grey(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        float[] grey = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB(x, y);
                grey[y * w + x] = (0.299f * (rgb >> 16 & 0xff) + 0.587f * (rgb >> 8 & 0xff) + 0.114f * (rgb & 0xff)) / 255f;
            }
        }
        return grey;
    }

    /** A picture as a PNG-ready image: what the model read, for a user to check. */
    public BufferedImage image(float[] values) {
        if (channels == 1) {
            return toImage(values, width, height);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int plane = width * height;
        for (int p = 0; p < plane; p++) {
            int r = Math.round(Math.max(0, Math.min(1, values[p])) * 255);
            int g = Math.round(Math.max(0, Math.min(1, values[plane + p])) * 255);
            int b = Math.round(Math.max(0, Math.min(1, values[2 * plane + p])) * 255);
            image.setRGB(p % width, p / width, r << 16 | g << 8 | b);
        }
        return image;
    }
}
