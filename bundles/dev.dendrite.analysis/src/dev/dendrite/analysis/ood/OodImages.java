package dev.dendrite.analysis.ood;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import dev.dendrite.analysis.evaluation.SaliencyImages;

/**
 * The out-of-distribution samples a model is surest of, as a PNG: a row per set, surest first,
 * each picture on its own range of values (noise and digits alike legible).
 */
public final class OodImages {

    private static final int ZOOM = 3;
    private static final int GAP = 2;

    private OodImages() {
    }

    /**
     * Writes the report's examples to {@code file}.
     *
     * @return whether the samples are pictures and there are any (else nothing is written)
     */
    public static boolean write(OodReport report, Path file) throws IOException {
        return SaliencyImages.writePng(picture(report), file);
    }

    /** The examples' picture, or null where the samples are no pictures or there are none. */
    public static BufferedImage picture(OodReport report) {
        int[] image = SaliencyImages.imageShape(report.sampleShape());
        int columns = report.sets().stream().mapToInt(s -> s.examples().size()).max().orElse(0);
        if (image == null || columns == 0) {
            return null;
        }
        int channels = image[0];
        int height = image[1];
        int width = image[2];
        int cell = (width + GAP) * ZOOM;
        int row = (height + GAP) * ZOOM;
        BufferedImage picture = SaliencyImages.blank(columns * cell - GAP * ZOOM, report.sets().size() * row - GAP * ZOOM);
        for (int r = 0; r < report.sets().size(); r++) {
            var examples = report.sets().get(r).examples();
            for (int c = 0; c < examples.size(); c++) {
                draw(picture, examples.get(c).values(), channels, height, width, c * cell, r * row);
            }
        }
        return picture;
    }

    private static void draw(BufferedImage picture, float[] values, int channels, int height, int width, int left, int top) {
        float low = Float.POSITIVE_INFINITY;
        float high = Float.NEGATIVE_INFINITY;
        for (float v : values) {
            low = Math.min(low, v);
            high = Math.max(high, v);
        }
        SaliencyImages.drawSample(picture, values, new int[] {channels, height, width}, low, high, ZOOM, left, top);
    }
}
