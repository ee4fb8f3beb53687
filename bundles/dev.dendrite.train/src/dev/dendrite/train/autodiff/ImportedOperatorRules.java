package dev.dendrite.train.autodiff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.onnx.graph.Attr;

/**
 * Rules of operators that imported models carry as generic layers (MobileNet's ReLU6 and hard
 * swish, PReLU, softplus, elementwise Max and Min, Pow, constant padding; Resize in {@link ResizeRules}), so
 * that such a model trains as it came. Kinks take the subgradient ONNX Runtime's own comparisons
 * give: at a tie, Max and Min send the gradient to their first input.
 */
final class ImportedOperatorRules {

    private ImportedOperatorRules() {
    }

    static void register(Map<String, VjpRule> rules) {
        rules.put("Clip", ImportedOperatorRules::clip);
        rules.put("PRelu", (n, g, c) -> {
            String x = n.getInput(0);
            String slope = n.getInput(1);
            String positive = c.op("Greater", "prelu_positive", List.of(x, c.scalarLike(0f, x)));
            String gX = c.op("Where", "prelu_dx", List.of(positive, g.get(0), c.mul(g.get(0), slope)));
            String gSlope = c.needs(slope) ? c.unbroadcast(c.op("Where", "prelu_dslope", List.of(positive, c.zerosLike(g.get(0)),
                    c.mul(g.get(0), x))), slope, n.getOutput(0)) : null;
            return Arrays.asList(gX, gSlope);
        });
        rules.put("Erf", (n, g, c) -> {
            String x = n.getInput(0);
            return List.of(c.mul(g.get(0), c.mul(c.scalarLike((float) (2 / Math.sqrt(Math.PI)), x), c.op("Exp", "erf_slope",
                    c.mul(c.mul(x, x), c.scalarLike(-1f, x))))));
        });
        rules.put("Softplus", (n, g, c) -> List.of(c.mul(g.get(0), c.op("Sigmoid", "softplus_slope", n.getInput(0)))));
        rules.put("HardSigmoid", (n, g, c) -> {
            String x = n.getInput(0);
            String alpha = c.scalarLike(Attrs.f(n, "alpha", 0.2f), x);
            return List.of(c.mul(g.get(0), c.mul(alpha, inside(c, c.op("Add", "hs_linear", List.of(c.mul(alpha, x),
                    c.scalarLike(Attrs.f(n, "beta", 0.5f), x)))))));
        });
        rules.put("HardSwish", (n, g, c) -> {
            // y = x·min(max(x/6 + 1/2, 0), 1): slope 0 below −3, x/3 + 1/2 between, 1 above 3.
            String x = n.getInput(0);
            String middle = c.op("Add", "hswish_middle", List.of(c.mul(x, c.scalarLike(1f / 3, x)), c.scalarLike(0.5f, x)));
            String above = c.op("Greater", "hswish_above", List.of(x, c.scalarLike(3f, x)));
            String below = c.op("Less", "hswish_below", List.of(x, c.scalarLike(-3f, x)));
            String slope = c.op("Where", "hswish_slope", List.of(above, c.scalarLike(1f, x), c.op("Where", "hswish_inner", List.of(below,
                    c.scalarLike(0f, x), middle))));
            return List.of(c.mul(g.get(0), slope));
        });
        rules.put("Max", (n, g, c) -> extremum(n, g.get(0), c));
        rules.put("Min", (n, g, c) -> extremum(n, g.get(0), c));
        rules.put("Pow", (n, g, c) -> {
            String x = n.getInput(0);
            String b = n.getInput(1);
            String y = n.getOutput(0);
            // dy/dx = b·x^(b−1), computed as such (not y·b/x, which fails at x = 0); dy/db = y·ln x, for x > 0.
            String slope = c.mul(b, c.op("Pow", "pow_lower", List.of(x, c.op("Sub", "b_minus_one", List.of(b, c.scalarLike(1f, b))))));
            String gX = c.unbroadcast(c.mul(g.get(0), slope), x, y);
            String gB = c.needs(b) ? c.unbroadcast(c.mul(g.get(0), c.mul(y, c.op("Log", "ln_x", x))), b, y) : null;
            return Arrays.asList(gX, gB);
        });
        rules.put("Resize", ResizeRules::resize);
        rules.put("Pad", ImportedOperatorRules::pad);
    }

    /** 1 where lo ≤ x ≤ hi (the linear part of a clip or hard sigmoid's line), else 0, in x's type. */
    private static String inside(GradientContext c, String line) {
        String ok = c.op("And", "in_range", List.of(c.op("GreaterOrEqual", "above_low", List.of(line, c.scalarLike(0f, line))),
                c.op("LessOrEqual", "below_high", List.of(line, c.scalarLike(1f, line)))));
        return c.op("CastLike", "in_range_f", List.of(ok, line));
    }

    /** Clip passes the gradient where the input lies within the bounds (either may be absent). */
    private static List<String> clip(NodeProto n, List<String> g, GradientContext c) {
        String x = n.getInput(0);
        String mask = null;
        if (n.getInputCount() > 1 && !n.getInput(1).isEmpty()) {
            mask = c.op("GreaterOrEqual", "clip_above_min", List.of(x, n.getInput(1)));
        }
        if (n.getInputCount() > 2 && !n.getInput(2).isEmpty()) {
            String below = c.op("LessOrEqual", "clip_below_max", List.of(x, n.getInput(2)));
            mask = mask == null ? below : c.op("And", "clip_inside", List.of(mask, below));
        }
        List<String> result = new ArrayList<>();
        result.add(mask == null ? g.get(0) : c.mul(g.get(0), c.op("CastLike", "clip_mask", List.of(mask, g.get(0)))));
        for (int i = 1; i < n.getInputCount(); i++) {
            result.add(null);
        }
        return result;
    }

    /**
     * Max or Min of any number of inputs (with broadcasting): each input gets the gradient where it
     * is the first to reach the result.
     */
    private static List<String> extremum(NodeProto n, String g, GradientContext c) {
        String y = n.getOutput(0);
        List<String> result = new ArrayList<>();
        String taken = null;
        for (int i = 0; i < n.getInputCount(); i++) {
            String x = n.getInput(i);
            String mine = c.op("Equal", "extremum_is", List.of(x, y));
            String first = taken == null ? mine : c.op("And", "extremum_first", List.of(mine, c.op("Not", "not_taken", taken)));
            taken = taken == null ? mine : c.op("Or", "extremum_taken", List.of(taken, mine));
            result.add(c.needs(x) ? c.unbroadcast(c.mul(g, c.op("CastLike", "extremum_mask", List.of(first, g))), x, y) : null);
        }
        return result;
    }

    /** Constant padding: the gradient is the output gradient cut back to the input (negative pads grow it with zeros). */
    private static List<String> pad(NodeProto n, List<String> g, GradientContext c) {
        String mode = dev.dendrite.onnx.graph.NodeAttributes.s(n, "mode", "constant");
        long[] pads = n.getInputCount() > 1 ? c.constantLongs(n.getInput(1)) : null;
        if (!mode.equals("constant") || pads == null || n.getInputCount() > 3 && !n.getInput(3).isEmpty()) {
            throw new IllegalArgumentException("no gradient rule for Pad other than constant padding by constant pads (node " + n.getName()
                    + ")");
        }
        long[] undo = Arrays.stream(pads).map(p -> -p).toArray();
        String gX = c.op("Pad", "pad_dx", List.of(g.get(0), c.longs(undo)));
        List<String> result = new ArrayList<>(List.of(gX));
        for (int i = 1; i < n.getInputCount(); i++) {
            result.add(null);
        }
        return result;
    }
}
