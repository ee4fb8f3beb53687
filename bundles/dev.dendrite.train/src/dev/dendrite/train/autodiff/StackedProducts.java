package dev.dendrite.train.autodiff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.onnx.graph.Attr;

/**
 * A weight used at every step of an unrolled sequence receives one product Xᵢᵀ·Yᵢ per step from
 * the matrix rules. Their sum is one product over the operands stacked by rows, [X₁; X₂; …]ᵀ·[Y₁;
 * Y₂; …]: one GEMM with a long inner dimension instead of many short ones that each write a
 * weight-sized result, and no Sum reading all of those again.
 */
final class StackedProducts {

    /** Fewer products are left as they are: two short GEMMs and an Add cost about what the stacking copies. */
    static final int MIN_PRODUCTS = 3;

    private StackedProducts() {
    }

    /**
     * The contributions with every plain transposed product among them replaced by one product over
     * stacked operands (the replaced nodes are removed); the others unchanged, in their order.
     */
    static List<String> merge(List<String> contributions, GradientContext ctx) {
        if (contributions.size() < MIN_PRODUCTS) {
            return contributions;
        }
        GraphProto.Builder graph = ctx.graph().graph();
        Set<String> candidates = new HashSet<>(contributions);
        Set<String> consumed = new HashSet<>();
        List<Integer> products = new ArrayList<>();
        for (int i = 0; i < graph.getNodeCount(); i++) {
            NodeProto node = graph.getNode(i);
            for (String input : node.getInputList()) {
                if (candidates.contains(input)) {
                    consumed.add(input);
                }
            }
            if (node.getOutputCount() == 1 && candidates.contains(node.getOutput(0)) && isTransposedProduct(node)) {
                products.add(i);
            }
        }
        products.removeIf(i -> consumed.contains(graph.getNode(i).getOutput(0)));
        if (products.size() < MIN_PRODUCTS) {
            return contributions;
        }
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        Set<String> merged = new HashSet<>();
        for (int i : products) {
            NodeProto node = graph.getNode(i);
            left.add(node.getInput(0));
            right.add(node.getInput(1));
            merged.add(node.getOutput(0));
        }
        for (int k = products.size() - 1; k >= 0; k--) {
            graph.removeNode(products.get(k));
        }
        // The left operands may be stacked already (an unrolled sequence's input projection gets its gradient as the
        // Concat of the steps' gate gradients): that stack then serves, the right operands taken in its order.
        NodeProto existing = existingStack(graph, left);
        String stackedLeft;
        if (existing != null) {
            List<String> reordered = new ArrayList<>();
            for (String operand : existing.getInputList()) {
                reordered.add(right.get(left.indexOf(operand)));
            }
            right = reordered;
            stackedLeft = existing.getOutput(0);
        } else {
            stackedLeft = ctx.op("Concat", "stacked_rows", left, Attr.i("axis", 0));
        }
        String stackedRight = ctx.op("Concat", "stacked_rows", right, Attr.i("axis", 0));
        String product = ctx.op("Gemm", "stacked_product", List.of(stackedLeft, stackedRight), Attr.i("transA", 1));
        List<String> result = new ArrayList<>();
        result.add(product);
        contributions.stream().filter(c -> !merged.contains(c)).forEach(result::add);
        return result;
    }

    /** A Concat along axis 0 of exactly {@code operands} in some order (each once), or null. */
    private static NodeProto existingStack(GraphProto.Builder graph, List<String> operands) {
        Set<String> wanted = new HashSet<>(operands);
        if (wanted.size() != operands.size()) {
            return null;
        }
        return graph.getNodeList().stream().filter(n -> n.getOpType().equals("Concat") && n.getInputCount() == operands.size()
                && Attrs.i(n, "axis", Long.MIN_VALUE) == 0 && new HashSet<>(n.getInputList()).equals(wanted)).findFirst().orElse(null);
    }

    /** Gemm(X, Y) with transA = 1 and nothing else: Xᵀ·Y, as the matrix rules write a weight's gradient. */
    private static boolean isTransposedProduct(NodeProto node) {
        return node.getOpType().equals("Gemm") && node.getInputCount() == 2 && Attrs.i(node, "transA", 0) == 1
                && Attrs.i(node, "transB", 0) == 0 && Attrs.f(node, "alpha", 1f) == 1f && Attrs.f(node, "beta", 1f) == 1f;
    }
}
