package dev.dendrite.onnx.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.common.util.Diagnostic;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.model.Networks;
import dev.dendrite.model.network.BlockInput;
import dev.dendrite.model.network.BlockInstance;
import dev.dendrite.model.network.BlockOutput;
import dev.dendrite.model.network.Connection;
import dev.dendrite.model.network.Graph;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Loss;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.gnn.GraphInput;
import dev.dendrite.model.ports.PortSpec;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.shape.Dim;
import dev.dendrite.model.shape.LayerShapes;
import dev.dendrite.model.shape.ShapeResult;
import dev.dendrite.model.shape.Topology;
import dev.dendrite.model.shape.Value;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.onnx.graph.UnusedNodes;
import dev.dendrite.onnx.weights.ParameterSpec;
import dev.dendrite.onnx.weights.ParameterSpecs;
import dev.dendrite.onnx.weights.WeightInitializer;
import dev.dendrite.onnx.weights.Weights;

/**
 * Exports a network as a standard ONNX model with inference semantics: dropout and noise are the
 * identity, BatchNorm uses its running statistics, losses are left out and the tensors they
 * receive become the model's outputs. Parameters without a value get a seeded initialisation.
 */
public final class OnnxExporter {

    private final Network network;
    private final ShapeResult shapes;
    private final Weights weights;
    private final GraphBuilder graph;
    private final LoweringContext ctx;
    private final Map<Layer, String> lengthNames;

    private OnnxExporter(Network network, ShapeResult shapes, Weights weights, TrainingHooks hooks) {
        this.network = network;
        this.shapes = shapes;
        this.weights = weights;
        this.graph = new GraphBuilder(network.getName() == null ? "network" : network.getName());
        this.ctx = new LoweringContext(graph, weights, hooks);
        this.lengthNames = SequenceLengthNames.of(network, shapes);
    }

    /**
     * @param given parameter values to use (trained or imported); missing ones are initialised
     * @throws ExportException when the network has errors or a given tensor has the wrong shape
     */
    public static ExportResult export(Network network, Weights given, String producerVersion) throws ExportException {
        Network identified = Networks.withIds(network);
        OnnxExporter exporter = prepare(identified, inspect(identified), given, null);
        try {
            return exporter.run(producerVersion, exporter.shapes.totalParameters().total());
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new ExportException("Network '" + network.getName() + "' cannot be exported: " + e.getMessage());
        }
    }

    /**
     * Lowers the network without declaring outputs: the training engine adds losses, gradients and
     * updates. With {@code hooks}, dropout, noise and BatchNorm compute in training mode and the
     * parameters are graph inputs.
     */
    public static LoweredNetwork lower(Network network, Weights given, TrainingHooks hooks) throws ExportException {
        // Layers without ids are lowered from an identified copy: then produced is keyed by the copy's layers.
        Network identified = Networks.withIds(network);
        return lower(identified, inspect(identified), given, hooks);
    }

    /**
     * Lowers with an inspection the caller already made (a training build lowers the train step and
     * the evaluation graph from one inspection). Every layer of {@code network} must have an id
     * ({@link Networks#withIds}): nothing here writes to the network.
     */
    public static LoweredNetwork lower(Network network, Networks.Inspection inspection, Weights given, TrainingHooks hooks)
            throws ExportException {
        OnnxExporter exporter = prepare(network, inspection, given, hooks);
        Map<Layer, Map<String, String>> produced = new IdentityHashMap<>();
        List<String> inputs = new ArrayList<>();
        try {
            exporter.lowerGraph(network, Map.of(), produced, inputs);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new ExportException("Network '" + network.getName() + "' cannot be lowered: " + e.getMessage());
        }
        return new LoweredNetwork(exporter.graph, exporter.shapes, exporter.weights, produced, inputs, exporter.ctx.parameterInputs());
    }

    /** The fixed position table [length, features] of a sinusoidal positional encoding, as exported. */
    public static dev.dendrite.onnx.graph.FloatTensor sinusoids(int length, long features) {
        return AttentionLowering.sinusoids(length, features);
    }

    /** Inspects a network for lowering: layers without an id are given one in a copy, never in the caller's model. */
    public static Networks.Inspection inspect(Network network) {
        return Networks.inspect(network);
    }

    private static OnnxExporter prepare(Network network, Networks.Inspection inspection, Weights given, TrainingHooks hooks)
            throws ExportException {
        if (Networks.withIds(network) != network) {
            // Weights and tensor names are keyed by layer ids.
            throw new IllegalArgumentException("lower a network whose layers all have ids (Networks.withIds)");
        }
        if (inspection.hasErrors()) {
            String first = inspection.diagnostic().getChildren().stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR)
                    .map(Diagnostic::getMessage).findFirst().orElse("unknown problem");
            throw new ExportException("Network '" + network.getName() + "' cannot be exported while it has errors: " + first);
        }
        Weights weights = new Weights();
        given.flat().forEach((key, tensor) -> {
            String[] parts = Weights.split(key);
            weights.put(parts[0], parts[1], tensor);
        });
        checkGivenShapes(network, inspection.shapes(), weights);
        long seed = network.getTraining() == null ? 42 : network.getTraining().getSeed();
        WeightInitializer.complete(network, inspection.shapes(), weights, seed);
        return new OnnxExporter(network, inspection.shapes(), weights, hooks);
    }

    private ExportResult run(String producerVersion, long parameters) {
        Map<Layer, Map<String, String>> produced = new IdentityHashMap<>();
        List<String> inputs = new ArrayList<>();
        lowerGraph(network, Map.of(), produced, inputs);
        Map<String, String> origins = new LinkedHashMap<>();
        List<String> outputs = declareOutputs(produced, origins);
        if (dev.dendrite.model.GanParts.isGan(network)) {
            // The generator alone runs: the discriminator's uses and the real samples' input go, its weights stay with the model.
            UnusedNodes.remove(graph.graph(), true);
            inputs.retainAll(graph.graph().getInputList().stream().map(i -> i.getName()).toList());
        }
        // Parameters inference does not read (an RBM's visible bias) still travel with the model.
        weights.flat().keySet().forEach(key -> {
            String[] parts = Weights.split(key);
            ctx.weight(parts[0], parts[1]);
        });
        String embedded;
        try {
            embedded = dev.dendrite.model.io.DnetIO.toText(network);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the network cannot be serialised: " + e.getMessage(), e);
        }
        // The .dnet text rides along so that Dendrite can re-import its own models exactly (blocks, names, settings).
        ModelProto model = graph.model(producerVersion, network.getDescription(), "dendrite.network", String.valueOf(network.getName()),
                "dendrite.semantics", "inference: dropout and noise off, BatchNorm on running statistics",
                dev.dendrite.onnx.importer.OnnxImporter.EMBEDDED_NETWORK, embedded);
        Map<String, Integer> operators = new TreeMap<>();
        for (NodeProto node : model.getGraph().getNodeList()) {
            operators.merge(node.getOpType(), 1, Integer::sum);
        }
        return new ExportResult(model, weights, inputs, outputs, operators, parameters, origins);
    }

    /** Lowers a graph's layers in order; returns the tensors of its BlockOutputs by port name. */
    private Map<String, String> lowerGraph(Graph g, Map<String, String> bound, Map<Layer, Map<String, String>> produced,
            List<String> inputs) {
        Map<Layer, Map<String, String>> incoming = incoming(g, produced);
        Map<String, String> blockOutputs = new LinkedHashMap<>();
        for (Layer layer : Topology.order(g)) {
            LayerShapes layerShapes = LoweringContext.require(shapes.of(layer), layer);
            Map<String, String> in = incoming.getOrDefault(layer, Map.of());
            Map<String, String> out;
            if (layer instanceof Input || layer instanceof GraphInput) {
                out = declareInputs(layer, layerShapes, inputs);
            } else if (layer instanceof BlockInput) {
                out = Map.of(Ports.OUT, bound.get(Ports.portName(layer)));
            } else if (layer instanceof BlockOutput) {
                blockOutputs.put(Ports.portName(layer), in.get(Ports.IN));
                out = Map.of();
            } else if (layer instanceof BlockInstance instance) {
                out = lowerGraph(instance.getBlock(), in, produced, inputs);
            } else if (layer instanceof Loss) {
                out = Map.of();
            } else {
                out = LayerLowering.lower(layer, in, layerShapes, ctx);
            }
            produced.put(layer, out);
            incoming = incoming(g, produced);
        }
        return blockOutputs;
    }

    /** The tensor names arriving at each layer's input ports, from the layers lowered so far. */
    private static Map<Layer, Map<String, String>> incoming(Graph g, Map<Layer, Map<String, String>> produced) {
        Map<Layer, Map<String, String>> incoming = new IdentityHashMap<>();
        for (Connection connection : g.getConnections()) {
            Map<String, String> from = produced.get(connection.getSource());
            if (from == null) {
                continue;
            }
            String sourcePort = Ports.find(Ports.outputs(connection.getSource()), connection.getSourcePort()).map(PortSpec::name).orElse(null);
            String targetPort = Ports.find(Ports.inputs(connection.getTarget()), connection.getTargetPort()).map(PortSpec::name).orElse(null);
            if (sourcePort != null && targetPort != null && from.get(sourcePort) != null) {
                incoming.computeIfAbsent(connection.getTarget(), t -> new HashMap<>()).put(targetPort, from.get(sourcePort));
            }
        }
        return incoming;
    }

    private Map<String, String> declareInputs(Layer layer, LayerShapes layerShapes, List<String> inputs) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Map.Entry<String, Value> output : layerShapes.outputs().entrySet()) {
            String name = graph.reserve(output.getKey().equals(Ports.OUT) || output.getKey().equals(Ports.NODES)
                    ? layer.getId() : layer.getId() + ":" + output.getKey());
            names.put(output.getKey(), name);
            if (feedsExportedLayer(layer, output.getKey())) {
                graph.input(name, elementType(output.getValue()), dims(output.getValue(), layer));
                inputs.add(name);
            }
        }
        return names;
    }

    /** Inputs that only feed losses (targets) are not inputs of the inference model. */
    private boolean feedsExportedLayer(Layer layer, String port) {
        for (Connection connection : network.getConnections()) {
            if (connection.getSource() == layer && !(connection.getTarget() instanceof Loss)
                    && port.equals(Ports.find(Ports.outputs(layer), connection.getSourcePort()).map(PortSpec::name).orElse(""))) {
                return true;
            }
        }
        return false;
    }

    /** Outputs: what the losses receive, and every primary output nothing consumes. */
    private List<String> declareOutputs(Map<Layer, Map<String, String>> produced, Map<String, String> origins) {
        Set<String> outputs = new LinkedHashSet<>();
        Map<String, Value> values = new HashMap<>();
        Map<String, Layer> layers = new HashMap<>();
        var gan = dev.dendrite.model.GanParts.of(network);
        if (gan.isPresent()) {
            // A GAN's model is its generator: the samples the discriminator judges, not its scores.
            Connection generated = gan.get().generated();
            String port = Ports.find(Ports.outputs(generated.getSource()), generated.getSourcePort()).map(PortSpec::name).orElseThrow();
            String name = produced.get(generated.getSource()).get(port);
            origins.put(name, generated.getSource().getId() + ":" + port);
            graph.output(name, elementType(shapes.of(generated.getSource()).outputs().get(port)),
                    dims(shapes.of(generated.getSource()).outputs().get(port), generated.getSource()));
            return new ArrayList<>(List.of(name));
        }
        for (Connection connection : network.getConnections()) {
            if (connection.getTarget() instanceof Loss && Ports.find(Ports.inputs(connection.getTarget()), connection.getTargetPort())
                    .map(p -> p.primary()).orElse(false)) {
                String port = Ports.find(Ports.outputs(connection.getSource()), connection.getSourcePort()).map(PortSpec::name).orElseThrow();
                String name = produced.get(connection.getSource()).get(port);
                outputs.add(name);
                origins.putIfAbsent(name, connection.getSource().getId() + ":" + port);
                values.put(name, shapes.of(connection.getSource()).outputs().get(port));
                layers.put(name, connection.getSource());
            }
        }
        Set<Layer> consumed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        network.getConnections().forEach(c -> consumed.add(c.getSource()));
        for (Layer layer : network.getLayers()) {
            if (consumed.contains(layer) || layer instanceof Loss || layer instanceof Input || layer instanceof GraphInput) {
                continue;
            }
            Ports.find(Ports.outputs(layer), "").ifPresent(port -> {
                String name = produced.get(layer).get(port.name());
                if (name != null) {
                    outputs.add(name);
                    origins.putIfAbsent(name, layer.getId() + ":" + port.name());
                    values.put(name, shapes.of(layer).outputs().get(port.name()));
                    layers.put(name, layer);
                }
            });
        }
        for (String name : outputs) {
            graph.output(name, elementType(values.get(name)), dims(values.get(name), layers.get(name)));
        }
        return new ArrayList<>(outputs);
    }

    private static GraphBuilder.ElementType elementType(Value value) {
        return value.type() == Value.ElementType.INT64 ? GraphBuilder.ElementType.INT64 : GraphBuilder.ElementType.FLOAT;
    }

    /** The dims to declare for a value of {@code layer}: its sequence length under its group's name ({@link SequenceLengthNames}). */
    private List<Object> dims(Value value, Layer layer) {
        List<Object> dims = new ArrayList<>();
        for (Dim dim : value.shape().dims()) {
            dims.add(dim.isFixed() ? (Object) dim.size() : dim.equals(Dim.SEQUENCE) ? lengthNames.getOrDefault(layer, dim.toString()) : dim.toString());
        }
        return dims;
    }

    private static void checkGivenShapes(Network network, ShapeResult shapes, Weights weights) throws ExportException {
        List<Layer> layers = new ArrayList<>(network.getLayers());
        network.getBlocks().forEach(b -> layers.addAll(b.getLayers()));
        for (Layer layer : layers) {
            LayerShapes layerShapes = shapes.of(layer);
            if (layerShapes == null || layer instanceof BlockInstance) {
                continue;
            }
            for (ParameterSpec spec : ParameterSpecs.of(layer, layerShapes.inputs())) {
                FloatTensor given = weights.get(layer.getId(), spec.name()).orElse(null);
                if (given != null && !Arrays.equals(given.shape(), spec.shape())) {
                    throw new ExportException("the weights of " + dev.dendrite.model.ModelDiagnostics.label(layer) + " do not fit: '"
                            + spec.name() + "' is " + given.shapeText() + " but the layer needs " + Arrays.toString(spec.shape()));
                }
            }
        }
    }
}
