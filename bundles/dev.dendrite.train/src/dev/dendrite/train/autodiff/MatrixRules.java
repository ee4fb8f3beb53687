package dev.dendrite.train.autodiff;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.onnx.graph.Attr;

/**
 * Rules of MatMul (A of any rank ≥ 2 with B a matrix, or A and B batches of matrices of one rank and
 * the same batch dims, as attention's products) and Gemm (alpha = beta = 1, transA = 0).
 */
final class MatrixRules {

    private MatrixRules() {
    }

    static void register(Map<String, VjpRule> rules) {
        rules.put("MatMul", (n, g, c) -> {
            String a = n.getInput(0);
            String b = n.getInput(1);
            int batchedRank = rank(b, c);
            if (batchedRank > 2) {
                return batched(n, g.get(0), batchedRank, c);
            }
            String gA = c.needs(a) ? c.op("MatMul", "matmul_da", List.of(g.get(0), c.op("Transpose", "b_t", b, Attr.ints("perm", 1, 0)))) : null;
            // Fold A's leading dims into rows: dB = A2ᵀ · g2 with A2 = [rows, K], g2 = [rows, N].
            String a2 = c.op("Reshape", "a_rows", List.of(a, lastDimShape(a, c)));
            String g2 = c.op("Reshape", "g_rows", List.of(g.get(0), lastDimShape(g.get(0), c)));
            String gB = c.needs(b) ? c.op("Gemm", "matmul_db", List.of(a2, g2), Attr.i("transA", 1)) : null;
            return Arrays.asList(gA, gB);
        });
        rules.put("Gemm", (n, g, c) -> gemm(n, g.get(0), c, false));
    }

    /** dA = g·Bᵀ and dB = Aᵀ·g, matrix by matrix, for batches of the same dims (no broadcasting). */
    private static List<String> batched(NodeProto n, String g, int rank, GradientContext c) {
        String a = n.getInput(0);
        String b = n.getInput(1);
        int rankOfA = rank(a, c);
        if (rankOfA != -1 && rankOfA != rank) {
            throw new IllegalArgumentException("MatMul gradients of batched matrices need both operands of one rank, not "
                    + rankOfA + " and " + rank + " (node " + n.getName() + ")");
        }
        long[] swap = new long[rank];
        for (int i = 0; i < rank; i++) {
            swap[i] = i;
        }
        swap[rank - 2] = rank - 1;
        swap[rank - 1] = rank - 2;
        String gA = c.needs(a) ? c.op("MatMul", "batched_da", List.of(g, c.op("Transpose", "b_t", b, Attr.ints("perm", swap)))) : null;
        String gB = c.needs(b) ? c.op("MatMul", "batched_db", List.of(c.op("Transpose", "a_t", a, Attr.ints("perm", swap)), g)) : null;
        return Arrays.asList(gA, gB);
    }

    /**
     * The rank of {@code tensor} where the graph tells it (a declared or known shape, or the
     * Transpose or constant Reshape producing it), else -1.
     */
    static int rank(String tensor, GradientContext c) {
        long[] shape = c.staticShape(tensor);
        if (shape != null) {
            return shape.length;
        }
        for (NodeProto node : c.graph().graph().getNodeList()) {
            if (node.getOutputList().contains(tensor)) {
                if (node.getOpType().equals("Transpose")) {
                    long[] perm = Attrs.ints(node, "perm");
                    return perm == null || perm.length == 0 ? -1 : perm.length;
                }
                long[] dims = node.getOpType().equals("Reshape") ? c.constantLongs(node.getInput(1)) : null;
                return dims == null ? -1 : dims.length;
            }
        }
        return -1;
    }

    /**
     * Gemm's gradients; {@code addendOfOutputShape}: C has the output's shape (a lowering knows), so its
     * gradient is g itself, without un-broadcasting.
     */
    static List<String> gemm(NodeProto n, String g, GradientContext c, boolean addendOfOutputShape) {
        if (Attrs.i(n, "transA", 0) != 0 || Attrs.f(n, "alpha", 1f) != 1f || Attrs.f(n, "beta", 1f) != 1f) {
            throw new IllegalArgumentException("Gemm gradients need transA = 0 and alpha = beta = 1 (node " + n.getName() + ")");
        }
        boolean transB = Attrs.i(n, "transB", 0) != 0;
        String a = n.getInput(0);
        String b = n.getInput(1);
        String gA = c.needs(a) ? c.op("Gemm", "gemm_da", List.of(g, b), Attr.i("transB", transB ? 0 : 1)) : null;
        String gB = !c.needs(b) ? null : transB ? c.op("Gemm", "gemm_db", List.of(g, a), Attr.i("transA", 1))
                : c.op("Gemm", "gemm_db", List.of(a, g), Attr.i("transA", 1));
        boolean addend = n.getInputCount() > 2 && !n.getInput(2).isEmpty();
        long[] vector = addend ? rowBias(n.getInput(2), c) : null;
        String gC = !addend ? null : addendOfOutputShape ? g : vector != null ? c.sumOfRows(g, true, vector)
                : c.unbroadcast(g, n.getInput(2), n.getOutput(0));
        return Arrays.asList(gA, gB, gC);
    }

    /**
     * C's shape when it is [n] with n > 1, else null: such a C is added to every row of Gemm's
     * [M, n] output, whatever M, so its gradient sums the rows.
     */
    private static long[] rowBias(String addend, GradientContext c) {
        long[] shape = c.staticShape(addend);
        shape = shape != null ? shape : c.reshapedShape(addend);
        return shape != null && shape.length == 1 && shape[0] > 1 ? shape : null;
    }

    /** [-1, last dim of x]. */
    private static String lastDimShape(String x, GradientContext c) {
        String last = c.op("Slice", "last_dim", List.of(c.shape(x), c.longs(-1), c.longs(Long.MAX_VALUE)));
        return c.op("Concat", "rows_shape", List.of(c.longs(-1), last), Attr.i("axis", 0));
    }
}
