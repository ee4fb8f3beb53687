package dev.dendrite.onnx.weights;

import java.util.SplittableRandom;

import dev.dendrite.model.network.Block;
import dev.dendrite.model.network.BlockInstance;
import dev.dendrite.model.network.Graph;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.shape.LayerShapes;
import dev.dendrite.model.shape.ShapeResult;
import dev.dendrite.onnx.graph.FloatTensor;

/**
 * Fills the parameters a network lacks, deterministically: each layer draws from its own stream
 * seeded by the run seed and the layer id, so adding a layer does not change the others' values.
 */
public final class WeightInitializer {

    private WeightInitializer() {
    }

    /** Adds a value for every parameter of every layer (blocks included) that {@code weights} lacks. */
    public static void complete(Graph graph, ShapeResult shapes, Weights weights, long seed) {
        for (Layer layer : graph.getLayers()) {
            if (layer instanceof BlockInstance instance) {
                Block block = instance.getBlock();
                if (block != null) {
                    complete(block, shapes, weights, seed);
                }
                continue;
            }
            LayerShapes layerShapes = shapes.of(layer);
            if (layerShapes == null) {
                continue;
            }
            SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + layer.getId().hashCode());
            for (ParameterSpec spec : ParameterSpecs.of(layer, layerShapes.inputs())) {
                if (weights.get(layer.getId(), spec.name()).isEmpty()) {
                    weights.put(layer.getId(), spec.name(), create(spec, random));
                }
            }
        }
    }

    static FloatTensor create(ParameterSpec spec, SplittableRandom random) {
        FloatTensor tensor = FloatTensor.zeros(spec.shape());
        float[] values = tensor.values();
        double bound = switch (spec.init()) {
            case GLOROT -> Math.sqrt(6.0 / Math.max(1, spec.fanIn() + spec.fanOut()));
            case INVERSE_SQRT -> 1.0 / Math.sqrt(Math.max(1, spec.fanIn()));
            case SMALL -> 0.01 * Math.sqrt(3);
            case UNIT -> Math.sqrt(3);
            case ZERO, ONE -> 0;
        };
        for (int i = 0; i < values.length; i++) {
            values[i] = spec.init() == ParameterSpec.Init.ONE ? 1f
                    : spec.init() == ParameterSpec.Init.ZERO ? 0f : (float) ((random.nextDouble() * 2 - 1) * bound);
        }
        return tensor;
    }
}
