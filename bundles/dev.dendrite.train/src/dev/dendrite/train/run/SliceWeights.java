package dev.dendrite.train.run;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.graph.ReplicaGraphs;

/**
 * The scalars each slice's replica weighs its gradients, loss and accuracy by: the slice's part of
 * what they are means over. For means over samples that is its rows' part, made once per cut of
 * the batch; for means over the real steps of padded sequences or over the labels' class weights
 * ({@link ReplicaGraphs#divisors}) it is computed every step from the slice's own batch inputs by
 * the {@link ReplicaGraphs#shares} graph, so that the slices' weighted means add up to the whole batch's.
 */
final class SliceWeights implements AutoCloseable {

    /** Per slice, the loss's weight and the accuracy's (the same tensor unless the accuracy is weighed apart). */
    record Weights(OnnxTensor loss, OnnxTensor accuracy) {
    }

    private final ReplicaGraphs graphs;
    /** Null where both means are over samples. */
    private final ModelSession shares;
    private List<Weights> current = List.of();
    /** The rows the current weights were made for, where they depend on nothing else; null otherwise. */
    private int[] currentRows;

    SliceWeights(ReplicaGraphs graphs, RuntimeSettings settings) throws ModelLoadException {
        this.graphs = graphs;
        this.shares = graphs.shares() == null ? null
                : OnnxRuntime.open(graphs.shares().toByteArray(), "train step slice shares", settings.withThreads(1, 1));
    }

    /** The weights of {@code slices} of {@code rows} samples each; valid until the next call. */
    List<Weights> of(List<Map<String, OnnxTensor>> slices, int[] rows) throws OrtException {
        if (shares == null && Arrays.equals(rows, currentRows)) {
            return current;
        }
        double[] lossParts = new double[rows.length];
        double[] accuracyParts = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            lossParts[r] = rows[r];
            accuracyParts[r] = rows[r];
        }
        if (shares != null) {
            for (int r = 0; r < rows.length; r++) {
                Map<String, OnnxTensor> feeds = new HashMap<>();
                for (String input : shares.inputNames()) {
                    feeds.put(input, slices.get(r).get(input));
                }
                try (OrtSession.Result result = shares.session().run(feeds)) {
                    if (graphs.divisors().loss() != null) {
                        lossParts[r] = Feeds.scalar(result, graphs.divisors().loss());
                    }
                    if (graphs.divisors().accuracy() != null) {
                        accuracyParts[r] = Feeds.scalar(result, graphs.divisors().accuracy());
                    }
                }
            }
        }
        releaseWeights();
        List<Weights> made = new ArrayList<>();
        double[] loss = shares(lossParts, rows);
        double[] accuracy = graphs.weighsAccuracyApart() ? shares(accuracyParts, rows) : null;
        for (int r = 0; r < rows.length; r++) {
            OnnxTensor lossWeight = scalar(loss[r]);
            made.add(new Weights(lossWeight, accuracy == null ? lossWeight : scalar(accuracy[r])));
        }
        current = made;
        currentRows = shares == null ? rows.clone() : null;
        return current;
    }

    /** Each part over their sum; by rows where they sum to 0 (every slice's mean is then 0 too). */
    private static double[] shares(double[] parts, int[] rows) {
        double total = Arrays.stream(parts).sum();
        double rowTotal = Arrays.stream(rows).sum();
        double[] shares = new double[parts.length];
        for (int r = 0; r < parts.length; r++) {
            shares[r] = total > 0 ? parts[r] / total : rows[r] / rowTotal;
        }
        return shares;
    }

    private static OnnxTensor scalar(double value) throws OrtException {
        return OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(new float[] {(float) value}), new long[0]);
    }

    private void releaseWeights() {
        for (Weights w : current) {
            w.loss().close();
            if (w.accuracy() != w.loss()) {
                w.accuracy().close();
            }
        }
        current = List.of();
        currentRows = null;
    }

    /** Closes the weights and the shares session. */
    @Override
    public void close() {
        releaseWeights();
        if (shares != null) {
            SliceSessions.closeAll(List.of(shares));
        }
    }
}
