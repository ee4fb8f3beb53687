package dev.dendrite.editor.diagram;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;

import dev.dendrite.editor.scene.Box;
import dev.dendrite.editor.scene.EdgeItem;
import dev.dendrite.editor.scene.NodeItem;
import dev.dendrite.editor.scene.PortItem;
import dev.dendrite.editor.scene.Scene;
import dev.dendrite.editor.scene.Severity;
import dev.dendrite.model.ModelDiagnostics;
import dev.dendrite.model.Networks;
import dev.dendrite.layout.NetworkLayout;
import dev.dendrite.model.network.Block;
import dev.dendrite.model.network.BlockInstance;
import dev.dendrite.model.network.Connection;
import dev.dendrite.model.network.Graph;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.ports.PortSpec;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.shape.LayerShapes;
import dev.dendrite.model.shape.Value;

/**
 * Turns a graph and what inspection found into a scene: one node per layer at its stored
 * position, one edge per connection labelled with the inferred shape, and the diagnostics as
 * badges (on the layer) or red edges (on the input port they concern).
 */
public final class SceneBuilder {

    private SceneBuilder() {
    }

    /** Space around an expanded block's contents, and the height of its title bar. */
    static final double BLOCK_PADDING = 16;
    static final double BLOCK_HEADER = 40;

    /**
     * Node size used by the layout too, so that laid-out positions fit the figures. An expanded
     * block is as large as its laid-out contents: the inner graph is laid out first, then the
     * outer one around it (ELK's bottom-up handling of hierarchy).
     */
    public static double[] size(Layer layer) {
        return expanded(layer) ? openSize(innerBoxes(((BlockInstance) layer).getBlock())) : collapsedSize(layer);
    }

    private static double[] openSize(Map<Layer, Box> inner) {
        Box bounds = bounds(inner);
        return new double[] {Math.max(NetworkLayout.NODE_WIDTH, bounds.width() + 2 * BLOCK_PADDING), bounds.height() + BLOCK_HEADER + BLOCK_PADDING};
    }

    private static double[] collapsedSize(Layer layer) {
        return NetworkLayout.DEFAULT_SIZE.apply(layer);
    }

    /** Whether a layer is a block instance shown open, with its contents. */
    public static boolean expanded(Layer layer) {
        return layer instanceof BlockInstance instance && !instance.isCollapsed() && instance.getBlock() != null
                && !instance.getBlock().getLayers().isEmpty();
    }

    /** Where a block's layers go relative to its top-left: their stored positions, or an ELK layout when none are stored. */
    static Map<Layer, Box> innerBoxes(Block block) {
        Map<Layer, Box> boxes = new LinkedHashMap<>();
        boolean placed = block.getLayers().stream().anyMatch(l -> l.getX() != 0 || l.getY() != 0);
        if (placed) {
            // Blocks inside blocks are shown closed: one level of nesting is opened at a time.
            block.getLayers().forEach(l -> boxes.put(l, new Box(l.getX(), l.getY(), collapsedSize(l)[0], collapsedSize(l)[1])));
        } else {
            NetworkLayout.layout(block, SceneBuilder::collapsedSize)
                    .forEach((l, b) -> boxes.put(l, new Box(b.x(), b.y(), b.width(), b.height())));
        }
        Box bounds = bounds(boxes);
        boxes.replaceAll((l, b) -> b.translate(-bounds.x(), -bounds.y()));
        return boxes;
    }

    private static Box bounds(Map<Layer, Box> boxes) {
        Box all = Box.EMPTY;
        for (Box b : boxes.values()) {
            all = all.union(b);
        }
        return all;
    }

    public static Scene build(Graph graph, Networks.Inspection inspection) {
        Map<Layer, List<Diagnostic>> problems = problemsByLayer(inspection.diagnostic());
        Scene scene = new Scene();
        Map<Layer, NodeItem> own = new IdentityHashMap<>();
        for (Layer layer : graph.getLayers()) {
            // An open block's contents are placed once, and its size follows from them.
            Map<Layer, Box> inner = expanded(layer) ? innerBoxes(((BlockInstance) layer).getBlock()) : null;
            double[] size = inner != null ? openSize(inner) : collapsedSize(layer);
            NodeItem node = node(layer, new Box(layer.getX(), layer.getY(), size[0], size[1]), inspection, problems);
            scene.add(node);
            own.put(layer, node);
            if (inner != null) {
                Block block = ((BlockInstance) layer).getBlock();
                double left = layer.getX() + BLOCK_PADDING;
                double top = layer.getY() + BLOCK_HEADER;
                // Each open instance of a block gets its own figures of the block's layers.
                Map<Layer, NodeItem> inside = new IdentityHashMap<>();
                inner.forEach((innerLayer, box) -> {
                    NodeItem child = node(innerLayer, box.translate(left, top), inspection, problems);
                    node.addChild(child);
                    scene.add(child);
                    inside.put(innerLayer, child);
                });
                edges(scene, block, inside, inspection, problems);
            }
        }
        edges(scene, graph, own, inspection, problems);
        return scene;
    }

    private static NodeItem node(Layer layer, Box box, Networks.Inspection inspection, Map<Layer, List<Diagnostic>> problems) {
        List<Diagnostic> mine = problems.getOrDefault(layer, List.of());
        LayerShapes shapes = inspection.shapes().of(layer);
        long parameters = shapes == null ? 0 : shapes.parameters().total();
        return new NodeItem(layer, box, LayerText.title(layer), LayerText.detail(layer), LayerText.parameters(parameters),
                Family.of(layer.eClass()).rgb(), worst(mine), text(mine), ports(Ports.inputs(layer), true), ports(Ports.outputs(layer), false));
    }

    private static void edges(Scene scene, Graph graph, Map<Layer, NodeItem> nodes, Networks.Inspection inspection,
            Map<Layer, List<Diagnostic>> problems) {
        for (Connection connection : graph.getConnections()) {
            NodeItem source = nodes.get(connection.getSource());
            NodeItem target = nodes.get(connection.getTarget());
            if (source == null || target == null) {
                continue;
            }
            PortItem out = port(source, Ports.outputs(connection.getSource()), connection.getSourcePort(), false);
            PortItem in = port(target, Ports.inputs(connection.getTarget()), connection.getTargetPort(), true);
            if (out == null || in == null) {
                continue;
            }
            Value value = inspection.shapes().output(connection.getSource(), out.name());
            List<Diagnostic> onPort = problems.getOrDefault(connection.getTarget(), List.of()).stream()
                    .filter(d -> d.getData().size() > 1 && in.name().equals(d.getData().get(1))).toList();
            scene.add(new EdgeItem(connection, source, out, target, in, value == null ? "" : value.shape().toString(),
                    worst(onPort), text(onPort)));
        }
    }

    private static List<PortItem> ports(List<PortSpec> specs, boolean input) {
        List<PortItem> ports = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            ports.add(new PortItem(specs.get(i).name(), input, i, specs.get(i).required()));
        }
        return ports;
    }

    private static PortItem port(NodeItem node, List<PortSpec> specs, String name, boolean input) {
        return Ports.find(specs, name).map(spec -> node.port(spec.name(), input)).orElse(null);
    }

    static Map<Layer, List<Diagnostic>> problemsByLayer(Diagnostic root) {
        Map<Layer, List<Diagnostic>> byLayer = new IdentityHashMap<>();
        for (Diagnostic d : root.getChildren()) {
            Layer layer = ModelDiagnostics.layerOf(d);
            if (layer != null && d.getSeverity() >= Diagnostic.WARNING) {
                byLayer.computeIfAbsent(layer, k -> new ArrayList<>()).add(d);
            }
        }
        return byLayer;
    }

    private static Severity worst(List<Diagnostic> diagnostics) {
        int worst = diagnostics.stream().mapToInt(Diagnostic::getSeverity).max().orElse(Diagnostic.OK);
        return worst >= Diagnostic.ERROR ? Severity.ERROR : worst >= Diagnostic.WARNING ? Severity.WARNING : Severity.NONE;
    }

    private static String text(List<Diagnostic> diagnostics) {
        return diagnostics.isEmpty() ? null : String.join("\n", diagnostics.stream().map(Diagnostic::getMessage).toList());
    }
}
