package dev.dendrite.analysis.pruning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.dendrite.model.network.Add;
import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.convolution.TransposedConvolution;
import dev.dendrite.model.network.normalization.BatchNorm;
import dev.dendrite.model.shape.ShapeResult;

/**
 * Which units of a network can be removed whole: a dense layer's neurons or a convolution's output
 * channels, where every path from its output passes only layers that treat units apart
 * (element-wise activations, dropout, noise, pooling, batch normalisation, global pooling, a
 * flatten) and ends in layers that read them as weights (the next dense layer's rows, the next
 * convolution's input channels, a shortcut projection's inputs). A residual sum couples its
 * branches: the units are one set across every layer that writes into the sum (the block's last
 * convolution, the projection, the layer before an identity shortcut), which lose the same units
 * together, as channel groups do in Torch-Pruning's dependency graphs. Anything else on a path (a
 * Concat, a softmax, the loss, a sum with the network's input) keeps the layers whole, with the
 * reason.
 */
public final class UnitGroups {

    /**
     * What reads a group's units: a dense layer's weight rows ({@code outer} × units × {@code inner}), a convolution's input
     * channels, or the input channels of an Add's shortcut projection of input {@code port} (-1 for the others).
     */
    public record Reader(Layer layer, int outer, int inner, int port) {

        public Reader(Layer layer, int outer, int inner) {
            this(layer, outer, inner, -1);
        }
    }

    /** An Add's shortcut projection of input {@code port}, whose outputs are a group's units. */
    public record Projection(Add add, int port) {
    }

    /**
     * Units that can go, everything that writes them, the batch normalisations whose channels go with them, and their readers.
     *
     * @param producer the first layer (in the order shapes flow) whose units these are; the group's name
     * @param coupled the other dense layers and convolutions a residual sum joins to it (empty without one)
     * @param projections the shortcut projections whose outputs enter such a sum
     * @param units the units (neurons or output channels) of each
     * @param observed the layer whose output the first reader reads (or a flatten before it): what the units pass on at inference
     * @param axis the units' axis in {@code observed}'s output
     */
    public record Group(Layer producer, List<Layer> coupled, List<Projection> projections, int units, List<BatchNorm> normalisations,
            List<Reader> readers, Layer observed, int axis) {

        /** Every dense layer and convolution whose units these are, the producer first. */
        public List<Layer> producers() {
            List<Layer> all = new ArrayList<>(List.of(producer));
            all.addAll(coupled);
            return all;
        }

        /** Whether a residual sum joins several layers' units (the producer's alone otherwise). */
        public boolean isCoupled() {
            return !coupled.isEmpty() || !projections.isEmpty();
        }
    }

    /** The prunable groups in the order shapes were inferred, and each dense layer or convolution left whole with the reason. */
    public record Found(List<Group> groups, Map<Layer, String> whole) {
    }

    private UnitGroups() {
    }

    public static Found find(Network network, ShapeResult shapes) {
        List<Group> groups = new ArrayList<>();
        Map<Layer, String> whole = new LinkedHashMap<>();
        Set<Layer> claimed = new HashSet<>();
        // The network's layers in the order shapes flow, then each block's (a block's weights are shared by its instances,
        // so its units can go where its own layers read them).
        List<Layer> layers = new ArrayList<>(shapes.order().stream().filter(l -> l.eContainer() == network).toList());
        network.getBlocks().forEach(b -> layers.addAll(b.getLayers()));
        for (Layer layer : layers) {
            if (!isProducer(layer) || claimed.contains(layer)) {
                continue;
            }
            if (layer instanceof Convolution conv && conv.getGroups() != 1) {
                whole.put(layer, "a grouped convolution");
                continue;
            }
            UnitSearch search = new UnitSearch(network, shapes, layer);
            claimed.addAll(search.producers());
            if (search.problem() == null) {
                groups.add(search.group());
                continue;
            }
            for (Layer producer : search.producers()) {
                whole.putIfAbsent(producer, producer == layer ? search.problem() : "its units are those of " + describe(layer)
                        + " (joined by a residual sum or a shared block), and " + search.problem());
            }
        }
        return new Found(groups, whole);
    }

    /** Whether a layer has units of its own that pruning could remove: a dense layer, a convolution or a transposed one. */
    public static boolean isProducer(Layer layer) {
        return layer instanceof Dense || layer instanceof Convolution || layer instanceof TransposedConvolution;
    }

    /** A producer's units: a dense layer's neurons or a convolution's output channels. */
    public static int units(Layer producer) {
        return switch (producer) {
            case Dense dense -> dense.getUnits();
            case Convolution conv -> conv.getOutChannels();
            case TransposedConvolution up -> up.getOutChannels();
            default -> throw new IllegalArgumentException(describe(producer) + " has no units of its own");
        };
    }

    /** Its kind as reports name it. */
    public static String kind(Layer producer) {
        return producer instanceof Dense ? "dense" : producer instanceof Convolution ? "convolution" : "transposed convolution";
    }

    /** The axis of a producer's weight that holds its units: a dense [in, units] and a transposed convolution's [in, units, k...] 1. */
    static int weightAxis(Layer producer) {
        return producer instanceof Convolution ? 0 : 1;
    }

    /** A layer's name, qualified by its block's inside one ("encoder.fc1"). */
    public static String nameOf(Layer layer) {
        return layer.eContainer() instanceof dev.dendrite.model.network.Block block ? block.getName() + "." + layer.getName() : layer.getName();
    }

    static String describe(Layer layer) {
        String kind = layer.eClass().getName();
        return "'" + nameOf(layer) + "' (" + kind + ")";
    }
}
