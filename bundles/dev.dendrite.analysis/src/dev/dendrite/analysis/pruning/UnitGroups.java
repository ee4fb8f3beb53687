package dev.dendrite.analysis.pruning;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dendrite.model.network.Activation;
import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Connection;
import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.Dropout;
import dev.dendrite.model.network.Flatten;
import dev.dendrite.model.network.Graph;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.Noise;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.convolution.GlobalPooling;
import dev.dendrite.model.network.convolution.Pooling;
import dev.dendrite.model.network.normalization.BatchNorm;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.shape.ShapeResult;
import dev.dendrite.model.shape.Windows;

/**
 * Which units of a network can be removed whole: a dense layer's neurons or a convolution's output
 * channels, where every path from its output passes only layers that treat units apart
 * (element-wise activations, dropout, noise, pooling, batch normalisation, global pooling, a
 * flatten) and ends in layers that read them as weights (the next dense layer's rows, the next
 * convolution's input channels). Anything else on a path (an Add of a skip connection, a Concat,
 * a softmax, the loss) keeps the layer whole, with the reason.
 */
public final class UnitGroups {

    /** What reads a producer's units: its weight rows (a dense layer, {@code outer} × units × {@code inner}) or input channels (a convolution). */
    public record Reader(Layer layer, int outer, int inner) {
    }

    /**
     * A layer whose units can go, the batch normalisations whose channels go with them, and their readers.
     *
     * @param units the producer's units (neurons or output channels)
     * @param observed the layer whose output the first reader reads (or a flatten before it): what the units pass on at inference
     * @param axis the units' axis in {@code observed}'s output
     */
    public record Group(Layer producer, int units, List<BatchNorm> normalisations, List<Reader> readers, Layer observed, int axis) {
    }

    /** The prunable groups in the order shapes were inferred, and each dense layer or convolution left whole with the reason. */
    public record Found(List<Group> groups, Map<Layer, String> whole) {
    }

    private UnitGroups() {
    }

    public static Found find(Network network, ShapeResult shapes) {
        List<Group> groups = new ArrayList<>();
        Map<Layer, String> whole = new LinkedHashMap<>();
        // The network's layers in the order shapes flow, then each block's (a block's weights are shared by its instances,
        // so its units can go where its own layers read them).
        List<Layer> layers = new ArrayList<>(shapes.order().stream().filter(l -> l.eContainer() == network).toList());
        network.getBlocks().forEach(b -> layers.addAll(b.getLayers()));
        for (Layer layer : layers) {
            if (!(layer instanceof Dense) && !(layer instanceof Convolution)) {
                continue;
            }
            Graph graph = (Graph) layer.eContainer();
            String problem = layer instanceof Convolution conv && conv.getGroups() != 1 ? "a grouped convolution" : null;
            Group group = problem == null ? follow(graph, shapes, layer, whole) : null;
            if (group != null) {
                groups.add(group);
            } else if (problem != null) {
                whole.put(layer, problem);
            }
        }
        return new Found(groups, whole);
    }

    /** A layer's name, qualified by its block's inside one ("encoder.fc1"). */
    public static String nameOf(Layer layer) {
        return layer.eContainer() instanceof dev.dendrite.model.network.Block block ? block.getName() + "." + layer.getName() : layer.getName();
    }

    /** A place on a path: the layer reached, the axis the units lie on in its input, and the layer whose output that input is. */
    private record Step(Layer layer, int axis, Layer from) {
    }

    private static Group follow(Graph network, ShapeResult shapes, Layer producer, Map<Layer, String> whole) {
        var out = shapes.output(producer, Ports.OUT);
        if (out == null) {
            whole.put(producer, "its output has no shape");
            return null;
        }
        if (spectrallyNormalised(producer)) {
            whole.put(producer, "it is spectrally normalised: without some of its units its largest singular value, and so every other "
                    + "unit's output, would change");
            return null;
        }
        int rank = out.rank();
        int axis = producer instanceof Convolution conv ? Math.floorMod(Windows.channelAxis(conv), rank) : rank - 1;
        int units = (int) out.shape().size(axis);
        List<BatchNorm> norms = new ArrayList<>();
        List<Reader> readers = new ArrayList<>();
        Layer observed = null;
        int observedAxis = 0;
        Deque<Step> open = new ArrayDeque<>();
        for (Layer next : consumers(network, producer)) {
            open.add(new Step(next, axis, producer));
        }
        if (open.isEmpty()) {
            whole.put(producer, "nothing reads its output");
            return null;
        }
        while (!open.isEmpty()) {
            Step step = open.poll();
            Layer layer = step.layer();
            var in = shapes.of(layer) == null ? null : shapes.of(layer).inputs().get(Ports.IN);
            if (layer instanceof dev.dendrite.model.network.Loss) {
                whole.put(producer, "its units are the network's outputs (the loss reads them)");
                return null;
            }
            if (layer instanceof dev.dendrite.model.network.BlockOutput) {
                whole.put(producer, "its output leaves the block (blocks keep their outputs' units)");
                return null;
            }
            if (layer instanceof dev.dendrite.model.network.BlockInstance) {
                whole.put(producer, "its output enters the block instance '" + layer.getName() + "' (a block's inputs keep their units)");
                return null;
            }
            if (in == null || inputs(network, layer) != 1) {
                whole.put(producer, "its output reaches " + describe(layer) + (layer instanceof dev.dendrite.model.network.Add
                        ? ", where its units must line up with the other branch's (a skip connection)" : ", which reads other inputs beside it"));
                return null;
            }
            int rankIn = in.rank();
            boolean last = step.axis() == rankIn - 1;
            if (observed == null && (layer instanceof Dense || layer instanceof Convolution || layer instanceof Flatten)) {
                observed = step.from();
                observedAxis = step.axis();
            }
            String stop = null;
            switch (layer) {
                case Dense dense when last -> readers.add(new Reader(dense, 1, 1));
                case Dense dense -> stop = "a dense layer over another axis than its units'";
                case Convolution conv when conv.getGroups() == 1 && step.axis() == Math.floorMod(Windows.channelAxis(conv), rankIn) ->
                    readers.add(new Reader(conv, 1, 1));
                case Convolution conv -> stop = "a convolution that mixes its units otherwise";
                case Flatten flatten when step.axis() >= 1 -> {
                    long outer = in.shape().productFrom(1) / in.shape().productFrom(step.axis());
                    long inner = in.shape().productFrom(step.axis() + 1);
                    stop = flattenedReaders(network, flatten, (int) outer, (int) inner, readers);
                }
                case BatchNorm norm when step.axis() == 1 -> {
                    norms.add(norm);
                    consumers(network, layer).forEach(l -> open.add(new Step(l, step.axis(), layer)));
                }
                case GlobalPooling pooling when step.axis() == 1 -> consumers(network, layer).forEach(l -> open.add(new Step(l, 1, layer)));
                case Pooling pooling when pooling.isSequence() == last && step.axis() >= 1 ->
                    consumers(network, layer).forEach(l -> open.add(new Step(l, step.axis(), layer)));
                case Activation activation when activation.getFunction() != ActivationFunction.SOFTMAX
                        && activation.getFunction() != ActivationFunction.LOG_SOFTMAX ->
                    consumers(network, layer).forEach(l -> open.add(new Step(l, step.axis(), layer)));
                // Identities at inference: what passes them is still their input.
                case Dropout dropout -> consumers(network, layer).forEach(l -> open.add(new Step(l, step.axis(), step.from())));
                case Noise noise -> consumers(network, layer).forEach(l -> open.add(new Step(l, step.axis(), step.from())));
                default -> stop = describe(layer);
            }
            if (stop == null && !(layer instanceof Dense || layer instanceof Convolution || layer instanceof Flatten)
                    && consumers(network, layer).isEmpty()) {
                stop = describe(layer) + " that nothing reads";
            }
            if (stop != null) {
                whole.put(producer, "its output reaches " + stop);
                return null;
            }
        }
        if (readers.stream().anyMatch(r -> spectrallyNormalised(r.layer()))) {
            whole.put(producer, "a spectrally normalised layer reads its units, whose largest singular value would change without some");
            return null;
        }
        return new Group(producer, units, List.copyOf(norms), List.copyOf(readers), observed, observedAxis);
    }

    private static boolean spectrallyNormalised(Layer layer) {
        return layer instanceof Dense dense && dense.isSpectralNorm() || layer instanceof Convolution conv && conv.isSpectralNorm();
    }

    /** After a flatten only dense layers may read (their rows in blocks); returns why not where another does. */
    private static String flattenedReaders(Graph network, Flatten flatten, int outer, int inner, List<Reader> readers) {
        List<Layer> next = consumers(network, flatten);
        if (next.isEmpty()) {
            return "a flatten that nothing reads";
        }
        for (Layer layer : next) {
            if (!(layer instanceof Dense dense) || inputs(network, layer) != 1) {
                return describe(layer) + " after a flatten";
            }
            readers.add(new Reader(dense, outer, inner));
        }
        return null;
    }

    private static List<Layer> consumers(Graph network, Layer layer) {
        List<Layer> consumers = new ArrayList<>();
        for (Connection c : network.getConnections()) {
            if (c.getSource() == layer && !consumers.contains(c.getTarget())) {
                consumers.add(c.getTarget());
            }
        }
        return consumers;
    }

    private static int inputs(Graph network, Layer layer) {
        return (int) network.getConnections().stream().filter(c -> c.getTarget() == layer).count();
    }

    static String describe(Layer layer) {
        String kind = layer.eClass().getName();
        return "'" + nameOf(layer) + "' (" + kind + ")";
    }
}
