package dev.dendrite.train.autodiff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.dendrite.onnx.graph.Attr;

/** Rules of ops that only move values: reshapes, transposes, concatenation, slicing. */
final class ShapeRules {

    private ShapeRules() {
    }

    static void register(Map<String, VjpRule> rules) {
        VjpRule backToInputShape = (n, g, c) -> {
            List<String> grads = new ArrayList<>(Arrays.asList(new String[n.getInputCount()]));
            grads.set(0, c.op("Reshape", "reshape_back", List.of(g.get(0), c.shape(n.getInput(0)))));
            return grads;
        };
        rules.put("Reshape", backToInputShape);
        rules.put("Flatten", backToInputShape);
        rules.put("Unsqueeze", backToInputShape);
        rules.put("Squeeze", backToInputShape);
        rules.put("Transpose", (n, g, c) -> {
            long[] perm = Attrs.ints(n, "perm");
            long[] inverse = new long[perm.length];
            for (int i = 0; i < perm.length; i++) {
                inverse[(int) perm[i]] = i;
            }
            return List.of(c.op("Transpose", "transpose_back", g.get(0), Attr.ints("perm", inverse)));
        });
        rules.put("Concat", (n, g, c) -> {
            long axis = Attrs.i(n, "axis", 0);
            List<String> sizes = new ArrayList<>();
            for (String input : n.getInputList()) {
                sizes.add(c.op("Gather", "part_size", List.of(c.shape(input), c.longs(axis)), Attr.i("axis", 0)));
            }
            String split = c.op("Concat", "split_sizes", sizes, Attr.i("axis", 0));
            List<String> inputs = new ArrayList<>(List.of(g.get(0), split));
            return c.ops("Split", "concat_back", inputs, n.getInputCount(), Attr.i("axis", axis));
        });
    }
}
