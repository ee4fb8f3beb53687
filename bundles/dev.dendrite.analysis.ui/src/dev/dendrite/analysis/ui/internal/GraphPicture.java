package dev.dendrite.analysis.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

import dev.dendrite.analysis.evaluation.GraphLayout;
import dev.dendrite.analysis.evaluation.GraphSaliency;
import dev.dendrite.analysis.evaluation.SaliencyImages;
import dev.dendrite.train.data.GraphDataset;

/**
 * A graph mistake's thumbnail: the graph laid out as {@code dendrite saliency} draws it, the
 * mistaken node ringed (a node classifier's), and with saliency each node and edge tinted by its
 * score (black through red to yellow for the class read, blue against it).
 */
final class GraphPicture {

    /** A graph sample: its graph (and its index in the split) and, for a node classifier, the node (else −1). */
    record Sample(int index, GraphDataset.Graph graph, int node) {
    }

    static final int SIZE = 112;
    private static final int MARGIN = 6;

    private GraphPicture() {
    }

    /** Sample index to its graph and node, as evaluate numbers them (null outside the set). */
    static java.util.function.IntFunction<Sample> of(GraphDataset data) {
        return sample -> {
            try {
                int[] at = GraphSaliency.locate(data, sample);
                return new Sample(at[0], data.graphs().get(at[0]), at[1]);
            } catch (IllegalArgumentException e) {
                return null;
            }
        };
    }

    /** The sample drawn, tinted by {@code nodeScores} and {@code edgeScores} where given (edges as {@link GraphSaliency#edgeUnits} orders them). */
    static Image image(Display display, Sample sample, float[] nodeScores, float[] edgeScores) {
        GraphDataset.Graph graph = sample.graph();
        int nodes = graph.nodes();
        double[] at = GraphLayout.of(nodes, graph.edges());
        int[][] units = GraphSaliency.edgeUnits(graph.edges());
        boolean tinted = nodeScores != null && nodeScores.length == nodes;
        boolean edgesTinted = edgeScores != null && edgeScores.length == units.length;
        Image image = new Image(display, SIZE, SIZE);
        GC gc = new GC(image);
        try {
            gc.setAntialias(SWT.ON);
            gc.setBackground(new Color(0x20, 0x24, 0x28));
            gc.fillRectangle(0, 0, SIZE, SIZE);
            int radius = (int) Math.max(2, Math.min(6, 24 / Math.sqrt(Math.max(1, nodes))));
            double span = SIZE - 2 * MARGIN - 2 * radius;
            double topEdge = edgesTinted ? SaliencyImages.largestMagnitude(edgeScores) : 0;
            for (int u = 0; u < units.length; u++) {
                double share = topEdge > 0 ? edgeScores[u] / topEdge : 0;
                gc.setForeground(Math.abs(share) < 0.05 ? new Color(0x60, 0x68, 0x70) : colour(share));
                gc.setLineWidth(1 + (int) Math.round(2 * Math.abs(share)));
                gc.drawLine(x(at, units[u][0], span, radius), y(at, units[u][0], span, radius), x(at, units[u][1], span, radius),
                        y(at, units[u][1], span, radius));
            }
            double topNode = tinted ? SaliencyImages.largestMagnitude(nodeScores) : 0;
            gc.setLineWidth(1);
            for (int v = 0; v < nodes; v++) {
                gc.setBackground(tinted ? colour(topNode > 0 ? nodeScores[v] / topNode : 0) : new Color(0xB0, 0xB8, 0xC0));
                gc.fillOval(x(at, v, span, radius) - radius, y(at, v, span, radius) - radius, 2 * radius, 2 * radius);
                if (tinted) {
                    gc.setForeground(new Color(0x90, 0x98, 0xA0));
                    gc.drawOval(x(at, v, span, radius) - radius, y(at, v, span, radius) - radius, 2 * radius, 2 * radius);
                }
            }
            if (sample.node() >= 0) {
                int ring = radius + 3;
                gc.setForeground(new Color(0xFF, 0xFF, 0xFF));
                gc.setLineWidth(2);
                gc.drawOval(x(at, sample.node(), span, radius) - ring, y(at, sample.node(), span, radius) - ring, 2 * ring, 2 * ring);
            }
        } finally {
            gc.dispose();
        }
        return image;
    }

    private static Color colour(double share) {
        int rgb = SaliencyImages.signed(share);
        return new Color(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
    }

    private static int x(double[] at, int v, double span, int radius) {
        return (int) Math.round(MARGIN + radius + at[2 * v] * span);
    }

    private static int y(double[] at, int v, double span, int radius) {
        return (int) Math.round(MARGIN + radius + at[2 * v + 1] * span);
    }
}
