package dev.dendrite.layout;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import dev.dendrite.model.network.Connection;
import dev.dendrite.model.network.Graph;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.ports.PortSpec;
import dev.dendrite.model.ports.Ports;

/**
 * Lays a network (or a block's body) out left to right with ELK Layered: one node per layer,
 * input ports on the west side and output ports on the east side in the order their kind
 * defines them, orthogonal edges. Headless: node sizes come from the caller (the editor measures
 * its figures; the default is a fixed box).
 */
public final class NetworkLayout {

    /** A layer's box: this wide, at least this high, and {@link #PORT_SPACING} more per port on its busier side. */
    public static final double NODE_WIDTH = 180;
    public static final double NODE_MIN_HEIGHT = 58;
    public static final double PORT_SPACING = 14;

    /** The size of a layer's figure in the editor, so that files laid out anywhere fit it. */
    public static final Function<Layer, double[]> DEFAULT_SIZE = layer -> {
        int ports = Math.max(Ports.inputs(layer).size(), Ports.outputs(layer).size());
        return new double[] {NODE_WIDTH, Math.max(NODE_MIN_HEIGHT, ports * PORT_SPACING + 18)};
    };

    static {
        // ServiceLoader discovery does not cross OSGi bundles: register the algorithm explicitly.
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    /** Graphs of this many layers or more wrap into rows. */
    static final int WRAP_FROM = 60;

    private NetworkLayout() {
    }

    /** Positions of every layer of the graph (blocks stay collapsed: a block instance is one node). */
    public static Map<Layer, NodeBox> layout(Graph graph, Function<Layer, double[]> sizes) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        // Room for the shape label on each edge (e.g. N×16×10×10).
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 100.0);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 30.0);
        if (graph.getLayers().size() >= WRAP_FROM) {
            // A long network (a deep ResNet, a DenseNet, folded or not) in rows that fill a screen, not one thin line.
            root.setProperty(LayeredOptions.WRAPPING_STRATEGY, org.eclipse.elk.alg.layered.options.WrappingStrategy.MULTI_EDGE);
            root.setProperty(CoreOptions.ASPECT_RATIO, 1.6);
        }
        Map<Layer, ElkNode> nodes = new IdentityHashMap<>();
        Map<Layer, Map<String, ElkPort>> inputs = new IdentityHashMap<>();
        Map<Layer, Map<String, ElkPort>> outputs = new IdentityHashMap<>();
        for (Layer layer : graph.getLayers()) {
            ElkNode node = ElkGraphUtil.createNode(root);
            double[] size = sizes.apply(layer);
            node.setDimensions(size[0], size[1]);
            node.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_ORDER);
            nodes.put(layer, node);
            inputs.put(layer, ports(node, Ports.inputs(layer), PortSide.WEST));
            outputs.put(layer, ports(node, Ports.outputs(layer), PortSide.EAST));
        }
        for (Connection connection : graph.getConnections()) {
            ElkPort source = port(outputs, connection.getSource(), Ports.outputs(connection.getSource()), connection.getSourcePort());
            ElkPort target = port(inputs, connection.getTarget(), Ports.inputs(connection.getTarget()), connection.getTargetPort());
            if (source != null && target != null) {
                ElkGraphUtil.createSimpleEdge(source, target);
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        Map<Layer, NodeBox> boxes = new IdentityHashMap<>();
        nodes.forEach((layer, node) -> boxes.put(layer, new NodeBox(node.getX(), node.getY(), node.getWidth(), node.getHeight())));
        return boxes;
    }

    /** Lays the graph out and stores the positions in the layers' x and y (not undoable: editors wrap it in a command). */
    public static void apply(Graph graph) {
        layout(graph, DEFAULT_SIZE).forEach((layer, box) -> {
            layer.setX((int) Math.round(box.x()));
            layer.setY((int) Math.round(box.y()));
        });
    }

    /** Lays out the network and the body of each of its blocks: what a freshly written {@code .dnet} file should carry. */
    public static void applyAll(dev.dendrite.model.network.Network network) {
        apply(network);
        network.getBlocks().forEach(NetworkLayout::apply);
    }

    private static Map<String, ElkPort> ports(ElkNode node, List<PortSpec> specs, PortSide side) {
        Map<String, ElkPort> ports = new java.util.LinkedHashMap<>();
        for (int i = 0; i < specs.size(); i++) {
            ElkPort port = ElkGraphUtil.createPort(node);
            port.setDimensions(8, 8);
            port.setProperty(CoreOptions.PORT_SIDE, side);
            port.setProperty(CoreOptions.PORT_INDEX, side == PortSide.WEST ? specs.size() - 1 - i : i);
            ports.put(specs.get(i).name(), port);
        }
        return ports;
    }

    private static ElkPort port(Map<Layer, Map<String, ElkPort>> ports, Layer layer, List<PortSpec> specs, String name) {
        if (layer == null || !ports.containsKey(layer)) {
            return null;
        }
        return Ports.find(specs, name).map(spec -> ports.get(layer).get(spec.name())).orElse(null);
    }
}
