package dev.dendrite.analysis.latent;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

import dev.dendrite.analysis.evaluation.SaliencyImages;
import dev.dendrite.train.data.Dataset;

/**
 * A latent space's pictures: decoded codes as grids of pictures over the data's range (black its lowest value, white its
 * highest), and the samples' code means as points coloured by class. Null where the samples are not pictures.
 */
public final class LatentImages {

    private static final int ZOOM = 2;
    private static final int GAP = 1;
    private static final int SCATTER = 480;
    /** Ten distinguishable colours (Tableau's), one per class. */
    private static final int[] CLASS_COLOURS = {0x1F77B4, 0xFF7F0E, 0x2CA02C, 0xD62728, 0x9467BD, 0x8C564B, 0xE377C2, 0x7F7F7F, 0xBCBD22,
        0x17BECF};

    private LatentImages() {
    }

    /** The manifold: grid × grid decoded codes, as {@link LatentSpace.Result#manifold} orders them. */
    public static BufferedImage manifold(LatentSpace.Result result, double low, double high) {
        return grid(result.manifold(), result.grid(), result.sampleShape(), low, high);
    }

    /** The prior's samples decoded, in rows of eight; a conditional autoencoder's a row per code, a column per class. */
    public static BufferedImage priorSamples(LatentSpace.Result result, double low, double high) {
        return grid(result.priorSamples(), result.priorColumns(), result.sampleShape(), low, high);
    }

    /** A row per traversed dimension, a column per {@link LatentSpace#TRAVERSAL} value. */
    public static BufferedImage traversal(LatentSpace.Result result, double low, double high) {
        return grid(result.traversal(), LatentSpace.TRAVERSAL.length, result.sampleShape(), low, high);
    }

    /** One row: the first sample, the decoded line between the two codes, the second sample. */
    public static BufferedImage line(LatentSpace.Result result, Dataset data, double low, double high) {
        float[][] cells = new float[result.line().length + 2][];
        cells[0] = new float[data.sampleSize()];
        data.features(result.between()[0], cells[0], 0);
        System.arraycopy(result.line(), 0, cells, 1, result.line().length);
        cells[cells.length - 1] = new float[data.sampleSize()];
        data.features(result.between()[1], cells[cells.length - 1], 0);
        return grid(cells, cells.length, result.sampleShape(), low, high);
    }

    /** The code means of the encoded samples over the manifold's two dimensions, ±3 on each axis, coloured by class. */
    public static BufferedImage codes(LatentSpace.Result result, Dataset data) {
        BufferedImage picture = SaliencyImages.blank(SCATTER, SCATTER);
        Graphics2D g = picture.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xDDDDDD));
        g.setStroke(new BasicStroke(1));
        for (int t = -3; t <= 3; t++) {
            int at = position(t);
            g.drawLine(at, 0, at, SCATTER);
            g.drawLine(0, SCATTER - at, SCATTER, SCATTER - at);
        }
        g.setColor(new Color(0x999999));
        g.drawLine(position(0), 0, position(0), SCATTER);
        g.drawLine(0, SCATTER - position(0), SCATTER, SCATTER - position(0));
        int k = result.dims();
        int[] dims = result.manifoldDims();
        for (int i = 0; i < result.samples(); i++) {
            double x = result.means()[i * k + dims[0]];
            double y = dims[1] == dims[0] ? 0 : result.means()[i * k + dims[1]];
            int colour = data.hasLabels() ? CLASS_COLOURS[data.label(i) % CLASS_COLOURS.length] : 0x1F77B4;
            g.setColor(new Color(colour));
            g.fillOval(position(x) - 2, SCATTER - position(y) - 2, 5, 5);
        }
        if (data.hasLabels()) {
            legend(g, data.classes());
        }
        g.dispose();
        return picture;
    }

    /** One coloured dot and number per class, in a column at the top right. */
    private static void legend(Graphics2D g, int classes) {
        int shown = Math.min(classes, CLASS_COLOURS.length);
        g.setColor(new Color(0xFFFFFF));
        g.fillRect(SCATTER - 34, 4, 30, 4 + 14 * shown);
        g.setFont(g.getFont().deriveFont(11f));
        for (int c = 0; c < shown; c++) {
            g.setColor(new Color(CLASS_COLOURS[c]));
            g.fillOval(SCATTER - 30, 9 + 14 * c, 8, 8);
            g.setColor(Color.DARK_GRAY);
            g.drawString(Integer.toString(c), SCATTER - 18, 17 + 14 * c);
        }
    }

    /** The colour of a class in {@link #codes}. */
    public static int classColour(int label) {
        return CLASS_COLOURS[label % CLASS_COLOURS.length];
    }

    private static int position(double value) {
        return (int) Math.round((Math.max(-3.2, Math.min(3.2, value)) + 3.2) / 6.4 * SCATTER);
    }

    /** Cells of samples in rows of {@code columns}, over [low, high]; null where a sample is no picture. */
    public static BufferedImage grid(float[][] cells, int columns, long[] sampleShape, double low, double high) {
        int[] image = SaliencyImages.imageShape(sampleShape);
        if (image == null || cells.length == 0) {
            return null;
        }
        int cellWidth = image[2] * ZOOM;
        int cellHeight = image[1] * ZOOM;
        int rows = (cells.length + columns - 1) / columns;
        BufferedImage picture = SaliencyImages.blank(GAP + columns * (cellWidth + GAP), GAP + rows * (cellHeight + GAP));
        for (int c = 0; c < cells.length; c++) {
            SaliencyImages.drawSample(picture, cells[c], image, (float) low, (float) high, ZOOM, GAP + c % columns * (cellWidth + GAP),
                    GAP + c / columns * (cellHeight + GAP));
        }
        return picture;
    }
}
