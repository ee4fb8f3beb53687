package dev.dendrite.model.shape;

import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.dendrite.model.ModelDiagnostics;
import dev.dendrite.model.network.Block;
import dev.dendrite.model.network.BlockInput;
import dev.dendrite.model.network.BlockInstance;
import dev.dendrite.model.network.BlockOutput;
import dev.dendrite.model.network.Connection;
import dev.dendrite.model.network.Graph;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.params.ParameterCount;
import dev.dendrite.model.params.ParameterCounter;
import dev.dendrite.model.ports.PortSpec;
import dev.dendrite.model.ports.Ports;

/** Shape inference over one graph (the network, or a block's body bound to an instance's inputs). */
final class GraphInference {

    static final int MAX_BLOCK_DEPTH = 32;

    private static final int STRUCTURE = ModelDiagnostics.STRUCTURE;
    private static final int SHAPE = ModelDiagnostics.SHAPE;

    private final ShapeResult result;
    private final int depth;
    private final Deque<Block> enclosing;
    /** Parameters of the block instance computed last (set by {@link #instance}). */
    private ParameterCount lastInstanceParameters = ParameterCount.NONE;

    /** What a graph gives back to an enclosing block instance. */
    record Outcome(Map<String, Value> outputs, ParameterCount parameters) {
    }

    /** One resolved connection into an input port. */
    private record Edge(Layer source, String sourcePort, String targetPort) {
    }

    GraphInference(ShapeResult result, int depth, Deque<Block> enclosing) {
        this.result = result;
        this.depth = depth;
        this.enclosing = enclosing;
    }

    Outcome run(Graph graph, Map<String, Value> bound, boolean topLevel) {
        List<Layer> layers = graph.getLayers();
        Set<Layer> members = Collections.newSetFromMap(new IdentityHashMap<>());
        members.addAll(layers);
        Map<Layer, Map<String, Edge>> incoming = resolveConnections(graph, members);
        Map<Layer, Map<String, Value>> outputs = new IdentityHashMap<>();
        Map<String, Value> blockOutputs = new LinkedHashMap<>();
        ParameterCount parameters = ParameterCount.NONE;
        for (Layer layer : topologicalOrder(layers, incoming)) {
            Map<String, Value> inputs = gatherInputs(layer, incoming.get(layer), outputs);
            if (inputs == null) {
                continue;
            }
            Map<String, Value> produced = compute(layer, inputs, bound, topLevel);
            if (produced == null) {
                continue;
            }
            ParameterCount count = layer instanceof BlockInstance ? lastInstanceParameters : count(layer, inputs);
            if (count == null) {
                continue;
            }
            outputs.put(layer, produced);
            result.put(layer, new LayerShapes(inputs, produced, count));
            parameters = parameters.plus(count);
            if (topLevel) {
                result.addTopLevel(layer);
            }
            if (layer instanceof BlockOutput) {
                blockOutputs.put(Ports.portName(layer), inputs.get(Ports.IN));
            }
        }
        return new Outcome(blockOutputs, parameters);
    }

    private Map<Layer, Map<String, Edge>> resolveConnections(Graph graph, Set<Layer> members) {
        Map<Layer, Map<String, Edge>> incoming = new IdentityHashMap<>();
        for (Connection connection : graph.getConnections()) {
            Layer source = connection.getSource();
            Layer target = connection.getTarget();
            if (source == null || target == null || source.eIsProxy() || target.eIsProxy()) {
                error(STRUCTURE, source != null ? source : target, null,
                        "a connection has no " + (source == null ? "source" : "target") + " layer (it refers to a layer that does not exist)");
                continue;
            }
            if (!members.contains(source) || !members.contains(target)) {
                error(STRUCTURE, members.contains(source) ? source : target, null, "a connection leads to "
                        + ModelDiagnostics.label(members.contains(source) ? target : source) + ", which is in another graph");
                continue;
            }
            Optional<PortSpec> out = Ports.find(Ports.outputs(source), connection.getSourcePort());
            if (out.isEmpty()) {
                error(STRUCTURE, source, null, "has no output port '" + connection.getSourcePort() + "' (its outputs: "
                        + names(Ports.outputs(source)) + ")");
                continue;
            }
            Optional<PortSpec> in = Ports.find(Ports.inputs(target), connection.getTargetPort());
            if (in.isEmpty()) {
                error(STRUCTURE, target, null, "has no input port '" + connection.getTargetPort() + "' (its inputs: "
                        + names(Ports.inputs(target)) + ")");
                continue;
            }
            Map<String, Edge> ports = incoming.computeIfAbsent(target, t -> new LinkedHashMap<>());
            if (ports.containsKey(in.get().name())) {
                error(STRUCTURE, target, in.get().name(), "has more than one incoming connection; an input takes one "
                        + "(merge with Add or Concat)");
                continue;
            }
            ports.put(in.get().name(), new Edge(source, out.get().name(), in.get().name()));
        }
        return incoming;
    }

    /** Layers in dependency order; layers on a cycle (or fed by one) are reported once and left out. */
    private List<Layer> topologicalOrder(List<Layer> layers, Map<Layer, Map<String, Edge>> incoming) {
        List<Layer> order = Topology.order(layers,
                layer -> incoming.getOrDefault(layer, Map.of()).values().stream().map(Edge::source).toList());
        if (order.size() < layers.size()) {
            Set<Layer> ordered = Collections.newSetFromMap(new IdentityHashMap<>());
            ordered.addAll(order);
            List<Layer> stuck = layers.stream().filter(l -> !ordered.contains(l)).toList();
            error(STRUCTURE, stuck.get(0), null, "is part of a cycle (" + String.join(", ", stuck.stream().map(ModelDiagnostics::label).toList())
                    + "); a network must be acyclic, recurrence belongs inside a Recurrent layer");
        }
        return order;
    }

    /** The values on the layer's inputs, or null when it cannot be computed (reported, or blocked upstream). */
    private Map<String, Value> gatherInputs(Layer layer, Map<String, Edge> edges, Map<Layer, Map<String, Value>> outputs) {
        Map<String, Value> inputs = new LinkedHashMap<>();
        boolean blocked = false;
        for (Edge edge : (edges == null ? Map.<String, Edge>of() : edges).values()) {
            Map<String, Value> upstream = outputs.get(edge.source());
            Value value = upstream == null ? null : upstream.get(edge.sourcePort());
            if (value == null) {
                blocked = true;
            } else {
                inputs.put(edge.targetPort(), value);
            }
        }
        if (blocked) {
            return null;
        }
        for (PortSpec port : Ports.inputs(layer)) {
            Value value = inputs.get(port.name());
            if (value == null && port.required()) {
                error(STRUCTURE, layer, port.name(), "input '" + port.name() + "' is not connected");
                return null;
            }
            if (value != null && !accepts(port, value)) {
                error(SHAPE, layer, port.name(), "expects " + describe(port) + ", got " + value);
                return null;
            }
        }
        return inputs;
    }

    private static boolean accepts(PortSpec port, Value value) {
        return switch (port.accepts()) {
            // Dense layers may act on node features, but not on indices or losses.
            case TENSOR -> value.kind() == ValueKind.TENSOR || value.kind() == ValueKind.NODES || value.kind() == ValueKind.EDGE_FEATURES;
            case NODES -> true; // graph rules explain non-graph data themselves
            default -> value.kind() == port.accepts();
        };
    }

    private static String describe(PortSpec port) {
        return switch (port.accepts()) {
            case TENSOR -> "a tensor";
            case EDGE_INDEX -> "an edge index [2, E] (int64)";
            case GRAPH_ASSIGNMENT -> "a graph assignment [V] (int64)";
            default -> port.accepts().name().toLowerCase();
        };
    }

    private Map<String, Value> compute(Layer layer, Map<String, Value> inputs, Map<String, Value> bound, boolean topLevel) {
        try {
            if (layer instanceof BlockInput) {
                if (topLevel) {
                    throw new ShapeException(null, "belongs inside a block; a network takes its data from Input layers");
                }
                Value value = bound.get(Ports.portName(layer));
                return value == null ? null : Map.of(Ports.OUT, value);
            }
            if (layer instanceof BlockOutput) {
                if (topLevel) {
                    throw new ShapeException(null, "belongs inside a block");
                }
                return Map.of();
            }
            if (layer instanceof BlockInstance instance) {
                return instance(instance, inputs);
            }
            String primary = Ports.find(Ports.inputs(layer), "").map(PortSpec::name).orElse(Ports.IN);
            LayerInputs in = new LayerInputs(layer, inputs, primary,
                    (port, message) -> result.add(ModelDiagnostics.warning(ModelDiagnostics.SHAPE, layer, port, message)));
            return LayerShapeRules.apply(layer, in);
        } catch (ShapeException e) {
            error(SHAPE, layer, e.port(), e.getMessage());
        } catch (ArithmeticException e) {
            error(SHAPE, layer, null, "its sizes overflow (" + e.getMessage() + "); check the dimensions");
        }
        return null;
    }

    private Map<String, Value> instance(BlockInstance instance, Map<String, Value> inputs) {
        Block block = instance.getBlock();
        if (block == null || block.eIsProxy()) {
            throw new ShapeException(null, "refers to no block (the block it names does not exist)");
        }
        if (enclosing.contains(block)) {
            throw new ShapeException(null, "uses block '" + block.getName() + "' inside itself; blocks cannot be recursive");
        }
        if (depth >= MAX_BLOCK_DEPTH) {
            throw new ShapeException(null, "blocks nest more than " + MAX_BLOCK_DEPTH + " levels deep");
        }
        enclosing.push(block);
        try {
            Outcome outcome = new GraphInference(result, depth + 1, enclosing).run(block, inputs, false);
            Map<String, Value> outputs = new HashMap<>();
            for (PortSpec port : Ports.outputs(instance)) {
                Value value = outcome.outputs().get(port.name());
                if (value == null) {
                    throw new ShapeException(port.name(), "block '" + block.getName() + "' computes no value for output '"
                            + port.name() + "' (see the problems inside the block)");
                }
                outputs.put(port.name(), value);
            }
            lastInstanceParameters = outcome.parameters();
            return outputs;
        } finally {
            enclosing.pop();
        }
    }

    private ParameterCount count(Layer layer, Map<String, Value> inputs) {
        try {
            return ParameterCounter.count(layer, inputs);
        } catch (ArithmeticException e) {
            error(SHAPE, layer, null, "its parameter count overflows; check its sizes");
            return null;
        }
    }

    private void error(int code, Layer layer, String port, String message) {
        result.add(ModelDiagnostics.error(code, layer, port, message));
    }

    private static String names(List<PortSpec> ports) {
        return ports.isEmpty() ? "none" : String.join(", ", ports.stream().map(PortSpec::name).toList());
    }
}
