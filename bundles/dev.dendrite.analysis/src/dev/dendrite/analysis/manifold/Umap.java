package dev.dendrite.analysis.manifold;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * UMAP (McInnes, Healy and Melville 2018): the fuzzy k-neighbour graph (each point's distances
 * shifted by its nearest one and scaled so its memberships sum to log₂ k, then the fuzzy union of
 * both directions), a spectral initialisation from the graph, and stochastic gradient descent on
 * the fuzzy cross-entropy with negative sampling, edges sampled in proportion to their weight.
 * Exact neighbours and no cap on the number of points.
 */
public final class Umap {

    private static final int NEGATIVE_SAMPLES = 5;
    private static final double CLIP = 4;

    private Umap() {
    }

    /** {@link #embed(Points, int, double, int, long, BooleanSupplier, IntConsumer)} with the customary epochs and no progress. */
    public static Points embed(Points x, int neighbours, double minDistance, long seed, BooleanSupplier cancelled) {
        return embed(x, neighbours, minDistance, x.n() > 10_000 ? 200 : 500, seed, cancelled, done -> {
        });
    }

    /**
     * @param neighbours the neighbourhood size k (2 ≤ k < n): small keeps local detail, large the global shape
     * @param minDistance how tightly points may pack in the embedding (0 ≤ min-dist &lt; 1 is usual)
     * @param progress told the number of epochs done, every 10
     * @throws IllegalArgumentException for a k or min-dist that does not fit
     */
    public static Points embed(Points x, int neighbours, double minDistance, int epochs, long seed, BooleanSupplier cancelled,
            IntConsumer progress) {
        int n = x.n();
        if (neighbours < 2 || neighbours >= n) {
            throw new IllegalArgumentException("UMAP's neighbours must be at least 2 and under the number of points (" + n + "), is "
                    + neighbours);
        }
        if (!(minDistance >= 0 && minDistance < 3)) {
            throw new IllegalArgumentException("UMAP's min-dist must be between 0 and 3, is " + minDistance);
        }
        Graph graph = Graph.fuzzy(KNearest.of(x, neighbours), n);
        double[] y = SpectralLayout.of(graph.rows(n), n, seed);
        double[] ab = curve(minDistance);
        optimise(graph, y, ab[0], ab[1], epochs, new SplittableRandom(seed), cancelled, progress);
        return new Points(n, 2, y);
    }

    /** The symmetric fuzzy graph as an edge list (both directions of every edge, weights in (0, 1]). */
    record Graph(int[] head, int[] tail, double[] weight) {

        static Graph fuzzy(KNearest knn, int n) {
            int k = knn.k();
            double target = Math.log(k) / Math.log(2);
            double[] membership = new double[n * k];
            for (int i = 0; i < n; i++) {
                double rho = Math.sqrt(knn.distance2(i, 0));
                double low = 0;
                double high = Double.POSITIVE_INFINITY;
                double sigma = 1;
                for (int attempt = 0; attempt < 64; attempt++) {
                    double sum = 0;
                    for (int r = 0; r < k; r++) {
                        sum += Math.exp(-Math.max(0, Math.sqrt(knn.distance2(i, r)) - rho) / sigma);
                    }
                    if (Math.abs(sum - target) < 1e-5) {
                        break;
                    }
                    if (sum > target) {
                        high = sigma;
                        sigma = (low + high) / 2;
                    } else {
                        low = sigma;
                        sigma = Double.isInfinite(high) ? sigma * 2 : (low + high) / 2;
                    }
                }
                for (int r = 0; r < k; r++) {
                    membership[i * k + r] = Math.exp(-Math.max(0, Math.sqrt(knn.distance2(i, r)) - rho) / sigma);
                }
            }
            // Fuzzy union a + b − ab of the two directed memberships of each pair.
            java.util.Map<Long, Double> union = new java.util.HashMap<>(4 * n * k);
            for (int i = 0; i < n; i++) {
                for (int r = 0; r < k; r++) {
                    int j = knn.neighbour(i, r);
                    double a = membership[i * k + r];
                    long key = Math.min(i, j) * (long) n + Math.max(i, j);
                    union.merge(key, a, (b, c) -> b + c - b * c);
                }
            }
            int m = union.size();
            int[] head = new int[2 * m];
            int[] tail = new int[2 * m];
            double[] weight = new double[2 * m];
            int e = 0;
            long[] keys = union.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
            for (long key : keys) {
                double w = union.get(key);
                int i = (int) (key / n);
                int j = (int) (key % n);
                head[e] = i;
                tail[e] = j;
                weight[e++] = w;
                head[e] = j;
                tail[e] = i;
                weight[e++] = w;
            }
            return new Graph(head, tail, weight);
        }

        /** The graph as compressed rows for the spectral layout: start[n + 1], then columns, then weights. */
        SpectralLayout.Rows rows(int n) {
            int[] start = new int[n + 1];
            for (int h : head) {
                start[h + 1]++;
            }
            for (int i = 0; i < n; i++) {
                start[i + 1] += start[i];
            }
            int[] fill = Arrays.copyOf(start, n);
            int[] column = new int[head.length];
            double[] value = new double[head.length];
            for (int e = 0; e < head.length; e++) {
                int at = fill[head[e]]++;
                column[at] = tail[e];
                value[at] = weight[e];
            }
            return new SpectralLayout.Rows(start, column, value);
        }
    }

    /** a and b of the low-dimensional similarity 1 / (1 + a d^2b) that best fit min-dist (spread 1), by a coarse-to-fine search. */
    static double[] curve(double minDistance) {
        double bestA = 1;
        double bestB = 1;
        double best = Double.POSITIVE_INFINITY;
        double aLow = 0.05;
        double aHigh = 20;
        double bLow = 0.2;
        double bHigh = 2.5;
        for (int round = 0; round < 4; round++) {
            for (int ia = 0; ia <= 40; ia++) {
                double a = aLow * Math.pow(aHigh / aLow, ia / 40.0);
                for (int ib = 0; ib <= 40; ib++) {
                    double b = bLow + (bHigh - bLow) * ib / 40.0;
                    double error = 0;
                    for (int s = 1; s <= 300; s++) {
                        double d = 3.0 * s / 300;
                        double wanted = d < minDistance ? 1 : Math.exp(-(d - minDistance));
                        double got = 1 / (1 + a * Math.pow(d, 2 * b));
                        error += (wanted - got) * (wanted - got);
                    }
                    if (error < best) {
                        best = error;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            double aStep = Math.pow(aHigh / aLow, 1 / 40.0);
            aLow = bestA / aStep / aStep;
            aHigh = bestA * aStep * aStep;
            double bStep = (bHigh - bLow) / 40;
            bLow = Math.max(0.05, bestB - 2 * bStep);
            bHigh = bestB + 2 * bStep;
        }
        return new double[] {bestA, bestB};
    }

    private static void optimise(Graph graph, double[] y, double a, double b, int epochs, SplittableRandom random, BooleanSupplier cancelled,
            IntConsumer progress) {
        int edges = graph.head().length;
        int n = y.length / 2;
        double max = 0;
        for (double w : graph.weight()) {
            max = Math.max(max, w);
        }
        // Each edge is sampled once every max/w epochs, a negative sample once every max/w/5.
        double[] every = new double[edges];
        double[] next = new double[edges];
        double[] nextNegative = new double[edges];
        double[] everyNegative = new double[edges];
        for (int e = 0; e < edges; e++) {
            every[e] = max / graph.weight()[e];
            next[e] = every[e];
            everyNegative[e] = every[e] / NEGATIVE_SAMPLES;
            nextNegative[e] = everyNegative[e];
        }
        for (int epoch = 1; epoch <= epochs && !cancelled.getAsBoolean(); epoch++) {
            double rate = 1 - (epoch - 1) / (double) epochs;
            for (int e = 0; e < edges; e++) {
                if (next[e] > epoch) {
                    continue;
                }
                int i = graph.head()[e];
                int j = graph.tail()[e];
                double dx = y[2 * i] - y[2 * j];
                double dy = y[2 * i + 1] - y[2 * j + 1];
                double d2 = dx * dx + dy * dy;
                if (d2 > 0) {
                    double coefficient = -2 * a * b * Math.pow(d2, b - 1) / (a * Math.pow(d2, b) + 1);
                    double gx = clip(coefficient * dx) * rate;
                    double gy = clip(coefficient * dy) * rate;
                    y[2 * i] += gx;
                    y[2 * i + 1] += gy;
                    y[2 * j] -= gx;
                    y[2 * j + 1] -= gy;
                }
                next[e] += every[e];
                int negatives = (int) ((epoch - nextNegative[e]) / everyNegative[e]);
                for (int s = 0; s < negatives; s++) {
                    int other = random.nextInt(n);
                    if (other == i) {
                        continue;
                    }
                    double ex = y[2 * i] - y[2 * other];
                    double ey = y[2 * i + 1] - y[2 * other + 1];
                    double f2 = ex * ex + ey * ey;
                    double coefficient = f2 > 0 ? 2 * b / ((0.001 + f2) * (a * Math.pow(f2, b) + 1)) : 0;
                    y[2 * i] += (coefficient > 0 ? clip(coefficient * ex) : CLIP) * rate;
                    y[2 * i + 1] += (coefficient > 0 ? clip(coefficient * ey) : CLIP) * rate;
                }
                nextNegative[e] += negatives * everyNegative[e];
            }
            if (epoch % 10 == 0) {
                progress.accept(epoch);
            }
        }
    }

    private static double clip(double v) {
        return Math.max(-CLIP, Math.min(CLIP, v));
    }
}
