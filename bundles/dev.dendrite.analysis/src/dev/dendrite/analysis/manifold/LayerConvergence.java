package dev.dendrite.analysis.manifold;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;

/**
 * How each layer's representation settles over training (Raghu et al., 2017: networks converge from the bottom up): every layer a
 * run tapped ({@code train --taps}), at every recorded epoch, against the same layer at the last recorded epoch, on the run's probe
 * set, by CKA, SVCCA or PWCCA. A layer's settling epoch is the first after which it stays at or above {@link #SETTLED} of its final
 * representation.
 *
 * @param layers the tapped layers, in the order the model computes them where known
 * @param epochs the recorded epochs, in order; the last is the reference
 * @param values layers × epochs, the measure against the last epoch (1 there)
 * @param settledAt per layer, the first recorded epoch from which every later value is at least {@link #SETTLED}
 */
public record LayerConvergence(List<String> layers, List<Integer> epochs, double[][] values, RepresentationSimilarity.Measure measure,
        List<Integer> settledAt) {

    /** Where a layer counts as settled: its representation at least this like its final one from then on. */
    public static final double SETTLED = 0.9;

    /**
     * Reads {@code activations/epoch-E.onnx} (a run's recorded taps) and compares each layer at each epoch with its last; {@code order}
     * lists the model's layers in computing order (null: the files' order).
     *
     * @throws IllegalArgumentException where fewer than two epochs were recorded, or the layers' taps differ from epoch to epoch
     */
    public static LayerConvergence of(Path activations, List<String> order, RepresentationSimilarity.Measure measure, BooleanSupplier cancelled)
            throws IOException {
        List<Integer> epochs = CollapseAnalysis.recordedEpochs(activations);
        if (epochs.size() < 2) {
            throw new IllegalArgumentException("the run recorded activations at " + epochs.size() + " epoch" + (epochs.size() == 1 ? "" : "s")
                    + "; convergence compares every recorded epoch with the last (train with --taps and --taps-every)");
        }
        Map<String, FloatTensor> last = tapped(activations, epochs.get(epochs.size() - 1));
        if (last.isEmpty()) {
            throw new IllegalArgumentException("epoch " + epochs.get(epochs.size() - 1) + " recorded no layer's activations");
        }
        List<String> layers = new ArrayList<>(last.keySet());
        if (order != null) {
            layers.sort(java.util.Comparator.comparingInt(l -> order.indexOf(l) < 0 ? Integer.MAX_VALUE : order.indexOf(l)));
        }
        int rows = (int) last.values().iterator().next().shape()[0];
        double[][] values = new double[layers.size()][epochs.size()];
        for (int e = 0; e < epochs.size(); e++) {
            Map<String, FloatTensor> at = e == epochs.size() - 1 ? last : tapped(activations, epochs.get(e));
            for (int l = 0; l < layers.size(); l++) {
                if (cancelled.getAsBoolean()) {
                    throw new java.util.concurrent.CancellationException();
                }
                float[] then = at.containsKey(layers.get(l)) ? at.get(layers.get(l)).values() : null;
                float[] end = last.get(layers.get(l)).values();
                if (then == null || then.length != end.length) {
                    throw new IllegalArgumentException("epoch " + epochs.get(e) + " recorded '" + layers.get(l) + "' " + (then == null ? "not at all"
                            : "with " + then.length + " values, not " + end.length) + ": the taps differ from epoch to epoch");
                }
                values[l][e] = pair(then, end, rows, measure);
            }
        }
        return new LayerConvergence(List.copyOf(layers), epochs, values, measure, settled(epochs, values));
    }

    /** The measure between one layer's activations at two epochs (the same probe samples). */
    private static double pair(float[] then, float[] end, int rows, RepresentationSimilarity.Measure measure) {
        LayerActivations a = new LayerActivations(List.of("then"), Map.of("then", then), rows);
        LayerActivations b = new LayerActivations(List.of("end"), Map.of("end", end), rows);
        return RepresentationSimilarity.compare(a, b, measure, () -> false).values()[0][0];
    }

    /** Per layer, the first epoch from which every value is at least {@link #SETTLED}. */
    static List<Integer> settled(List<Integer> epochs, double[][] values) {
        List<Integer> settled = new ArrayList<>();
        for (double[] row : values) {
            int from = row.length - 1;
            while (from > 0 && row[from - 1] >= SETTLED) {
                from--;
            }
            settled.add(epochs.get(from));
        }
        return settled;
    }

    /** The layers tapped at {@code epoch}, each its activations [probe samples, ...]. */
    private static Map<String, FloatTensor> tapped(Path activations, int epoch) throws IOException {
        Weights recorded = read(activations, epoch);
        Map<String, FloatTensor> layers = new LinkedHashMap<>();
        for (String layer : CollapseAnalysis.tappedLayers(recorded)) {
            layers.put(layer, recorded.get(layer, "activations").orElseThrow());
        }
        return layers;
    }

    private static Weights read(Path activations, int epoch) throws IOException {
        return CollapseAnalysis.recorded(activations.resolve("epoch-" + epoch + ".onnx"));
    }
}
