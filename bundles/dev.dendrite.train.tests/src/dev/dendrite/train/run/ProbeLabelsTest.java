package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;

/** Which labels a recorded layer's rows take: per sample, per node, or, after a top-k pooling, each kept node's graph's. */
class ProbeLabelsTest {

    @Test
    void eachLayerTakesTheLabelsOfItsRows() {
        Weights recorded = new Weights();
        // Two graphs (classes 1 and 0) of three and two nodes; a top-k pooling kept nodes of graphs 0, 0 and 1.
        recorded.put("probe", "labels", tensor(1, 0));
        recorded.put("probe", ProbeLabels.NODE_LABELS, tensor(1, 1, 1, 0, 0));
        recorded.put("topk", ProbeLabels.KEPT_GRAPHS, tensor(0, 0, 1));
        assertArrayEquals(new float[] {1, 0}, ProbeLabels.forRows(recorded, 2).values());
        assertArrayEquals(new float[] {1, 1, 1, 0, 0}, ProbeLabels.forRows(recorded, 5).values());
        assertArrayEquals(new float[] {1, 1, 0}, ProbeLabels.forRows(recorded, 3).values());
        assertNull(ProbeLabels.forRows(recorded, 4));
        // A node classifier's labels are per node: rows after a pooling have none (no graph's class to give them).
        Weights nodes = new Weights();
        nodes.put("probe", "labels", tensor(2, 3, 1, 0, 0));
        nodes.put("topk", ProbeLabels.KEPT_GRAPHS, tensor(0, 1, 1));
        assertNull(ProbeLabels.forRows(nodes, 3));
    }

    private static FloatTensor tensor(float... values) {
        return new FloatTensor(new long[] {values.length}, values);
    }
}
