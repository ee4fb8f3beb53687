package dev.dendrite.train.run;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
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
import dev.dendrite.train.data.Batch;
import dev.dendrite.train.data.GraphDataset;
import dev.dendrite.train.data.HostTensor;

/**
 * A graph model's first output for every graph (graph classification) or every node (node
 * classification) of a graph data set, with the labels in the same order: batches of graphs joined
 * into one disjoint graph as training joins them. The model's inputs are fed by name as an exported
 * graph network names them: {@code ID} the node features, {@code ID:edges} the edge index and
 * {@code ID:batch} each node's graph.
 *
 * @param values {@code labels.length × width} outputs, row after row
 * @param labels the class of each row (a graph's, or a node's)
 */
public record GraphOutputs(float[] values, int width, int[] labels) {

    /** Graphs per run: their nodes and edges stay small next to an image batch. */
    static final int GRAPHS_PER_RUN = 64;

    /** @throws IllegalArgumentException where the model gives one row per graph and the labels are per node, or the reverse */
    public static GraphOutputs of(byte[] model, String what, GraphDataset data) throws OrtException, ModelLoadException {
        int[] order = java.util.stream.IntStream.range(0, data.size()).toArray();
        List<float[]> rows = new ArrayList<>();
        List<long[]> labels = new ArrayList<>();
        int width = 0;
        int total = 0;
        try (ModelSession session = OnnxRuntime.open(model, what, RuntimeSettings.forTrainer())) {
            for (int from = 0; from < data.size(); from += GRAPHS_PER_RUN) {
                Batch batch = data.batch(order, from, Math.min(GRAPHS_PER_RUN, data.size() - from));
                Map<String, OnnxTensor> feeds = new HashMap<>();
                try {
                    for (String input : session.inputNames()) {
                        HostTensor t = batch.tensors().get(GraphDataset.fieldFeeding(input));
                        feeds.put(input, t.floats() != null ? OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(t.floats()), t.shape())
                                : OnnxTensor.createTensor(OnnxRuntime.environment(), LongBuffer.wrap(t.longs()), t.shape()));
                    }
                    try (OrtSession.Result result = session.session().run(feeds)) {
                        OnnxTensor out = (OnnxTensor) result.get(0);
                        long[] shape = out.getInfo().getShape();
                        long[] batchLabels = batch.tensors().get(GraphDataset.LABELS).longs();
                        if (shape[0] != batchLabels.length) {
                            throw new IllegalArgumentException("the model gives " + shape[0] + " rows for " + batchLabels.length + " labels ("
                                    + (data.nodeLabels() ? "one per node" : "one per graph") + ")");
                        }
                        width = shape.length < 2 ? 1 : (int) shape[1];
                        float[] values = new float[(int) shape[0] * width];
                        out.getFloatBuffer().get(values);
                        rows.add(values);
                        labels.add(batchLabels);
                        total += batchLabels.length;
                    }
                } finally {
                    feeds.values().forEach(OnnxTensor::close);
                }
            }
        }
        float[] values = new float[total * width];
        int[] classes = new int[total];
        int at = 0;
        for (int b = 0; b < rows.size(); b++) {
            System.arraycopy(rows.get(b), 0, values, at * width, rows.get(b).length);
            for (long label : labels.get(b)) {
                classes[at++] = (int) label;
            }
        }
        return new GraphOutputs(values, width, classes);
    }
}
