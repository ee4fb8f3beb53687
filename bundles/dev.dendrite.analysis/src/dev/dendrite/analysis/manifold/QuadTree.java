package dev.dendrite.analysis.manifold;

import java.util.Arrays;

/**
 * A Barnes-Hut quadtree over 2-D points in flat arrays (no object per node): each cell keeps its
 * centre of mass and count, so t-SNE's repulsion from a far cell is one term instead of one per
 * point. Points that coincide share a leaf rather than splitting forever.
 */
final class QuadTree {

    private static final int MAX_DEPTH = 48;

    private final double[] y;
    private int nodes;
    private double[] centreX = new double[64];
    private double[] centreY = new double[64];
    private double[] half = new double[64];
    private double[] massX = new double[64];
    private double[] massY = new double[64];
    private int[] count = new int[64];
    /** The first of a node's four children, or −1 for a leaf. */
    private int[] firstChild = new int[64];
    /** A leaf's first point, or −1; further points of the leaf are chained through {@link #nextPoint}. */
    private int[] leafPoint = new int[64];
    private final int[] nextPoint;

    /** @param y n points as x0, y0, x1, y1, … */
    QuadTree(double[] y, int n) {
        this.y = y;
        this.nextPoint = new int[n];
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, y[2 * i]);
            maxX = Math.max(maxX, y[2 * i]);
            minY = Math.min(minY, y[2 * i + 1]);
            maxY = Math.max(maxY, y[2 * i + 1]);
        }
        newNode((minX + maxX) / 2, (minY + maxY) / 2, Math.max(maxX - minX, maxY - minY) / 2 + 1e-5);
        for (int i = 0; i < n; i++) {
            insert(i);
        }
    }

    /**
     * Adds point i's repulsion, Σ q² (yᵢ − yⱼ) with q = 1 / (1 + |yᵢ − yⱼ|²), into force[0..1] and
     * returns Σ q (the point's share of t-SNE's normaliser Z), treating a cell as one mass when its
     * width over its distance is below theta.
     */
    double repulsion(int i, double theta, double[] force, int[] stack) {
        double xi = y[2 * i];
        double yi = y[2 * i + 1];
        double z = 0;
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int node = stack[--top];
            if (count[node] == 0) {
                continue;
            }
            double dx = xi - massX[node];
            double dy = yi - massY[node];
            double d2 = dx * dx + dy * dy;
            boolean leaf = firstChild[node] < 0;
            if (leaf || 4 * half[node] * half[node] < theta * theta * d2) {
                if (leaf) {
                    // Sum a leaf's points one by one, skipping i itself.
                    for (int p = leafPoint[node]; p >= 0; p = nextPoint[p]) {
                        if (p != i) {
                            double ex = xi - y[2 * p];
                            double ey = yi - y[2 * p + 1];
                            double q = 1 / (1 + ex * ex + ey * ey);
                            z += q;
                            force[0] += q * q * ex;
                            force[1] += q * q * ey;
                        }
                    }
                } else {
                    double q = 1 / (1 + d2);
                    z += count[node] * q;
                    force[0] += count[node] * q * q * dx;
                    force[1] += count[node] * q * q * dy;
                }
            } else {
                for (int c = 0; c < 4; c++) {
                    stack[top++] = firstChild[node] + c;
                }
            }
        }
        return z;
    }

    /** Deepest possible traversal stack: three siblings left behind per level plus the four children. */
    static int stackSize() {
        return 3 * MAX_DEPTH + 8;
    }

    private void insert(int point) {
        double px = y[2 * point];
        double py = y[2 * point + 1];
        int node = 0;
        for (int depth = 0;; depth++) {
            massX[node] = (massX[node] * count[node] + px) / (count[node] + 1);
            massY[node] = (massY[node] * count[node] + py) / (count[node] + 1);
            count[node]++;
            if (firstChild[node] < 0) {
                if (leafPoint[node] < 0 || depth >= MAX_DEPTH || samePlace(leafPoint[node], point)) {
                    nextPoint[point] = leafPoint[node];
                    leafPoint[node] = point;
                    return;
                }
                split(node);
            }
            node = firstChild[node] + quadrant(node, px, py);
        }
    }

    private boolean samePlace(int a, int b) {
        return y[2 * a] == y[2 * b] && y[2 * a + 1] == y[2 * b + 1];
    }

    /** Turns a leaf into four children and moves its points down (all its points share one place, so one child). */
    private void split(int node) {
        double h = half[node] / 2;
        int first = nodes;
        for (int c = 0; c < 4; c++) {
            newNode(centreX[node] + ((c & 1) == 0 ? -h : h), centreY[node] + ((c & 2) == 0 ? -h : h), h);
        }
        firstChild[node] = first;
        int moved = leafPoint[node];
        leafPoint[node] = -1;
        int child = first + quadrant(node, y[2 * moved], y[2 * moved + 1]);
        leafPoint[child] = moved;
        for (int p = moved; p >= 0; p = nextPoint[p]) {
            massX[child] = (massX[child] * count[child] + y[2 * p]) / (count[child] + 1);
            massY[child] = (massY[child] * count[child] + y[2 * p + 1]) / (count[child] + 1);
            count[child]++;
        }
    }

    private int quadrant(int node, double px, double py) {
        return (px < centreX[node] ? 0 : 1) + (py < centreY[node] ? 0 : 2);
    }

    private void newNode(double cx, double cy, double h) {
        if (nodes == count.length) {
            int size = 2 * nodes;
            centreX = Arrays.copyOf(centreX, size);
            centreY = Arrays.copyOf(centreY, size);
            half = Arrays.copyOf(half, size);
            massX = Arrays.copyOf(massX, size);
            massY = Arrays.copyOf(massY, size);
            count = Arrays.copyOf(count, size);
            firstChild = Arrays.copyOf(firstChild, size);
            leafPoint = Arrays.copyOf(leafPoint, size);
        }
        centreX[nodes] = cx;
        centreY[nodes] = cy;
        half[nodes] = h;
        massX[nodes] = 0;
        massY[nodes] = 0;
        count[nodes] = 0;
        firstChild[nodes] = -1;
        leafPoint[nodes] = -1;
        nodes++;
    }
}
