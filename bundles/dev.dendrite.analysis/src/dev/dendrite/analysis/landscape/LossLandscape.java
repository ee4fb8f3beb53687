package dev.dendrite.analysis.landscape;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.train.graph.ParameterRole;
import dev.dendrite.train.run.LossProbe;
import dev.dendrite.train.run.TrainingException;

/**
 * The loss around trained weights and between two sets of them, as plain data:
 * <ul>
 * <li>a plane through the weights along two random directions, each filter scaled to the norm of
 * the weights' filter (Li et al., 2018, "Visualizing the loss landscape of neural nets"), so planes
 * of differently scaled networks compare;</li>
 * <li>the straight path from one set of weights to another (Goodfellow et al., 2015; Frankle et al.,
 * 2020), with its barrier: how far the loss rises above the straight line between the ends.</li>
 * </ul>
 */
public final class LossLandscape {

    /**
     * The loss (and accuracy, NaN for no classifier) at {@code coordinates[i]}·δ + {@code coordinates[j]}·η around the weights,
     * as {@code loss[j][i]} (rows along η).
     */
    public record Plane(double[] coordinates, double[][] loss, double[][] accuracy, int samples) {

        /** The loss at the weights themselves (the grid's centre, whose coordinates are 0). */
        public double centre() {
            int c = coordinates.length / 2;
            return loss[c][c];
        }

        /**
         * The mean rise of the loss above {@link #centre()} at the four grid points nearest to distance {@code r} along ±δ and ±η:
         * how sharp the minimum is at that scale.
         */
        public double rise(double r) {
            int c = coordinates.length / 2;
            int k = c;
            for (int i = c; i < coordinates.length; i++) {
                if (Math.abs(coordinates[i] - r) < Math.abs(coordinates[k] - r)) {
                    k = i;
                }
            }
            int d = k - c;
            return (loss[c][c + d] + loss[c][c - d] + loss[c + d][c] + loss[c - d][c]) / 4 - centre();
        }
    }

    /**
     * The loss along (1 − α)·from + α·to at each α of {@code alphas}; {@code barrier}: the largest rise of the loss above the
     * straight line between the ends' losses for α in [0, 1], {@code errorBarrier} the same for the error (1 − accuracy; NaN
     * for no classifier).
     */
    public record Line(double[] alphas, double[] loss, double[] accuracy, double barrier, double errorBarrier, int samples) {
    }

    private LossLandscape() {
    }

    /**
     * A random Gaussian direction in the space of the probe's weight matrices and kernels, each filter scaled to the norm of the
     * same filter of the weights: a dense weight's filter is a column (one output unit; Dendrite keeps them [in, out]), a
     * kernel's (and any tensor of rank 3 or more) a slice of its first axis. Biases, gains, statistics and masks get none
     * (Li et al. set those to zero too).
     */
    public static Map<String, float[]> filterNormalised(LossProbe probe, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, float[]> direction = new LinkedHashMap<>();
        for (var entry : probe.values().entrySet()) {
            if (probe.role(entry.getKey()) != ParameterRole.WEIGHT) {
                continue;
            }
            FloatTensor weights = entry.getValue();
            float[] w = weights.values();
            float[] d = new float[w.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = (float) gaussian(random);
            }
            long[] shape = weights.shape();
            if (shape.length == 2) {
                int rows = (int) shape[0];
                int columns = (int) shape[1];
                for (int c = 0; c < columns; c++) {
                    scale(w, d, c, columns, rows);
                }
            } else if (shape.length >= 3) {
                int filters = (int) shape[0];
                int each = w.length / filters;
                for (int f = 0; f < filters; f++) {
                    scale(w, d, f * each, 1, each);
                }
            } else {
                scale(w, d, 0, 1, w.length);
            }
            direction.put(entry.getKey(), d);
        }
        return direction;
    }

    /** Scales the {@code count} values of {@code d} at {@code start}, {@code start + stride}, ... to the norm of {@code w}'s there. */
    private static void scale(float[] w, float[] d, int start, int stride, int count) {
        double wNorm = 0;
        double dNorm = 0;
        for (int k = 0, i = start; k < count; k++, i += stride) {
            wNorm += (double) w[i] * w[i];
            dNorm += (double) d[i] * d[i];
        }
        double factor = dNorm > 0 ? Math.sqrt(wNorm / dNorm) : 0;
        for (int k = 0, i = start; k < count; k++, i += stride) {
            d[i] = (float) (d[i] * factor);
        }
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /**
     * The plane through the probe's weights along two filter-normalised directions drawn from {@code seed}, at {@code steps}
     * (odd, ≥ 3) coordinates from −{@code span} to {@code span} on each axis.
     *
     * @return null when cancelled
     */
    public static Plane plane(LossProbe probe, double span, int steps, long seed, BooleanSupplier cancelled, DoubleConsumer progress)
            throws TrainingException {
        if (steps < 3 || steps % 2 == 0 || !(span > 0)) {
            throw new IllegalArgumentException("a plane takes an odd number of steps ≥ 3 and a span > 0, not " + steps + " and " + span);
        }
        Map<String, float[]> delta = filterNormalised(probe, seed);
        Map<String, float[]> eta = filterNormalised(probe, seed + 0x9E3779B97F4A7C15L);
        if (delta.isEmpty()) {
            throw new IllegalArgumentException("the network has no weight matrices or kernels to move along");
        }
        double[] coordinates = new double[steps];
        for (int i = 0; i < steps; i++) {
            coordinates[i] = -span + 2 * span * i / (steps - 1);
        }
        // The centre exactly 0, whatever the rounding of the step.
        coordinates[steps / 2] = 0;
        double[][] loss = new double[steps][steps];
        double[][] accuracy = new double[steps][steps];
        for (int j = 0; j < steps; j++) {
            for (int i = 0; i < steps; i++) {
                if (cancelled.getAsBoolean()) {
                    return null;
                }
                Map<String, float[]> moved = new LinkedHashMap<>();
                for (var entry : delta.entrySet()) {
                    float[] w = probe.values().get(entry.getKey()).values();
                    float[] d = entry.getValue();
                    float[] e = eta.get(entry.getKey());
                    float[] at = new float[w.length];
                    for (int k = 0; k < w.length; k++) {
                        at[k] = (float) (w[k] + coordinates[i] * d[k] + coordinates[j] * e[k]);
                    }
                    moved.put(entry.getKey(), at);
                }
                LossProbe.Point point = probe.at(moved);
                loss[j][i] = point.loss();
                accuracy[j][i] = point.accuracy();
                progress.accept((j * steps + i + 1) / (double) (steps * steps));
            }
        }
        return new Plane(coordinates, loss, accuracy, probe.samples());
    }

    /**
     * The straight path from the probe's weights to {@code to} (the same keys and shapes: parameters and statistics move, masks
     * stay the probe's) at {@code steps} values of α from {@code from} to {@code until}.
     *
     * @return null when cancelled
     * @throws IllegalArgumentException naming a tensor {@code to} lacks or shapes otherwise
     */
    public static Line line(LossProbe probe, Map<String, FloatTensor> to, double from, double until, int steps, BooleanSupplier cancelled,
            DoubleConsumer progress) throws TrainingException {
        if (steps < 2 || !(until > from)) {
            throw new IllegalArgumentException("a path takes at least 2 steps from α to a larger α, not " + steps + " from " + from + " to " + until);
        }
        Map<String, float[]> start = new LinkedHashMap<>();
        Map<String, float[]> end = new LinkedHashMap<>();
        for (var entry : probe.values().entrySet()) {
            ParameterRole role = probe.role(entry.getKey());
            if (role != ParameterRole.WEIGHT && role != ParameterRole.BIAS && role != ParameterRole.RUNNING_STATISTIC) {
                continue;
            }
            FloatTensor other = to.get(entry.getKey());
            if (other == null) {
                throw new IllegalArgumentException("the other weights have no " + entry.getKey() + ": interpolate between runs of the same network");
            }
            if (!java.util.Arrays.equals(other.shape(), entry.getValue().shape())) {
                throw new IllegalArgumentException(entry.getKey() + " is " + java.util.Arrays.toString(entry.getValue().shape()) + " here and "
                        + java.util.Arrays.toString(other.shape()) + " in the other weights: interpolate between runs of the same network");
            }
            start.put(entry.getKey(), entry.getValue().values());
            end.put(entry.getKey(), other.values());
        }
        double[] alphas = new double[steps];
        double[] loss = new double[steps];
        double[] accuracy = new double[steps];
        for (int s = 0; s < steps; s++) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            double alpha = from + (until - from) * s / (steps - 1);
            alphas[s] = alpha;
            Map<String, float[]> at = new LinkedHashMap<>();
            for (var entry : start.entrySet()) {
                float[] a = entry.getValue();
                float[] b = end.get(entry.getKey());
                float[] mixed = new float[a.length];
                for (int k = 0; k < a.length; k++) {
                    mixed[k] = (float) ((1 - alpha) * a[k] + alpha * b[k]);
                }
                at.put(entry.getKey(), mixed);
            }
            LossProbe.Point point = probe.at(at);
            loss[s] = point.loss();
            accuracy[s] = point.accuracy();
            progress.accept((s + 1) / (double) steps);
        }
        double[] error = new double[steps];
        for (int s = 0; s < steps; s++) {
            error[s] = 1 - accuracy[s];
        }
        return new Line(alphas, loss, accuracy, barrier(alphas, loss), probe.classification() ? barrier(alphas, error)
                : Double.NaN, probe.samples());
    }

    /**
     * The largest rise of {@code values} above the straight line between their values at α = 0 and α = 1, over the αs in [0, 1]
     * (the path's values at exactly 0 and 1; NaN where it misses either).
     */
    static double barrier(double[] alphas, double[] values) {
        double atStart = Double.NaN;
        double atEnd = Double.NaN;
        for (int s = 0; s < alphas.length; s++) {
            if (Math.abs(alphas[s]) < 1e-12) {
                atStart = values[s];
            }
            if (Math.abs(alphas[s] - 1) < 1e-12) {
                atEnd = values[s];
            }
        }
        if (Double.isNaN(atStart) || Double.isNaN(atEnd)) {
            return Double.NaN;
        }
        double highest = 0;
        for (int s = 0; s < alphas.length; s++) {
            if (alphas[s] >= -1e-12 && alphas[s] <= 1 + 1e-12) {
                highest = Math.max(highest, values[s] - ((1 - alphas[s]) * atStart + alphas[s] * atEnd));
            }
        }
        return highest;
    }
}
