package dev.dendrite.editor.scene;

import java.util.List;

/**
 * A connection from an output port to an input port, routed orthogonally and labelled with the
 * tensor shape it carries.
 */
public final class EdgeItem {

    /** Label size estimate per character, so that hit testing needs no font. */
    public static final double CHAR_WIDTH = 7.5;
    public static final double LABEL_HEIGHT = 15;
    /** The widest label: what fits between two columns of a layered layout (100 units apart) beside the ports. */
    public static final double MAX_LABEL_WIDTH = 80;
    /** Narrower than this, a label is left out (the edge's tooltip still has it). */
    public static final double MIN_LABEL_WIDTH = 28;

    private final Object element;
    private final NodeItem source;
    private final PortItem sourcePort;
    private final NodeItem target;
    private final PortItem targetPort;
    private final String label;
    private final Severity severity;
    private final String problem;
    /** How far apart two channels over the same span run, so that neither hides the other. */
    static final double LANE_GAP = 8;

    /** The scene's nodes, which a forward route keeps out of (set when the edge joins a scene). */
    private java.util.List<NodeItem> obstacles = java.util.List.of();
    /** The scene's edges, whose channels an earlier edge's takes a lane beside (set when the edge joins a scene). */
    private java.util.List<EdgeItem> neighbours = java.util.List.of();
    /** The scene's, once the edge joins one: routes are kept while it stands still (outside a scene nothing is kept). */
    private Geometry geometry;
    private long cachedAt = -1;
    private double[] cachedRoute;
    private double cachedChannel;

    public EdgeItem(Object element, NodeItem source, PortItem sourcePort, NodeItem target, PortItem targetPort,
            String label, Severity severity, String problem) {
        this.element = element;
        this.source = source;
        this.sourcePort = sourcePort;
        this.target = target;
        this.targetPort = targetPort;
        this.label = label;
        this.severity = severity;
        this.problem = problem;
    }

    public Object element() {
        return element;
    }

    public NodeItem source() {
        return source;
    }

    public NodeItem target() {
        return target;
    }

    public PortItem sourcePort() {
        return sourcePort;
    }

    public PortItem targetPort() {
        return targetPort;
    }

    /** The shape on the edge, e.g. {@code N×16×10×10}; may be empty. */
    public String label() {
        return label;
    }

    public Severity severity() {
        return severity;
    }

    public String problem() {
        return problem;
    }

    /** The nodes a forward route stays out of: the scene's (its own ends and the blocks around them excepted). */
    void avoid(java.util.List<NodeItem> nodes) {
        this.obstacles = nodes;
    }

    /** The scene's edges: where earlier ones run a channel at the same height over part of this one's span, this one runs lower. */
    void share(java.util.List<EdgeItem> edges) {
        this.neighbours = edges;
    }

    void join(Geometry sceneGeometry) {
        this.geometry = sceneGeometry;
    }

    /** Whether the route and channel kept are for the figures where they are now. */
    private boolean current() {
        return geometry != null && cachedAt == geometry.version();
    }

    /** Computes the route and channel, keeping them where the edge is in a scene. */
    private void compute() {
        if (current()) {
            return;
        }
        List<Box> boxes = obstacleBoxes();
        double channel = channel(boxes);
        cachedChannel = channel;
        cachedRoute = route(boxes, channel);
        cachedAt = geometry == null ? -1 : geometry.version();
    }

    /**
     * The route as x0,y0,x1,y1,...: right, vertical, right for forward edges, or where that would
     * cross another node (a skip connection past a chain of layers), down just after the source,
     * right below the nodes in the way and up just before the target; around the nodes' bottom
     * for edges that go backwards.
     */
    public double[] route() {
        compute();
        return cachedRoute.clone();
    }

    private double[] route(List<Box> boxes, double channel) {
        double[] a = source.portPoint(sourcePort);
        double[] b = target.portPoint(targetPort);
        double below = channel;
        if (Double.isNaN(below)) {
            double mid = (a[0] + b[0]) / 2;
            return new double[] {a[0], a[1], mid, a[1], mid, b[1], b[0], b[1]};
        }
        // A lane may meet a node further below that the first channel passed above: below that one too.
        below = clearOf(below + LANE_GAP * lane(below), a[0] + 12, b[0] - 12, boxes);
        return new double[] {a[0], a[1], a[0] + 12, a[1], a[0] + 12, below, b[0] - 12, below, b[0] - 12, b[1], b[0], b[1]};
    }

    /**
     * The height of the route's channel below the nodes, before any lane: for a forward edge below the nodes in its way (NaN where
     * none is: the plain route), for a backward one below its two ends.
     */
    private double channel() {
        compute();
        return cachedChannel;
    }

    /** As {@link #channel()}, around {@code boxes}, the nodes in the way ({@link #obstacleBoxes()}). */
    private double channel(List<Box> boxes) {
        double[] a = source.portPoint(sourcePort);
        double[] b = target.portPoint(targetPort);
        if (b[0] >= a[0] + 20) {
            double mid = (a[0] + b[0]) / 2;
            return channelBelow(new double[] {a[0], a[1], mid, a[1], mid, b[1], b[0], b[1]}, a[0] + 12, b[0] - 12, boxes);
        }
        return Math.max(source.box().bottom(), target.box().bottom()) + 20;
    }

    /** The channel's horizontal span, left to right. */
    private double[] span() {
        double x0 = source.portPoint(sourcePort)[0] + 12;
        double x1 = target.portPoint(targetPort)[0] - 12;
        return new double[] {Math.min(x0, x1), Math.max(x0, x1)};
    }

    /**
     * How many of the scene's earlier edges run their channel at the height {@code below} over part of this one's span, so each
     * takes its own lane below them; an edge from the port of an earlier one at that height takes that one's lane (they leave
     * together).
     */
    private int lane(double below) {
        int lane = 0;
        double[] own = span();
        for (EdgeItem other : neighbours) {
            if (other == this) {
                break;
            }
            // The span first: it costs nothing, where the other's channel looks at every node.
            double[] span = other.span();
            boolean samePort = other.source == source && other.sourcePort == sourcePort;
            if (!samePort && !(span[0] < own[1] && own[0] < span[1])) {
                continue;
            }
            double theirs = other.channel();
            if (Double.isNaN(theirs) || Math.abs(theirs - below) >= 0.5) {
                continue;
            }
            if (samePort) {
                return other.lane(below);
            }
            lane++;
        }
        return lane;
    }

    /**
     * Where a route around the nodes in the way runs: below every node that {@code straight} or the channel itself would cross
     * between {@code left} and {@code right}; NaN where {@code straight} crosses none.
     */
    private double channelBelow(double[] straight, double left, double right, List<Box> others) {
        double below = Double.NaN;
        for (Box box : others) {
            if (crosses(straight, box)) {
                below = Double.isNaN(below) ? box.bottom() + 10 : Math.max(below, box.bottom() + 10);
            }
        }
        // The channel may meet lower nodes in turn (a wrapped or branching layout): below those too.
        return Double.isNaN(below) ? below : clearOf(below, left, right, others);
    }

    /** The nodes a route must pass around: all but its ends and the blocks that hold them. */
    private List<Box> obstacleBoxes() {
        List<Box> others = new java.util.ArrayList<>();
        for (NodeItem node : obstacles) {
            Box box = node.box();
            if (node != source && node != target && !box.contains(source.box()) && !box.contains(target.box())) {
                others.add(box.expand(-1));
            }
        }
        return others;
    }

    /** The height {@code below}, or lower, at which a channel from {@code left} to {@code right} crosses none of {@code boxes}. */
    private static double clearOf(double below, double left, double right, List<Box> boxes) {
        for (int tries = 0; tries <= boxes.size(); tries++) {
            double lowered = below;
            for (Box box : boxes) {
                if (crosses(new double[] {left, below, right, below}, box)) {
                    lowered = Math.max(lowered, box.bottom() + 10);
                }
            }
            if (lowered == below) {
                break;
            }
            below = lowered;
        }
        return below;
    }

    /** Whether the orthogonal polyline {@code route} passes through {@code box}. */
    private static boolean crosses(double[] route, Box box) {
        for (int i = 0; i + 3 < route.length; i += 2) {
            if (Box.spanning(route[i], route[i + 1], route[i + 2], route[i + 3]).expand(0.5).intersects(box)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the shape label goes: just right of the source port, in the gap the layout leaves
     * between layers. (The middle of a long edge, such as a skip connection, would often lie on
     * a node; labels of edges leaving one port carry the same shape, so they may coincide.)
     */
    public Box labelBox() {
        if (label == null || label.isEmpty()) {
            return Box.EMPTY;
        }
        double[] a = source.portPoint(sourcePort);
        double[] b = target.portPoint(targetPort);
        double left = a[0] + NodeItem.PORT_RADIUS + 3;
        // Room beyond the estimate, as fonts at small zooms are wider than it; the painter fits the box to the text.
        double width = Math.min((label.length() * CHAR_WIDTH + 8) * 1.6, MAX_LABEL_WIDTH);
        if (b[0] > left && Math.abs(b[1] - a[1]) < target.box().height()) {
            // Never over the target: a narrow gap gets a shortened label (the tooltip has it whole).
            width = Math.min(width, b[0] - NodeItem.PORT_RADIUS - 4 - left);
            if (width < MIN_LABEL_WIDTH) {
                return Box.EMPTY;
            }
        }
        return new Box(left, a[1] - LABEL_HEIGHT / 2, width, LABEL_HEIGHT);
    }

    public Box paintBounds() {
        double[] r = route();
        Box bounds = Box.EMPTY;
        for (int i = 0; i + 3 < r.length; i += 2) {
            bounds = bounds.union(Box.spanning(r[i], r[i + 1], r[i + 2], r[i + 3]).expand(3));
        }
        return bounds.union(labelBox());
    }

    /** Distance from a point to the route, in diagram units. */
    public double distanceTo(double x, double y) {
        double[] r = route();
        double best = Double.MAX_VALUE;
        for (int i = 0; i + 3 < r.length; i += 2) {
            best = Math.min(best, segmentDistance(x, y, r[i], r[i + 1], r[i + 2], r[i + 3]));
        }
        return best;
    }

    private static double segmentDistance(double px, double py, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / lengthSquared));
        double cx = x1 + t * dx - px;
        double cy = y1 + t * dy - py;
        return Math.sqrt(cx * cx + cy * cy);
    }
}
