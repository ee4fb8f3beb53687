package dev.dendrite.train.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.model.network.Activation;
import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Loss;
import dev.dendrite.model.network.gnn.GraphInput;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.shape.Value;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.onnx.weights.Weights;

/**
 * "activation-statistics" (when the options ask for it): activation and gradient health computed
 * inside the train step, from the tensors the step computes anyway. Per layer with a float
 * primary output: {@code act_mean:ID}, {@code act_std:ID}, {@code act_dead:ID} (the fraction of
 * units, features or channels, never positive in the batch), {@code act_saturated:ID} (tanh and
 * sigmoid activations: the fraction of outputs within 0.01 of their bounds), {@code act_min:ID},
 * {@code act_max:ID} and {@code act_hist:ID} (counts in {@link #BINS} equal bins between them);
 * per layer with trained parameters: {@code weight_norm:ID} and {@code update_ratio:ID} (the norm
 * of this step's update over the norm of the parameters).
 */
final class ActivationStatisticsStep implements TrainStepStep {

    /** Histogram bins per layer and step. */
    static final int BINS = 20;

    @Override
    public String name() {
        return "activation-statistics";
    }

    @Override
    public void apply(TrainStepContext ctx) {
        if (!ctx.options().activationStatistics()) {
            return;
        }
        GraphBuilder g = ctx.graph();
        for (Layer layer : ctx.network().getLayers()) {
            if (layer instanceof Input || layer instanceof GraphInput || layer instanceof Loss) {
                continue;
            }
            var primary = Ports.find(Ports.outputs(layer), "");
            Map<String, String> produced = ctx.lowered.produced().get(layer);
            if (primary.isEmpty() || produced == null || produced.get(primary.get().name()) == null) {
                continue;
            }
            Value value = ctx.lowered.shapes().of(layer).outputs().get(primary.get().name());
            if (value == null || value.type() != Value.ElementType.FLOAT) {
                continue;
            }
            activations(g, layer, produced.get(primary.get().name()), value.rank());
        }
        updates(ctx, g);
    }

    private static void activations(GraphBuilder g, Layer layer, String x, int rank) {
        String id = layer.getId();
        String mean = g.node("ReduceMean", List.of(x), id + "/act_mean", Attr.i("keepdims", 0));
        String meanSquare = g.node("ReduceMean", List.of(g.node("Mul", List.of(x, x), id + "/act_sq")), id + "/act_mean_sq",
                Attr.i("keepdims", 0));
        String variance = g.node("Relu", List.of(g.node("Sub", List.of(meanSquare, g.node("Mul", List.of(mean, mean), id + "/mean_sq")),
                id + "/act_var_raw")), id + "/act_var");
        OutputStep.output(g, mean, "act_mean:" + id);
        OutputStep.output(g, g.node("Sqrt", List.of(variance), id + "/act_std"), "act_std:" + id);
        if (rank >= 2) {
            // A unit is a feature (axis 1: a channel of an image, a feature of a vector); dead when never positive.
            List<Long> others = new ArrayList<>();
            for (long axis = 0; axis < rank; axis++) {
                if (axis != 1) {
                    others.add(axis);
                }
            }
            String unitMax = g.node("ReduceMax", List.of(x, g.longs(id + "/unit_axes", others.stream().mapToLong(Long::longValue).toArray())),
                    id + "/unit_max", Attr.i("keepdims", 0));
            OutputStep.output(g, fraction(g, g.node("LessOrEqual", List.of(unitMax, g.scalar(id + "/zero", 0f)), id + "/never_positive"),
                    id + "/dead"), "act_dead:" + id);
        }
        if (layer instanceof Activation activation && (activation.getFunction() == ActivationFunction.TANH
                || activation.getFunction() == ActivationFunction.SIGMOID)) {
            String saturated = activation.getFunction() == ActivationFunction.TANH
                    ? g.node("Greater", List.of(g.node("Abs", List.of(x), id + "/abs"), g.scalar(id + "/tanh_edge", 0.99f)), id + "/at_bounds")
                    : g.node("Or", List.of(g.node("Less", List.of(x, g.scalar(id + "/low_edge", 0.01f)), id + "/low"),
                            g.node("Greater", List.of(x, g.scalar(id + "/high_edge", 0.99f)), id + "/high")), id + "/at_bounds");
            OutputStep.output(g, fraction(g, saturated, id + "/saturated"), "act_saturated:" + id);
        }
        histogram(g, id, x);
    }

    /** Counts in BINS equal bins from the minimum to the maximum, by an additive scatter of ones (no one-hot matrix). */
    private static void histogram(GraphBuilder g, String id, String x) {
        String flat = g.node("Reshape", List.of(x, g.longs(id + "/flat_shape", -1)), id + "/flat");
        String min = g.node("ReduceMin", List.of(flat), id + "/act_min_value", Attr.i("keepdims", 0));
        String max = g.node("ReduceMax", List.of(flat), id + "/act_max_value", Attr.i("keepdims", 0));
        String width = g.node("Add", List.of(g.node("Sub", List.of(max, min), id + "/range"), g.scalar(id + "/tiny", 1e-12f)), id + "/width");
        String scaled = g.node("Mul", List.of(g.node("Div", List.of(g.node("Sub", List.of(flat, min), id + "/shifted"), width), id + "/unit"),
                g.scalar(id + "/bins", BINS)), id + "/scaled");
        String bin = g.node("Cast", List.of(g.node("Min", List.of(g.node("Floor", List.of(scaled), id + "/floor"),
                g.scalar(id + "/last_bin", BINS - 1)), id + "/clipped")), id + "/bin", Attr.i("to", TensorProto.DataType.INT64_VALUE));
        String ones = g.node("ConstantOfShape", List.of(g.node("Shape", List.of(flat), id + "/flat_count")), id + "/ones",
                floatValue(1f));
        String counts = g.node("ScatterND", List.of(g.initializer(id + "/no_counts", FloatTensor.zeros(BINS)),
                g.node("Unsqueeze", List.of(bin, g.longs(id + "/bin_axis", 1)), id + "/bin_column"), ones), id + "/counts",
                Attr.s("reduction", "add"));
        OutputStep.output(g, min, "act_min:" + id);
        OutputStep.output(g, max, "act_max:" + id);
        OutputStep.output(g, counts, "act_hist:" + id);
    }

    /** Per layer: the norm of its trained parameters, and of this step's update relative to it. */
    private static void updates(TrainStepContext ctx, GraphBuilder g) {
        Map<String, List<String[]>> byLayer = new LinkedHashMap<>();
        ctx.feedback.forEach((updated, parameter) -> {
            if (ctx.parameters.contains(parameter)) {
                byLayer.computeIfAbsent(Weights.split(parameter)[0], k -> new ArrayList<>()).add(new String[] {parameter, updated});
            }
        });
        byLayer.forEach((layer, pairs) -> {
            List<String> squares = new ArrayList<>();
            List<String> deltas = new ArrayList<>();
            for (String[] pair : pairs) {
                String hint = pair[0] + "/health";
                squares.add(g.node("ReduceSumSquare", List.of(pair[0]), hint + "_square", Attr.i("keepdims", 0)));
                deltas.add(g.node("ReduceSumSquare", List.of(g.node("Sub", List.of(pair[1], pair[0]), hint + "_delta")), hint + "_delta_square",
                        Attr.i("keepdims", 0)));
            }
            String norm = g.node("Sqrt", List.of(squares.size() == 1 ? squares.get(0) : g.node("Sum", squares, layer + "/weight_square")),
                    layer + "/weight_norm");
            String step = g.node("Sqrt", List.of(deltas.size() == 1 ? deltas.get(0) : g.node("Sum", deltas, layer + "/update_square")),
                    layer + "/update_norm");
            OutputStep.output(g, norm, "weight_norm:" + layer);
            OutputStep.output(g, g.node("Div", List.of(step, g.node("Add", List.of(norm, g.scalar(layer + "/norm_tiny", 1e-12f)),
                    layer + "/norm_safe")), layer + "/update_ratio"), "update_ratio:" + layer);
        });
    }

    private static String fraction(GraphBuilder g, String condition, String hint) {
        String asFloat = g.node("Cast", List.of(condition), hint + "_float", Attr.i("to", TensorProto.DataType.FLOAT_VALUE));
        return g.node("ReduceMean", List.of(asFloat), hint + "_fraction", Attr.i("keepdims", 0));
    }

    private static ai.onnx.proto.OnnxMl.AttributeProto floatValue(float value) {
        TensorProto tensor = TensorProto.newBuilder().setDataType(TensorProto.DataType.FLOAT_VALUE).addDims(1).addFloatData(value).build();
        return ai.onnx.proto.OnnxMl.AttributeProto.newBuilder().setName("value")
                .setType(ai.onnx.proto.OnnxMl.AttributeProto.AttributeType.TENSOR).setT(tensor).build();
    }
}
