package dev.dendrite.train.autodiff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Rules of element-wise arithmetic (with broadcasting) and selection. */
final class ElementwiseRules {

    /**
     * Add, Sub, Mul and Sum of operands of one shape, and Gemm whose addend C has the output's shape:
     * no un-broadcasting, and no gradient nobody needs.
     */
    static final VjpRule SAME_SHAPE = (n, g, c) -> {
        String g0 = g.get(0);
        if (n.getOpType().equals("Sum")) {
            return java.util.Collections.nCopies(n.getInputCount(), g0);
        }
        if (n.getOpType().equals("Gemm")) {
            return MatrixRules.gemm(n, g0, c, true);
        }
        String a = n.getInput(0);
        String b = n.getInput(1);
        return switch (n.getOpType()) {
            case "Add" -> Arrays.asList(g0, g0);
            case "Sub" -> Arrays.asList(g0, c.needs(b) ? c.op("Neg", "neg", g0) : null);
            case "Mul" -> Arrays.asList(c.needs(a) ? c.mul(g0, b) : null, c.needs(b) ? c.mul(g0, a) : null);
            default -> throw new IllegalArgumentException("same-shape gradients are for Add, Sub, Mul, Sum and Gemm, not " + n.getOpType());
        };
    };

    private ElementwiseRules() {
    }

    static void register(Map<String, VjpRule> rules) {
        rules.put("Add", (n, g, c) -> List.of(c.unbroadcast(g.get(0), n.getInput(0), n.getOutput(0)),
                c.unbroadcast(g.get(0), n.getInput(1), n.getOutput(0))));
        rules.put("Sub", (n, g, c) -> List.of(c.unbroadcast(g.get(0), n.getInput(0), n.getOutput(0)),
                c.unbroadcast(c.op("Neg", "neg", g.get(0)), n.getInput(1), n.getOutput(0))));
        rules.put("Mul", (n, g, c) -> List.of(c.unbroadcast(c.mul(g.get(0), n.getInput(1)), n.getInput(0), n.getOutput(0)),
                c.unbroadcast(c.mul(g.get(0), n.getInput(0)), n.getInput(1), n.getOutput(0))));
        rules.put("Div", (n, g, c) -> {
            String a = n.getInput(0);
            String b = n.getInput(1);
            String ga = c.op("Div", "div", List.of(g.get(0), b));
            String gb = c.op("Neg", "neg", c.op("Div", "div", List.of(c.mul(ga, a), b)));
            return List.of(c.unbroadcast(ga, a, n.getOutput(0)), c.unbroadcast(gb, b, n.getOutput(0)));
        });
        rules.put("Sum", (n, g, c) -> {
            List<String> grads = new ArrayList<>();
            for (String input : n.getInputList()) {
                grads.add(c.unbroadcast(g.get(0), input, n.getOutput(0)));
            }
            return grads;
        });
        rules.put("Neg", (n, g, c) -> List.of(c.op("Neg", "neg", g.get(0))));
        rules.put("Identity", (n, g, c) -> List.of(g.get(0)));
        // |x|' = sign(x) (0 at 0, a subgradient).
        rules.put("Abs", (n, g, c) -> List.of(c.mul(g.get(0), c.op("Sign", "sign", n.getInput(0)))));
        rules.put("CastLike", (n, g, c) -> Arrays.asList(c.op("CastLike", "cast_back", List.of(g.get(0), n.getInput(0))), null));
        rules.put("Exp", (n, g, c) -> List.of(c.mul(g.get(0), n.getOutput(0))));
        rules.put("Log", (n, g, c) -> List.of(c.op("Div", "div", List.of(g.get(0), n.getInput(0)))));
        rules.put("Sqrt", (n, g, c) -> List.of(c.op("Div", "div", List.of(g.get(0),
                c.mul(n.getOutput(0), c.scalarLike(2f, n.getOutput(0)))))));
        rules.put("Reciprocal", (n, g, c) -> List.of(c.op("Neg", "neg", c.mul(g.get(0), c.mul(n.getOutput(0), n.getOutput(0))))));
        rules.put("Where", (n, g, c) -> {
            String zero = c.zerosLike(g.get(0));
            return Arrays.asList(null, c.unbroadcast(c.op("Where", "where", List.of(n.getInput(0), g.get(0), zero)), n.getInput(1), n.getOutput(0)),
                    c.unbroadcast(c.op("Where", "where", List.of(n.getInput(0), zero, g.get(0))), n.getInput(2), n.getOutput(0)));
        });
    }
}
