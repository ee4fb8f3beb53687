package dev.dendrite.train.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.model.network.Connection;
import dev.dendrite.model.network.Graph;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.ports.PortSpec;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.GraphBuilder;

/**
 * Masks of variable-length sequences in one graph build. The data pads a batch's sequences to its
 * longest and gives {@code ID:mask} (bool [N, T], true at real steps) for an input {@code ID};
 * a layer that reads that input's sequence (directly or through per-step layers) gets the mask as
 * floats, or the sequences' lengths for the fused recurrent operators' {@code sequence_lens}.
 */
public final class SequenceMasks {

    private final Set<String> masked;
    /** Input id → its mask as floats [N, T]. */
    private final Map<String, String> floats = new HashMap<>();
    /** Input id → its sequences' lengths, int32 [N]. */
    private final Map<String, String> lengths = new HashMap<>();

    SequenceMasks(Set<String> masked) {
        this.masked = masked;
    }

    /**
     * The float mask [N, T] of the sequence {@code layer} reads, or null when it reads no masked
     * input; after valid convolutions that took k steps off, the input's mask from step k on (a
     * window is real when its last step is).
     */
    String mask(Layer layer, GraphBuilder g) {
        String input = sourceInput(layer);
        if (input == null || !masked.contains(input)) {
            return null;
        }
        String mask = inputMask(input, g);
        int fewer = fewerSteps(layer);
        return fewer == 0 ? mask : floats.computeIfAbsent(input + "/fewer" + fewer, key -> g.node("Slice", List.of(mask,
                g.longs(key + "/from", fewer), g.longs(key + "/to", Long.MAX_VALUE), g.longs(key + "/axis", 1)), key + "/mask_float"));
    }

    private String inputMask(String input, GraphBuilder g) {
        return floats.computeIfAbsent(input, id -> {
            String name = id + ":mask";
            // Its own length name: an encoder-decoder's source and target masks differ in length (one name would tell ONNX Runtime they do not).
            g.input(name, GraphBuilder.ElementType.BOOL, new ArrayList<>(List.of("N", "T_" + id.replaceAll("[^A-Za-z0-9_]", "_"))));
            return g.node("Cast", List.of(name), id + "/mask_float", Attr.i("to", TensorProto.DataType.FLOAT_VALUE));
        });
    }

    /** The lengths [N] (int32) of the sequences {@code layer} reads, or null when they are not masked. */
    String lengths(Layer layer, GraphBuilder g) {
        String mask = mask(layer, g);
        if (mask == null) {
            return null;
        }
        int fewer = fewerSteps(layer);
        return lengths.computeIfAbsent(sourceInput(layer) + (fewer == 0 ? "" : "/fewer" + fewer), id -> g.node("Cast",
                List.of(g.node("ReduceSum", List.of(mask, g.longs(id + "/time_axis", 1)), id + "/length_f", Attr.i("keepdims", 0))),
                id + "/lengths", Attr.i("to", TensorProto.DataType.INT32_VALUE)));
    }

    /** The steps valid convolutions over a sequence took off what {@code layer} reads (through the path {@link #sourceInput} follows). */
    public static int fewerSteps(Layer layer) {
        return fewerSteps(layer, 64);
    }

    private static int fewerSteps(Layer layer, int hops) {
        int fewest = 0;
        // Branches that read different lengths cannot meet (their step dims differ: "T−2", "T−3"); any branch tells.
        for (Layer source : hops == 0 ? List.<Layer>of() : primarySources(layer)) {
            int fewer = fewerSteps(source, hops - 1);
            if (source instanceof dev.dendrite.model.network.Convolution conv && conv.isSequence()
                    && conv.getStepPadding() == dev.dendrite.model.network.StepPadding.VALID) {
                fewer += dev.dendrite.model.shape.Windows.stepSpan(conv) - 1;
            }
            fewest = Math.max(fewest, fewer);
        }
        return fewest;
    }

    /**
     * The network input whose sequence {@code layer} reads through its primary inputs: followed back
     * through embeddings, per-step layers, recurrent and attention layers, dropout, activations,
     * merges whose branches all come from the same input (a residual connection), and a block's
     * input to what feeds that port of the block's one instance; null at anything else (a merge of
     * two inputs, a block used twice).
     */
    public static String sourceInput(Layer layer) {
        return sourceInput(layer, 64);
    }

    private static String sourceInput(Layer layer, int hops) {
        if (layer instanceof Input input) {
            return input.getId();
        }
        List<Layer> sources = primarySources(layer);
        if (hops == 0 || sources.isEmpty()) {
            return null;
        }
        String found = null;
        for (Layer source : sources) {
            String input = sourceInput(source, hops - 1);
            if (input == null || found != null && !found.equals(input)) {
                return null;
            }
            found = input;
        }
        return found;
    }

    private static List<Layer> primarySources(Layer layer) {
        EObject container = layer.eContainer();
        if (layer instanceof dev.dendrite.model.network.BlockInput && container instanceof dev.dendrite.model.network.Block block) {
            return blockPort(block, Ports.portName(layer));
        }
        if (!(container instanceof Graph graph)) {
            return List.of();
        }
        List<Layer> sources = new java.util.ArrayList<>();
        for (Connection connection : graph.getConnections()) {
            if (connection.getTarget() == layer && Ports.find(Ports.inputs(layer), connection.getTargetPort()).map(PortSpec::primary)
                    .orElse(false)) {
                sources.add(connection.getSource());
            }
        }
        return sources;
    }

    /** What feeds {@code port} of the block's instance, where the network uses the block once. */
    private static List<Layer> blockPort(dev.dendrite.model.network.Block block, String port) {
        if (!(block.eContainer() instanceof dev.dendrite.model.network.Network network)) {
            return List.of();
        }
        List<dev.dendrite.model.network.BlockInstance> instances = new java.util.ArrayList<>();
        for (var contents = network.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof dev.dendrite.model.network.BlockInstance instance && instance.getBlock() == block) {
                instances.add(instance);
            }
        }
        if (instances.size() != 1) {
            return List.of();
        }
        return Ports.source(instances.get(0), port).map(List::of).orElse(List.of());
    }
}
