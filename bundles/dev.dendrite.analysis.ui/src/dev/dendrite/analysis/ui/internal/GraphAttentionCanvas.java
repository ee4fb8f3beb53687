package dev.dendrite.analysis.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import dev.dendrite.analysis.evaluation.GraphAttentionImages;
import dev.dendrite.analysis.evaluation.GraphLayout;
import dev.dendrite.launching.internal.RunGraphAttention;

/**
 * A graph attention network's coefficients on one graph: a row per GAT layer, a column per head,
 * each the graph laid out as {@code dendrite saliency} draws it, its nodes coloured by class, every
 * edge j → i drawn from white to dark blue by α against uniform weights (α·d: 1, half dark, is what
 * a mean over i's d incoming edges gives; 2 and more, darkest), a node's ring as dark as the weight
 * it keeps on itself. Under each head what it does over the graph. Hovering a node names whom it hears.
 */
final class GraphAttentionCanvas {

    private static final int MARGIN = 8;
    private static final int TITLE = 110;
    private static final int SUMMARY = 32;
    private static final int[] CLASSES = GraphAttentionImages.CLASSES;

    private final Canvas canvas;
    private RunGraphAttention.Graph graph;
    /** The layout of the graph's nodes in [0, 1]². */
    private double[] at;
    /** Where the last paint put the panels: their side, the origin of layer 0's head 0 and the pitch between heads. */
    private int side;
    private int left;
    private int top;
    private int pitchX;

    GraphAttentionCanvas(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseMove, e -> canvas.setToolTipText(describe(e.x, e.y)));
    }

    Canvas control() {
        return canvas;
    }

    void show(RunGraphAttention.Graph shown) {
        graph = shown;
        at = shown == null || shown.layers().isEmpty() ? null : GraphLayout.of(shown.nodes(), inputEdges(shown));
        canvas.redraw();
    }

    /** The first layer's edges but its self-loops: the graph's own (what the layout reads). */
    private static int[][] inputEdges(RunGraphAttention.Graph shown) {
        RunGraphAttention.Layer first = shown.layers().get(0);
        List<int[]> edges = new ArrayList<>();
        for (int e = 0; e < first.source().length; e++) {
            if (first.source()[e] != first.target()[e] && first.source()[e] < shown.nodes() && first.target()[e] < shown.nodes()) {
                edges.add(new int[] {(int) first.source()[e], (int) first.target()[e]});
            }
        }
        return edges.toArray(int[][]::new);
    }

    /** The side of one panel at the last paint, 0 before (tests). */
    int side() {
        return side;
    }

    /** Where node {@code node} of layer {@code layer}'s head {@code head} was drawn (tests: to point at it). */
    Point nodeAt(int layer, int head, int node) {
        return new Point(x(layer, head, node), y(layer, node));
    }

    /** Whom the node under a point hears in that panel's head, or null off the nodes. */
    String describe(int x, int y) {
        if (graph == null || side == 0) {
            return null;
        }
        int pitchY = side + SUMMARY + MARGIN;
        int layer = Math.floorDiv(y - top, pitchY);
        int head = Math.floorDiv(x - left, pitchX);
        if (layer < 0 || layer >= graph.layers().size() || head < 0 || head >= graph.layers().get(layer).heads()) {
            return null;
        }
        RunGraphAttention.Layer shown = graph.layers().get(layer);
        int radius = radius() + 2;
        for (int v = 0; v < graph.nodes(); v++) {
            if (Math.abs(x - x(layer, head, v)) <= radius && Math.abs(y - y(layer, v)) <= radius) {
                return heard(shown, head, v);
            }
        }
        return null;
    }

    /** A node's incoming weights in one head, largest first: "node 5 (class 2) hears itself 0.31, 7 (class 2) 0.12, ...". */
    private String heard(RunGraphAttention.Layer layer, int head, int node) {
        List<Integer> in = new ArrayList<>();
        for (int e = 0; e < layer.target().length; e++) {
            if (layer.target()[e] == node) {
                in.add(e);
            }
        }
        in.sort((a, b) -> Float.compare(layer.weight(b, head), layer.weight(a, head)));
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s, head %d: node %d%s hears", layer.id(), head, node, classOf(node)));
        for (int k = 0; k < in.size() && k < 6; k++) {
            int e = in.get(k);
            long from = layer.source()[e];
            text.append(k == 0 ? " " : ", ").append(from == node ? "itself" : from + classOf((int) from))
                    .append(String.format(Locale.ROOT, " %.3f", layer.weight(e, head)));
        }
        if (in.size() > 6) {
            text.append(String.format(Locale.ROOT, " and %d more (uniform: %.3f each)", in.size() - 6, 1.0 / in.size()));
        }
        return text.toString();
    }

    private String classOf(int node) {
        return graph.labels() != null && node < graph.labels().length ? " (class " + graph.labels()[node] + ")" : "";
    }

    private int radius() {
        return (int) Math.max(2, Math.min(6, side / 40));
    }

    private int x(int layer, int head, int node) {
        return (int) Math.round(left + head * pitchX + MARGIN + at[2 * node] * (side - 2 * MARGIN));
    }

    private int y(int layer, int node) {
        return (int) Math.round(top + layer * (side + SUMMARY + MARGIN) + MARGIN + at[2 * node + 1] * (side - 2 * MARGIN));
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        side = 0;
        if (graph == null || at == null) {
            return;
        }
        int columns = graph.layers().stream().mapToInt(RunGraphAttention.Layer::heads).max().orElse(1);
        int rows = graph.layers().size();
        Point text = gc.stringExtent("M");
        left = Math.max(TITLE, MARGIN + graph.layers().stream().mapToInt(l -> gc.stringExtent(l.id()).x).max().orElse(0) + MARGIN);
        int byWidth = (area.width - left - MARGIN - columns * MARGIN) / columns;
        int byHeight = (area.height - MARGIN - text.y - rows * (SUMMARY + MARGIN)) / rows;
        side = Math.max(40, Math.min(byWidth, byHeight));
        pitchX = Math.max(side, gc.stringExtent("head 0: H 1.59 of 1.59, self 100%").x) + MARGIN;
        top = MARGIN;
        gc.setAntialias(SWT.ON);
        for (int l = 0; l < rows; l++) {
            RunGraphAttention.Layer layer = graph.layers().get(l);
            int y = top + l * (side + SUMMARY + MARGIN);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.drawText(layer.id(), MARGIN, y, true);
            gc.drawText(layer.heads() + (layer.heads() == 1 ? " head" : " heads"), MARGIN, y + text.y + 2, true);
            int[] incoming = layer.edges().incoming(graph.nodes());
            for (int h = 0; h < layer.heads(); h++) {
                paintHead(gc, l, layer, h, incoming);
                int x = left + h * pitchX;
                gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
                if (h < layer.summary().size()) {
                    RunGraphAttention.Head head = layer.summary().get(h);
                    gc.drawText(String.format(Locale.ROOT, "head %d: H %.2f of %.2f, self %s", h, head.entropy(), head.uniformEntropy(),
                            percent(head.selfWeight())), x, y + side + 2, true);
                    if (!Double.isNaN(head.sameClass())) {
                        gc.drawText(String.format(Locale.ROOT, "own class %s (neighbours %s)", percent(head.sameClass()),
                                percent(head.sameClassUniform())), x, y + side + 2 + text.y, true);
                    } else if (head.edgeKinds().length > 0) {
                        gc.drawText(String.format(Locale.ROOT, "edge kinds %s (of edges %s)", shares(head.edgeKinds()),
                                shares(head.edgeKindsUniform())), x, y + side + 2 + text.y, true);
                    }
                }
            }
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawText("Edge j → i: white (no weight) to dark blue (twice a mean's 1/d or more; a mean's is half dark). Ring: the weight a node "
                + "keeps on itself. Colours: the nodes' classes. H: entropy of a node's weights, of uniform weights'.", left,
                top + rows * (side + SUMMARY + MARGIN), true);
        if (graph.layers().stream().flatMap(l -> l.summary().stream()).anyMatch(h -> h.edgeKinds().length > 0)) {
            gc.drawText("Edge kinds: the share of a node's attention to others that comes over edges of each kind (e0/e1/..., the one-hot edge "
                    + "feature set), beside such edges' share; drawn e0 solid, e1 dashed, e2 dotted, e3 dash-dotted.", left,
                    top + rows * (side + SUMMARY + MARGIN) + text.y, true);
        }
    }

    /** Shares as "60/37/3%". */
    private static String shares(double[] values) {
        StringBuilder text = new StringBuilder();
        for (double value : values) {
            text.append(text.isEmpty() ? "" : "/").append(Math.round(100 * value));
        }
        return text.append('%').toString();
    }

    /** Edges of each kind (e0, e1, ...) drawn in turn. */
    private static final int[] LINE_STYLES = {SWT.LINE_SOLID, SWT.LINE_DASH, SWT.LINE_DOT, SWT.LINE_DASHDOT};

    private static String percent(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * value);
    }

    private void paintHead(GC gc, int l, RunGraphAttention.Layer layer, int head, int[] incoming) {
        int x0 = left + head * pitchX;
        int y0 = top + l * (side + SUMMARY + MARGIN);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_GRAY));
        gc.drawRectangle(x0, y0, side, side);
        double[] self = layer.edges().selfWeights(head, graph.nodes());
        // Edge kinds apply to a layer over the input's edges, the one whose heads are shared out by them.
        int[] kinds = graph.edgeKinds() != null && layer.summary().stream().anyMatch(h -> h.edgeKinds().length > 0) ? graph.edgeKinds() : null;
        for (int e : layer.edges().lightestFirst(head, incoming)) {
            int from = (int) layer.source()[e];
            int to = (int) layer.target()[e];
            if (from >= graph.nodes() || to >= graph.nodes() || from == to) {
                continue;
            }
            double relative = layer.edges().relative(e, head, incoming);
            Color colour = shade(relative / 2);
            gc.setForeground(colour);
            gc.setLineWidth(relative >= 2 ? 2 : 1);
            gc.setLineStyle(kinds != null && e < kinds.length ? LINE_STYLES[kinds[e] % LINE_STYLES.length] : SWT.LINE_SOLID);
            gc.drawLine(x(l, head, from), y(l, from), x(l, head, to), y(l, to));
            colour.dispose();
        }
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(2);
        int radius = radius();
        for (int v = 0; v < graph.nodes(); v++) {
            int rgb = graph.labels() != null && v < graph.labels().length ? CLASSES[(int) (graph.labels()[v] % CLASSES.length)] : 0xB0B8C0;
            Color fill = new Color(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
            gc.setBackground(fill);
            gc.fillOval(x(l, head, v) - radius, y(l, v) - radius, 2 * radius, 2 * radius);
            fill.dispose();
            Color ring = shade(self[v]);
            gc.setForeground(ring);
            gc.drawOval(x(l, head, v) - radius - 1, y(l, v) - radius - 1, 2 * radius + 2, 2 * radius + 2);
            ring.dispose();
        }
        gc.setLineWidth(1);
    }

    /** From white (0) to dark blue (1 and above), as the PNGs of {@code dendrite attention} shade edges. */
    private static Color shade(double share) {
        int rgb = GraphAttentionImages.shade(share);
        return new Color(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
    }
}
