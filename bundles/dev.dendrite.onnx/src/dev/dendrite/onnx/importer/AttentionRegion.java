package dev.dendrite.onnx.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.importer.NodeInterpreter.Value;

/**
 * Self-attention however an exporter spelled it (PyTorch's {@code nn.MultiheadAttention} through
 * either exporter: a packed in-projection, batch-first transposes, the scale split between Q and
 * K, shapes computed from the input, a causal mask from {@code Trilu}). Found from the Softmax: the
 * nodes up to the output projection, back to the in-projections' input x, using only x and
 * constants. The weights are read from the projections; heads, causality and which block is query,
 * key or value are the ones for which an Attention layer computes what those nodes compute on a
 * random x ({@link NodeInterpreter}). Nothing is claimed unless that check passes.
 */
final class AttentionRegion {

    private static final Set<String> LAYOUT = Set.of("Transpose", "Reshape", "Unsqueeze", "Squeeze", "Identity");
    private static final int MAX_NODES = 600;

    /** A projection: x·W + b, W as [in, out]. */
    private record Projection(NodeProto node, String input, double[][] weight, double[] bias) {
        int columns() {
            return weight[0].length;
        }
    }

    private AttentionRegion() {
    }

    static AttentionPattern.Plan plan(NodeProto softmax, ImportState s, List<NodeProto> nodes) throws OnnxFormatException {
        if (s.opset < 13) {
            return null;
        }
        NodeProto mix = s.onlyDataConsumer(softmax.getOutput(0));
        if (mix == null || !mix.getOpType().equals("MatMul") || !mix.getInput(0).equals(softmax.getOutput(0))) {
            return null;
        }
        // Forward: the mix, layout, the output projection, its bias and layout again; each tensor after the projection may end the layer.
        List<String> ends = new ArrayList<>();
        Projection out = null;
        String tensor = mix.getOutput(0);
        for (int i = 0; i < 16; i++) {
            NodeProto node = s.onlyDataConsumer(tensor);
            Projection projection = node == null || out != null ? null : projection(node, tensor, s, 0);
            double[] bias = node == null || out == null || out.bias != null ? null : bias(s, node, tensor, out.columns(), 0);
            if (node != null && LAYOUT.contains(node.getOpType()) && node.getInput(0).equals(tensor)) {
                tensor = node.getOutput(0);
            } else if (projection != null) {
                out = projection;
                tensor = biasNode(s, node, projection).getOutput(0);
            } else if (bias != null) {
                out = new Projection(out.node, out.input, out.weight, bias);
                tensor = node.getOutput(0);
            } else {
                break;
            }
            if (out != null) {
                ends.add(tensor);
            }
        }
        if (out == null || out.weight.length != out.columns()) {
            return null;
        }
        int width = out.columns();
        List<Projection> in = inProjections(s, List.of(softmax.getInput(0), mix.getInput(1)), width);
        AttentionRegionCheck.Inputs inputs = in == null ? null : inputs(in, width);
        if (inputs == null) {
            return null;
        }
        String x = inputs.x();
        String memory = inputs.memory();
        List<double[][]> blocks = new ArrayList<>();
        List<double[]> biases = new ArrayList<>();
        List<Boolean> fromMemory = new ArrayList<>();
        // The query's blocks first: in cross-attention the one block read from x, then the two read from the memory.
        for (Projection p : in.stream().sorted(java.util.Comparator.comparing(p -> p.input.equals(memory))).toList()) {
            for (int b = 0; b < p.columns() / width; b++) {
                blocks.add(columns(p.weight, b * width, width));
                biases.add(p.bias == null ? new double[width] : java.util.Arrays.copyOfRange(p.bias, b * width, (b + 1) * width));
                fromMemory.add(p.input.equals(memory));
            }
        }
        Collections.reverse(ends);
        boolean checkedSome = false;
        String kind = memory == null ? "self-attention" : "cross-attention";
        for (String end : ends) {
            List<NodeProto> region = region(s, nodes, end, memory == null ? Set.of(x) : Set.of(x, memory));
            if (region == null || region.stream().filter(n -> n.getOpType().equals("Softmax")).count() != 1) {
                continue;
            }
            AttentionRegionCheck.Checked checked = AttentionRegionCheck.check(s, region, inputs, end, width, blocks, biases, fromMemory,
                    out.weight, out.bias);
            checkedSome = true;
            if (checked != null) {
                List<NodeProto> claimed = claimable(s, region, end, memory == null ? Set.of(x) : Set.of(x, memory));
                if (claimed == null) {
                    s.attentionMisses.put(softmax, "it reads like " + kind + ", but values inside it feed other nodes too");
                    return null;
                }
                List<FloatTensor> weights = new ArrayList<>();
                for (int role = 0; role < 3; role++) {
                    weights.add(tensor(blocks.get(checked.order()[role])));
                    weights.add(vector(biases.get(checked.order()[role])));
                }
                weights.add(tensor(out.weight));
                weights.add(vector(out.bias == null ? new double[width] : out.bias));
                return new AttentionPattern.Plan(x, memory, end, checked.heads(), checked.causal(), weights, claimed, name(out));
            }
        }
        if (checkedSome) {
            s.attentionMisses.put(softmax, "it reads like " + kind + " (" + width + " wide), but no Attention layer (any number of heads,"
                    + (memory == null ? " causal or not" : " any role of its projections") + ") computes what its nodes compute on random "
                    + "inputs: another scale or mask?");
        }
        return null;
    }


    /**
     * Self-attention: every projection reads x, D wide, 3·D columns in one or three. Cross-attention:
     * D columns read from x (the query) and 2·D read from a memory of any width M (key and value,
     * packed or apart). Null when the projections are neither.
     */
    private static AttentionRegionCheck.Inputs inputs(List<Projection> in, int width) {
        java.util.Map<String, Integer> columns = new java.util.LinkedHashMap<>();
        in.forEach(p -> columns.merge(p.input, p.columns(), Integer::sum));
        if (in.isEmpty() || in.size() > 3) {
            return null;
        }
        if (columns.size() == 1) {
            boolean self = in.stream().allMatch(p -> p.weight.length == width) && columns.values().iterator().next() == 3 * width
                    && in.size() != 2;
            return self ? new AttentionRegionCheck.Inputs(in.get(0).input, null, width) : null;
        }
        String x = columns.entrySet().stream().filter(e -> e.getValue() == width).map(java.util.Map.Entry::getKey).findFirst().orElse(null);
        String memory = columns.keySet().stream().filter(k -> !k.equals(x)).findFirst().orElse(null);
        if (columns.size() != 2 || x == null || memory == null || columns.get(memory) != 2 * width) {
            return null;
        }
        int memoryWidth = in.stream().filter(p -> p.input.equals(memory)).findFirst().orElseThrow().weight.length;
        boolean shaped = in.stream().allMatch(p -> p.weight.length == (p.input.equals(x) ? width : memoryWidth));
        return shaped ? new AttentionRegionCheck.Inputs(x, memory, memoryWidth) : null;
    }

    /**
     * MatMul or Gemm of {@code tensor} by a constant 2-D float weight, with its bias (Gemm's C or
     * the Add that follows); with a {@code width}, the weight and bias may be cut from a packed
     * one by bounds computed from a D-wide input's dims ({@link #constant}).
     */
    private static Projection projection(NodeProto node, String tensor, ImportState s, int width) throws OnnxFormatException {
        boolean gemm = node.getOpType().equals("Gemm");
        if (!gemm && !node.getOpType().equals("MatMul") || !node.getInput(0).equals(tensor) || node.getInputCount() < 2) {
            return null;
        }
        TensorProto w = constant(s, node.getInput(1), width);
        if (w == null || w.getDataType() != TensorProto.DataType.FLOAT_VALUE || w.getDimsCount() != 2
                || gemm && ImportState.intAttribute(node, "transA", 0) != 0) {
            return null;
        }
        FloatTensor weight = s.floats(w);
        boolean transposed = gemm && ImportState.intAttribute(node, "transB", 0) != 0;
        double alpha = gemm ? ImportState.floatAttribute(node, "alpha", 1) : 1;
        int rows = (int) weight.shape()[transposed ? 1 : 0];
        int cols = (int) weight.shape()[transposed ? 0 : 1];
        if (rows < 1 || cols < 1) {
            return null; // an empty weight (a cut out of range): no projection
        }
        double[][] m = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                m[r][c] = alpha * weight.values()[transposed ? c * rows + r : r * cols + c];
            }
        }
        double[] bias = null;
        if (gemm && node.getInputCount() > 2 && !node.getInput(2).isEmpty()) {
            bias = floats(s, node.getInput(2), cols, width);
            if (bias == null) {
                return null;
            }
            double beta = ImportState.floatAttribute(node, "beta", 1);
            for (int i = 0; i < cols; i++) {
                bias[i] *= beta;
            }
        } else if (!gemm) {
            NodeProto add = s.onlyDataConsumer(node.getOutput(0));
            bias = add == null ? null : bias(s, add, node.getOutput(0), cols, width);
        }
        return new Projection(node, node.getInput(0), m, bias);
    }

    /** The node whose output is the projection with its bias: the Add after a MatMul that has one, else the node itself. */
    private static NodeProto biasNode(ImportState s, NodeProto node, Projection projection) {
        NodeProto add = s.onlyDataConsumer(node.getOutput(0));
        return node.getOpType().equals("MatMul") && projection.bias != null && add != null ? add : node;
    }

    private static double[] bias(ImportState s, NodeProto add, String tensor, int size, int width) throws OnnxFormatException {
        if (!add.getOpType().equals("Add") || add.getInputCount() != 2) {
            return null;
        }
        return floats(s, ImportState.otherInput(add, tensor), size, width);
    }

    /**
     * A constant, or with a {@code width} (over 0) a value cut from constants by bounds computed
     * from dims, as TorchScript cuts a cross-attention's packed {@code in_proj_weight} by the
     * query's width: run with every tensor a Shape reads taken as [a, b, width], for two choices
     * of a and b, and taken when both agree. A guess the region's check then tests, since the
     * region's own nodes compute the cut from the real input.
     */
    private static TensorProto constant(ImportState s, String tensor, int width) {
        TensorProto known = s.constants.get(tensor);
        if (known != null || width <= 0 || s.producers.get(tensor) == null) {
            return known;
        }
        Value small = ShapeArithmetic.value(s, tensor, t -> new int[] {2, 3, width});
        Value large = ShapeArithmetic.value(s, tensor, t -> new int[] {3, 5, width});
        if (small == null || large == null || small.integer() || !java.util.Arrays.equals(small.dims(), large.dims())
                || !java.util.Arrays.equals(small.data(), large.data())) {
            return null;
        }
        TensorProto.Builder t = TensorProto.newBuilder().setName(tensor).setDataType(TensorProto.DataType.FLOAT_VALUE);
        for (int d : small.dims()) {
            t.addDims(d);
        }
        for (double v : small.data()) {
            t.addFloatData((float) v);
        }
        return t.build();
    }

    /** A float constant (or cut, as {@link #constant}) of {@code size} values in any shape of that size ([D], [1, 1, D]), or null. */
    private static double[] floats(ImportState s, String tensor, int size, int width) throws OnnxFormatException {
        TensorProto t = constant(s, tensor, width);
        if (t == null || t.getDataType() != TensorProto.DataType.FLOAT_VALUE || TensorReader.elements(t, s.source) != size) {
            return null;
        }
        float[] values = s.floats(t).values();
        double[] d = new double[size];
        for (int i = 0; i < size; i++) {
            d[i] = values[i];
        }
        return d;
    }

    /**
     * The in-projections the scores and the values are computed from, walking back from them and
     * stopping at projections (their input, or the tensor a batch-first Transpose reads, is x);
     * Shape nodes end the walk too. Null when the walk meets another Softmax or grows too large.
     */
    private static List<Projection> inProjections(ImportState s, List<String> from, int width) throws OnnxFormatException {
        List<Projection> found = new ArrayList<>();
        Deque<String> pending = new ArrayDeque<>(from);
        Set<NodeProto> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!pending.isEmpty()) {
            NodeProto node = s.producers.get(pending.pop());
            if (node == null || !seen.add(node) || node.getOpType().equals("Shape")) {
                continue;
            }
            if (seen.size() > MAX_NODES || node.getOpType().equals("Softmax")) {
                return null;
            }
            Projection p = node.getInputCount() == 0 ? null : projection(node, node.getInput(0), s, width);
            if (p != null && p.columns() % width == 0) {
                NodeProto transpose = s.producers.get(p.input);
                boolean batchFirst = transpose != null && transpose.getOpType().equals("Transpose")
                        && java.util.Arrays.equals(ImportState.intsAttribute(transpose, "perm"), new long[] {1, 0, 2});
                found.add(batchFirst ? new Projection(p.node, transpose.getInput(0), p.weight, p.bias) : p);
                continue;
            }
            node.getInputList().stream().filter(t -> !t.isEmpty() && !s.constants.containsKey(t)).forEach(pending::push);
        }
        return found;
    }

    /**
     * The nodes computing {@code end} from x and constants, in graph order; null when they read
     * anything else. Shape nodes may read tensors outside whose dims the model declares (checked
     * as x's batch and length).
     */
    private static List<NodeProto> region(ImportState s, List<NodeProto> nodes, String end, Set<String> x) {
        Set<NodeProto> found = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<String> pending = new ArrayDeque<>(List.of(end));
        while (!pending.isEmpty()) {
            String tensor = pending.pop();
            if (x.contains(tensor) || tensor.isEmpty() || s.constants.containsKey(tensor)) {
                continue;
            }
            NodeProto node = s.producers.get(tensor);
            if (node == null || s.absorbed.contains(node) || found.size() > MAX_NODES) {
                return null; // another graph input, or nodes another pattern claimed
            }
            if (found.add(node) && !(node.getOpType().equals("Shape") && s.declaredShapes.containsKey(node.getInput(0)))) {
                node.getInputList().forEach(pending::push);
            }
        }
        return nodes.stream().filter(found::contains).toList();
    }

    /**
     * The region's nodes to claim: all of them, except nodes that also feed nodes outside and
     * compute only dims (those stay and fold as constants) or only rearrange the region's input
     * (a batch-first Transpose of a memory that two decoder layers read: the last region reading it
     * claims it); null when a node computing values feeds anything outside.
     */
    private static List<NodeProto> claimable(ImportState s, List<NodeProto> region, String end, Set<String> inputs) {
        Set<NodeProto> inside = Collections.newSetFromMap(new IdentityHashMap<>());
        inside.addAll(region);
        Set<NodeProto> dimsOnly = ShapeArithmetic.dimsOnly(region, s);
        List<NodeProto> claimed = new ArrayList<>();
        Set<NodeProto> shared = new LinkedHashSet<>();
        for (NodeProto node : region) {
            if (node.getOpType().equals("Softmax")) {
                continue; // the anchor: mapped as the Attention layer itself
            }
            // Absorbed readers (nodes folded or claimed by another pattern) need nothing at mapping time.
            boolean outside = node.getOutputList().stream().filter(t -> !t.equals(end))
                    .anyMatch(t -> s.consumers.getOrDefault(t, List.of()).stream().anyMatch(c -> !inside.contains(c) && !s.absorbed.contains(c)));
            if (!outside) {
                claimed.add(node);
            } else if (dimsOnly.contains(node) || LAYOUT.contains(node.getOpType()) && inputs.contains(node.getInput(0))) {
                shared.add(node);
            } else {
                return null;
            }
        }
        // A claimed node a shared one reads must stay too, or the shared one would read nothing.
        for (NodeProto keep : new ArrayList<>(shared)) {
            Deque<NodeProto> pending = new ArrayDeque<>(List.of(keep));
            while (!pending.isEmpty()) {
                for (String t : pending.pop().getInputList()) {
                    NodeProto producer = s.producers.get(t);
                    if (producer != null && inside.contains(producer) && claimed.remove(producer)) {
                        pending.push(producer);
                    }
                }
            }
        }
        return claimed;
    }

    private static double[][] columns(double[][] m, int from, int count) {
        double[][] block = new double[m.length][];
        for (int r = 0; r < m.length; r++) {
            block[r] = java.util.Arrays.copyOfRange(m[r], from, from + count);
        }
        return block;
    }

    private static FloatTensor tensor(double[][] m) {
        FloatTensor t = FloatTensor.zeros(m.length, m[0].length);
        for (int r = 0; r < m.length; r++) {
            for (int c = 0; c < m[0].length; c++) {
                t.values()[r * m[0].length + c] = (float) m[r][c];
            }
        }
        return t;
    }

    private static FloatTensor vector(double[] v) {
        FloatTensor t = FloatTensor.zeros(v.length);
        for (int i = 0; i < v.length; i++) {
            t.values()[i] = (float) v[i];
        }
        return t;
    }

    /** nn.MultiheadAttention's output projection is {@code MODULE.out_proj.weight}: the layer takes the module's name, else "attention". */
    private static String name(Projection out) {
        String weight = out.node.getInput(1);
        return weight.endsWith(".out_proj.weight") ? weight.substring(0, weight.length() - ".out_proj.weight".length()) : "attention";
    }
}
