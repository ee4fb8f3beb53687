package dev.dendrite.analysis.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

/** Pictures as a model reads them: its shape, grey or RGB, MNIST's light-on-dark, MNIST's placement of the ink. */
class PictureInputTest {

    /** A dark square of {@code side} at (x, y) on a light page of {@code size}. */
    private static BufferedImage page(int size, int x, int y, int side) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, size, size);
        g.setColor(Color.BLACK);
        g.fillRect(x, y, side, side);
        g.dispose();
        return image;
    }

    @Test
    void readsTheModelsPictureShape() {
        assertEquals(new PictureInput(1, 28, 28, PictureInput.Invert.AUTO, false), PictureInput.forModelInput(new long[] {-1, 784},
                PictureInput.Invert.AUTO, false));
        assertEquals(new PictureInput(1, 28, 28, PictureInput.Invert.NO, false), PictureInput.forModelInput(new long[] {-1, 1, 28, 28},
                PictureInput.Invert.NO, false));
        assertEquals(new PictureInput(3, 32, 32, PictureInput.Invert.AUTO, false), PictureInput.forModelInput(new long[] {-1, 3072},
                PictureInput.Invert.AUTO, false));
        var problem = assertThrows(IllegalArgumentException.class, () -> PictureInput.forModelInput(new long[] {-1, 2}, PictureInput.Invert.AUTO,
                false));
        assertEquals("the model reads [2] per sample, which is no picture: give CSV rows of numbers", problem.getMessage());
    }

    @Test
    void invertsADrawingOnPaperAndScalesIt() {
        PictureInput grey = new PictureInput(1, 28, 28, PictureInput.Invert.AUTO, false);
        // A 56×56 page, ink in its middle quarter: scaled by two, then inverted to light ink on a dark ground.
        PictureInput.Picture picture = grey.of(page(56, 14, 14, 28));
        assertTrue(picture.inverted());
        assertEquals(784, picture.values().length);
        assertEquals(1f, picture.values()[14 * 28 + 14], 1e-6f, "the ink, inverted");
        assertEquals(0f, picture.values()[0], 1e-6f, "the page, inverted");
        assertEquals(0.25, mean(picture.values()), 1e-6, "a quarter of the page is ink");
        PictureInput never = new PictureInput(1, 28, 28, PictureInput.Invert.NO, false);
        assertFalse(never.of(page(56, 14, 14, 28)).inverted());
        assertEquals(0.75, mean(never.of(page(56, 14, 14, 28)).values()), 1e-6);
        // RGB models read channel-major colour, never inverted.
        PictureInput colour = new PictureInput(3, 8, 8, PictureInput.Invert.AUTO, false);
        PictureInput.Picture rgb = colour.of(page(8, 0, 0, 4));
        assertFalse(rgb.inverted());
        assertEquals(3 * 64, rgb.values().length);
        assertEquals(0f, rgb.values()[0], 1e-6f);
        assertEquals(1f, rgb.values()[64 + 63], 1e-6f, "the green plane's last pixel: the white page");
    }

    @Test
    void centresTheInkAsMnistDid() {
        PictureInput centred = new PictureInput(1, 28, 28, PictureInput.Invert.AUTO, true);
        // A small blot in a page's corner: scaled into 20 of 28 pixels, its centre of mass at the middle.
        float[] values = centred.of(page(200, 10, 20, 30)).values();
        double mass = 0;
        double mx = 0;
        double my = 0;
        int left = 28;
        int right = -1;
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                float v = values[y * 28 + x];
                mass += v;
                mx += x * v;
                my += y * v;
                if (v > 0.5f) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        assertEquals(13.5, mx / mass, 0.6);
        assertEquals(13.5, my / mass, 0.6);
        assertEquals(20, right - left + 1, "the ink fills the 20-pixel box");
        assertEquals(0f, centred.of(page(50, 0, 0, 0)).values()[0], 0f, "no ink: an empty picture");
    }

    private static double mean(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
