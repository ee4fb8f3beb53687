package dev.dendrite.editor.scene;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The diagram's figures, in paint order, with hit testing and damage computation. Pure Java:
 * rendering lives elsewhere, so all of this is testable without a display.
 */
public final class Scene {

    /** How close to an edge or port a click must be, in diagram units. */
    public static final double TOLERANCE = 4;

    private final List<NodeItem> nodes = new ArrayList<>();
    private final List<EdgeItem> edges = new ArrayList<>();
    private final Map<Object, NodeItem> byElement = new IdentityHashMap<>();
    private final Geometry geometry = new Geometry();

    public void add(NodeItem node) {
        nodes.add(node);
        byElement.put(node.element(), node);
        node.join(geometry);
        geometry.changed();
    }

    public void add(EdgeItem edge) {
        edges.add(edge);
        edge.avoid(Collections.unmodifiableList(nodes));
        edge.share(Collections.unmodifiableList(edges));
        edge.join(geometry);
        geometry.changed();
    }

    public List<NodeItem> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    public List<EdgeItem> edges() {
        return Collections.unmodifiableList(edges);
    }

    public NodeItem node(Object element) {
        return byElement.get(element);
    }

    /** Topmost thing under the diagram point: ports win over nodes (they overlap the border), nodes over edges. */
    public Hit hit(double x, double y) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            NodeItem node = nodes.get(i);
            if (!node.paintBounds().contains(x, y)) {
                continue;
            }
            for (PortItem port : concat(node.inputs(), node.outputs())) {
                double[] p = node.portPoint(port);
                if (Math.abs(p[0] - x) <= NodeItem.PORT_RADIUS + TOLERANCE / 2 && Math.abs(p[1] - y) <= NodeItem.PORT_RADIUS + 1) {
                    return new Hit(Hit.Kind.PORT, node, port, null);
                }
            }
            if (node.box().contains(x, y) || node.badge().contains(x, y)) {
                return new Hit(Hit.Kind.NODE, node, null, null);
            }
        }
        for (int i = edges.size() - 1; i >= 0; i--) {
            EdgeItem edge = edges.get(i);
            if (edge.labelBox().contains(x, y) || edge.distanceTo(x, y) <= TOLERANCE) {
                return new Hit(Hit.Kind.EDGE, null, null, edge);
            }
        }
        return Hit.NOTHING;
    }

    /** Nodes entirely inside a rubber-band box. */
    public List<NodeItem> nodesIn(Box band) {
        return nodes.stream().filter(n -> band.contains(n.box())).toList();
    }

    public List<EdgeItem> edgesOf(Collection<NodeItem> moved) {
        Set<NodeItem> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(moved);
        return edges.stream().filter(e -> set.contains(e.source()) || set.contains(e.target())).toList();
    }

    /** The region a change to these nodes repaints: the nodes and every edge attached to them. */
    public Box damage(Collection<NodeItem> changed) {
        Box box = Box.EMPTY;
        for (NodeItem node : changed) {
            box = box.union(node.paintBounds());
        }
        for (EdgeItem edge : edgesOf(changed)) {
            box = box.union(edge.paintBounds());
        }
        return box.isEmpty() ? box : box.expand(2);
    }

    /**
     * Moves nodes by a distance and returns the damaged region: where they and their edges were
     * plus where they are now. Nothing is laid out again.
     */
    public Box move(Collection<NodeItem> moving, double dx, double dy) {
        // Figures inside an expanded block move with it, never on their own.
        List<NodeItem> movable = moving.stream().filter(n -> n.parent() == null).toList();
        List<NodeItem> affected = new ArrayList<>(movable);
        movable.forEach(n -> affected.addAll(n.children()));
        Box before = damage(affected);
        // Other edges route around nodes in their way: one the moved nodes leave or enter turns, and repaints too.
        Set<EdgeItem> attached = Collections.newSetFromMap(new IdentityHashMap<>());
        attached.addAll(edgesOf(affected));
        Map<EdgeItem, Box> routed = new IdentityHashMap<>();
        edges.stream().filter(e -> !attached.contains(e)).forEach(e -> routed.put(e, e.paintBounds()));
        for (NodeItem node : new LinkedHashSet<>(movable)) {
            node.moveTo(node.box().x() + dx, node.box().y() + dy);
        }
        Box after = before.union(damage(affected));
        for (var entry : routed.entrySet()) {
            Box now = entry.getKey().paintBounds();
            if (!now.equals(entry.getValue())) {
                after = after.union(entry.getValue().expand(2)).union(now.expand(2));
            }
        }
        return after;
    }

    /** Everything painted, for fit-to-window and scroll ranges. */
    public Box bounds() {
        Box box = Box.EMPTY;
        for (NodeItem node : nodes) {
            box = box.union(node.paintBounds());
        }
        for (EdgeItem edge : edges) {
            box = box.union(edge.paintBounds());
        }
        return box;
    }

    private static List<PortItem> concat(List<PortItem> a, List<PortItem> b) {
        List<PortItem> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
