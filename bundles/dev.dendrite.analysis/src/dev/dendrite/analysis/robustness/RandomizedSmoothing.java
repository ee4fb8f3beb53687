package dev.dendrite.analysis.robustness;

import java.util.SplittableRandom;

import ai.onnxruntime.OrtException;
import dev.dendrite.analysis.latent.NormalQuantile;

/**
 * Randomized smoothing (Cohen, Rosenfeld and Kolter, 2019): the smoothed classifier g(x) names the class the base model reads most
 * often from x plus Gaussian noise N(0, σ²I). Where that class's probability is at least p_A > ½, g gives it throughout the L2
 * ball of radius σ·Φ⁻¹(p_A) around x. CERTIFY guesses the class from {@code selection} noisy copies, counts it among
 * {@code noise} fresh ones, and takes p_A as the count's one-sided Clopper–Pearson bound at level 1 − α, so that a certificate is
 * wrong with probability at most α; below ½ it abstains. Any model can be smoothed (only forward passes): a model trained with
 * noise of the same σ ({@code train --augment noise:σ}) keeps its accuracy under it, others lose it.
 *
 * @param sigma the noise's standard deviation, in the input's units
 * @param noise the copies the class is counted among (Cohen et al.: 100,000)
 * @param selection the copies the class is guessed from
 * @param alpha the probability that a certificate is wrong
 */
public record RandomizedSmoothing(double sigma, int noise, int selection, double alpha) {

    /** The copies per run of the model. */
    private static final int BATCH = 500;

    /** @throws IllegalArgumentException naming the setting out of range */
    public RandomizedSmoothing {
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("--sigma is the noise's standard deviation > 0, not " + sigma);
        }
        if (noise < 10 || selection < 1) {
            throw new IllegalArgumentException("--noise-samples counts the class among 10 noisy copies or more, not " + noise);
        }
        if (!(alpha > 0 && alpha < 0.5)) {
            throw new IllegalArgumentException("--alpha is a probability in (0, 0.5), not " + alpha);
        }
    }

    /** Cohen et al.'s selection of 100 copies and α = 0.001. */
    public RandomizedSmoothing(double sigma, int noise) {
        this(sigma, noise, 100, 0.001);
    }

    /** The smoothed classifier's class at one sample (-1: it abstains) and the L2 radius it holds over (0 where it abstains). */
    record Certificate(int predicted, double radius) {
    }

    /** CERTIFY at the sample of {@code x} at {@code offset}: the copies' noise drawn from {@code random}. */
    Certificate certify(Classifier model, float[] x, int offset, int size, long[] declared, SplittableRandom random) throws OrtException {
        int[] guessed = counts(model, x, offset, size, declared, selection, random);
        int top = 0;
        for (int c = 1; c < guessed.length; c++) {
            top = guessed[c] > guessed[top] ? c : top;
        }
        int[] counted = counts(model, x, offset, size, declared, noise, random);
        double p = BinomialBounds.lower(counted[top], noise, alpha);
        return p < 0.5 ? new Certificate(-1, 0) : new Certificate(top, sigma * NormalQuantile.of(Math.min(p, 1 - 1e-16)));
    }

    /** How often the model reads each class among {@code copies} noisy copies of the sample. */
    private int[] counts(Classifier model, float[] x, int offset, int size, long[] declared, int copies, SplittableRandom random)
            throws OrtException {
        int[] counts = new int[model.classes()];
        for (int from = 0; from < copies; from += BATCH) {
            int rows = Math.min(BATCH, copies - from);
            float[] batch = new float[rows * size];
            for (int r = 0; r < rows; r++) {
                for (int v = 0; v < size; v++) {
                    batch[r * size + v] = (float) (x[offset + v] + sigma * random.nextGaussian());
                }
            }
            long[] shape = declared.clone();
            shape[0] = rows;
            float[] out = model.forward(batch, shape);
            int classes = counts.length;
            for (int r = 0; r < rows; r++) {
                int best = 0;
                for (int c = 1; c < classes; c++) {
                    best = out[r * classes + c] > out[r * classes + best] ? c : best;
                }
                counts[best]++;
            }
        }
        return counts;
    }
}
