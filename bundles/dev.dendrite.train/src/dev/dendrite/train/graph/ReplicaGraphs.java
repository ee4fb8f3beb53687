package dev.dendrite.train.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import dev.dendrite.model.shape.Dim;
import dev.dendrite.model.shape.Value;

/**
 * A train step cut in two for synchronous data parallelism on one machine: R replicas of the
 * {@link #replica} graph each take a slice of the batch (forward, loss, gradients; one core each)
 * and weigh their {@link ReplicaCut} tensors by the slice's share of the batch, then the
 * {@link #update} graph adds them and runs the rest of the step once (penalties, clipping, norms,
 * optimizer). The weighing runs in the replicas, in parallel, not in the one update: with eight
 * slices it was 96 small multiplications of the update's 0.7 ms.
 * The update graph has the train step's outputs, names and feedback, so a caller reads it as it
 * reads the train step. Small convolutional steps gain most: one session split over two cores
 * spends its time handing small operators between them, two single-core sessions do not.
 * <p>
 * The cut is exact for losses that are means, over samples or over what the batch holds otherwise
 * (the real steps of padded sequences, the labels' class weights: {@link ReplicaCut.Shares}, which
 * the {@link #shares} graph computes per slice): the result differs from one session's only by
 * float rounding. Steps whose update reads the batch otherwise (batch-norm running statistics) are
 * refused, as are steps whose losses divide by different counts, per-batch inputs that are not
 * sample-major, control flow, and random operators in the graph (contrastive divergence's Gibbs
 * sampling): masks fed from outside are sliced from the whole batch's, a generator inside would
 * repeat itself in every replica.
 *
 * @param replica per slice: the step's batch inputs, parameters and the slice's share ({@link #WEIGHT}, and
 *        {@link #ACCURACY_WEIGHT} where the accuracy is a mean over other things than the loss) in, the {@link #cut}
 *        tensors times that share out ({@link #weighted})
 * @param update the weighted cut tensors of every replica ({@link #input}) in, the step's outputs out
 * @param cut the tensors handed over, in order
 * @param shares null where both means are over samples (a slice's share is its rows'), else a graph of the
 *        step's batch inputs giving {@code divisors}' tensors for a slice
 * @param divisors what the loss and the accuracy are means over
 */
public record ReplicaGraphs(ModelProto replica, ModelProto update, List<String> cut, int replicas, ModelProto shares,
        ReplicaCut.Shares divisors) {

    private static final Set<String> RANDOM_OPERATORS = Set.of("RandomUniform", "RandomUniformLike", "RandomNormal", "RandomNormalLike",
            "Bernoulli", "Multinomial");

    /** The update graph's input for replica {@code r}'s value of cut tensor {@code tensor}. */
    public static String input(String tensor, int r) {
        return tensor + "@replica" + r;
    }

    /** The replica graph's scalar input: its slice's share of the batch. */
    public static final String WEIGHT = "replica_weight";

    /** The replica graph's scalar input, where the accuracy is a mean over other things than the loss: the slice's share of those. */
    public static final String ACCURACY_WEIGHT = "replica_accuracy_weight";

    /** Whether the replica graph weighs the accuracy by {@link #ACCURACY_WEIGHT}. */
    public boolean weighsAccuracyApart() {
        return weighsAccuracyApart(divisors);
    }

    private static boolean weighsAccuracyApart(ReplicaCut.Shares divisors) {
        return !java.util.Objects.equals(divisors.loss(), divisors.accuracy());
    }

    /** The replica graph's output: cut tensor {@code tensor} times the slice's share of the batch. */
    public static String weighted(String tensor) {
        return tensor + "@weighted";
    }

    /** Why {@code graphs} cannot be cut into replicas, or null when it can. */
    public static String refusal(TrainingGraphs graphs) {
        try {
            split(graphs, 2);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /**
     * Cuts {@code graphs}' train step for {@code replicas} replicas.
     *
     * @throws IllegalArgumentException naming why the step cannot be cut
     */
    public static ReplicaGraphs split(TrainingGraphs graphs, int replicas) {
        return split(graphs, replicas, false);
    }

    /**
     * As {@link #split(TrainingGraphs, int)}; with {@code sliceStatistics}, batch normalisation is
     * cut too: each replica normalises with its own slice's statistics (ghost batch normalisation, as
     * data-parallel PyTorch does without SyncBatchNorm), and the running statistics become the
     * slices' updates weighted by their shares. No longer the whole step's result.
     */
    public static ReplicaGraphs split(TrainingGraphs graphs, int replicas, boolean sliceStatistics) {
        if (replicas < 2) {
            throw new IllegalArgumentException("replicas must be at least 2, is " + replicas);
        }
        ReplicaCut cut = graphs.cut();
        if (cut == null || cut.loss() == null || cut.gradients().isEmpty()) {
            throw new IllegalArgumentException("the step has no gradients to hand over");
        }
        if (cut.shares() == null) {
            throw new IllegalArgumentException("the step's slices cannot be weighed by one share: " + cut.unevenShares());
        }
        GraphProto g = graphs.trainStep().getGraph();
        Map<String, Integer> producer = new HashMap<>();
        for (int i = 0; i < g.getNodeCount(); i++) {
            NodeProto n = g.getNode(i);
            if (n.getAttributeList().stream().anyMatch(a -> a.getType() == AttributeProto.AttributeType.GRAPH
                    || a.getType() == AttributeProto.AttributeType.GRAPHS)) {
                throw new IllegalArgumentException("the step has control flow (" + n.getOpType() + ")");
            }
            for (String out : n.getOutputList()) {
                producer.put(out, i);
            }
        }
        Set<String> batchInputs = batchInputs(graphs, g);
        List<String> cutTensors = new ArrayList<>(new LinkedHashSet<>(cut.gradients().values()));
        cutTensors.add(cut.loss());
        if (cut.accuracy() != null) {
            cutTensors.add(cut.accuracy());
        }
        cutTensors = List.copyOf(new LinkedHashSet<>(cutTensors));
        for (String tensor : cutTensors) {
            if (!producer.containsKey(tensor)) {
                throw new IllegalArgumentException("the handed-over tensor " + tensor + " is not computed by the step");
            }
        }
        List<String> statistics = sliceStatistics ? batchStatistics(graphs, g, producer, cutTensors, batchInputs) : List.of();
        if (!statistics.isEmpty() && !cut.shares().byRows()) {
            throw new IllegalArgumentException("batch normalisation's statistics on slices weigh each by its samples, and the loss is a mean over "
                    + "other things (real steps or class weights)");
        }
        if (!statistics.isEmpty()) {
            List<String> extended = new ArrayList<>(cutTensors);
            extended.addAll(statistics);
            cutTensors = List.copyOf(extended);
        }
        Set<Integer> replicaNodes = closure(g, producer, cutTensors, Set.of());
        for (int node : replicaNodes) {
            // Each replica's generator would start from the same seed: the slices would share their noise.
            if (RANDOM_OPERATORS.contains(g.getNode(node).getOpType())) {
                throw new IllegalArgumentException("the step draws its own random numbers (" + g.getNode(node).getOpType() + ")");
            }
        }
        Set<String> cutSet = new HashSet<>(cutTensors);
        List<ValueInfoProto> outputs = new ArrayList<>();
        Set<Integer> updateNodes = new HashSet<>();
        for (ValueInfoProto output : g.getOutputList()) {
            Set<Integer> needed = closure(g, producer, List.of(output.getName()), cutSet);
            String batchInput = readsAny(g, needed, batchInputs);
            if (batchInput == null && !batchInputs.contains(output.getName())) {
                updateNodes.addAll(needed);
                outputs.add(output);
            } else if (graphs.feedback().containsKey(output.getName()) || output.getName().equals("loss")
                    || output.getName().equals("accuracy") || output.getName().startsWith("gradnorm:")) {
                throw new IllegalArgumentException("the step's output " + output.getName() + " depends on the batch ("
                        + (batchInput == null ? output.getName() : batchInput) + ") other than through the gradients and the loss");
            }
            // Other batch-dependent outputs (activation statistics) are left to the whole step.
        }
        ReplicaCut.Shares divisors = cut.accuracy() == null ? new ReplicaCut.Shares(cut.shares().loss(), cut.shares().loss()) : cut.shares();
        String accuracyApart = weighsAccuracyApart(divisors) ? cut.accuracy() : null;
        return new ReplicaGraphs(replicaModel(graphs.trainStep(), replicaNodes, cutTensors, accuracyApart),
                updateModel(graphs.trainStep(), updateNodes, outputs, cutTensors, replicas), cutTensors, replicas,
                sharesModel(graphs.trainStep(), producer, divisors, batchInputs), divisors);
    }

    /** The graph giving a slice's {@code divisors} from its batch inputs, or null where both are the slice's rows. */
    private static ModelProto sharesModel(ModelProto model, Map<String, Integer> producer, ReplicaCut.Shares divisors, Set<String> batchInputs) {
        List<String> tensors = java.util.stream.Stream.of(divisors.loss(), divisors.accuracy()).filter(java.util.Objects::nonNull).distinct()
                .toList();
        if (tensors.isEmpty()) {
            return null;
        }
        GraphProto g = model.getGraph();
        Set<Integer> nodes = closure(g, producer, tensors, Set.of());
        GraphProto.Builder b = GraphProto.newBuilder().setName(g.getName() + "-shares");
        Set<String> read = addNodes(g, nodes, b);
        addInputsAndInitializers(g, read, b);
        for (ValueInfoProto input : b.getInputList()) {
            if (!batchInputs.contains(input.getName())) {
                throw new IllegalArgumentException("the step's " + tensors + " read " + input.getName() + ", not only the batch");
            }
        }
        tensors.forEach(t -> b.addOutput(floatValue(t)));
        return model.toBuilder().setGraph(b).build();
    }

    /** The running statistics' updates (feedback outputs of that role) that read the batch other than through {@code cut}. */
    private static List<String> batchStatistics(TrainingGraphs graphs, GraphProto g, Map<String, Integer> producer, List<String> cut,
            Set<String> batchInputs) {
        List<String> statistics = new ArrayList<>();
        for (ValueInfoProto output : g.getOutputList()) {
            String target = graphs.feedback().get(output.getName());
            if (target != null && graphs.roles().get(target) == ParameterRole.RUNNING_STATISTIC && producer.containsKey(output.getName())
                    && readsAny(g, closure(g, producer, List.of(output.getName()), new HashSet<>(cut)), batchInputs) != null) {
                statistics.add(output.getName());
            }
        }
        return statistics;
    }

    /** The graph inputs that change every step with the batch: all but parameters, state, "lr" and "step"; each must be sample-major. */
    private static Set<String> batchInputs(TrainingGraphs graphs, GraphProto g) {
        Map<String, Value> sampled = new HashMap<>(graphs.dataInputs());
        sampled.putAll(graphs.targetValues());
        Set<String> kept = new HashSet<>(graphs.parameters());
        for (RandomInput r : graphs.randomInputs()) {
            if (r.value().shape().dims().isEmpty()) {
                // One number for the whole step (mixup's λ), which every replica reads: each mixes its own slice with itself reversed.
                kept.add(r.name());
            } else {
                sampled.put(r.name(), r.value());
            }
        }
        kept.addAll(graphs.state());
        kept.addAll(graphs.initial().flat().keySet());
        kept.add("lr");
        kept.add("step");
        Set<String> batch = new LinkedHashSet<>();
        for (ValueInfoProto input : g.getInputList()) {
            if (kept.contains(input.getName())) {
                continue;
            }
            Value value = sampled.get(input.getName());
            List<Dim> dims = value == null ? List.of() : value.shape().dims();
            // A padded sequence's mask (SequenceMasks): [N, T], sliced by sample as the sequence is.
            boolean sequenceMask = input.getName().endsWith(":mask") && input.getType().getTensorType().getShape().getDimCount() == 2
                    && "N".equals(input.getType().getTensorType().getShape().getDim(0).getDimParam());
            if (!sequenceMask && (dims.isEmpty() || dims.get(0).isFixed() || !"N".equals(dims.get(0).toString()))) {
                throw new IllegalArgumentException("the step's input " + input.getName() + " is not split by sample");
            }
            batch.add(input.getName());
        }
        if (batch.isEmpty()) {
            throw new IllegalArgumentException("the step reads no batch");
        }
        return batch;
    }

    /** The nodes needed for {@code targets}, not looking past {@code leaves}. */
    private static Set<Integer> closure(GraphProto g, Map<String, Integer> producer, List<String> targets, Set<String> leaves) {
        Set<Integer> nodes = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(targets);
        Set<String> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            String tensor = pending.pop();
            // A leaf (a handed-over tensor) is an input of the graph being cut out, even when it is a target itself.
            if (!seen.add(tensor) || leaves.contains(tensor)) {
                continue;
            }
            Integer node = producer.get(tensor);
            if (node != null && nodes.add(node)) {
                for (String in : g.getNode(node).getInputList()) {
                    if (!in.isEmpty()) {
                        pending.push(in);
                    }
                }
            }
        }
        return nodes;
    }

    /** The first of {@code inputs} that one of {@code nodes} reads, or null. */
    private static String readsAny(GraphProto g, Set<Integer> nodes, Set<String> inputs) {
        for (int node : nodes) {
            for (String in : g.getNode(node).getInputList()) {
                if (inputs.contains(in)) {
                    return in;
                }
            }
        }
        return null;
    }

    private static ModelProto replicaModel(ModelProto model, Set<Integer> nodes, List<String> cutTensors, String accuracyApart) {
        GraphProto g = model.getGraph();
        GraphProto.Builder b = GraphProto.newBuilder().setName(g.getName() + "-replica");
        Set<String> read = addNodes(g, nodes, b);
        addInputsAndInitializers(g, read, b);
        b.addInput(ValueInfoProto.newBuilder().setName(WEIGHT).setType(TypeProto.newBuilder().setTensorType(
                TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE).setShape(
                        ai.onnx.proto.OnnxMl.TensorShapeProto.getDefaultInstance()))));
        if (accuracyApart != null) {
            b.addInput(ValueInfoProto.newBuilder().setName(ACCURACY_WEIGHT).setType(b.getInput(b.getInputCount() - 1).getType()));
        }
        for (String tensor : cutTensors) {
            b.addNode(NodeProto.newBuilder().setOpType("Mul").setName(weighted(tensor)).addInput(tensor)
                    .addInput(tensor.equals(accuracyApart) ? ACCURACY_WEIGHT : WEIGHT).addOutput(weighted(tensor)));
            b.addOutput(floatValue(weighted(tensor)));
        }
        return model.toBuilder().setGraph(b).build();
    }

    private static ModelProto updateModel(ModelProto model, Set<Integer> nodes, List<ValueInfoProto> outputs, List<String> cutTensors,
            int replicas) {
        GraphProto g = model.getGraph();
        GraphProto.Builder b = GraphProto.newBuilder().setName(g.getName() + "-update");
        for (String tensor : cutTensors) {
            List<String> weighted = new ArrayList<>();
            for (int r = 0; r < replicas; r++) {
                b.addInput(floatValue(input(tensor, r)));
                weighted.add(input(tensor, r));
            }
            b.addNode(NodeProto.newBuilder().setOpType("Sum").setName(tensor + "@sum").addAllInput(weighted).addOutput(tensor));
        }
        Set<String> read = addNodes(g, nodes, b);
        cutTensors.forEach(read::remove);
        addInputsAndInitializers(g, read, b);
        b.addAllOutput(outputs);
        return model.toBuilder().setGraph(b).build();
    }

    /** Adds the chosen nodes in the step's order; returns every tensor they read. */
    private static Set<String> addNodes(GraphProto g, Set<Integer> nodes, GraphProto.Builder b) {
        Set<String> read = new HashSet<>();
        for (int i = 0; i < g.getNodeCount(); i++) {
            if (nodes.contains(i)) {
                b.addNode(g.getNode(i));
                read.addAll(g.getNode(i).getInputList());
            }
        }
        return read;
    }

    private static void addInputsAndInitializers(GraphProto g, Set<String> read, GraphProto.Builder b) {
        g.getInputList().stream().filter(i -> read.contains(i.getName())).forEach(b::addInput);
        g.getInitializerList().stream().filter(t -> read.contains(t.getName())).forEach(b::addInitializer);
        Set<String> present = new HashSet<>(read);
        b.getNodeList().forEach(n -> present.addAll(n.getOutputList()));
        g.getValueInfoList().stream().filter(v -> present.contains(v.getName())).forEach(b::addValueInfo);
    }

    private static ValueInfoProto floatValue(String name) {
        return ValueInfoProto.newBuilder().setName(name).setType(TypeProto.newBuilder().setTensorType(
                TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE))).build();
    }
}
