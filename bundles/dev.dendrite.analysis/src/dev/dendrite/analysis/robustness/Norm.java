package dev.dendrite.analysis.robustness;

import java.util.SplittableRandom;

/**
 * The ball an attack moves each sample within, and how it steps in it: L∞ (no value by more than ε;
 * steps along the gradient's sign) or L2 (a perturbation of Euclidean length at most ε; steps along
 * the gradient's direction). Every method works on rows of {@code size} values, a sample each.
 */
public enum Norm {
    /** max |δᵢ| ≤ ε: the usual threat model of pictures, each pixel changed by at most ε. */
    LINF("linf"),
    /** ‖δ‖₂ ≤ ε: the change's total energy bounded, free to concentrate on a few values. */
    L2("l2");

    private final String word;

    Norm(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** @throws IllegalArgumentException naming the norms */
    public static Norm of(String word) {
        for (Norm n : values()) {
            if (n.word.equals(word)) {
                return n;
            }
        }
        throw new IllegalArgumentException("--norm must be linf or l2, not '" + word + "'");
    }

    /** The steepest ascent direction of unit size in this norm: the gradient's sign (L∞) or the gradient over its length (L2). */
    float[] direction(float[] gradient, int size) {
        float[] direction = new float[gradient.length];
        for (int from = 0; from < gradient.length; from += size) {
            double length = 0;
            for (int v = from; v < from + size; v++) {
                length += (double) gradient[v] * gradient[v];
            }
            length = Math.sqrt(length);
            for (int v = from; v < from + size; v++) {
                direction[v] = this == LINF ? Math.signum(gradient[v]) : length == 0 ? 0 : (float) (gradient[v] / length);
            }
        }
        return direction;
    }

    /** {@code offset} projected into the ball of radius ε, in place: each value clamped (L∞) or each row scaled back (L2). */
    void project(float[] offset, int size, float epsilon) {
        for (int from = 0; from < offset.length; from += size) {
            if (this == LINF) {
                for (int v = from; v < from + size; v++) {
                    offset[v] = Math.max(-epsilon, Math.min(epsilon, offset[v]));
                }
                continue;
            }
            double length = 0;
            for (int v = from; v < from + size; v++) {
                length += (double) offset[v] * offset[v];
            }
            length = Math.sqrt(length);
            if (length > epsilon) {
                for (int v = from; v < from + size; v++) {
                    offset[v] = (float) (offset[v] * epsilon / length);
                }
            }
        }
    }

    /** A point drawn uniformly in the ball, per row: each value uniform in [−ε, ε] (L∞), or a direction times ε·U^(1/size) (L2). */
    float[] uniform(int values, int size, float epsilon, SplittableRandom random) {
        float[] offset = new float[values];
        if (this == LINF) {
            for (int v = 0; v < values; v++) {
                offset[v] = (float) ((2 * random.nextDouble() - 1) * epsilon);
            }
            return offset;
        }
        for (int from = 0; from < values; from += size) {
            sphere(offset, from, size, epsilon * Math.pow(random.nextDouble(), 1.0 / size), random);
        }
        return offset;
    }

    /** Noise on the ball's surface, per row: each value ±ε at random (L∞), or a random direction of length ε (L2). */
    float[] surface(int values, int size, float epsilon, SplittableRandom random) {
        float[] offset = new float[values];
        for (int from = 0; from < values; from += size) {
            if (this == LINF) {
                for (int v = from; v < from + size; v++) {
                    offset[v] = random.nextBoolean() ? epsilon : -epsilon;
                }
            } else {
                sphere(offset, from, size, epsilon, random);
            }
        }
        return offset;
    }

    /** A row of {@code size} values at {@code from}: a uniformly random direction (normalised Gaussians) of length {@code radius}. */
    private static void sphere(float[] offset, int from, int size, double radius, SplittableRandom random) {
        double[] gaussian = new double[size];
        double length = 0;
        for (int v = 0; v < size; v++) {
            gaussian[v] = gaussian(random);
            length += gaussian[v] * gaussian[v];
        }
        length = Math.sqrt(length);
        for (int v = 0; v < size; v++) {
            offset[from + v] = (float) (gaussian[v] * radius / length);
        }
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
