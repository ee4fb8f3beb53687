package dev.dendrite.analysis.landscape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

import dev.dendrite.analysis.latent.SymmetricEigen;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.train.graph.ParameterRole;
import dev.dendrite.train.run.LossProbe;
import dev.dendrite.train.run.TrainingException;

/**
 * The optimisation path over the loss (Li et al., 2018, section 7): the weights kept along training,
 * each less the final weights, give two directions by PCA (random directions would miss the path,
 * which lies almost wholly in a low-dimensional space); the loss is evaluated on the plane through the
 * final weights along them, and each kept point is projected onto it. Weights and biases move;
 * normalisation statistics stay the final ones.
 *
 * @param xs the grid's coordinates along the first direction
 * @param ys along the second
 * @param loss {@code loss[j][i]} at xs[i], ys[j]
 * @param accuracy the same for the accuracy (NaN for no classifier)
 * @param epochs the kept points' epochs, in order
 * @param path each kept point's coordinates {x, y} on the plane (the final weights at 0, 0)
 * @param pathLoss the loss at each kept point itself (not its projection)
 * @param pathAccuracy its accuracy
 * @param explained the share of the path's variance (about its mean) along each direction
 * @param inPlane each kept point's share of its distance from the final weights that the plane holds (1: on the plane)
 */
public record Trajectory(double[] xs, double[] ys, double[][] loss, double[][] accuracy, int[] epochs, double[][] path, double[] pathLoss,
        double[] pathAccuracy, double[] explained, double[] inPlane, int samples) {

    /**
     * The trajectory of {@code kept} (by epoch, in order; the same tensors as the probe's weights) around the probe's weights, the final
     * ones, at {@code steps} × {@code steps} points spanning the path with {@code margin} of its extent more on each side.
     *
     * @return null when cancelled
     * @throws IllegalArgumentException for fewer than two kept points besides the final weights, or kept weights of another network
     */
    public static Trajectory of(LossProbe probe, int[] epochs, List<Map<String, FloatTensor>> kept, int steps, double margin,
            BooleanSupplier cancelled, DoubleConsumer progress) throws TrainingException {
        if (steps < 3 || !(margin >= 0)) {
            throw new IllegalArgumentException("a trajectory takes 3 or more steps and a margin of 0 or more, not " + steps + " and " + margin);
        }
        Map<String, float[]> end = moved(probe);
        List<double[]> differences = new ArrayList<>();
        for (int k = 0; k < kept.size(); k++) {
            differences.add(difference(end, kept.get(k), epochs[k]));
        }
        int m = differences.size();
        int size = differences.isEmpty() ? 0 : differences.get(0).length;
        double[] mean = new double[size];
        for (double[] d : differences) {
            for (int i = 0; i < size; i++) {
                mean[i] += d[i] / m;
            }
        }
        double[] gram = new double[m * m];
        for (int a = 0; a < m; a++) {
            for (int b = a; b < m; b++) {
                double sum = 0;
                double[] da = differences.get(a);
                double[] db = differences.get(b);
                for (int i = 0; i < size; i++) {
                    sum += (da[i] - mean[i]) * (db[i] - mean[i]);
                }
                gram[a * m + b] = sum;
                gram[b * m + a] = sum;
            }
        }
        SymmetricEigen eigen = SymmetricEigen.of(gram, m);
        Integer[] order = java.util.stream.IntStream.range(0, m).boxed().sorted((p, q) -> Double.compare(eigen.values()[q], eigen.values()[p]))
                .toArray(Integer[]::new);
        double total = java.util.Arrays.stream(eigen.values()).map(v -> Math.max(0, v)).sum();
        if (m < 3 || !(eigen.values()[order[1]] > 1e-12 * total)) {
            throw new IllegalArgumentException("the kept weights span " + (m < 3 ? "fewer than 3 points" : "a line") + ": a trajectory needs "
                    + "the weights of at least three epochs that do not lie on one line (train with --keep-weights-every 1 for more epochs)");
        }
        double[][] directions = new double[2][size];
        for (int k = 0; k < 2; k++) {
            int e = order[k];
            double norm = Math.sqrt(eigen.values()[e]);
            for (int p = 0; p < m; p++) {
                double weight = eigen.vectors()[p * m + e] / norm;
                double[] d = differences.get(p);
                for (int i = 0; i < size; i++) {
                    directions[k][i] += weight * (d[i] - mean[i]);
                }
            }
        }
        double[][] path = new double[m][2];
        double[] inPlane = new double[m];
        for (int p = 0; p < m; p++) {
            double[] d = differences.get(p);
            path[p][0] = Lanczos.dot(d, directions[0]);
            path[p][1] = Lanczos.dot(d, directions[1]);
            double length = Lanczos.dot(d, d);
            inPlane[p] = length > 0 ? Math.sqrt((path[p][0] * path[p][0] + path[p][1] * path[p][1]) / length) : 1;
        }
        double[] xs = axis(path, 0, steps, margin);
        double[] ys = axis(path, 1, steps, margin);
        double[][] loss = new double[steps][steps];
        double[][] accuracy = new double[steps][steps];
        int evaluations = steps * steps + m;
        for (int j = 0; j < steps; j++) {
            for (int i = 0; i < steps; i++) {
                if (cancelled.getAsBoolean()) {
                    return null;
                }
                LossProbe.Point point = probe.at(at(end, directions, xs[i], ys[j]));
                loss[j][i] = point.loss();
                accuracy[j][i] = point.accuracy();
                progress.accept((j * steps + i + 1) / (double) evaluations);
            }
        }
        double[] pathLoss = new double[m];
        double[] pathAccuracy = new double[m];
        for (int p = 0; p < m; p++) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            Map<String, float[]> values = new LinkedHashMap<>();
            Map<String, FloatTensor> point = kept.get(p);
            end.keySet().forEach(key -> values.put(key, point.get(key).values()));
            LossProbe.Point measured = probe.at(values);
            pathLoss[p] = measured.loss();
            pathAccuracy[p] = measured.accuracy();
            progress.accept((steps * steps + p + 1) / (double) evaluations);
        }
        double[] explained = {Math.max(0, eigen.values()[order[0]]) / total, Math.max(0, eigen.values()[order[1]]) / total};
        return new Trajectory(xs, ys, loss, accuracy, epochs.clone(), path, pathLoss, pathAccuracy, explained, inPlane, probe.samples());
    }

    /** The tensors the path moves: the probe's weights and biases, in its order. */
    private static Map<String, float[]> moved(LossProbe probe) {
        Map<String, float[]> moved = new LinkedHashMap<>();
        for (var entry : probe.values().entrySet()) {
            ParameterRole role = probe.role(entry.getKey());
            if (role == ParameterRole.WEIGHT || role == ParameterRole.BIAS) {
                moved.put(entry.getKey(), entry.getValue().values());
            }
        }
        if (moved.isEmpty()) {
            throw new IllegalArgumentException("the network has no weights or biases to move along");
        }
        return moved;
    }

    /** One kept point less the final weights, flattened in the order of {@code end}. */
    private static double[] difference(Map<String, float[]> end, Map<String, FloatTensor> kept, int epoch) {
        int size = end.values().stream().mapToInt(v -> v.length).sum();
        double[] d = new double[size];
        int at = 0;
        for (var entry : end.entrySet()) {
            FloatTensor tensor = kept.get(entry.getKey());
            if (tensor == null || tensor.values().length != entry.getValue().length) {
                throw new IllegalArgumentException("the weights kept at epoch " + epoch + (tensor == null ? " have no " + entry.getKey()
                        : " give " + entry.getKey() + " another shape") + ": they are not of this run's network");
            }
            float[] w = entry.getValue();
            float[] v = tensor.values();
            for (int i = 0; i < w.length; i++) {
                d[at++] = (double) v[i] - w[i];
            }
        }
        return d;
    }

    /** The final weights moved by x along the first direction and y along the second. */
    private static Map<String, float[]> at(Map<String, float[]> end, double[][] directions, double x, double y) {
        Map<String, float[]> values = new LinkedHashMap<>();
        int at = 0;
        for (var entry : end.entrySet()) {
            float[] w = entry.getValue();
            float[] moved = new float[w.length];
            for (int i = 0; i < w.length; i++, at++) {
                moved[i] = (float) (w[i] + x * directions[0][at] + y * directions[1][at]);
            }
            values.put(entry.getKey(), moved);
        }
        return values;
    }

    /** {@code steps} even coordinates over the path's extent along {@code axis} (0 included) with {@code margin} of it more each side. */
    private static double[] axis(double[][] path, int axis, int steps, double margin) {
        double low = 0;
        double high = 0;
        for (double[] p : path) {
            low = Math.min(low, p[axis]);
            high = Math.max(high, p[axis]);
        }
        double extent = high - low;
        low -= margin * extent;
        high += margin * extent;
        double[] values = new double[steps];
        for (int i = 0; i < steps; i++) {
            values[i] = low + (high - low) * i / (steps - 1);
        }
        return values;
    }
}
