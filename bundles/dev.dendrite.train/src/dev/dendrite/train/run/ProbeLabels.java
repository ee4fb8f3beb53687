package dev.dendrite.train.run;

import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.data.Batch;
import dev.dendrite.train.data.GraphDataset;

/**
 * The class labels recorded beside a probe's activations, so that an embedding can be coloured and
 * scored by them: one per sample ({@code probe/labels}); for graphs one per node where the labels
 * are per node, else one per graph and, for the layers before pooling, each node's graph's label
 * ({@code probe/nodeLabels}). A layer takes whichever has as many rows as it has.
 */
public final class ProbeLabels {

    /** The labels of a graph classifier's nodes: each node's graph's class. */
    public static final String NODE_LABELS = "nodeLabels";

    private ProbeLabels() {
    }

    /** The first whole-number tensor of one value per sample, as the labels. */
    static void of(Batch batch, int rows, Weights recorded) {
        batch.tensors().values().stream().filter(t -> t.longs() != null && t.shape().length == 1 && t.shape()[0] == rows).findFirst()
                .ifPresent(l -> recorded.put("probe", "labels", floats(l.longs())));
    }

    /** A graph batch's labels, and for graph labels each node's graph's too. */
    static void ofGraphs(Batch batch, Weights recorded) {
        long[] labels = batch.tensors().get(GraphDataset.LABELS).longs();
        recorded.put("probe", "labels", floats(labels));
        long[] graphOf = batch.tensors().get(GraphDataset.BATCH).longs();
        if (labels.length != graphOf.length) {
            long[] perNode = new long[graphOf.length];
            for (int v = 0; v < perNode.length; v++) {
                perNode[v] = labels[(int) graphOf[v]];
            }
            recorded.put("probe", NODE_LABELS, floats(perNode));
        }
    }

    /** The parameter under a top-k pooling's id that holds the graph of each node it kept. */
    public static final String KEPT_GRAPHS = "graphs";

    /** A top-k pooling's kept nodes' graphs, recorded as {@code ID/graphs}. */
    static void keptGraphs(String layer, ai.onnxruntime.OnnxTensor graphs, Weights recorded) {
        var buffer = graphs.getLongBuffer();
        long[] values = new long[buffer.remaining()];
        buffer.get(values);
        recorded.put(layer, KEPT_GRAPHS, floats(values));
    }

    /**
     * Of the recorded labels, those with one per row of a layer of {@code rows} rows: per sample, per node, or for the rows after a
     * top-k pooling each kept node's graph's (null: none).
     */
    public static FloatTensor forRows(Weights recorded, long rows) {
        for (String name : new String[] {"labels", NODE_LABELS}) {
            FloatTensor t = recorded.get("probe", name).orElse(null);
            if (t != null && t.values().length == rows) {
                return t;
            }
        }
        // Graph classification only (labels per graph, recorded per node too): a node classifier's labels are no graph's.
        FloatTensor perGraph = recorded.get("probe", NODE_LABELS).isPresent() ? recorded.get("probe", "labels").orElse(null) : null;
        for (var entry : recorded.flat().entrySet()) {
            float[] graphs = entry.getValue().values();
            if (perGraph != null && entry.getKey().endsWith("/" + KEPT_GRAPHS) && graphs.length == rows) {
                float[] labels = new float[graphs.length];
                for (int k = 0; k < labels.length; k++) {
                    labels[k] = perGraph.values()[(int) graphs[k]];
                }
                return new FloatTensor(new long[] {labels.length}, labels);
            }
        }
        return null;
    }

    private static FloatTensor floats(long[] values) {
        float[] f = new float[values.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = values[i];
        }
        return new FloatTensor(new long[] {f.length}, f);
    }
}
