package dev.dendrite.train.autodiff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.NodeAttributes;

/** Rules of ops that only move values: reshapes, transposes, concatenation, slicing. */
final class ShapeRules {

    private ShapeRules() {
    }

    /**
     * Slice with unit steps: the gradient is padded back with zeros. Starts and ends are
     * normalised at run time (negative values count from the end, out-of-range values are clamped).
     */
    private static List<String> slice(ai.onnx.proto.OnnxMl.NodeProto n, List<String> g, GradientContext c) {
        if (n.getInputCount() > 4 && !n.getInput(4).isEmpty()) {
            throw new IllegalArgumentException("Slice gradients are defined for unit steps (node " + n.getName() + ")");
        }
        String x = n.getInput(0);
        String axes = n.getInputCount() > 3 && !n.getInput(3).isEmpty() ? n.getInput(3)
                : c.op("Range", "slice_axes", List.of(c.op("Squeeze", "zero", c.longs(0)), c.op("Size", "n_axes", n.getInput(1)),
                        c.op("Squeeze", "one", c.longs(1))));
        String dims = c.op("Gather", "sliced_dims", List.of(c.shape(x), axes), Attr.i("axis", 0));
        String starts = clamp(n.getInput(1), dims, c);
        String ends = clamp(n.getInput(2), dims, c);
        String pads = c.op("Concat", "slice_pads", List.of(starts, c.op("Sub", "pad_end", List.of(dims, ends))), Attr.i("axis", 0));
        List<String> grads = new ArrayList<>(Arrays.asList(new String[n.getInputCount()]));
        grads.set(0, c.op("Pad", "slice_back", List.of(g.get(0), pads, "", axes)));
        return grads;
    }

    /** Negative positions count from the end; the result is clamped to [0, dim]. */
    private static String clamp(String positions, String dims, GradientContext c) {
        String negative = c.op("Less", "negative", List.of(positions, c.longs(0)));
        String absolute = c.op("Where", "absolute", List.of(negative, c.op("Add", "from_end", List.of(positions, dims)), positions));
        return c.op("Min", "clamp_high", List.of(c.op("Max", "clamp_low", List.of(absolute, c.longs(0))), dims));
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
            if (NodeAttributes.get(n, "perm") == null) {
                // The default reverses the axes, and reversing them again undoes it.
                return List.of(c.op("Transpose", "transpose_back", g.get(0)));
            }
            long[] perm = Attrs.ints(n, "perm");
            long[] inverse = new long[perm.length];
            for (int i = 0; i < perm.length; i++) {
                inverse[(int) perm[i]] = i;
            }
            return List.of(c.transpose(g.get(0), "transpose_back", inverse));
        });
        rules.put("Split", (n, g, c) -> {
            // Outputs nothing depends on contribute zeros of their own shape.
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < n.getOutputCount(); i++) {
                parts.add(g.get(i) != null ? g.get(i) : c.zerosLike(n.getOutput(i)));
            }
            List<String> grads = new ArrayList<>(Arrays.asList(new String[n.getInputCount()]));
            grads.set(0, c.op("Concat", "split_back", parts, Attr.i("axis", Attrs.i(n, "axis", 0))));
            return grads;
        });
        rules.put("Slice", ShapeRules::slice);
        rules.put("Expand", (n, g, c) -> {
            // Expand broadcasts as Add does: the gradient sums over what was broadcast.
            List<String> grads = new ArrayList<>(Arrays.asList(new String[n.getInputCount()]));
            grads.set(0, c.unbroadcast(g.get(0), n.getInput(0), n.getOutput(0)));
            return grads;
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
