package dev.dendrite.model.shape;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;

import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.params.ParameterCount;

/** The outcome of shape inference over a network: per-layer shapes in topological order, and the problems found. */
public final class ShapeResult {

    private final Network network;
    private final Map<Layer, LayerShapes> layers = new LinkedHashMap<>();
    private final List<Layer> order = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    ShapeResult(Network network) {
        this.network = network;
    }

    void put(Layer layer, LayerShapes shapes) {
        layers.put(layer, shapes);
    }

    void addTopLevel(Layer layer) {
        order.add(layer);
    }

    void add(Diagnostic diagnostic) {
        // A block used twice would report the same problem inside it twice.
        boolean duplicate = diagnostics.stream().anyMatch(d -> d.getSeverity() == diagnostic.getSeverity()
                && d.getMessage().equals(diagnostic.getMessage()));
        if (!duplicate) {
            diagnostics.add(diagnostic);
        }
    }

    public Network network() {
        return network;
    }

    /** The network's own layers (not those inside blocks) in topological order; layers in cycles are missing. */
    public List<Layer> order() {
        return Collections.unmodifiableList(order);
    }

    /** Shapes of any layer, block contents included; null when inference could not reach it. */
    public LayerShapes of(Layer layer) {
        return layers.get(layer);
    }

    /** The value on an output port ("" = primary), or null. */
    public Value output(Layer layer, String port) {
        LayerShapes shapes = layers.get(layer);
        if (shapes == null) {
            return null;
        }
        if (port == null || port.isEmpty()) {
            return dev.dendrite.model.ports.Ports.find(dev.dendrite.model.ports.Ports.outputs(layer), "")
                    .map(p -> shapes.outputs().get(p.name())).orElse(null);
        }
        return shapes.outputs().get(port);
    }

    public List<Diagnostic> diagnostics() {
        return Collections.unmodifiableList(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.getSeverity() >= Diagnostic.ERROR);
    }

    /** Parameters of the whole network: the sum over its layers (block instances include their contents). */
    public ParameterCount totalParameters() {
        ParameterCount total = ParameterCount.NONE;
        java.util.Set<dev.dendrite.model.network.Block> counted = new java.util.HashSet<>();
        for (Layer layer : order) {
            // A block's weights are its layers', shared by every use (a GAN's discriminator judges both sides with one set).
            if (layer instanceof dev.dendrite.model.network.BlockInstance use && !counted.add(use.getBlock())) {
                continue;
            }
            total = total.plus(layers.get(layer).parameters());
        }
        return total;
    }
}
