package dev.dendrite.model.shape;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.dendrite.model.network.Connection;
import dev.dendrite.model.network.Graph;
import dev.dendrite.model.network.Layer;

/** Topological order of a graph's layers, for passes that run after validation (lowering, layout). */
public final class Topology {

    private Topology() {
    }

    /** Layers in an order where every connection goes forward; layers on cycles are left out. */
    public static List<Layer> order(Graph graph) {
        Map<Layer, Integer> pending = new IdentityHashMap<>();
        Map<Layer, List<Layer>> successors = new IdentityHashMap<>();
        for (Layer layer : graph.getLayers()) {
            pending.put(layer, 0);
        }
        for (Connection connection : graph.getConnections()) {
            Layer source = connection.getSource();
            Layer target = connection.getTarget();
            if (source != null && target != null && pending.containsKey(source) && pending.containsKey(target)) {
                pending.merge(target, 1, Integer::sum);
                successors.computeIfAbsent(source, s -> new ArrayList<>()).add(target);
            }
        }
        ArrayDeque<Layer> ready = new ArrayDeque<>();
        graph.getLayers().stream().filter(l -> pending.get(l) == 0).forEach(ready::add);
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
