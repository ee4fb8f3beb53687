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

import javax.imageio.ImageIO;

/**
 * A graph's saliency as a PNG: the graph drawn by {@link GraphLayout}, each node filled by its
 * score and each edge drawn by its score (black through red to yellow for evidence for the class,
 * black to blue against it, as {@link SaliencyImages} colours; thicker for larger), the explained
 * node ringed in white. No text, so it draws where no fonts are installed.
 */
public final class GraphSaliencyImages {

    private static final int SIZE = 480;
    private static final int MARGIN = 24;
    private static final Color BACKGROUND = new Color(0x20, 0x24, 0x28);
    private static final Color OUTLINE = new Color(0x90, 0x98, 0xA0);

    private GraphSaliencyImages() {
    }

    /** Writes the explanation's graph, laid out from its edges, to {@code file}. */
    public static void write(GraphSaliency.Explanation e, Path file) throws IOException {
        int nodes = e.nodeScores().length;
        double[] at = GraphLayout.of(nodes, e.edges());
        BufferedImage picture = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, SIZE, SIZE);
            double radius = Math.max(3, Math.min(12, 150 / Math.sqrt(Math.max(1, nodes))));
            double span = SIZE - 2 * MARGIN - 2 * radius;
            double topEdge = SaliencyImages.largestMagnitude(e.edgeScores());
            for (int u = 0; u < e.edges().length; u++) {
                double share = topEdge > 0 ? e.edgeScores()[u] / topEdge : 0;
                int a = e.edges()[u][0];
                int b = e.edges()[u][1];
                g.setColor(Math.abs(share) < 0.05 ? new Color(0x50, 0x58, 0x60) : new Color(SaliencyImages.signed(share)));
                g.setStroke(new BasicStroke((float) (1 + 5 * Math.abs(share)), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(new Line2D.Double(x(at, a, span, radius), y(at, a, span, radius), x(at, b, span, radius), y(at, b, span, radius)));
            }
            double topNode = SaliencyImages.largestMagnitude(e.nodeScores());
            g.setStroke(new BasicStroke(1.5f));
            for (int v = 0; v < nodes; v++) {
                double share = topNode > 0 ? e.nodeScores()[v] / topNode : 0;
                Ellipse2D dot = new Ellipse2D.Double(x(at, v, span, radius) - radius, y(at, v, span, radius) - radius, 2 * radius, 2 * radius);
                g.setColor(new Color(SaliencyImages.signed(share)));
                g.fill(dot);
                g.setColor(OUTLINE);
                g.draw(dot);
            }
            if (e.node() >= 0) {
                double ring = radius + 4;
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke(2.5f));
                g.draw(new Ellipse2D.Double(x(at, e.node(), span, radius) - ring, y(at, e.node(), span, radius) - ring, 2 * ring, 2 * ring));
            }
        } finally {
            g.dispose();
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(picture, "png", file.toFile());
    }

    private static double x(double[] at, int v, double span, double radius) {
        return MARGIN + radius + at[2 * v] * span;
    }

    private static double y(double[] at, int v, double span, double radius) {
        return MARGIN + radius + at[2 * v + 1] * span;
    }
}
