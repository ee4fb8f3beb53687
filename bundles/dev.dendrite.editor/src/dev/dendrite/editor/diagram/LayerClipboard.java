package dev.dendrite.editor.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.dendrite.model.network.Block;
import dev.dendrite.model.network.BlockInstance;
import dev.dendrite.model.network.Connection;
import dev.dendrite.model.network.Graph;
import dev.dendrite.model.network.Layer;

/**
 * What Copy put on the editors' clipboard: detached copies of the copied layers, the connections
 * among them and the blocks they instantiate, taken at copy time. Nothing refers to the source
 * network, so pasting into another editor (or after the source changed or closed) is safe.
 */
public record LayerClipboard(List<Layer> layers, List<Connection> connections, List<Block> blocks) {

    public static final LayerClipboard EMPTY = new LayerClipboard(List.of(), List.of(), List.of());

    public LayerClipboard {
        layers = List.copyOf(layers);
        connections = List.copyOf(connections);
        blocks = List.copyOf(blocks);
    }

    /** Detached copies of {@code selected} (layers of {@code graph}), the connections among them, and their blocks. */
    public static LayerClipboard copyOf(Collection<Layer> selected, Graph graph) {
        Set<Layer> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        chosen.addAll(selected);
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        List<Layer> layers = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        for (Layer layer : graph.getLayers()) {
            if (chosen.contains(layer)) {
                layers.add((Layer) copier.copy(layer));
                if (layer instanceof BlockInstance instance && instance.getBlock() != null && !copier.containsKey(instance.getBlock())) {
                    blocks.add((Block) copier.copy(instance.getBlock()));
                }
            }
        }
        List<Connection> connections = new ArrayList<>();
        for (Connection c : graph.getConnections()) {
            if (chosen.contains(c.getSource()) && chosen.contains(c.getTarget())) {
                connections.add((Connection) copier.copy(c));
            }
        }
        copier.copyReferences();
        return new LayerClipboard(layers, connections, blocks);
    }

    public boolean isEmpty() {
        return layers.isEmpty();
    }
}
