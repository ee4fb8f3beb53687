package dev.dendrite.train.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;

/**
 * A train step cut at every node that reduces over the batch, so that a large batch can run in
 * cache-sized slices and still compute what the whole step computes (exact BatchNorm statistics,
 * unlike ghost replicas). A node whose input carries the batch dimension and whose output does not
 * (BatchNorm's sums, its gradient's Σg and Σg·c, kernel gradients summed over samples, counts, the
 * loss's mean) yields a <em>partial</em> value per slice; the slices' partials are added (means
 * weighted by the slices' shares) and every slice of the next stage reads the sum. Between cuts,
 * per-sample nodes run per slice ({@link Part#perSlice}), nodes without the batch run once.
 *
 * @param parts     in order: per stage, the part run once, then the part run per slice
 * @param partials  each partial tensor and how its slices' values combine
 * @param outputs   the train step's outputs, all computed once (none per sample)
 * @param collector a graph that hands the step's outputs through (Identity), so a caller reads one result
 */
public record StagedGraphs(List<Part> parts, Map<String, Combine> partials, List<String> outputs, ModelProto collector) {

    /** How slices' partial values make the batch's. */
    public enum Combine {
        /** Sums over samples: added. */
        SUM,
        /** Means over samples: weighted by each slice's share of the batch. */
        MEAN
    }

    /** Nodes run together: once, or once per slice; their graph's inputs and outputs. */
    public record Part(boolean perSlice, ModelProto model, List<String> inputs, List<String> outputs) {
    }

    /** Reductions whose value over the batch is the sum (or share-weighted mean) of their values over slices. */
    private static final Set<String> ADDITIVE = Set.of("ReduceSum", "ReduceSumSquare", "ReduceMean", "Size", "MatMul", "Gemm");

    /**
     * A Conv without a bias whose sliced inputs give an output without the batch: the kernel gradient's
     * correlation of the transposed input with the transposed output gradient (autodiff's general form in
     * {@code ConvolutionRules}, where neither shifts nor patches apply), which contracts the batch as its
     * channels, so the slices' results add up to the whole batch's (as a MatMul's do). With a bias
     * each slice would add it once.
     */
    private static boolean batchContractingConvolution(NodeProto n) {
        return n.getOpType().equals("Conv") && n.getInputCount() == 2;
    }

    /**
     * A ScatterND adding the slices' rows into zeros made by a ConstantOfShape, cast or not (the gradient of a Gather's table: an embedding's,
     * a conditional network's class code): each slice scatters its rows into zeros, so the slices' results add up to the whole
     * batch's. Into any other data each slice would add the data once.
     */
    private static boolean scatterIntoZeros(NodeProto n, Map<String, NodeProto> producers) {
        if (!n.getOpType().equals("ScatterND") || n.getInputCount() < 3 || !n.getAttributeList().stream().anyMatch(a -> a.getName().equals(
                "reduction") && a.getS().toStringUtf8().equals("add"))) {
            return false;
        }
        NodeProto data = producers.get(n.getInput(0));
        if (data != null && (data.getOpType().equals("CastLike") || data.getOpType().equals("Cast"))) {
            data = producers.get(data.getInput(0));
        }
        return data != null && data.getOpType().equals("ConstantOfShape") && data.getAttributeList().stream().noneMatch(a -> a.getName()
                .equals("value") && !zero(a.getT()));
    }

    /** Whether a ConstantOfShape's value is zero, however it is stored. */
    private static boolean zero(ai.onnx.proto.OnnxMl.TensorProto t) {
        for (byte b : t.getRawData().toByteArray()) {
            if (b != 0) {
                return false;
            }
        }
        return t.getFloatDataList().stream().allMatch(v -> v == 0f) && t.getInt64DataList().stream().allMatch(v -> v == 0L)
                && t.getInt32DataList().stream().allMatch(v -> v == 0) && t.getDoubleDataList().stream().allMatch(v -> v == 0d);
    }

    private static final Set<String> RANDOM_OPERATORS = Set.of("RandomUniform", "RandomUniformLike", "RandomNormal", "RandomNormalLike",
            "Bernoulli", "Multinomial");

    /**
     * A copy of {@code step} whose every node output is also a graph output, run at two batch sizes
     * to tell which tensors carry the batch ({@link #cut}).
     */
    public static ModelProto probe(ModelProto step) {
        GraphProto.Builder g = step.getGraph().toBuilder();
        Set<String> seen = new HashSet<>();
        step.getGraph().getOutputList().forEach(o -> seen.add(o.getName()));
        for (NodeProto n : step.getGraph().getNodeList()) {
            for (String o : n.getOutputList()) {
                if (!o.isEmpty() && seen.add(o)) {
                    g.addOutput(ValueInfoProto.newBuilder().setName(o));
                }
            }
        }
        return step.toBuilder().setGraph(g).build();
    }

    /**
     * Cuts {@code step}.
     *
     * @param batchInputs the inputs sliced by sample (data, targets, fed masks)
     * @param batched     per tensor (every node output and input), whether it carries the batch dimension
     * @param types       per tensor, its ONNX element type
     * @throws IllegalArgumentException naming why the step cannot be cut (control flow, random operators,
     *         a reduction over samples that slices cannot add, an output per sample)
     */
    public static StagedGraphs cut(ModelProto step, Set<String> batchInputs, Map<String, Boolean> batched, Map<String, Integer> types) {
        return cut(step, batchInputs, batched, types, Map.of());
    }

    /**
     * Cuts {@code step}, moving per-sample nodes whose values only later stages read into the
     * earliest of those stages where that hands fewer bytes between stages ({@link #deferred}).
     *
     * @param bytesPerSample per tensor that carries the batch, its bytes per sample (a tensor not named counts 1)
     */
    public static StagedGraphs cut(ModelProto step, Set<String> batchInputs, Map<String, Boolean> batched, Map<String, Integer> types,
            Map<String, Long> bytesPerSample) {
        return cut(step, batchInputs, batched, types, bytesPerSample, Map.of());
    }

    /**
     * Cuts {@code step} as above, the parts' inputs declaring the shapes in {@code shapes} (those of
     * tensors without the batch): a part's session then knows, for instance, a fed kernel's shape, which
     * the CPU's blocked convolutions need (dev.dendrite.runtime.BlockedConvolutions).
     */
    public static StagedGraphs cut(ModelProto step, Set<String> batchInputs, Map<String, Boolean> batched, Map<String, Integer> types,
            Map<String, Long> bytesPerSample, Map<String, long[]> shapes) {
        GraphProto g = withCastsForCastLike(step.getGraph(), types);
        Set<String> initializers = new HashSet<>();
        g.getInitializerList().forEach(t -> initializers.add(t.getName()));
        Map<String, Boolean> sliced = new HashMap<>();
        Map<String, Integer> stage = new HashMap<>();
        for (ValueInfoProto input : g.getInputList()) {
            sliced.put(input.getName(), batchInputs.contains(input.getName()));
            stage.put(input.getName(), 0);
        }
        initializers.forEach(name -> {
            sliced.put(name, false);
            stage.put(name, 0);
        });
        Map<String, Combine> partials = new LinkedHashMap<>();
        List<Integer> nodeStage = new ArrayList<>();
        List<Boolean> nodePerSlice = new ArrayList<>();
        Map<String, NodeProto> producers = new HashMap<>();
        g.getNodeList().forEach(n -> n.getOutputList().forEach(o -> producers.put(o, n)));
        for (NodeProto n : g.getNodeList()) {
            refuseUnsliceable(n);
            int s = 0;
            boolean anySliced = false;
            boolean batchedInput = false;
            for (String in : n.getInputList()) {
                if (in.isEmpty()) {
                    continue;
                }
                if (!stage.containsKey(in)) {
                    throw new IllegalArgumentException("the step's node " + n.getName() + " reads " + in + ", which nothing computes before it");
                }
                s = Math.max(s, stage.get(in));
                if (sliced.get(in)) {
                    anySliced = true;
                    batchedInput |= batched.getOrDefault(in, false);
                }
            }
            boolean batchedOutput = n.getOutputList().stream().anyMatch(o -> !o.isEmpty() && batched.getOrDefault(o, false));
            boolean partial = anySliced && batchedInput && !batchedOutput && !n.getOpType().equals("Shape");
            if (partial && !ADDITIVE.contains(n.getOpType()) && !batchContractingConvolution(n) && !scatterIntoZeros(n, producers)) {
                throw new IllegalArgumentException("the step's " + n.getOpType() + " node " + n.getName()
                        + " reduces over the batch in a way slices cannot add");
            }
            nodeStage.add(s);
            nodePerSlice.add(anySliced);
            for (String o : n.getOutputList()) {
                if (o.isEmpty()) {
                    continue;
                }
                sliced.put(o, anySliced && !partial);
                stage.put(o, partial ? s + 1 : s);
                if (partial) {
                    partials.put(o, n.getOpType().equals("ReduceMean") ? Combine.MEAN : Combine.SUM);
                }
            }
        }
        List<String> outputs = new ArrayList<>();
        for (ValueInfoProto o : g.getOutputList()) {
            if (sliced.getOrDefault(o.getName(), false)) {
                throw new IllegalArgumentException("the step's output " + o.getName() + " is per sample");
            }
            outputs.add(o.getName());
        }
        Map<String, Set<Integer>> consumers = new HashMap<>();
        for (int i = 0; i < g.getNodeCount(); i++) {
            for (String in : g.getNode(i).getInputList()) {
                consumers.computeIfAbsent(in, k -> new HashSet<>()).add(i);
            }
        }
        deferred(g, nodeStage, nodePerSlice, partials, consumers, Set.copyOf(outputs), sliced, bytesPerSample);
        List<Part> parts = new ArrayList<>();
        for (int s : new TreeSet<>(nodeStage)) {
            for (boolean perSlice : new boolean[] {false, true}) {
                List<Integer> chosen = new ArrayList<>();
                for (int i = 0; i < g.getNodeCount(); i++) {
                    if (nodeStage.get(i) == s && nodePerSlice.get(i) == perSlice) {
                        chosen.add(i);
                    }
                }
                if (!chosen.isEmpty()) {
                    parts.add(part(step, g, chosen, perSlice, consumers, initializers, Set.copyOf(outputs), types, shapes,
                            (perSlice ? "slices" : "once") + s));
                }
            }
        }
        return new StagedGraphs(List.copyOf(parts), partials, List.copyOf(outputs), collector(step, outputs, types));
    }

    /** Operators whose output ONNX Runtime makes a view of their input, unless the output leaves the graph: then a copy. */
    private static final Set<String> VIEWS = Set.of("Reshape", "Squeeze", "Unsqueeze", "Flatten");

    /**
     * Moves per-slice nodes later, in {@code nodeStage}: a node computed as early as its inputs allow
     * but read only by later stages (a kernel gradient's re-laid-out input, computed in the forward
     * pass and read in the backward) goes to the earliest stage that reads it, where its value is hot
     * in cache, when the bytes per sample it then needs handed from earlier stages (its inputs not
     * already handed there) are at most those of its outputs, which no longer are. A view moves at
     * equal bytes too: handed between stages, its output is a copy; moved, it stays a view. Nodes are
     * visited last first, so a chain moves together. Partials stay where they are: they end stages.
     */
    private static void deferred(GraphProto g, List<Integer> nodeStage, List<Boolean> nodePerSlice, Map<String, Combine> partials,
            Map<String, Set<Integer>> consumers, Set<String> stepOutputs, Map<String, Boolean> sliced, Map<String, Long> bytesPerSample) {
        for (int i = g.getNodeCount() - 1; i >= 0; i--) {
            NodeProto n = g.getNode(i);
            if (!nodePerSlice.get(i) || n.getOutputList().stream().anyMatch(o -> partials.containsKey(o) || stepOutputs.contains(o))) {
                continue;
            }
            int target = Integer.MAX_VALUE;
            long freed = 0;
            for (String o : n.getOutputList()) {
                if (o.isEmpty()) {
                    continue;
                }
                for (int reader : consumers.getOrDefault(o, Set.of())) {
                    target = Math.min(target, nodeStage.get(reader));
                }
                freed += bytesPerSample.getOrDefault(o, 1L);
            }
            int stage = nodeStage.get(i);
            if (target == Integer.MAX_VALUE || target <= stage) {
                continue;
            }
            long added = 0;
            for (String in : new LinkedHashSet<>(n.getInputList())) {
                if (!in.isEmpty() && sliced.getOrDefault(in, false) && !readAtOrAfter(in, target, i, consumers, nodeStage)) {
                    added += bytesPerSample.getOrDefault(in, 1L);
                }
            }
            if (added < freed || added == freed && VIEWS.contains(n.getOpType())) {
                nodeStage.set(i, target);
            }
        }
    }

    /** Whether a node other than {@code except} reads {@code tensor} at stage {@code stage} or later (it is handed there anyway). */
    private static boolean readAtOrAfter(String tensor, int stage, int except, Map<String, Set<Integer>> consumers, List<Integer> nodeStage) {
        return consumers.getOrDefault(tensor, Set.of()).stream().anyMatch(r -> r != except && nodeStage.get(r) >= stage);
    }

    /**
     * Refuses, before anything runs, a step that no cut can slice: control flow, random operators.
     *
     * @throws IllegalArgumentException naming the operator
     */
    public static void requireSliceable(ModelProto step) {
        step.getGraph().getNodeList().forEach(StagedGraphs::refuseUnsliceable);
    }

    private static void refuseUnsliceable(NodeProto n) {
        if (n.getAttributeList().stream().anyMatch(a -> a.getType() == AttributeProto.AttributeType.GRAPH
                || a.getType() == AttributeProto.AttributeType.GRAPHS)) {
            throw new IllegalArgumentException("the step has control flow (" + n.getOpType() + ")");
        }
        if (RANDOM_OPERATORS.contains(n.getOpType())) {
            throw new IllegalArgumentException("the step draws random numbers inside (" + n.getOpType() + "): slices would repeat them");
        }
    }

    /** CastLike reads only its second input's type: as a Cast, slices do not flow through that input. */
    private static GraphProto withCastsForCastLike(GraphProto graph, Map<String, Integer> types) {
        GraphProto.Builder g = graph.toBuilder();
        for (NodeProto.Builder n : g.getNodeBuilderList()) {
            if (n.getOpType().equals("CastLike")) {
                Integer to = types.get(n.getInput(1));
                if (to == null) {
                    throw new IllegalArgumentException("the type of " + n.getInput(1) + " (read by " + n.getName() + ") is unknown");
                }
                String x = n.getInput(0);
                n.setOpType("Cast").clearInput().addInput(x).clearAttribute()
                        .addAttribute(AttributeProto.newBuilder().setName("to").setType(AttributeProto.AttributeType.INT).setI(to));
            }
        }
        return g.build();
    }

    private static Part part(ModelProto step, GraphProto g, List<Integer> chosen, boolean perSlice, Map<String, Set<Integer>> consumers,
            Set<String> initializers, Set<String> stepOutputs, Map<String, Integer> types, Map<String, long[]> shapes, String label) {
        Set<Integer> chosenSet = new HashSet<>(chosen);
        Set<String> produced = new LinkedHashSet<>();
        Set<String> used = new LinkedHashSet<>();
        GraphProto.Builder sub = GraphProto.newBuilder().setName(label);
        for (int i : chosen) {
            NodeProto n = g.getNode(i);
            sub.addNode(n);
            n.getInputList().stream().filter(in -> !in.isEmpty()).forEach(used::add);
            n.getOutputList().stream().filter(o -> !o.isEmpty()).forEach(produced::add);
        }
        List<String> inputs = new ArrayList<>();
        for (String in : used) {
            if (!produced.contains(in) && !initializers.contains(in)) {
                inputs.add(in);
                sub.addInput(withShape(valueInfo(in, types), shapes.get(in)));
            }
        }
        for (TensorProto t : g.getInitializerList()) {
            if (used.contains(t.getName())) {
                sub.addInitializer(t);
            }
        }
        List<String> outputs = new ArrayList<>();
        for (String o : produced) {
            Set<Integer> readers = consumers.getOrDefault(o, Set.of());
            if (stepOutputs.contains(o) || readers.stream().anyMatch(r -> !chosenSet.contains(r))) {
                outputs.add(o);
                sub.addOutput(valueInfo(o, types));
            }
        }
        ModelProto model = step.toBuilder().setGraph(sub).build();
        return new Part(perSlice, model, List.copyOf(inputs), List.copyOf(outputs));
    }

    private static ModelProto collector(ModelProto step, List<String> outputs, Map<String, Integer> types) {
        GraphProto.Builder g = GraphProto.newBuilder().setName("outputs");
        for (String o : outputs) {
            String in = o + "@staged";
            g.addInput(valueInfo(in, type(o, types)));
            g.addNode(NodeProto.newBuilder().setOpType("Identity").setName("hand/" + o).addInput(in).addOutput(o));
            g.addOutput(valueInfo(o, types));
        }
        return step.toBuilder().setGraph(g).build();
    }

    /** The collector's input for the step's output {@code output}. */
    public static String collected(String output) {
        return output + "@staged";
    }

    private static ValueInfoProto withShape(ValueInfoProto info, long[] shape) {
        if (shape == null) {
            return info;
        }
        TensorShapeProto.Builder dims = TensorShapeProto.newBuilder();
        for (long d : shape) {
            dims.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(d));
        }
        ValueInfoProto.Builder b = info.toBuilder();
        b.getTypeBuilder().getTensorTypeBuilder().setShape(dims);
        return b.build();
    }

    private static ValueInfoProto valueInfo(String name, Map<String, Integer> types) {
        return valueInfo(name, type(name, types));
    }

    private static int type(String name, Map<String, Integer> types) {
        Integer type = types.get(name);
        if (type == null) {
            throw new IllegalArgumentException("the type of " + name + " is unknown");
        }
        return type;
    }

    private static ValueInfoProto valueInfo(String name, int type) {
        return ValueInfoProto.newBuilder().setName(name)
                .setType(TypeProto.newBuilder().setTensorType(TypeProto.Tensor.newBuilder().setElemType(type))).build();
    }
}
