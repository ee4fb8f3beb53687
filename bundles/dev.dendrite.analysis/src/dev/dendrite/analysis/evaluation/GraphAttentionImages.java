package dev.dendrite.analysis.evaluation;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import dev.dendrite.train.data.GraphDataset;

/**
 * A graph attention network's coefficients on one graph as a PNG: a row of panels per GAT layer, one
 * per head, each the graph laid out by {@link GraphLayout}, its nodes in their classes' colours, every
 * edge j → i from white to dark blue by α·d / 2 (a mean over i's d incoming edges: half dark), each
 * node's ring by the weight it keeps on itself. No text, so it draws where no fonts are installed;
 * the Attention view draws the same with its figures.
 */
public final class GraphAttentionImages {

    /** Class colours, in turn. */
    public static final int[] CLASSES = {0x1F77B4, 0xFF7F0E, 0x2CA02C, 0xD62728, 0x9467BD, 0x8C564B, 0xE377C2, 0x7F7F7F, 0xBCBD22, 0x17BECF};
    private static final int PANEL = 320;
    private static final int MARGIN = 16;

    private GraphAttentionImages() {
    }

    /** Writes every layer's heads on {@code graph} (the graph read, its coefficients {@code weights}) to {@code file}. */
    public static void write(GraphDataset.Graph graph, boolean labelled, GraphAttentionWeights.GraphWeights weights, List<GraphAttentionWeights.Layer> layers,
            Path file) throws IOException {
        int nodes = graph.nodes();
        double[] at = GraphLayout.of(nodes, graph.edges());
        int columns = layers.stream().mapToInt(GraphAttentionWeights.Layer::headCount).max().orElse(1);
        BufferedImage picture = new BufferedImage(columns * PANEL, layers.size() * PANEL, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, picture.getWidth(), picture.getHeight());
            for (int l = 0; l < layers.size(); l++) {
                GraphAttentionWeights.Edges edges = weights.layers().get(l);
                for (int h = 0; h < layers.get(l).headCount(); h++) {
                    panel(g, graph, labelled, at, edges, h, h * PANEL, l * PANEL);
                }
            }
        } finally {
            g.dispose();
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(picture, "png", file.toFile());
    }

    private static void panel(Graphics2D g, GraphDataset.Graph graph, boolean labelled, double[] at, GraphAttentionWeights.Edges edges, int head,
            int left, int top) {
        int nodes = graph.nodes();
        g.setColor(new Color(0xC0C0C0));
        g.setStroke(new BasicStroke(1f));
        g.drawRect(left + 4, top + 4, PANEL - 8, PANEL - 8);
        int[] incoming = edges.incoming(nodes);
        double radius = Math.max(2.5, Math.min(6, 40 / Math.sqrt(Math.max(1, nodes))));
        double span = PANEL - 2 * MARGIN - 2 * radius;
        double[] self = edges.selfWeights(head, nodes);
        for (int e : edges.lightestFirst(head, incoming)) {
            int from = (int) edges.source()[e];
            int to = (int) edges.target()[e];
            if (from >= nodes || to >= nodes || from == to) {
                continue;
            }
            double share = edges.relative(e, head, incoming) / 2;
            g.setColor(new Color(shade(share)));
            g.setStroke(new BasicStroke(share >= 1 ? 2.5f : 1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(left + x(at, from, span, radius), top + y(at, from, span, radius), left + x(at, to, span, radius),
                    top + y(at, to, span, radius)));
        }
        g.setStroke(new BasicStroke(2f));
        for (int v = 0; v < nodes; v++) {
            Ellipse2D dot = new Ellipse2D.Double(left + x(at, v, span, radius) - radius, top + y(at, v, span, radius) - radius, 2 * radius,
                    2 * radius);
            g.setColor(new Color(labelled && v < graph.labels().length ? CLASSES[(int) (graph.labels()[v] % CLASSES.length)] : 0xB0B8C0));
            g.fill(dot);
            g.setColor(new Color(shade(self[v])));
            g.draw(new Ellipse2D.Double(dot.getX() - 1.5, dot.getY() - 1.5, dot.getWidth() + 3, dot.getHeight() + 3));
        }
    }

    /** From white (0) to dark blue (1 and above), as the sequence maps shade weights. */
    public static int shade(double share) {
        double s = Math.max(0, Math.min(1, share));
        int r = (int) Math.round(255 - s * (255 - 0x08));
        int gr = (int) Math.round(255 - s * (255 - 0x30));
        int b = (int) Math.round(255 - s * (255 - 0x6B));
        return r << 16 | gr << 8 | b;
    }

    private static double x(double[] at, int v, double span, double radius) {
        return MARGIN + radius + at[2 * v] * span;
    }

    private static double y(double[] at, int v, double span, double radius) {
        return MARGIN + radius + at[2 * v + 1] * span;
    }
}
