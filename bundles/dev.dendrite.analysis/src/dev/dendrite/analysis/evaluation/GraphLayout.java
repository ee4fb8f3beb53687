package dev.dendrite.analysis.evaluation;

import java.util.SplittableRandom;

/**
 * Where to draw a graph's nodes: a force-directed layout (Fruchterman and Reingold, 1991), edges
 * pulling their nodes together and every pair of nodes pushing apart, with a weak pull to the
 * centre that keeps separate components in view. Seeded, so a graph is drawn the same every time.
 */
public final class GraphLayout {

    /** Pairwise force evaluations a layout spends at most: small graphs get every iteration, large ones fewer. */
    private static final long WORK = 30_000_000L;
    private static final int ITERATIONS = 300;

    private GraphLayout() {
    }

    /** Node v at ({@code [2v]}, {@code [2v+1]}), both in [0, 1]. */
    public static double[] of(int nodes, int[][] edges) {
        double[] p = new double[2 * nodes];
        SplittableRandom random = new SplittableRandom(1);
        for (int v = 0; v < nodes; v++) {
            double angle = 2 * Math.PI * v / Math.max(1, nodes);
            p[2 * v] = 0.5 + 0.4 * Math.cos(angle) + 0.01 * random.nextGaussian();
            p[2 * v + 1] = 0.5 + 0.4 * Math.sin(angle) + 0.01 * random.nextGaussian();
        }
        if (nodes < 2) {
            return normalised(p);
        }
        double k = Math.sqrt(1.0 / nodes);
        int iterations = (int) Math.max(30, Math.min(ITERATIONS, WORK / ((long) nodes * nodes)));
        double[] move = new double[2 * nodes];
        for (int it = 0; it < iterations; it++) {
            java.util.Arrays.fill(move, 0);
            for (int a = 0; a < nodes; a++) {
                for (int b = a + 1; b < nodes; b++) {
                    double dx = p[2 * a] - p[2 * b];
                    double dy = p[2 * a + 1] - p[2 * b + 1];
                    double d2 = Math.max(1e-9, dx * dx + dy * dy);
                    double push = k * k / d2;
                    move[2 * a] += dx * push;
                    move[2 * a + 1] += dy * push;
                    move[2 * b] -= dx * push;
                    move[2 * b + 1] -= dy * push;
                }
            }
            for (int[] e : edges) {
                if (e[0] == e[1]) {
                    continue;
                }
                double dx = p[2 * e[0]] - p[2 * e[1]];
                double dy = p[2 * e[0] + 1] - p[2 * e[1] + 1];
                double pull = Math.sqrt(dx * dx + dy * dy) / k;
                move[2 * e[0]] -= dx * pull;
                move[2 * e[0] + 1] -= dy * pull;
                move[2 * e[1]] += dx * pull;
                move[2 * e[1] + 1] += dy * pull;
            }
            double temperature = 0.1 * (1 - (double) it / iterations) + 0.002;
            for (int v = 0; v < nodes; v++) {
                move[2 * v] -= 0.5 * k * (p[2 * v] - 0.5) * nodes / 10.0;
                move[2 * v + 1] -= 0.5 * k * (p[2 * v + 1] - 0.5) * nodes / 10.0;
                double length = Math.sqrt(move[2 * v] * move[2 * v] + move[2 * v + 1] * move[2 * v + 1]);
                if (length > 0) {
                    double step = Math.min(length, temperature) / length;
                    p[2 * v] += move[2 * v] * step;
                    p[2 * v + 1] += move[2 * v + 1] * step;
                }
            }
        }
        return normalised(p);
    }

    /** Scaled into [0, 1] keeping the aspect, centred. */
    private static double[] normalised(double[] p) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < p.length / 2; v++) {
            minX = Math.min(minX, p[2 * v]);
            maxX = Math.max(maxX, p[2 * v]);
            minY = Math.min(minY, p[2 * v + 1]);
            maxY = Math.max(maxY, p[2 * v + 1]);
        }
        double span = Math.max(1e-9, Math.max(maxX - minX, maxY - minY));
        double[] q = new double[p.length];
        for (int v = 0; v < p.length / 2; v++) {
            q[2 * v] = p.length == 2 ? 0.5 : (p[2 * v] - (minX + maxX) / 2) / span + 0.5;
            q[2 * v + 1] = p.length == 2 ? 0.5 : (p[2 * v + 1] - (minY + maxY) / 2) / span + 0.5;
        }
        return q;
    }
}
