package dev.dendrite.train.autodiff;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.onnx.graph.Attr;

/** Rules of Gather along axis 0 (embeddings, graph messages) and additive or max ScatterND (aggregation). */
final class IndexRules {

    private IndexRules() {
    }

    static void register(Map<String, VjpRule> rules) {
        rules.put("Gather", (n, g, c) -> {
            if (Attrs.i(n, "axis", 0) != 0) {
                return alongAxis(n, g.get(0), c);
            }
            String data = n.getInput(0);
            String indices = c.op("Unsqueeze", "gather_indices", List.of(n.getInput(1), c.longs(-1)));
            // Zeros of the table's shape and type by ConstantOfShape, not data × 0: a staged step adds such a scatter over slices.
            String zeros = c.op("CastLike", "gather_zeros", List.of(c.op("ConstantOfShape", "gather_zeros_f", c.shape(data)), data));
            String scattered = c.op("ScatterND", "gather_back", List.of(zeros, indices, g.get(0)), Attr.s("reduction", "add"));
            return Arrays.asList(scattered, null);
        });
        rules.put("ScatterND", (n, g, c) -> {
            String reduction = Attrs.get(n, "reduction") == null ? "none" : Attrs.get(n, "reduction").getS().toStringUtf8();
            if (reduction.equals("max")) {
                // The gradient goes to whichever values won each position (updates equal to the result there, or the
                // data), shared equally among tied winners, as the derivative of a max of equal values is one share.
                String result = n.getOutput(0);
                String index = n.getInput(1);
                String won = c.op("CastLike", "max_won", List.of(c.op("Equal", "max_won_b", List.of(
                        c.op("GatherND", "max_at", List.of(result, index)), n.getInput(2))), g.get(0)));
                String dataWon = c.op("CastLike", "data_won", List.of(c.op("Equal", "data_won_b", List.of(result, n.getInput(0))), g.get(0)));
                String winners = c.op("ScatterND", "max_winners", List.of(dataWon, index, won), Attr.s("reduction", "add"));
                String share = c.op("Div", "max_share", List.of(g.get(0), winners));
                return Arrays.asList(c.mul(dataWon, share), null, c.mul(won, c.op("GatherND", "scatter_back", List.of(share, index))));
            }
            if (!reduction.equals("add")) {
                throw new IllegalArgumentException("ScatterND gradients are defined for reduction = add or max (node " + n.getName() + ")");
            }
            String rows = rowIndices(n.getInput(1), c);
            // Indices that are a last-axis Unsqueeze of row numbers: a Gather of rows, which ONNX Runtime runs faster than GatherND.
            String back = rows != null ? c.op("Gather", "scatter_back", List.of(g.get(0), rows), Attr.i("axis", 0))
                    : c.op("GatherND", "scatter_back", List.of(g.get(0), n.getInput(1)));
            return Arrays.asList(g.get(0), null, back);
        });
    }

    /**
     * A Gather along another axis (x[:, 0] reads a class token, x[:, -1] a last step): the axis
     * moved to the front, scattered back as along axis 0, and moved back. Needs the data's and the
     * indices' ranks.
     */
    private static List<String> alongAxis(NodeProto n, String g, GradientContext c) {
        int rank = c.rank(n.getInput(0));
        int outputRank = c.rank(n.getOutput(0));
        // The indices' rank from the output's where known (an exporter's scalar index may reach here as a one-value vector).
        int k = rank >= 1 && outputRank >= 0 ? outputRank - rank + 1 : c.rank(n.getInput(1));
        long axis = Attrs.i(n, "axis", 0);
        int a = (int) (axis < 0 ? axis + rank : axis);
        if (rank < 1 || k < 0 || a < 0 || a >= rank) {
            throw new IllegalArgumentException("Gather gradients along axis " + axis + " need the ranks of its data and indices (node "
                    + n.getName() + ")");
        }
        long[] front = new long[rank];
        front[0] = a;
        for (int i = 0, j = 1; i < rank; i++) {
            if (i != a) {
                front[j++] = i;
            }
        }
        // g is data[:a] + indices + data[a+1:]: the indices' dims first, then the others in order.
        long[] gFront = new long[rank - 1 + k];
        int j = 0;
        for (int i = 0; i < k; i++) {
            gFront[j++] = a + i;
        }
        for (int i = 0; i < a; i++) {
            gFront[j++] = i;
        }
        for (int i = a + k; i < rank - 1 + k; i++) {
            gFront[j++] = i;
        }
        long[] back = new long[rank];
        for (int i = 0; i < rank; i++) {
            back[(int) front[i]] = i;
        }
        String dataFront = c.transpose(n.getInput(0), "gather_data_front", front);
        String gradientFront = c.transpose(g, "gather_g_front", gFront);
        String indices = c.op("Unsqueeze", "gather_indices", List.of(n.getInput(1), c.longs(-1)));
        String scattered = c.op("ScatterND", "gather_back", List.of(c.zerosLike(dataFront), indices, gradientFront), Attr.s("reduction", "add"));
        return Arrays.asList(c.transpose(scattered, "gather_back_axis", back), null);
    }

    /**
     * The row numbers that {@code index} holds as [..., 1] tuples, when a last-axis Unsqueeze made
     * it from them (what the graph layers' lowerings emit); else null.
     */
    static String rowIndices(String index, GradientContext c) {
        for (NodeProto node : c.graph().graph().getNodeList()) {
            if (node.getOutputList().contains(index)) {
                boolean lastAxis = node.getOpType().equals("Unsqueeze") && node.getInputCount() == 2
                        && Arrays.equals(c.constantLongs(node.getInput(1)), new long[] {-1});
                return lastAxis ? node.getInput(0) : null;
            }
        }
        return null;
    }
}
