package dev.dendrite.train.autodiff;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.dendrite.onnx.graph.Attr;

/** Rules of Gather along axis 0 (embeddings, graph messages) and additive ScatterND (aggregation). */
final class IndexRules {

    private IndexRules() {
    }

    static void register(Map<String, VjpRule> rules) {
        rules.put("Gather", (n, g, c) -> {
            if (Attrs.i(n, "axis", 0) != 0) {
                throw new IllegalArgumentException("Gather gradients are defined along axis 0 (node " + n.getName() + ")");
            }
            String data = n.getInput(0);
            String indices = c.op("Unsqueeze", "gather_indices", List.of(n.getInput(1), c.longs(-1)));
            String scattered = c.op("ScatterND", "gather_back", List.of(c.zerosLike(data), indices, g.get(0)), Attr.s("reduction", "add"));
            return Arrays.asList(scattered, null);
        });
        rules.put("ScatterND", (n, g, c) -> {
            String reduction = Attrs.get(n, "reduction") == null ? "none" : Attrs.get(n, "reduction").getS().toStringUtf8();
            if (!reduction.equals("add")) {
                throw new IllegalArgumentException("ScatterND gradients are defined for reduction = add (node " + n.getName() + ")");
            }
            return Arrays.asList(g.get(0), null, c.op("GatherND", "scatter_back", List.of(g.get(0), n.getInput(1))));
        });
    }
}
