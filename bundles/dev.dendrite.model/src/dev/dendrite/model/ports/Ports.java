package dev.dendrite.model.ports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.dendrite.model.network.Add;
import dev.dendrite.model.network.BlockInput;
import dev.dendrite.model.network.BlockInstance;
import dev.dendrite.model.network.BlockOutput;
import dev.dendrite.model.network.Concat;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Loss;
import dev.dendrite.model.network.generative.GaussianLatent;
import dev.dendrite.model.network.gnn.GraphAttention;
import dev.dendrite.model.network.gnn.GraphConvolution;
import dev.dendrite.model.network.gnn.GraphGlobalPooling;
import dev.dendrite.model.network.gnn.GraphInput;
import dev.dendrite.model.network.gnn.MessagePassing;
import dev.dendrite.model.network.gnn.TopKPooling;
import dev.dendrite.model.network.sequence.Attention;
import dev.dendrite.model.network.sequence.CellType;
import dev.dendrite.model.network.sequence.Recurrent;
import dev.dendrite.model.network.sequence.SequenceOutput;
import dev.dendrite.model.shape.ValueKind;

/**
 * The input and output ports of every layer kind. Ports are not stored in {@code .dnet} files:
 * they follow from the kind and its settings (an LSTM has a {@code cell} output, an Add with
 * three inputs has {@code in0..in2}), so files stay small and cannot disagree with the kind.
 */
public final class Ports {

    public static final String IN = "in";
    public static final String OUT = "out";
    public static final String NODES = "nodes";
    public static final String EDGES = "edges";
    public static final String BATCH = "batch";
    /** A graph input's per-edge features [E, D], read beside the edge index by message passing, graph attention and top-k pooling. */
    public static final String EDGE_FEATURES = "edgeFeatures";
    public static final String SEQUENCE = "sequence";
    public static final String HIDDEN = "hidden";
    public static final String CELL = "cell";
    public static final String TARGET = "target";
    public static final String LOSS = "loss";
    /** Attention's optional second sequence: connected, its steps are the keys and values (cross-attention). */
    public static final String MEMORY = "memory";
    /** GaussianLatent's inputs: the code's mean (primary) and log-variance. */
    public static final String MEAN = "mean";
    public static final String LOG_VARIANCE = "logVariance";

    /** Add and Concat take at most this many inputs; more is almost surely a typo. */
    public static final int MAX_VARIADIC_INPUTS = 64;

    private Ports() {
    }

    public static List<PortSpec> inputs(Layer layer) {
        if (layer instanceof Input || layer instanceof GraphInput || layer instanceof BlockInput) {
            return List.of();
        }
        if (layer instanceof Add add) {
            return numbered(add.getInputs());
        }
        if (layer instanceof Concat concat) {
            return numbered(concat.getInputs());
        }
        if (layer instanceof dev.dendrite.model.network.Multiply multiply) {
            return numbered(multiply.getInputs());
        }
        if (layer instanceof dev.dendrite.model.network.OnnxOperator operator) {
            return numbered(Math.max(1, operator.getInputs()));
        }
        if (layer instanceof Recurrent recurrent) {
            List<PortSpec> ports = new ArrayList<>(List.of(PortSpec.primary(IN), PortSpec.of("initialHidden", ValueKind.TENSOR, false)));
            if (recurrent.getCell() == CellType.LSTM) {
                ports.add(PortSpec.of("initialCell", ValueKind.TENSOR, false));
            }
            return ports;
        }
        if (layer instanceof Attention) {
            return List.of(PortSpec.primary(IN), PortSpec.of(MEMORY, ValueKind.TENSOR, false));
        }
        if (layer instanceof GaussianLatent) {
            return List.of(new PortSpec(MEAN, ValueKind.TENSOR, true, true), PortSpec.of(LOG_VARIANCE, ValueKind.TENSOR, true));
        }
        if (layer instanceof MessagePassing || layer instanceof GraphAttention) {
            return List.of(new PortSpec(NODES, ValueKind.NODES, true, true), PortSpec.of(EDGES, ValueKind.EDGE_INDEX, true),
                    PortSpec.of(EDGE_FEATURES, ValueKind.EDGE_FEATURES, false));
        }
        if (layer instanceof GraphConvolution) {
            return List.of(new PortSpec(NODES, ValueKind.NODES, true, true), PortSpec.of(EDGES, ValueKind.EDGE_INDEX, true));
        }
        if (layer instanceof TopKPooling) {
            return List.of(new PortSpec(NODES, ValueKind.NODES, true, true), PortSpec.of(EDGES, ValueKind.EDGE_INDEX, true),
                    PortSpec.of(BATCH, ValueKind.GRAPH_ASSIGNMENT, false), PortSpec.of(EDGE_FEATURES, ValueKind.EDGE_FEATURES, false));
        }
        if (layer instanceof GraphGlobalPooling) {
            return List.of(new PortSpec(NODES, ValueKind.NODES, true, true), PortSpec.of(BATCH, ValueKind.GRAPH_ASSIGNMENT, false));
        }
        if (layer instanceof Loss) {
            return List.of(PortSpec.primary(IN), PortSpec.of(TARGET, ValueKind.TENSOR, false));
        }
        if (layer instanceof BlockInstance instance) {
            List<PortSpec> ports = new ArrayList<>();
            if (instance.getBlock() != null) {
                for (Layer inner : instance.getBlock().getLayers()) {
                    if (inner instanceof BlockInput) {
                        ports.add(new PortSpec(portName(inner), ValueKind.TENSOR, true, ports.isEmpty()));
                    }
                }
            }
            return ports;
        }
        return List.of(PortSpec.primary(IN));
    }

    public static List<PortSpec> outputs(Layer layer) {
        if (layer instanceof GraphInput graph) {
            List<PortSpec> ports = new ArrayList<>(List.of(new PortSpec(NODES, ValueKind.NODES, false, true),
                    PortSpec.of(EDGES, ValueKind.EDGE_INDEX, false)));
            if (graph.getEdgeFeatures() > 0) {
                ports.add(PortSpec.of(EDGE_FEATURES, ValueKind.EDGE_FEATURES, false));
            }
            if (graph.isBatched()) {
                ports.add(PortSpec.of(BATCH, ValueKind.GRAPH_ASSIGNMENT, false));
            }
            return ports;
        }
        if (layer instanceof Recurrent recurrent) {
            boolean sequenceFirst = recurrent.getOutput() == SequenceOutput.SEQUENCE || recurrent.getGenerateSteps() > 0;
            List<PortSpec> ports = new ArrayList<>(List.of(
                    new PortSpec(SEQUENCE, ValueKind.TENSOR, false, sequenceFirst),
                    new PortSpec(HIDDEN, ValueKind.TENSOR, false, !sequenceFirst)));
            if (recurrent.getCell() == CellType.LSTM) {
                ports.add(PortSpec.of(CELL, ValueKind.TENSOR, false));
            }
            return ports;
        }
        if (layer instanceof MessagePassing || layer instanceof GraphConvolution || layer instanceof GraphAttention) {
            return List.of(new PortSpec(NODES, ValueKind.NODES, false, true));
        }
        if (layer instanceof TopKPooling) {
            // The kept edges' features, where the pooling reads edge features.
            return List.of(new PortSpec(NODES, ValueKind.NODES, false, true), PortSpec.of(EDGES, ValueKind.EDGE_INDEX, false),
                    PortSpec.of(BATCH, ValueKind.GRAPH_ASSIGNMENT, false), PortSpec.of(EDGE_FEATURES, ValueKind.EDGE_FEATURES, false));
        }
        if (layer instanceof Loss) {
            return List.of(new PortSpec(LOSS, ValueKind.LOSS, false, true));
        }
        if (layer instanceof BlockOutput) {
            return List.of();
        }
        if (layer instanceof BlockInstance instance) {
            List<PortSpec> ports = new ArrayList<>();
            if (instance.getBlock() != null) {
                for (Layer inner : instance.getBlock().getLayers()) {
                    if (inner instanceof BlockOutput) {
                        ports.add(new PortSpec(portName(inner), ValueKind.TENSOR, false, ports.isEmpty()));
                    }
                }
            }
            return ports;
        }
        return List.of(new PortSpec(OUT, ValueKind.TENSOR, false, true));
    }

    /** The layer connected to input {@code port} of {@code layer} in its graph ("" or null naming the primary port too), if any. */
    public static Optional<Layer> source(Layer layer, String port) {
        if (layer.eContainer() instanceof dev.dendrite.model.network.Graph graph) {
            List<PortSpec> ports = inputs(layer);
            for (dev.dendrite.model.network.Connection connection : graph.getConnections()) {
                if (connection.getTarget() == layer && find(ports, connection.getTargetPort()).map(PortSpec::name).orElse("").equals(port)) {
                    return Optional.ofNullable(connection.getSource());
                }
            }
        }
        return Optional.empty();
    }

    /** Resolves a connection's port name ("" = primary) against a list of specs. */
    public static Optional<PortSpec> find(List<PortSpec> ports, String name) {
        if (name == null || name.isEmpty()) {
            return ports.stream().filter(PortSpec::primary).findFirst();
        }
        return ports.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The port name a BlockInput or BlockOutput gives its block (its name, or its id when unnamed). */
    public static String portName(Layer boundary) {
        String name = boundary.getName();
        return name == null || name.isBlank() ? String.valueOf(boundary.getId()) : name;
    }

    private static List<PortSpec> numbered(int count) {
        List<PortSpec> ports = new ArrayList<>();
        int bounded = Math.max(0, Math.min(count, MAX_VARIADIC_INPUTS));
        for (int i = 0; i < bounded; i++) {
            ports.add(new PortSpec(IN + i, ValueKind.TENSOR, true, i == 0));
        }
        return ports;
    }
}
