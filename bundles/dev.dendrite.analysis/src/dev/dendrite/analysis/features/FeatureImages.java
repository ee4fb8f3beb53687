package dev.dendrite.analysis.features;

import java.awt.image.BufferedImage;

import dev.dendrite.analysis.evaluation.SaliencyImages;
import dev.dendrite.train.data.Dataset;

/**
 * A visualisation as one picture: a column per unit, the input the ascent found on top, under it a
 * gap, then the data's strongest examples, strongest first; more than {@link #COLUMNS} units wrap
 * into bands of that many columns. Every picture is drawn over the data's range (black its lowest
 * value, white its highest), so the found inputs and the samples compare.
 */
public final class FeatureImages {

    /** Screen pixels per input pixel. */
    static final int ZOOM = 3;
    /** White pixels between two cells, and between the found inputs and the examples. */
    static final int GAP = 2;
    static final int SEPARATION = 8;
    /** Units side by side in one band. */
    static final int COLUMNS = 16;

    private FeatureImages() {
    }

    /** The grid, or null where the samples are not pictures (or no unit was visualised). */
    public static BufferedImage grid(FeatureVisualization.Result result, DataRange range, Dataset data) {
        int[] image = SaliencyImages.imageShape(result.sampleShape());
        if (image == null || result.target().units().length == 0) {
            return null;
        }
        int cellWidth = image[2] * ZOOM;
        int cellHeight = image[1] * ZOOM;
        int units = result.target().units().length;
        int examples = result.examples() == null || units == 0 ? 0 : result.examples().top()[0].length;
        int columns = Math.min(units, COLUMNS);
        int bands = (units + COLUMNS - 1) / COLUMNS;
        int band = cellHeight + (examples > 0 ? SEPARATION + examples * (cellHeight + GAP) : GAP) + SEPARATION;
        int width = columns * (cellWidth + GAP) + GAP;
        int height = GAP + bands * band - SEPARATION;
        BufferedImage picture = SaliencyImages.blank(width, height);
        float[] row = new float[result.size()];
        for (int k = 0; k < units; k++) {
            int left = GAP + k % COLUMNS * (cellWidth + GAP);
            int top = GAP + k / COLUMNS * band;
            draw(picture, result.input(k), image, range, left, top);
            for (int e = 0; e < examples; e++) {
                data.features(result.examples().top()[k][e], row, 0);
                draw(picture, row, image, range, left, top + cellHeight + SEPARATION + e * (cellHeight + GAP));
            }
        }
        return picture;
    }

    private static void draw(BufferedImage picture, float[] values, int[] image, DataRange range, int left, int top) {
        SaliencyImages.drawSample(picture, values, image, (float) range.low(), (float) range.high(), ZOOM, left, top);
    }
}
