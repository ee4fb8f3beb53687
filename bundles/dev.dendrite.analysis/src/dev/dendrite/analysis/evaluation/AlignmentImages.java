package dev.dendrite.analysis.evaluation;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A pair's source alignment as a PNG: a row per output step, a column per source token, each row
 * scaled to its largest magnitude and drawn white to dark blue as the attention maps are, so the
 * two can be set side by side.
 */
public final class AlignmentImages {

    private static final int SIDE = 240;

    private AlignmentImages() {
    }

    /** Writes {@code sample}'s map to {@code file}, creating its folder. */
    public static void write(SourceAlignment.Sample sample, Path file) throws IOException {
        int s = sample.source().length;
        int t = sample.read().length;
        int cell = Math.max(2, SIDE / Math.max(s, t));
        BufferedImage picture = new BufferedImage(s * cell, t * cell, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < t; i++) {
            double top = 0;
            for (int j = 0; j < s; j++) {
                top = Math.max(top, Math.abs(sample.map()[i * s + j]));
            }
            for (int j = 0; j < s; j++) {
                int rgb = AttentionImages.colour(top > 0 ? (float) (Math.abs(sample.map()[i * s + j]) / top) : 0f);
                for (int dy = 0; dy < cell; dy++) {
                    for (int dx = 0; dx < cell; dx++) {
                        picture.setRGB(j * cell + dx, i * cell + dy, rgb);
                    }
                }
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        javax.imageio.ImageIO.write(picture, "png", file.toFile());
    }
}
