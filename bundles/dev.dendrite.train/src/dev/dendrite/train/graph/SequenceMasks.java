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
     * input; after layers that take windows of the steps ({@link StepWindow}: valid convolutions,
     * pooling over steps), the mask of their windows, real where every step of the window is.
     */
    String mask(Layer layer, GraphBuilder g) {
        String input = sourceInput(layer);
        if (input == null || !masked.contains(input)) {
            return null;
        }
        List<StepWindow> windows = StepWindow.before(layer);
        return windows.isEmpty() ? inputMask(input, g) : windowed(input, windows, g)[0];
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
        List<StepWindow> windows = StepWindow.before(layer);
        String input = sourceInput(layer);
        return lengths.computeIfAbsent(input + key(windows), id -> g.node("Cast", List.of(windows.isEmpty()
                ? g.node("ReduceSum", List.of(mask, g.longs(id + "/time_axis", 1)), id + "/length_f", Attr.i("keepdims", 0))
                : windowed(input, windows, g)[1]), id + "/lengths", Attr.i("to", TensorProto.DataType.INT32_VALUE)));
    }

    private static String key(List<StepWindow> windows) {
        StringBuilder key = new StringBuilder();
        windows.forEach(w -> key.append("/window").append(w.window()).append("s").append(w.stride()));
        return key.toString();
    }

    /**
     * The mask [N, T'] and the float lengths [N] of {@code input}'s sequences after {@code windows}:
     * each length L becomes max(0, floor((L − w) / s) + 1), the padded length T likewise (the
     * tensors' steps), and a window is real below its sequence's count.
     */
    private String[] windowed(String input, List<StepWindow> windows, GraphBuilder g) {
        String key = input + key(windows);
        String mask = floats.get(key);
        if (mask != null) {
            return new String[] {mask, floats.get(key + "/lengths")};
        }
        String inputMask = inputMask(input, g);
        String counts = g.node("ReduceSum", List.of(inputMask, g.longs(key + "/time_axis", 1)), key + "/input_lengths", Attr.i("keepdims", 0));
        String steps = g.node("Shape", List.of(inputMask), key + "/input_steps", Attr.i("start", 1), Attr.i("end", 2));
        for (int i = 0; i < windows.size(); i++) {
            StepWindow w = windows.get(i);
            String at = key + "/" + i;
            String shifted = g.node("Sub", List.of(counts, g.scalar(at + "/window_f", w.window())), at + "/shifted");
            String whole = g.node("Floor", List.of(g.node("Div", List.of(shifted, g.scalar(at + "/stride_f", w.stride())), at + "/strided")),
                    at + "/whole");
            counts = g.node("Max", List.of(g.node("Add", List.of(whole, g.scalar(at + "/one_f", 1)), at + "/counted"),
                    g.scalar(at + "/none_f", 0)), at + "/lengths");
            // The padded length holds at least one window (DataCheck.windows), so integer division floors here.
            steps = g.node("Add", List.of(g.node("Div", List.of(g.node("Sub", List.of(steps, g.longs(at + "/window", w.window())),
                    at + "/steps_shifted"), g.longs(at + "/stride", w.stride())), at + "/steps_strided"), g.longs(at + "/one", 1)), at + "/steps");
        }
        String positions = g.node("Cast", List.of(g.node("Range", List.of(g.longScalar(key + "/zero", 0),
                g.node("Squeeze", List.of(steps, g.longs(key + "/squeeze_axis", 0)), key + "/steps_scalar"), g.longScalar(key + "/step", 1)),
                key + "/positions")), key + "/positions_f", Attr.i("to", TensorProto.DataType.FLOAT_VALUE));
        String real = g.node("Less", List.of(g.node("Unsqueeze", List.of(positions, g.longs(key + "/position_axis", 0)), key + "/positions_row"),
                g.node("Unsqueeze", List.of(counts, g.longs(key + "/count_axis", 1)), key + "/counts_column")), key + "/real");
        mask = g.node("Cast", List.of(real), key + "/mask_float", Attr.i("to", TensorProto.DataType.FLOAT_VALUE));
        floats.put(key, mask);
        floats.put(key + "/lengths", counts);
        return new String[] {mask, counts};
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

    static List<Layer> primarySources(Layer layer) {
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
