package dev.dendrite.train.run;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;

import javax.imageio.ImageIO;

import dev.dendrite.model.network.generative.RBM;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;

/**
 * What an RBM learnt, as pictures in its run directory: {@code filters.png} (each hidden unit's
 * incoming weights as an image, a tile per unit) and {@code samples.png} (Gibbs chains started
 * from test images, as the classic RBM tutorials do, one row per chain, columns after 0, 1, 10,
 * 100 and 1,000 steps: how far the model's own dynamics wander from the data). Only for square
 * visible layers (images): other shapes have no picture to draw.
 */
final class RbmImages {

    static final String FILTERS = "filters.png";
    static final String SAMPLES = "samples.png";
    private static final int[] SHOWN_STEPS = {0, 1, 10, 100, 1000};
    static final int CHAINS = 8;
    private static final int MAX_FILTERS = 100;

    private RbmImages() {
    }

    /** @return whether images were written (false when the visible layer is not a square image) */
    /** @param starts the chains' first visible states, {@code CHAINS} rows of the visible size (null: random noise) */
    static boolean write(RBM rbm, Weights weights, float[] starts, Path dir, long seed) throws IOException {
        FloatTensor w = weights.get(rbm.getId(), "weight").orElse(null);
        FloatTensor b = weights.get(rbm.getId(), "visible_bias").orElse(null);
        FloatTensor c = weights.get(rbm.getId(), "hidden_bias").orElse(null);
        if (w == null || b == null || c == null) {
            return false;
        }
        int visible = (int) w.shape()[0];
        int hidden = (int) w.shape()[1];
        int side = (int) Math.round(Math.sqrt(visible));
        if (side * side != visible) {
            return false;
        }
        ImageIO.write(filters(w.values(), visible, hidden, side), "png", dir.resolve(FILTERS).toFile());
        ImageIO.write(samples(w.values(), b.values(), c.values(), starts, visible, hidden, side, seed), "png", dir.resolve(SAMPLES).toFile());
        return true;
    }

    /** Each unit's weights scaled to its own range, grey 0 to 255, tiles separated by a 1-pixel line. */
    private static BufferedImage filters(float[] w, int visible, int hidden, int side) {
        int shown = Math.min(hidden, MAX_FILTERS);
        int columns = (int) Math.ceil(Math.sqrt(shown));
        int rows = (shown + columns - 1) / columns;
        BufferedImage image = new BufferedImage(columns * (side + 1) + 1, rows * (side + 1) + 1, BufferedImage.TYPE_BYTE_GRAY);
        for (int unit = 0; unit < shown; unit++) {
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            for (int v = 0; v < visible; v++) {
                min = Math.min(min, w[v * hidden + unit]);
                max = Math.max(max, w[v * hidden + unit]);
            }
            float range = Math.max(max - min, 1e-12f);
            int x0 = 1 + (unit % columns) * (side + 1);
            int y0 = 1 + (unit / columns) * (side + 1);
            for (int v = 0; v < visible; v++) {
                int grey = Math.round(255 * (w[v * hidden + unit] - min) / range);
                image.getRaster().setSample(x0 + v % side, y0 + v / side, 0, grey);
            }
        }
        return image;
    }

    private static BufferedImage samples(float[] w, float[] b, float[] c, float[] starts, int visible, int hidden, int side, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        BufferedImage image = new BufferedImage(SHOWN_STEPS.length * (side + 1) + 1, CHAINS * (side + 1) + 1, BufferedImage.TYPE_BYTE_GRAY);
        double[] h = new double[hidden];
        for (int chain = 0; chain < CHAINS; chain++) {
            double[] v = new double[visible];
            for (int i = 0; i < visible; i++) {
                v[i] = starts != null && starts.length >= (chain + 1) * visible ? starts[chain * visible + i] : random.nextInt(2);
            }
            double[] shownV = v.clone();
            int column = 0;
            for (int step = 0; step <= SHOWN_STEPS[SHOWN_STEPS.length - 1]; step++) {
                if (step == SHOWN_STEPS[column]) {
                    draw(image, shownV, column, chain, side);
                    column++;
                }
                // h ~ p(h | v), then p(v | h) (shown) and v ~ p(v | h) for the next step.
                for (int j = 0; j < hidden; j++) {
                    double sum = c[j];
                    for (int i = 0; i < visible; i++) {
                        sum += v[i] * w[i * hidden + j];
                    }
                    h[j] = random.nextDouble() < sigmoid(sum) ? 1 : 0;
                }
                for (int i = 0; i < visible; i++) {
                    double sum = b[i];
                    for (int j = 0; j < hidden; j++) {
                        sum += h[j] * w[i * hidden + j];
                    }
                    shownV[i] = sigmoid(sum);
                    v[i] = random.nextDouble() < shownV[i] ? 1 : 0;
                }
            }
        }
        return image;
    }

    private static void draw(BufferedImage image, double[] v, int column, int row, int side) {
        int x0 = 1 + column * (side + 1);
        int y0 = 1 + row * (side + 1);
        for (int i = 0; i < v.length; i++) {
            image.getRaster().setSample(x0 + i % side, y0 + i / side, 0, (int) Math.round(255 * Math.min(1, Math.max(0, v[i]))));
        }
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
