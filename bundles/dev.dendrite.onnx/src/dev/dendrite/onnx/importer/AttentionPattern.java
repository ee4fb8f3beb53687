package dev.dendrite.onnx.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.model.network.sequence.Attention;
import dev.dendrite.model.network.sequence.SequenceFactory;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.importer.ImportState.Source;

/**
 * Multi-head self-attention in the standard operators Dendrite exports it as: per role
 * {@code MatMul(x, W) + b → Reshape [0, 0, H, d] → Transpose}, the query scaled by 1/√d,
 * {@code Softmax(Q·Kᵀ [+ mask]) · V}, heads merged and projected. Recognised around the Softmax in
 * a pre-pass and imported as one Attention layer (causal where a mask built from the sequence's
 * shape is added to the scores), which the trainer then differentiates and the editor shows as one
 * node. Other exporters' attention (a packed in-projection, the scale split between Q and K) is
 * {@link AttentionRegion}'s.
 */
final class AttentionPattern {

    /**
     * The layer's input and output, its settings and weights (query, key, value, output; each
     * weight then bias), the nodes it replaces and its name (null: named after the Softmax).
     */
    record Plan(String input, String memory, String output, int heads, boolean causal, List<FloatTensor> weights, List<NodeProto> claimed,
            String name) {
    }

    private static final String[] ROLES = {"query", "key", "value", "output"};

    private AttentionPattern() {
    }

    /** The plan for a Softmax at the heart of an attention, or null when the nodes around it are anything else. */
    static Plan plan(NodeProto softmax, ImportState s) throws OnnxFormatException {
        long axis = ImportState.intAttribute(softmax, "axis", -1);
        if (s.opset < 13 || axis != -1 && axis != 3) {
            return null; // before opset 13, Softmax normalised over the dims flattened from its axis
        }
        List<NodeProto> claimed = new ArrayList<>();
        NodeProto scores = producer(s, softmax.getInput(0), null);
        boolean causal = false;
        if (scores != null && scores.getOpType().equals("Add") && scores.getInputCount() == 2) {
            NodeProto product = producer(s, scores.getInput(0), "MatMul");
            String mask = scores.getInput(1);
            if (product == null) {
                product = producer(s, scores.getInput(1), "MatMul");
                mask = scores.getInput(0);
            }
            if (product == null || !claimShapeOnly(mask, s, claimed)) {
                return null;
            }
            claimed.add(scores);
            scores = product;
            causal = true;
        }
        if (scores == null || !scores.getOpType().equals("MatMul") || s.onlyConsumer(scores.getOutput(0)) == null) {
            return null;
        }
        claimed.add(scores);
        NodeProto scaled = producer(s, scores.getInput(0), "Mul");
        if (scaled == null) {
            return null;
        }
        claimed.add(scaled);
        Projection query = projection(s, scaled.getInput(0), new long[] {0, 2, 1, 3}, claimed);
        Projection key = projection(s, scores.getInput(1), new long[] {0, 2, 3, 1}, claimed);
        NodeProto mix = s.onlyConsumer(softmax.getOutput(0));
        if (query == null || key == null || mix == null || !mix.getOpType().equals("MatMul") || !mix.getInput(0).equals(softmax.getOutput(0))) {
            return null;
        }
        claimed.add(mix);
        Projection value = projection(s, mix.getInput(1), new long[] {0, 2, 1, 3}, claimed);
        // Keys and values read one tensor: the queries' (self-attention) or a memory's (cross-attention, never causal).
        boolean cross = !query.input.equals(key.input);
        if (value == null || !key.input.equals(value.input) || query.heads != key.heads || query.heads != value.heads
                || query.weight.shape()[0] != query.weight.shape()[1] || key.weight.shape()[0] != value.weight.shape()[0]
                || !cross && key.weight.shape()[0] != query.weight.shape()[0] || cross && causal) {
            return null;
        }
        long width = query.weight.shape()[1];
        if (!s.constantNear(scaled.getInput(1), 1 / Math.sqrt(width / query.heads))) {
            return null;
        }
        NodeProto merge = consumer(s, mix, "Transpose");
        NodeProto merged = merge == null || !Arrays.equals(ImportState.intsAttribute(merge, "perm"), new long[] {0, 2, 1, 3}) ? null
                : consumer(s, merge, "Reshape");
        NodeProto outMatMul = merged == null || !shapeIs(s, merged, 0, 0, width) ? null : consumer(s, merged, "MatMul");
        NodeProto outBias = outMatMul == null ? null : consumer(s, outMatMul, "Add");
        FloatTensor wo = outMatMul == null ? null : weight(s, outMatMul.getInput(1), width, width);
        FloatTensor bo = outBias == null ? null : weight(s, ImportState.otherInput(outBias, outMatMul.getOutput(0)), width);
        if (wo == null || bo == null) {
            return null;
        }
        claimed.addAll(List.of(merge, merged, outMatMul, outBias));
        List<FloatTensor> weights = List.of(query.weight, query.bias, key.weight, key.bias, value.weight, value.bias, wo, bo);
        return new Plan(query.input, key.input.equals(query.input) ? null : key.input, outBias.getOutput(0), (int) query.heads, causal,
                weights, claimed, null);
    }

    /** The Softmax of a plan as an Attention layer reading x; false when x is not a layer's output. */
    static boolean layer(NodeProto softmax, Plan plan, ImportState s) {
        Source x = s.tensors.get(plan.input());
        if (x == null) {
            return false;
        }
        Attention attention = SequenceFactory.eINSTANCE.createAttention();
        attention.setHeads(plan.heads());
        attention.setCausal(plan.causal());
        // A module's name once: exporters that share identical weights give two layers' projections one name.
        String name = plan.name() != null ? (s.named(plan.name()) ? "attention" : plan.name()) : softmax.getName().isBlank() ? "attention" : softmax.getName().replaceAll("(?i)/?weights$|softmax$", "") + "_attention";
        Source memory = plan.memory() == null ? null : s.tensors.get(plan.memory());
        if (plan.memory() != null && memory == null) {
            return false;
        }
        s.add(attention, softmax.toBuilder().setName(name).build(), x);
        if (memory != null) {
            s.connect(memory, attention, Ports.MEMORY);
        }
        for (int i = 0; i < ROLES.length; i++) {
            s.weights.put(attention.getId(), ROLES[i] + "_weight", plan.weights().get(2 * i));
            s.weights.put(attention.getId(), ROLES[i] + "_bias", plan.weights().get(2 * i + 1));
        }
        s.tensors.put(plan.output(), new Source(attention, Ports.OUT));
        return true;
    }

    private record Projection(String input, FloatTensor weight, FloatTensor bias, long heads) {
    }

    /** {@code Transpose(perm) ← Reshape [0, 0, H, d] ← Add(b) ← MatMul(x, W)} ending at {@code tensor}, its nodes claimed. */
    private static Projection projection(ImportState s, String tensor, long[] perm, List<NodeProto> claimed) throws OnnxFormatException {
        NodeProto transpose = producer(s, tensor, "Transpose");
        if (transpose == null || !Arrays.equals(ImportState.intsAttribute(transpose, "perm"), perm)) {
            return null;
        }
        NodeProto reshape = producer(s, transpose.getInput(0), "Reshape");
        long[] target = reshape == null ? null : longs(s, reshape.getInput(1));
        NodeProto bias = reshape == null ? null : producer(s, reshape.getInput(0), "Add");
        if (target == null || target.length != 4 || target[0] != 0 || target[1] != 0 || target[2] < 1 || target[3] < 1 || bias == null) {
            return null;
        }
        NodeProto product = producer(s, bias.getInput(0), "MatMul");
        if (product == null) {
            product = producer(s, bias.getInput(1), "MatMul");
        }
        long width = target[2] * target[3];
        FloatTensor w = product == null ? null : projectionWeight(s, product.getInput(1), width);
        FloatTensor b = product == null ? null : weight(s, ImportState.otherInput(bias, product.getOutput(0)), width);
        if (w == null || b == null) {
            return null;
        }
        claimed.addAll(List.of(transpose, reshape, bias, product));
        return new Projection(product.getInput(0), w, b, target[2]);
    }

    /**
     * Claims the nodes computing {@code tensor} when they compute it from shapes and constants
     * only (a causal mask from the sequence length); false when it reads any layer's values.
     */
    private static boolean claimShapeOnly(String tensor, ImportState s, List<NodeProto> claimed) {
        Deque<String> pending = new ArrayDeque<>(List.of(tensor));
        List<NodeProto> found = new ArrayList<>();
        while (!pending.isEmpty()) {
            String next = pending.pop();
            NodeProto node = s.producers.get(next);
            if (node == null) {
                if (!s.constants.containsKey(next)) {
                    return false; // a graph input
                }
                continue;
            }
            if (found.contains(node)) {
                continue;
            }
            found.add(node);
            if (!node.getOpType().equals("Shape")) {
                node.getInputList().stream().filter(i -> !i.isEmpty()).forEach(pending::push);
            }
        }
        claimed.addAll(found);
        return true;
    }

    private static NodeProto producer(ImportState s, String tensor, String op) {
        NodeProto node = s.producers.get(tensor);
        return node == null || op != null && !node.getOpType().equals(op) || s.onlyConsumer(tensor) == null ? null : node;
    }

    private static NodeProto consumer(ImportState s, NodeProto node, String op) {
        NodeProto next = s.onlyConsumer(node.getOutput(0));
        return next == null || !next.getOpType().equals(op) ? null : next;
    }

    /** A float constant [M, width] for any M (a cross-attention's key and value read a memory M wide), or null. */
    private static FloatTensor projectionWeight(ImportState s, String tensor, long width) throws OnnxFormatException {
        TensorProto constant = s.constants.get(tensor);
        return constant == null || constant.getDimsCount() != 2 || constant.getDims(0) < 1 ? null
                : weight(s, tensor, constant.getDims(0), width);
    }

    /** A float constant of exactly the dims given, or null. */
    private static FloatTensor weight(ImportState s, String tensor, long... dims) throws OnnxFormatException {
        TensorProto constant = s.constants.get(tensor);
        if (constant == null || constant.getDataType() != TensorProto.DataType.FLOAT_VALUE
                || !Arrays.equals(constant.getDimsList().stream().mapToLong(Long::longValue).toArray(), dims)) {
            return null;
        }
        return s.floats(constant);
    }

    private static long[] longs(ImportState s, String tensor) throws OnnxFormatException {
        TensorProto constant = s.constants.get(tensor);
        return constant == null || constant.getDataType() != TensorProto.DataType.INT64_VALUE ? null : s.longs(constant);
    }

    private static boolean shapeIs(ImportState s, NodeProto reshape, long... dims) throws OnnxFormatException {
        return Arrays.equals(longs(s, reshape.getInput(1)), dims);
    }
}
