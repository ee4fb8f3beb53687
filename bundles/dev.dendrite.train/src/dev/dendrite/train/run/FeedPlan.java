package dev.dendrite.train.run;

import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import dev.dendrite.model.shape.Dim;
import dev.dendrite.model.shape.Value;
import dev.dendrite.train.data.Batch;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.data.Field;
import dev.dendrite.train.data.HostTensor;
import dev.dendrite.train.config.Distillation;
import dev.dendrite.train.graph.TrainingGraphs;

/**
 * Which field of a {@link BatchSource} feeds which input of the training graphs: a field named
 * like the input, or, where the network has one data input (or one target) and the data one
 * input field (or one target field), that one. Turns a {@link Batch} into the step's tensors.
 */
final class FeedPlan {

    /** A graph input and the field that feeds it; {@code value} is null for a padded sequence's mask and a teacher's probabilities. */
    record Binding(String input, Value value, Field field, boolean classIndices) {

        boolean mask() {
            return value == null;
        }
    }

    /** The bool masks ("ID:mask") of padded sequences that the train step reads: the mask of the field that feeds input ID. */
    private static void bindMasks(TrainingGraphs graphs, BatchSource data, List<Binding> bindings) {
        for (var input : graphs.trainStep().getGraph().getInputList()) {
            boolean bool = input.getType().getTensorType().getElemType() == ai.onnx.proto.OnnxMl.TensorProto.DataType.BOOL_VALUE;
            if (bool && input.getName().endsWith(":mask")) {
                String id = input.getName().substring(0, input.getName().length() - ":mask".length());
                bindings.stream().filter(b -> b.input().equals(id)).findFirst().flatMap(b -> data.field(b.field().name() + ":mask"))
                        .ifPresent(field -> bindings.add(new Binding(input.getName(), null, field, false)));
            }
        }
    }

    private final List<Binding> bindings;

    private FeedPlan(List<Binding> bindings) {
        this.bindings = List.copyOf(bindings);
    }

    List<Binding> bindings() {
        return bindings;
    }

    /** @throws TrainingException (bad input) naming the input that no field feeds */
    static FeedPlan bind(TrainingGraphs graphs, BatchSource data) throws TrainingException {
        List<Binding> bindings = new ArrayList<>();
        for (var input : graphs.dataInputs().entrySet()) {
            Field byKind = graphField(data, input.getValue());
            if (byKind == null && input.getValue().kind() == dev.dendrite.model.shape.ValueKind.EDGE_FEATURES) {
                throw TrainingException.badInput("the network reads edge features ('" + input.getKey() + "', " + input.getValue().shape()
                        + "), but the data set " + data.name() + " carries none: give each edge its features (\"edgeFeatures\" in a graphs "
                        + "file, or synthetic:bonds), or disconnect the graph input's edgeFeatures");
            }
            bindings.add(new Binding(input.getKey(), input.getValue(), byKind != null ? byKind : find(data, input.getKey(), Field.Role.INPUT,
                    graphs.dataInputs().size(), "input"), false));
        }
        for (var target : graphs.targets().entrySet()) {
            Field field = find(data, target.getKey(), Field.Role.TARGET, graphs.targets().size(), "target");
            bindings.add(new Binding(target.getKey(), graphs.targetValues().get(target.getKey()), field, target.getValue()));
        }
        bindMasks(graphs, data, bindings);
        // A teacher's probabilities (distillation), which only the train step reads and only training batches carry.
        if (graphs.trainStep().getGraph().getInputList().stream().anyMatch(i -> i.getName().equals(Distillation.FIELD))) {
            data.field(Distillation.FIELD).ifPresent(field -> bindings.add(new Binding(Distillation.FIELD, null, field, false)));
        }
        return new FeedPlan(bindings);
    }

    /** A graph input's node features, edge index, edge features or graph assignment: the field named for that part of a graph, if any. */
    private static Field graphField(BatchSource data, Value value) {
        String name = switch (value.kind()) {
            case NODES -> dev.dendrite.train.data.GraphDataset.NODES;
            case EDGE_INDEX -> dev.dendrite.train.data.GraphDataset.EDGES;
            case EDGE_FEATURES -> dev.dendrite.train.data.GraphDataset.EDGE_FEATURES;
            case GRAPH_ASSIGNMENT -> dev.dendrite.train.data.GraphDataset.BATCH;
            default -> null;
        };
        return name == null ? null : data.field(name).orElse(null);
    }

    /**
     * The field that feeds a graph input or target: the one named like it, or the data's one field
     * of that role (masks aside) when the network has one of that role too; null when neither.
     */
    static Field fieldFor(BatchSource data, String input, Field.Role role, int inputsOfRole) {
        var named = data.field(input);
        if (named.isPresent()) {
            return named.get();
        }
        // Masks and a teacher's probabilities go with another field; they are never the one target.
        List<Field> candidates = data.fields(role).stream().filter(f -> !f.name().endsWith(":mask") && !f.name().equals(Distillation.FIELD))
                .toList();
        // Each noise and label input has its field by name: the data's fields are left for the other inputs.
        int others = role == Field.Role.INPUT ? inputsOfRole - (int) data.fields().stream().filter(f -> f.role().named()).count() : inputsOfRole;
        return others == 1 && candidates.size() == 1 ? candidates.get(0) : null;
    }

    private static Field find(BatchSource data, String input, Field.Role role, int inputsOfRole, String what) throws TrainingException {
        Field found = fieldFor(data, input, role, inputsOfRole);
        if (found != null) {
            return found;
        }
        List<Field> candidates = data.fields(role);
        if (role == Field.Role.TARGET && candidates.isEmpty()) {
            throw TrainingException.badInput("the network's loss needs a " + what + " '" + input + "', but the data set " + data.name()
                    + " has no targets");
        }
        throw TrainingException.badInput("the network's " + what + " '" + input + "' has no field in the data set " + data.name()
                + " (fields: " + data.fields().stream().map(Field::name).collect(Collectors.joining(", "))
                + "); name a field like the " + what);
    }

    /** The step's tensors for one batch (shapes bound to the batch's sizes); the caller closes them. */
    Map<String, OnnxTensor> tensors(OrtEnvironment env, Batch batch) throws OrtException {
        Map<String, OnnxTensor> tensors = new LinkedHashMap<>();
        try {
            for (Binding binding : bindings) {
                HostTensor host = batch.tensors().get(binding.field().name());
                if (host == null && binding.input().equals(Distillation.FIELD)) {
                    continue; // validation batches, which the evaluation graph reads without a teacher
                }
                if (host == null) {
                    throw new IllegalStateException("the batch lacks field " + binding.field().name());
                }
                tensors.put(binding.input(), tensor(env, host, shape(binding.value(), host, batch.rows())));
            }
            // Masks of padded sequences travel under their own names when the graph asks for them.
            return tensors;
        } catch (OrtException | RuntimeException e) {
            tensors.values().forEach(OnnxTensor::close);
            throw e;
        }
    }

    /** The graph input's shape with its dims bound: fixed dims as declared (a flat sample may feed an image input), else the batch's. */
    private static long[] shape(Value value, HostTensor host, int rows) {
        if (value == null) {
            return host.shape();
        }
        List<Dim> dims = value.shape().dims();
        if (!dims.isEmpty() && !dims.get(0).equals(Dim.BATCH)) {
            return host.shape(); // graph tensors: nodes, edges and assignments are counted per batch, not per sample
        }
        boolean fixed = dims.stream().skip(1).allMatch(Dim::isFixed);
        if (!fixed) {
            return host.shape();
        }
        long[] shape = new long[dims.size()];
        shape[0] = rows;
        for (int i = 1; i < shape.length; i++) {
            shape[i] = dims.get(i).size();
        }
        return shape;
    }

    /** A host tensor as an ONNX Runtime tensor of {@code shape}; the caller closes it. */
    static OnnxTensor tensor(OrtEnvironment env, HostTensor host, long[] shape) throws OrtException {
        return switch (host.type()) {
            case FLOAT -> OnnxTensor.createTensor(env, FloatBuffer.wrap(host.floats()), shape);
            case INT64 -> OnnxTensor.createTensor(env, LongBuffer.wrap(host.longs()), shape);
            case BOOL -> {
                ByteBuffer bytes = ByteBuffer.allocateDirect(host.bools().length);
                for (boolean b : host.bools()) {
                    bytes.put((byte) (b ? 1 : 0));
                }
                bytes.rewind();
                yield OnnxTensor.createTensor(env, bytes, shape, ai.onnxruntime.OnnxJavaType.BOOL);
            }
        };
    }
}
