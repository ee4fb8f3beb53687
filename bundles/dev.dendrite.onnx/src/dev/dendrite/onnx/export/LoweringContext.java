package dev.dendrite.onnx.export;

import java.util.List;

import ai.onnx.proto.OnnxMl.AttributeProto;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.shape.LayerShapes;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.onnx.weights.Weights;

/** What a layer lowering needs: the graph being built, the weights, and helpers for common node patterns. */
public final class LoweringContext {

    private final GraphBuilder graph;
    private final Weights weights;
    private final java.util.Set<String> emittedWeights = new java.util.HashSet<>();
    private final TrainingHooks hooks;
    private final java.util.List<String> parameterInputs = new java.util.ArrayList<>();
    private final java.util.Map<String, String> parameterViews = new java.util.HashMap<>();
    private final java.util.Map<String, Object> derivedOnce = new java.util.HashMap<>();

    LoweringContext(GraphBuilder graph, Weights weights, TrainingHooks hooks) {
        this.graph = graph;
        this.weights = weights;
        this.hooks = hooks;
    }

    /**
     * A value derived from tensors that do not change within the graph (an edge index's
     * normalisation), built on first request under {@code key} and shared by later layers.
     */
    @SuppressWarnings("unchecked")
    <T> T derivedOnce(String key, java.util.function.Supplier<T> build) {
        Object known = derivedOnce.get(key);
        if (known == null) {
            known = build.get();
            derivedOnce.put(key, known);
        }
        return (T) known;
    }

    /** The training hooks, or null when lowering for inference. */
    public TrainingHooks hooks() {
        return hooks;
    }

    /** Parameters declared as graph inputs (training), in the order they were first used. */
    java.util.List<String> parameterInputs() {
        return parameterInputs;
    }

    public GraphBuilder graph() {
        return graph;
    }

    /**
     * The initializer holding a layer's parameter, named {@code layerId/param}; added on first use. A spectrally normalised
     * layer's weight is read divided by its spectral norm ({@link SpectralNorm}), worked out once however often it is read.
     */
    public String weight(Layer layer, String parameter) {
        String view = weight(layer.getId(), parameter);
        if ("weight".equals(parameter) && SpectralNorm.applies(layer)) {
            return derivedOnce("spectral-norm:" + layer.getId(), () -> SpectralNorm.normalised(layer, view, this));
        }
        return view;
    }

    String weight(String layerId, String parameter) {
        String key = Weights.key(layerId, parameter);
        FloatTensor tensor = weights.get(layerId, parameter).orElseThrow(
                () -> new IllegalStateException("no value for " + key));
        if (emittedWeights.add(key)) {
            if (hooks == null) {
                graph.graph().addInitializer(dev.dendrite.onnx.graph.Tensors.floats(graph.reserve(key), tensor));
            } else {
                java.util.List<Object> dims = new java.util.ArrayList<>();
                for (long dim : tensor.shape()) {
                    dims.add(dim);
                }
                graph.input(graph.reserve(key), GraphBuilder.ElementType.FLOAT, dims);
                parameterInputs.add(key);
                parameterViews.put(key, hooks.parameter(key, this));
            }
        }
        return hooks == null ? key : parameterViews.get(key);
    }

    /** The shape of a layer's parameter. */
    public long[] parameterShape(Layer layer, String parameter) {
        return parameterShape(Weights.key(layer.getId(), parameter));
    }

    /** The shape of a parameter by its {@code layerId/param} key. */
    public long[] parameterShape(String key) {
        String[] parts = Weights.split(key);
        return weights.get(parts[0], parts[1]).orElseThrow(() -> new IllegalStateException("no value for " + key)).shape();
    }

    public String op(String type, String hint, List<String> inputs, AttributeProto... attributes) {
        return graph.node(type, inputs, hint, attributes);
    }

    public String op(String type, String hint, String input, AttributeProto... attributes) {
        return graph.node(type, List.of(input), hint, attributes);
    }

    public String longs(String hint, long... values) {
        return graph.longs(hint, values);
    }

    public String scalar(String hint, float value) {
        return graph.scalar(hint, value);
    }

    /** {@code Shape(x)[from:to]} as an int64 vector. */
    public String shapeSlice(String x, String hint, long from, long to) {
        String shape = op("Shape", hint + "/shape", x);
        return op("Slice", hint + "/dims", List.of(shape, longs(hint + "/from", from), longs(hint + "/to", to)));
    }

    /** Reshape keeping the leading dims marked 0 and inferring -1. */
    public String reshape(String x, String hint, long... shape) {
        return op("Reshape", hint, List.of(x, longs(hint + "/shape", shape)));
    }

    /** Convenience for per-layer tensor names. */
    public static String hint(Layer layer, String what) {
        return layer.getId() + "/" + what;
    }

    /** Shapes of a layer from inference (never null for a valid network). */
    static LayerShapes require(LayerShapes shapes, Layer layer) {
        if (shapes == null) {
            throw new IllegalStateException("no shapes for " + layer.getId());
        }
        return shapes;
    }
}
