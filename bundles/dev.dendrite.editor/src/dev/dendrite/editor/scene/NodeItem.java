package dev.dendrite.editor.scene;

import java.util.List;

/**
 * The figure of one layer: a box with a title, a detail line, a parameter count, ports, and a
 * badge for its worst problem. Only its position changes after creation (while dragging).
 */
public final class NodeItem {

    /** Distance between ports along a side: the one the layout sizes boxes for. */
    public static final double PORT_SPACING = dev.dendrite.layout.NetworkLayout.PORT_SPACING;
    public static final double PORT_RADIUS = 5;

    private final Object element;
    private final String title;
    private final String detail;
    private final String parameters;
    private final int rgb;
    private final Severity severity;
    private final String problem;
    private final List<PortItem> inputs;
    private final List<PortItem> outputs;
    private Box box;
    private final java.util.List<NodeItem> children = new java.util.ArrayList<>();
    private NodeItem parent;
    /** The scene's, once the node joins one: told whenever the node moves. */
    private Geometry geometry;

    public NodeItem(Object element, Box box, String title, String detail, String parameters, int rgb,
            Severity severity, String problem, List<PortItem> inputs, List<PortItem> outputs) {
        this.element = element;
        this.box = box;
        this.title = title;
        this.detail = detail;
        this.parameters = parameters;
        this.rgb = rgb;
        this.severity = severity;
        this.problem = problem;
        this.inputs = List.copyOf(inputs);
        this.outputs = List.copyOf(outputs);
    }

    /** The model object this figure shows (a layer). */
    public Object element() {
        return element;
    }

    public Box box() {
        return box;
    }

    /** Moves the node, and the figures inside it when it is an expanded block, by the same distance. */
    public void moveTo(double x, double y) {
        double dx = x - box.x();
        double dy = y - box.y();
        box = new Box(x, y, box.width(), box.height());
        if (geometry != null) {
            geometry.changed();
        }
        for (NodeItem child : children) {
            child.moveTo(child.box.x() + dx, child.box.y() + dy);
        }
    }

    void join(Geometry sceneGeometry) {
        this.geometry = sceneGeometry;
    }

    /** Adds a figure drawn inside this one (an expanded block's layers). */
    public void addChild(NodeItem child) {
        children.add(child);
        child.parent = this;
    }

    public java.util.List<NodeItem> children() {
        return java.util.Collections.unmodifiableList(children);
    }

    /** Whether this figure shows an expanded block with figures inside. */
    public boolean isContainer() {
        return !children.isEmpty();
    }

    /** The expanded block this figure sits in, or null for the network's own layers. */
    public NodeItem parent() {
        return parent;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public String parameters() {
        return parameters;
    }

    /** The family colour as 0xRRGGBB. */
    public int rgb() {
        return rgb;
    }

    public Severity severity() {
        return severity;
    }

    /** The diagnostic the badge's tooltip shows, or null. */
    public String problem() {
        return problem;
    }

    public List<PortItem> inputs() {
        return inputs;
    }

    public List<PortItem> outputs() {
        return outputs;
    }

    public PortItem port(String name, boolean input) {
        for (PortItem port : input ? inputs : outputs) {
            if (port.name().equals(name)) {
                return port;
            }
        }
        return null;
    }

    /** Centre of a port in diagram units, spread evenly along the node's side. */
    public double[] portPoint(PortItem port) {
        int count = port.input() ? inputs.size() : outputs.size();
        double top = box.centerY() - (count - 1) * PORT_SPACING / 2;
        return new double[] {port.input() ? box.x() : box.right(), top + port.index() * PORT_SPACING};
    }

    /** The badge's square at the top-right corner (empty when there is no problem). */
    public Box badge() {
        return severity == Severity.NONE ? Box.EMPTY : new Box(box.right() - 9, box.y() - 7, 16, 16);
    }

    /** Everything painted for this node: box, ports sticking out, badge. */
    public Box paintBounds() {
        return box.expand(PORT_RADIUS + 1).union(badge());
    }
}
