package dev.dendrite.onnx.export;

import java.util.IdentityHashMap;
import java.util.Map;

import dev.dendrite.model.network.Add;
import dev.dendrite.model.network.BlockInstance;
import dev.dendrite.model.network.Concat;
import dev.dendrite.model.network.Connection;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Loss;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.ports.PortSpec;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.shape.Dim;
import dev.dendrite.model.shape.ShapeResult;
import dev.dendrite.model.shape.Value;

/**
 * The name of the symbolic sequence length each top-level layer's values carry in an export.
 * Shape inference calls every length T; but an encoder-decoder's source and target, or a
 * cross-attention's queries and memory, have lengths of their own, and ONNX Runtime plans its
 * buffers as if tensors of one dim_param had one size (two sequences both "T" of 5 and 7 steps
 * fail with "Shape mismatch attempting to re-use buffer"). Sequences that meet step by step (a
 * layer and its primary input, the inputs of an Add or Concat, a Loss and its target) share a
 * length; a memory read by attention does not. The sequences of the first input keep "T", the
 * others are named after their input ("T_source").
 */
final class SequenceLengthNames {

    private final Map<Layer, Layer> parent = new IdentityHashMap<>();
    private final Map<Layer, String> names = new IdentityHashMap<>();

    private SequenceLengthNames() {
    }

    /** The length name of every top-level layer whose group has a sequence input; others read "T". */
    static Map<Layer, String> of(Network network, ShapeResult shapes) {
        SequenceLengthNames groups = new SequenceLengthNames();
        for (Connection connection : network.getConnections()) {
            Layer target = connection.getTarget();
            PortSpec port = Ports.find(Ports.inputs(target), connection.getTargetPort()).orElse(null);
            boolean stepByStep = port != null && !port.name().equals(Ports.MEMORY) && (port.primary()
                    || !(target instanceof BlockInstance) && (target instanceof Add || target instanceof Concat || target instanceof Loss
                            || target instanceof dev.dendrite.model.network.Multiply));
            if (stepByStep && connection.getSource() != null) {
                groups.union(connection.getSource(), target);
            }
        }
        Map<Layer, String> byRoot = new IdentityHashMap<>();
        for (Layer layer : network.getLayers()) {
            if (layer instanceof Input input && hasSequence(shapes, input)) {
                byRoot.putIfAbsent(groups.root(layer), byRoot.isEmpty() ? Dim.SEQUENCE.toString()
                        : Dim.SEQUENCE + "_" + input.getId().replaceAll("[^A-Za-z0-9_]", "_"));
            }
        }
        for (Layer layer : network.getLayers()) {
            groups.names.put(layer, byRoot.getOrDefault(groups.root(layer), Dim.SEQUENCE.toString()));
        }
        return groups.names;
    }

    private static boolean hasSequence(ShapeResult shapes, Input input) {
        var layerShapes = shapes.of(input);
        Value value = layerShapes == null ? null : layerShapes.outputs().get(Ports.OUT);
        return value != null && value.shape().dims().contains(Dim.SEQUENCE);
    }

    private Layer root(Layer layer) {
        Layer up = parent.getOrDefault(layer, layer);
        if (up == layer) {
            return layer;
        }
        Layer top = root(up);
        parent.put(layer, top);
        return top;
    }

    private void union(Layer a, Layer b) {
        Layer ra = root(a);
        Layer rb = root(b);
        if (ra != rb) {
            parent.put(rb, ra);
        }
    }
}
