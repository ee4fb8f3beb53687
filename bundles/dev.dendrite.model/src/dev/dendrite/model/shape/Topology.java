package dev.dendrite.model.shape;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.dendrite.model.network.Connection;
import dev.dendrite.model.network.Graph;
import dev.dendrite.model.network.Layer;

/** Topological order of a graph's layers, for passes that run after validation (lowering, layout). */
public final class Topology {

    private Topology() {
    }

    /** Layers in an order where every connection goes forward; layers on cycles are left out. */
    public static List<Layer> order(Graph graph) {
        Map<Layer, List<Layer>> sources = new IdentityHashMap<>();
        for (Layer layer : graph.getLayers()) {
            sources.put(layer, new ArrayList<>());
        }
        for (Connection connection : graph.getConnections()) {
            Layer source = connection.getSource();
            Layer target = connection.getTarget();
            if (source != null && target != null && sources.containsKey(source) && sources.containsKey(target)) {
                sources.get(target).add(source);
            }
        }
        return order(graph.getLayers(), sources::get);
    }

    /**
     * Kahn's algorithm over any edges: {@code sources} gives the layers feeding a layer (once per
     * edge). Layers on cycles, or fed by them, are left out; those are the ones missing from the result.
     */
    public static List<Layer> order(List<Layer> layers, Function<Layer, List<Layer>> sources) {
        Map<Layer, Integer> pending = new IdentityHashMap<>();
        Map<Layer, List<Layer>> successors = new IdentityHashMap<>();
        for (Layer layer : layers) {
            List<Layer> feeding = sources.apply(layer);
            pending.put(layer, feeding.size());
            for (Layer source : feeding) {
                successors.computeIfAbsent(source, s -> new ArrayList<>()).add(layer);
            }
        }
        ArrayDeque<Layer> ready = new ArrayDeque<>();
        layers.stream().filter(l -> pending.get(l) == 0).forEach(ready::add);
        List<Layer> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            Layer layer = ready.poll();
            order.add(layer);
            for (Layer next : successors.getOrDefault(layer, List.of())) {
                if (pending.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        return order;
    }
}
