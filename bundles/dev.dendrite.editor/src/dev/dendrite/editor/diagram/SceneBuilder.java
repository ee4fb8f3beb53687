package dev.dendrite.editor.diagram;

import java.util.ArrayList;
import java.util.IdentityHashMap;
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

    public static final double NODE_WIDTH = 180;
    public static final double NODE_MIN_HEIGHT = 58;

    private SceneBuilder() {
    }

    /** Node size used by the layout too, so that laid-out positions fit the figures. */
    public static double[] size(Layer layer) {
        int ports = Math.max(Ports.inputs(layer).size(), Ports.outputs(layer).size());
        return new double[] {NODE_WIDTH, Math.max(NODE_MIN_HEIGHT, ports * NodeItem.PORT_SPACING + 18)};
    }

    public static Scene build(Graph graph, Networks.Inspection inspection) {
        Map<Layer, List<Diagnostic>> problems = problemsByLayer(inspection.diagnostic());
        Scene scene = new Scene();
        for (Layer layer : graph.getLayers()) {
            double[] size = size(layer);
            List<Diagnostic> mine = problems.getOrDefault(layer, List.of());
            LayerShapes shapes = inspection.shapes().of(layer);
            long parameters = shapes == null ? 0 : shapes.parameters().total();
            scene.add(new NodeItem(layer, new Box(layer.getX(), layer.getY(), size[0], size[1]), LayerText.title(layer),
                    LayerText.detail(layer), LayerText.parameters(parameters), Family.of(layer.eClass()).rgb(),
                    worst(mine), text(mine), ports(Ports.inputs(layer), true), ports(Ports.outputs(layer), false)));
        }
        for (Connection connection : graph.getConnections()) {
            NodeItem source = scene.node(connection.getSource());
            NodeItem target = scene.node(connection.getTarget());
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
        return scene;
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
