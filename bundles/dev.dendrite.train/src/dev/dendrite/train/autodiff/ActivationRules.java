package dev.dendrite.train.autodiff;

import java.util.List;
import java.util.Map;

import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.NodeAttributes;

/** Rules of activations: from the saved input (ReLU family, GELU) or output (sigmoid, tanh, softmax). */
final class ActivationRules {

    private ActivationRules() {
    }

    static void register(Map<String, VjpRule> rules) {
        // g · [x > 0] as a multiplication by the cast mask: cheaper than Where over a tensor of zeros.
        rules.put("Relu", (n, g, c) -> List.of(c.mul(g.get(0), c.op("CastLike", "relu_mask", List.of(positive(n.getInput(0), c), g.get(0))))));
        rules.put("Sigmoid", (n, g, c) -> {
            String y = n.getOutput(0);
            String oneMinus = c.op("Sub", "one_minus", List.of(c.scalarLike(1f, y), y));
            return List.of(c.mul(g.get(0), c.mul(y, oneMinus)));
        });
        rules.put("Tanh", (n, g, c) -> {
            String y = n.getOutput(0);
            return List.of(c.mul(g.get(0), c.op("Sub", "one_minus_sq", List.of(c.scalarLike(1f, y), c.mul(y, y)))));
        });
        rules.put("LeakyRelu", (n, g, c) -> List.of(c.op("Where", "leaky", List.of(positive(n.getInput(0), c), g.get(0),
                c.mul(g.get(0), c.scalarLike(Attrs.f(n, "alpha", 0.01f), g.get(0)))))));
        rules.put("Elu", (n, g, c) -> {
            String alpha = c.scalarLike(Attrs.f(n, "alpha", 1f), g.get(0));
            String negative = c.mul(g.get(0), c.op("Add", "y_plus_alpha", List.of(n.getOutput(0), alpha)));
            return List.of(c.op("Where", "elu", List.of(positive(n.getInput(0), c), g.get(0), negative)));
        });
        rules.put("Gelu", (n, g, c) -> {
            String x = n.getInput(0);
            if (NodeAttributes.s(n, "approximate", "none").equals("tanh")) {
                return List.of(c.mul(g.get(0), tanhGeluSlope(x, c)));
            }
            // d/dx x·Φ(x) = Φ(x) + x·φ(x)
            String cdf = c.mul(c.scalarLike(0.5f, x), c.op("Add", "one_plus_erf", List.of(c.scalarLike(1f, x),
                    c.op("Erf", "erf", c.mul(x, c.scalarLike((float) (1 / Math.sqrt(2)), x))))));
            String pdf = c.mul(c.scalarLike((float) (1 / Math.sqrt(2 * Math.PI)), x),
                    c.op("Exp", "gauss", c.mul(c.mul(x, x), c.scalarLike(-0.5f, x))));
            return List.of(c.mul(g.get(0), c.op("Add", "gelu_slope", List.of(cdf, c.mul(x, pdf)))));
        });
        rules.put("Softmax", (n, g, c) -> {
            String y = n.getOutput(0);
            String dot = c.op("ReduceSum", "dot", List.of(c.mul(g.get(0), y), c.longs(Attrs.i(n, "axis", -1))), Attr.i("keepdims", 1));
            return List.of(c.mul(y, c.op("Sub", "centred", List.of(g.get(0), dot))));
        });
        rules.put("LogSoftmax", (n, g, c) -> {
            String total = c.op("ReduceSum", "total", List.of(g.get(0), c.longs(Attrs.i(n, "axis", -1))), Attr.i("keepdims", 1));
            String softmax = c.op("Exp", "softmax", n.getOutput(0));
            return List.of(c.op("Sub", "log_softmax", List.of(g.get(0), c.mul(softmax, total))));
        });
    }

    private static String positive(String x, GradientContext c) {
        return c.op("Greater", "positive", List.of(x, c.scalarLike(0f, x)));
    }

    /**
     * The slope of GELU's tanh form, 0.5·x·(1 + tanh u) with u = √(2/π)·(x + 0.044715·x³) (GPT-2's,
     * PyTorch's {@code approximate="tanh"}): 0.5·(1 + tanh u) + 0.5·x·(1 − tanh² u)·√(2/π)·(1 + 3·0.044715·x²).
     */
    private static String tanhGeluSlope(String x, GradientContext c) {
        float k = (float) Math.sqrt(2 / Math.PI);
        String squared = c.mul(x, x);
        String u = c.mul(c.scalarLike(k, x), c.mul(x, c.op("Add", "gelu_cubic", List.of(c.scalarLike(1f, x),
                c.mul(c.scalarLike(0.044715f, x), squared)))));
        String t = c.op("Tanh", "gelu_tanh", List.of(u));
        String half = c.scalarLike(0.5f, x);
        String left = c.mul(half, c.op("Add", "one_plus_tanh", List.of(c.scalarLike(1f, x), t)));
        String sech2 = c.op("Sub", "sech2", List.of(c.scalarLike(1f, x), c.mul(t, t)));
        String du = c.mul(c.scalarLike(k, x), c.op("Add", "du", List.of(c.scalarLike(1f, x), c.mul(c.scalarLike(3 * 0.044715f, x), squared))));
        return c.op("Add", "gelu_tanh_slope", List.of(left, c.mul(c.mul(half, x), c.mul(sech2, du))));
    }
}
