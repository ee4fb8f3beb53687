package dev.dendrite.analysis.pruning;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.dendrite.model.network.Activation;
import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Add;
import dev.dendrite.model.network.Block;
import dev.dendrite.model.network.BlockInput;
import dev.dendrite.model.network.BlockInstance;
import dev.dendrite.model.network.BlockOutput;
import dev.dendrite.model.network.Connection;
import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.Dropout;
import dev.dendrite.model.network.Flatten;
import dev.dendrite.model.network.Graph;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.Noise;
import dev.dendrite.model.network.ProjectionKind;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.convolution.GlobalPooling;
import dev.dendrite.model.network.convolution.Pooling;
import dev.dendrite.model.network.convolution.TransposedConvolution;
import dev.dendrite.model.network.normalization.BatchNorm;
import dev.dendrite.model.ports.PortSpec;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.shape.ShapeResult;
import dev.dendrite.model.shape.Value;
import dev.dendrite.model.shape.Windows;

/**
 * One search over every tensor a producer's units reach ({@link UnitGroups}): forward through
 * layers that keep units apart to the layers that read them, and, where the units enter a residual
 * sum, backward along the sum's other inputs to the layers that write the same units there. A
 * block's input or output port holds the units in every instance of the block alike (they share
 * its weights), so reaching one crosses into the block and out of all its instances. The first
 * problem met ends it.
 */
final class UnitSearch {

    /** A place on a forward path: the layer reached, at which input port, the units' axis there, and the layer whose output it is. */
    private record Step(Layer layer, String port, int axis, Layer from) {
    }

    /** A layer's output port. */
    private record Tensor(Layer layer, String port) {
    }

    /** A block's input or output port (one of its BlockInputs or BlockOutputs, by name). */
    private record BlockPort(Block block, String port, boolean input) {
    }

    private final Network network;
    private final ShapeResult shapes;
    private final Layer first;
    private final int axis;
    private int units;
    private final Set<Layer> producers = new LinkedHashSet<>();
    private final List<UnitGroups.Projection> projections = new ArrayList<>();
    private final List<BatchNorm> norms = new ArrayList<>();
    private final List<UnitGroups.Reader> readers = new ArrayList<>();
    /** Outputs that hold the units. */
    private final Set<Tensor> carriers = new HashSet<>();
    /** Block ports known to hold the units. */
    private final Set<BlockPort> blockPorts = new HashSet<>();
    private final Deque<Step> forward = new ArrayDeque<>();
    private final Deque<Tensor> backward = new ArrayDeque<>();
    private Layer observed;
    private int observedAxis;
    private String problem;

    UnitSearch(Network network, ShapeResult shapes, Layer producer) {
        this.network = network;
        this.shapes = shapes;
        this.first = producer;
        Value out = shapes.output(producer, Ports.OUT);
        axis = out == null ? 0 : producer instanceof Convolution conv ? Math.floorMod(Windows.channelAxis(conv), out.rank())
                : producer instanceof TransposedConvolution ? 1 : out.rank() - 1;
        if (out == null) {
            producers.add(producer);
            problem = "its output has no shape";
            return;
        }
        units = (int) out.shape().size(axis);
        backward.add(new Tensor(producer, Ports.OUT));
        while (problem == null && (!backward.isEmpty() || !forward.isEmpty())) {
            if (!backward.isEmpty()) {
                writer(backward.poll());
            } else {
                reach(forward.poll());
            }
        }
        if (problem == null && readers.isEmpty()) {
            problem = "nothing reads its output";
        }
        if (problem == null && readers.stream().anyMatch(r -> spectrallyNormalised(r.layer()))) {
            problem = "a spectrally normalised layer reads its units, whose largest singular value would change without some";
        }
    }

    List<Layer> producers() {
        return List.copyOf(producers);
    }

    String problem() {
        return problem;
    }

    UnitGroups.Group group() {
        List<Layer> coupled = producers.stream().filter(l -> l != first).toList();
        return new UnitGroups.Group(first, coupled, List.copyOf(projections), units, List.copyOf(norms), List.copyOf(readers), observed,
                observedAxis);
    }

    /**
     * An output that must hold the units: a producer's, a layer's passing them on from its input, a sum's, or a block's port (then
     * every instance's).
     */
    private void writer(Tensor tensor) {
        Layer layer = tensor.layer();
        if (!carriers.add(tensor)) {
            return;
        }
        Value out = shapes.output(layer, tensor.port());
        if (out == null || out.rank() <= axis || out.shape().size(axis) != units) {
            problem = "its units meet those of " + UnitGroups.describe(layer) + " at a residual sum or a shared block, whose output does not "
                    + "hold them on the same axis";
            return;
        }
        if (layer instanceof BlockInstance instance) {
            blockOutput(instance.getBlock(), tensor.port());
            return;
        }
        if (layer instanceof BlockInput input) {
            blockInput((Block) input.eContainer(), Ports.portName(input), null);
            return;
        }
        switch (layer) {
            case Dense dense when axis == out.rank() - 1 -> producers.add(dense);
            case Convolution conv when conv.getGroups() == 1 && axis == Math.floorMod(Windows.channelAxis(conv), out.rank()) ->
                producers.add(conv);
            case TransposedConvolution up when axis == 1 -> producers.add(up);
            case Add add -> joinSum(add, null);
            default -> {
                if (!passesApart(layer, axis, out.rank()) || inputs(layer) != 1) {
                    problem = "its units meet those of " + UnitGroups.describe(layer) + " at a residual sum or a shared block, which cannot "
                    + "lose them";
                    return;
                }
                if (layer instanceof BatchNorm norm) {
                    norms.add(norm);
                }
                source(layer, Ports.inputs(layer).get(0).name()).ifPresent(backward::add);
            }
        }
        if (problem == null && producers.contains(layer) && spectrallyNormalised(layer)) {
            problem = (layer == first ? "it is" : UnitGroups.describe(layer) + " is") + " spectrally normalised: without some of its units "
                    + "its largest singular value, and so every other unit's output, would change";
        }
        Layer from = layer instanceof Dropout || layer instanceof Noise ? Ports.source(layer, Ports.IN).orElse(layer) : layer;
        consumers(tensor, axis, from);
    }

    /**
     * A block's input port holds the units: inside, they leave its BlockInput; outside, every instance's input there holds them.
     * {@code from} is what the instance reached reads (a BlockInput passes it on; inside a block there is no tensor to observe).
     */
    private void blockInput(Block block, String port, Layer from) {
        if (!blockPorts.add(new BlockPort(block, port, true))) {
            return;
        }
        Layer input = block.getLayers().stream().filter(l -> l instanceof BlockInput && Ports.portName(l).equals(port)).findFirst()
                .orElseThrow();
        carriers.add(new Tensor(input, Ports.OUT));
        List<BlockInstance> instances = instances(block);
        Layer observedFrom = from != null ? from : instances.isEmpty() ? input : source(instances.get(0), port).map(Tensor::layer).orElse(input);
        consumers(new Tensor(input, Ports.OUT), axis, observedFrom);
        for (BlockInstance instance : instances) {
            Tensor source = source(instance, port).orElse(null);
            if (source == null) {
                problem = "its units reach the block '" + block.getName() + "', whose instance '" + instance.getName() + "' has no input "
                        + port;
                return;
            }
            backward.add(source);
        }
    }

    /** A block's output port holds the units: inside, its BlockOutput's source writes them; outside, every instance's output. */
    private void blockOutput(Block block, String port) {
        if (!blockPorts.add(new BlockPort(block, port, false))) {
            return;
        }
        Layer output = block.getLayers().stream().filter(l -> l instanceof BlockOutput && Ports.portName(l).equals(port)).findFirst()
                .orElseThrow();
        source(output, Ports.inputs(output).get(0).name()).ifPresent(backward::add);
        for (BlockInstance instance : instances(block)) {
            Tensor out = new Tensor(instance, port);
            carriers.add(out);
            Value value = shapes.output(instance, port);
            if (value == null || value.rank() <= axis || value.shape().size(axis) != units) {
                problem = "its units leave the block '" + block.getName() + "', whose instance '" + instance.getName()
                        + "' does not hold them on the same axis";
                return;
            }
            consumers(out, axis, instance);
        }
    }

    /** Every use of a block, in the network and in other blocks. */
    private List<BlockInstance> instances(Block block) {
        List<BlockInstance> instances = new ArrayList<>();
        List<Layer> all = new ArrayList<>(network.getLayers());
        network.getBlocks().forEach(b -> all.addAll(b.getLayers()));
        for (Layer layer : all) {
            if (layer instanceof BlockInstance instance && instance.getBlock() == block) {
                instances.add(instance);
            }
        }
        return instances;
    }

    /** The units reach a layer on a forward path. */
    private void reach(Step step) {
        Layer layer = step.layer();
        var in = shapes.of(layer) == null ? null : shapes.of(layer).inputs().get(step.port());
        if (layer instanceof dev.dendrite.model.network.Loss) {
            problem = "its units are the network's outputs (the loss reads them)";
            return;
        }
        if (layer instanceof BlockOutput output) {
            blockOutput((Block) output.eContainer(), Ports.portName(output));
            return;
        }
        if (layer instanceof BlockInstance instance) {
            if (in == null || in.rank() <= step.axis() || in.shape().size(step.axis()) != units) {
                problem = "its output enters the block instance '" + layer.getName() + "', whose input " + step.port()
                        + " does not hold its units on the same axis";
                return;
            }
            blockInput(instance.getBlock(), step.port(), step.from());
            return;
        }
        if (in == null) {
            problem = "its output reaches " + UnitGroups.describe(layer) + ", whose input has no shape";
            return;
        }
        int rank = in.rank();
        boolean last = step.axis() == rank - 1;
        if (layer instanceof Add add) {
            if (projected(add, step.port())) {
                read(step, new UnitGroups.Reader(add, 1, 1, index(step.port())));
                checkResolution(add, step.port());
            } else if (!carriers.contains(new Tensor(add, Ports.OUT))) {
                joinSum(add, step.port());
            }
            return;
        }
        if (inputs(layer) != 1) {
            problem = "its output reaches " + UnitGroups.describe(layer) + ", which reads other inputs beside it";
            return;
        }
        switch (layer) {
            case Dense dense when last -> read(step, new UnitGroups.Reader(dense, 1, 1));
            case Dense dense -> problem = "its output reaches a dense layer over another axis than its units'";
            case Convolution conv when conv.getGroups() == 1 && step.axis() == Math.floorMod(Windows.channelAxis(conv), rank) ->
                read(step, new UnitGroups.Reader(conv, 1, 1));
            case Convolution conv -> problem = "its output reaches a convolution that mixes its units otherwise";
            case TransposedConvolution up when step.axis() == 1 -> read(step, new UnitGroups.Reader(up, 1, 1));
            case Flatten flatten when step.axis() >= 1 -> {
                observe(step);
                long outer = in.shape().productFrom(1) / in.shape().productFrom(step.axis());
                long inner = in.shape().productFrom(step.axis() + 1);
                flattenedReaders(flatten, (int) outer, (int) inner);
            }
            default -> {
                Tensor out = new Tensor(layer, Ports.OUT);
                if (carriers.contains(out)) {
                    return;
                }
                if (!passesApart(layer, step.axis(), rank)) {
                    problem = "its output reaches " + UnitGroups.describe(layer);
                    return;
                }
                carriers.add(out);
                if (layer instanceof BatchNorm norm) {
                    norms.add(norm);
                }
                // Identities at inference: what passes them is still their input.
                Layer from = layer instanceof Dropout || layer instanceof Noise ? step.from() : layer;
                consumers(out, layer instanceof GlobalPooling ? 1 : step.axis(), from);
                if (consumers(layer).isEmpty()) {
                    problem = "its output reaches " + UnitGroups.describe(layer) + " that nothing reads";
                }
            }
        }
    }

    /** Whether a one-input layer keeps the units on {@code axis} apart, passing each on by itself. */
    private static boolean passesApart(Layer layer, int axis, int rank) {
        return switch (layer) {
            case BatchNorm norm -> axis == 1;
            case GlobalPooling pooling -> axis == 1;
            case dev.dendrite.model.network.convolution.Upsample up -> axis == 1; // each channel's map enlarged by itself
            case Pooling pooling -> pooling.isSequence() == (axis == rank - 1) && axis >= 1;
            case Activation activation -> activation.getFunction() != ActivationFunction.SOFTMAX
                    && activation.getFunction() != ActivationFunction.LOG_SOFTMAX;
            case Dropout dropout -> true;
            case Noise noise -> true;
            default -> false;
        };
    }

    /**
     * A residual sum holds the units: every input it adds as it is must hold them too (written backward), a projected input's
     * projection writes them, and what reads the sum reads them.
     */
    private void joinSum(Add add, String arrivedAt) {
        Tensor sum = new Tensor(add, Ports.OUT);
        carriers.add(sum);
        for (PortSpec port : Ports.inputs(add)) {
            if (port.name().equals(arrivedAt)) {
                continue;
            }
            if (projected(add, port.name())) {
                projections.add(new UnitGroups.Projection(add, index(port.name())));
                checkResolution(add, port.name());
            } else {
                Tensor source = source(add, port.name()).orElse(null);
                if (source == null) {
                    problem = "its units reach " + UnitGroups.describe(add) + ", whose input " + port.name() + " is not connected";
                    return;
                }
                backward.add(source);
            }
        }
        consumers(sum, axis, add);
    }

    /** Whether an Add projects its input {@code port} (a shape differing from in0's) rather than adding it as it is. */
    private boolean projected(Add add, String port) {
        if (add.getProjection() == ProjectionKind.NONE || port.equals(Ports.IN + 0) || shapes.of(add) == null) {
            return false;
        }
        Value main = shapes.of(add).inputs().get(Ports.IN + 0);
        Value other = shapes.of(add).inputs().get(port);
        return main != null && other != null && !main.shape().dims().equals(other.shape().dims());
    }

    /**
     * A projection that keeps the resolution exists only while the channel counts differ (the Add adds equal shapes as they are): a
     * pruning that made them meet would drop it.
     */
    private void checkResolution(Add add, String port) {
        Value main = shapes.of(add).inputs().get(Ports.IN + 0);
        Value other = shapes.of(add).inputs().get(port);
        boolean sameResolution = main.rank() == other.rank();
        for (int d = 2; sameResolution && d < main.rank(); d++) {
            sameResolution = main.shape().dim(d).equals(other.shape().dim(d));
        }
        if (sameResolution) {
            problem = "its units reach the shortcut projection of " + UnitGroups.describe(add) + " at the same resolution, which the Add "
                    + "would drop were the channel counts of its inputs to meet";
        }
    }

    private void read(Step step, UnitGroups.Reader reader) {
        observe(step);
        readers.add(reader);
    }

    private void observe(Step step) {
        if (observed == null) {
            observed = step.from();
            observedAxis = step.axis();
        }
    }

    /** After a flatten only dense layers may read (their rows in blocks). */
    private void flattenedReaders(Flatten flatten, int outer, int inner) {
        List<Layer> next = consumers(flatten);
        if (next.isEmpty()) {
            problem = "its output reaches a flatten that nothing reads";
        }
        for (Layer layer : next) {
            if (!(layer instanceof Dense dense) || inputs(layer) != 1) {
                problem = "its output reaches " + UnitGroups.describe(layer) + " after a flatten";
                return;
            }
            readers.add(new UnitGroups.Reader(dense, outer, inner));
        }
    }

    /** What reads a tensor, each a step forward. */
    private void consumers(Tensor tensor, int unitAxis, Layer from) {
        for (Connection c : graph(tensor.layer()).getConnections()) {
            if (c.getSource() == tensor.layer() && sourcePort(c).equals(tensor.port())) {
                String port = Ports.find(Ports.inputs(c.getTarget()), c.getTargetPort()).map(PortSpec::name).orElse(Ports.IN);
                forward.add(new Step(c.getTarget(), port, unitAxis, from));
            }
        }
    }

    /** The output connected to a layer's input port. */
    private static java.util.Optional<Tensor> source(Layer layer, String port) {
        List<PortSpec> ports = Ports.inputs(layer);
        for (Connection c : graph(layer).getConnections()) {
            if (c.getTarget() == layer && Ports.find(ports, c.getTargetPort()).map(PortSpec::name).orElse("").equals(port)) {
                return java.util.Optional.of(new Tensor(c.getSource(), sourcePort(c)));
            }
        }
        return java.util.Optional.empty();
    }

    private static String sourcePort(Connection c) {
        return Ports.find(Ports.outputs(c.getSource()), c.getSourcePort()).map(PortSpec::name).orElse(Ports.OUT);
    }

    private static Graph graph(Layer layer) {
        return (Graph) layer.eContainer();
    }

    private static List<Layer> consumers(Layer layer) {
        Graph graph = graph(layer);
        List<Layer> consumers = new ArrayList<>();
        for (Connection c : graph.getConnections()) {
            if (c.getSource() == layer && !consumers.contains(c.getTarget())) {
                consumers.add(c.getTarget());
            }
        }
        return consumers;
    }

    private static int inputs(Layer layer) {
        return (int) graph(layer).getConnections().stream().filter(c -> c.getTarget() == layer).count();
    }

    private static int index(String port) {
        return Integer.parseInt(port.substring(Ports.IN.length()));
    }

    static boolean spectrallyNormalised(Layer layer) {
        return layer instanceof Dense dense && dense.isSpectralNorm() || layer instanceof Convolution conv && conv.isSpectralNorm();
    }
}
