package dev.dendrite.train.graph;

import java.util.List;
import java.util.Map;

import ai.onnx.proto.OnnxMl.ModelProto;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Loss;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.gnn.GraphInput;
import dev.dendrite.model.network.gnn.TopKPooling;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.shape.Value;
import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.onnx.export.LoweredNetwork;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.weights.Weights;

/**
 * Activation taps: the network in inference mode with chosen layers' primary outputs as graph
 * outputs {@code tap:ID}, parameters as inputs (so it reads the trainer's current values). Run on a
 * fixed probe set at checkpoints, it records what each layer makes of the same samples over
 * training: the material of embeddings and of the manifold hypothesis.
 */
public final class ActivationTaps {

    public static final String PREFIX = "tap:";
    /** A top-k pooling's graph assignment of the nodes it keeps, an output {@code graphs:ID}: which graph each row after it is. */
    public static final String GRAPHS = "graphs:";

    private ActivationTaps() {
    }

    /**
     * @param network a network whose layers have ids
     * @param layers the layer ids to tap; empty: every layer with a float primary output
     * @throws ExportException naming a requested layer that does not exist or has no float output
     */
    public static ModelProto graph(Network network, Weights weights, List<String> layers) throws ExportException {
        LoweredNetwork lowered = OnnxExporter.lower(network, OnnxExporter.inspect(network), weights,
                new TrainingLayers(TrainingLowerings.none(), false, 0, 0));
        int tapped = 0;
        for (Layer layer : network.getLayers()) {
            boolean wanted = layers.isEmpty() ? !(layer instanceof Input || layer instanceof GraphInput || layer instanceof Loss)
                    : layers.contains(layer.getId());
            if (!wanted) {
                continue;
            }
            var primary = Ports.find(Ports.outputs(layer), "");
            Map<String, String> produced = lowered.produced().get(layer);
            Value value = primary.isEmpty() || lowered.shapes().of(layer) == null ? null
                    : lowered.shapes().of(layer).outputs().get(primary.get().name());
            if (produced == null || value == null || value.type() != Value.ElementType.FLOAT || produced.get(primary.get().name()) == null) {
                if (!layers.isEmpty()) {
                    throw new ExportException("layer '" + layer.getId() + "' has no float output to tap");
                }
                continue;
            }
            OutputStep.output(lowered.graph(), produced.get(primary.get().name()), PREFIX + layer.getId());
            tapped++;
        }
        // Rows after a top-k pooling are the nodes it kept: their graphs, so that those layers' embeddings have labels too.
        for (Layer layer : network.getLayers()) {
            Map<String, String> produced = lowered.produced().get(layer);
            if (layer instanceof TopKPooling && produced != null && produced.get(Ports.BATCH) != null) {
                lowered.graph().nodeWithOutputs("Identity", List.of(produced.get(Ports.BATCH)), List.of(lowered.graph().reserve(GRAPHS
                        + layer.getId())));
                lowered.graph().output(GRAPHS + layer.getId(), dev.dendrite.onnx.graph.GraphBuilder.ElementType.INT64);
            }
        }
        for (String id : layers) {
            if (network.getLayers().stream().noneMatch(l -> id.equals(l.getId()))) {
                throw new ExportException("no layer '" + id + "' to tap; the network's layers are "
                        + String.join(", ", network.getLayers().stream().map(Layer::getId).toList()));
            }
        }
        if (tapped == 0) {
            throw new ExportException("the network has no layer with a float output to tap");
        }
        return lowered.graph().model("taps", "Dendrite activation taps for " + network.getName());
    }
}
