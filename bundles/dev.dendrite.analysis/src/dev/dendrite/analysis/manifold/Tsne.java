package dev.dendrite.analysis.manifold;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Barnes-Hut t-SNE (van der Maaten 2014): affinities from each point's 3 × perplexity nearest
 * neighbours (a per-point perplexity search), the attraction summed over those sparse affinities
 * and the repulsion over a {@link QuadTree}; early exaggeration, momentum and adaptive gains, a
 * learning rate of n / 12. O(n log n) per iteration, no n × n matrix: 10,000 points in seconds,
 * and no cap on the number of points.
 */
public final class Tsne {

    private static final int EXAGGERATED = 250;
    private static final double EXAGGERATION = 12;
    /** Barnes-Hut accuracy: a cell counts as one mass when its width is under half its distance. */
    private static final double THETA = 0.5;

    private Tsne() {
    }

    /** {@link #embed(Points, double, int, long, BooleanSupplier, IntConsumer)} without progress. */
    public static Points embed(Points x, double perplexity, int iterations, long seed, BooleanSupplier cancelled) {
        return embed(x, perplexity, iterations, seed, cancelled, done -> {
        });
    }

    /**
     * @param cancelled asked between iterations; when it says true the embedding so far is returned
     * @param progress told the number of iterations done, every 10
     * @throws IllegalArgumentException when the perplexity does not fit the number of points
     */
    public static Points embed(Points x, double perplexity, int iterations, long seed, BooleanSupplier cancelled, IntConsumer progress) {
        int n = x.n();
        if (!(perplexity >= 2 && 3 * perplexity < n)) {
            throw new IllegalArgumentException("t-SNE's perplexity must be at least 2 and under a third of the points (" + n + "), is "
                    + perplexity);
        }
        SparseAffinities p = SparseAffinities.of(KNearest.of(x, (int) Math.min(n - 1, Math.ceil(3 * perplexity))), perplexity);
        SplittableRandom random = new SplittableRandom(seed);
        double[] y = new double[2 * n];
        for (int i = 0; i < y.length; i++) {
            y[i] = 1e-4 * Vectors.gaussian(random);
        }
        double[] update = new double[2 * n];
        double[] gains = new double[2 * n];
        Arrays.fill(gains, 1);
        double[] attraction = new double[2 * n];
        double[] repulsion = new double[2 * n];
        double[] zParts = new double[n];
        double rate = Math.max(n / EXAGGERATION, 50);
        for (int it = 0; it < iterations && !cancelled.getAsBoolean(); it++) {
            double exaggeration = it < EXAGGERATED ? EXAGGERATION : 1;
            double momentum = it < EXAGGERATED ? 0.5 : 0.8;
            QuadTree tree = new QuadTree(y, n);
            IntStream.range(0, n).parallel().forEach(i -> {
                double[] force = new double[2];
                zParts[i] = tree.repulsion(i, THETA, force, STACK.get());
                repulsion[2 * i] = force[0];
                repulsion[2 * i + 1] = force[1];
                p.attraction(i, y, attraction);
            });
            double z = 0;
            for (double part : zParts) {
                z += part;
            }
            double[] mean = new double[2];
            for (int k = 0; k < 2 * n; k++) {
                double gradient = 4 * (exaggeration * attraction[k] - repulsion[k] / z);
                // Gains grow where the gradient keeps its direction against the last update, and shrink where it turns.
                gains[k] = Math.signum(gradient) != Math.signum(update[k]) ? gains[k] + 0.2 : Math.max(0.01, gains[k] * 0.8);
                update[k] = momentum * update[k] - rate * gains[k] * gradient;
                y[k] += update[k];
                mean[k % 2] += y[k] / n;
            }
            for (int k = 0; k < 2 * n; k++) {
                y[k] -= mean[k % 2];
            }
            if ((it + 1) % 10 == 0) {
                progress.accept(it + 1);
            }
        }
        return new Points(n, 2, y);
    }

    private static final ThreadLocal<int[]> STACK = ThreadLocal.withInitial(() -> new int[QuadTree.stackSize()]);


    /** Symmetric affinities p_ij = (p_j|i + p_i|j) / 2n over the neighbour graph, in compressed rows. */
    record SparseAffinities(int[] start, int[] column, double[] value) {

        static SparseAffinities of(KNearest neighbours, double perplexity) {
            int n = neighbours.queries().length;
            int k = neighbours.k();
            double[] conditional = new double[n * k];
            double target = Math.log(perplexity);
            for (int i = 0; i < n; i++) {
                conditionalRow(neighbours, i, target, conditional);
            }
            // Both directions of every neighbour pair, merged by (row, column).
            long[] keys = new long[2 * n * k];
            double[] values = new double[2 * n * k];
            int m = 0;
            for (int i = 0; i < n; i++) {
                for (int r = 0; r < k; r++) {
                    int j = neighbours.neighbour(i, r);
                    keys[m] = (long) i * n + j;
                    values[m++] = conditional[i * k + r];
                    keys[m] = (long) j * n + i;
                    values[m++] = conditional[i * k + r];
                }
            }
            Integer[] order = new Integer[m];
            for (int e = 0; e < m; e++) {
                order[e] = e;
            }
            Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
            int[] start = new int[n + 1];
            int[] column = new int[m];
            double[] value = new double[m];
            int entries = 0;
            long last = -1;
            for (int e = 0; e < m; e++) {
                long key = keys[order[e]];
                if (key != last) {
                    column[entries] = (int) (key % n);
                    start[(int) (key / n) + 1]++;
                    entries++;
                    last = key;
                }
                value[entries - 1] += values[order[e]] / (2.0 * n);
            }
            for (int i = 0; i < n; i++) {
                start[i + 1] += start[i];
            }
            return new SparseAffinities(start, Arrays.copyOf(column, entries), Arrays.copyOf(value, entries));
        }

        /** p_j|i over i's neighbours: a Gaussian whose width bisection sets to the perplexity's entropy. */
        private static void conditionalRow(KNearest neighbours, int i, double target, double[] out) {
            int k = neighbours.k();
            double beta = 1;
            double low = 0;
            double high = Double.POSITIVE_INFINITY;
            double nearest = neighbours.distance2(i, 0);
            for (int attempt = 0; attempt < 200; attempt++) {
                double sum = 0;
                double weighted = 0;
                for (int r = 0; r < k; r++) {
                    // Shifted by the nearest distance so exp never underflows to an all-zero row.
                    double dist = neighbours.distance2(i, r) - nearest;
                    double w = Math.exp(-dist * beta);
                    out[i * k + r] = w;
                    sum += w;
                    weighted += w * dist;
                }
                double entropy = Math.log(sum) + beta * weighted / sum;
                for (int r = 0; r < k; r++) {
                    out[i * k + r] /= sum;
                }
                if (Math.abs(entropy - target) < 1e-5) {
                    return;
                }
                if (entropy > target) {
                    low = beta;
                    beta = Double.isInfinite(high) ? beta * 2 : (beta + high) / 2;
                } else {
                    high = beta;
                    beta = (beta + low) / 2;
                }
            }
        }

        /** Writes Σⱼ p_ij q_ij (yᵢ − yⱼ) with q = 1 / (1 + |yᵢ − yⱼ|²) into out[2i], out[2i + 1]. */
        void attraction(int i, double[] y, double[] out) {
            double fx = 0;
            double fy = 0;
            for (int e = start[i]; e < start[i + 1]; e++) {
                int j = column[e];
                double dx = y[2 * i] - y[2 * j];
                double dy = y[2 * i + 1] - y[2 * j + 1];
                double strength = value[e] / (1 + dx * dx + dy * dy);
                fx += strength * dx;
                fy += strength * dy;
            }
            out[2 * i] = fx;
            out[2 * i + 1] = fy;
        }
    }
}
