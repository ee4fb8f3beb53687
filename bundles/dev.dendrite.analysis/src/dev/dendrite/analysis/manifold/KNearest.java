package dev.dendrite.analysis.manifold;

import java.util.stream.IntStream;

/**
 * Exact k nearest neighbours of chosen points among all points, by squared Euclidean distance,
 * nearest first and never the point itself. The distances are |q|² + |p|² − 2 q·p in float: for
 * large problems a block of queries at a time through ONNX Runtime (MatMul then TopK, {@link
 * RuntimeNeighbours}; 10,000 × 10,000 × 256 in about a second on two cores), for small ones in
 * plain Java over tiles laid out so the inner loop is a vectorisable multiply-add; never an n × n
 * matrix in memory. The float shortcut loses digits when points are close compared with their
 * norms, so the data is centred first, a few spare candidates are kept, and the final order comes
 * from distances recomputed exactly.
 *
 * @param queries the points whose neighbours these are
 * @param index row q: the k neighbours of queries[q], nearest first
 * @param distance2 row q: their squared distances
 */
public record KNearest(int[] queries, int k, int[] index, float[] distance2) {

    private static final int QUERY_BLOCK = 16;
    private static final int POINT_TILE = 256;
    private static final int SPARE = 8;

    /** The k nearest neighbours of every point. */
    public static KNearest of(Points points, int k) {
        return of(points, IntStream.range(0, points.n()).toArray(), k);
    }

    /** Multiply-adds above which ONNX Runtime's MatMul pays for its session. */
    static final double RUNTIME_WORK = 2e8;

    /**
     * @throws IllegalArgumentException when k is not below the number of points
     */
    public static KNearest of(Points points, int[] queries, int k) {
        return of(points, queries, k, (double) queries.length * points.n() * points.d() > RUNTIME_WORK);
    }

    static KNearest of(Points points, int[] queries, int k, boolean runtime) {
        int n = points.n();
        int d = points.d();
        if (k < 1 || k >= n) {
            throw new IllegalArgumentException(k + " nearest neighbours need more than " + k + " points, there are " + n);
        }
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < d; c++) {
                mean[c] += points.values()[i * d + c] / n;
            }
        }
        float[] transposed = new float[d * n];
        float[] norms = new float[n];
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (int c = 0; c < d; c++) {
                double v = points.values()[i * d + c] - mean[c];
                transposed[c * n + i] = (float) v;
                norm += v * v;
            }
            norms[i] = (float) norm;
        }
        int[] index = new int[queries.length * k];
        float[] distance2 = new float[queries.length * k];
        int candidates = Math.min(n - 1, k + SPARE);
        if (runtime) {
            // One more candidate than needed: the query itself is among them.
            RuntimeNeighbours.find(points, mean, transposed, norms, queries, Math.min(n, candidates + 1), (q, found) -> exact(points,
                    queries[q], found, k, index, distance2, q * k));
            return new KNearest(queries, k, index, distance2);
        }
        int blocks = (queries.length + QUERY_BLOCK - 1) / QUERY_BLOCK;
        IntStream.range(0, blocks).parallel().forEach(b -> block(points, mean, transposed, norms, queries, k, candidates, b * QUERY_BLOCK,
                Math.min(queries.length, (b + 1) * QUERY_BLOCK), index, distance2));
        return new KNearest(queries, k, index, distance2);
    }

    public int neighbour(int query, int rank) {
        return index[query * k + rank];
    }

    public double distance2(int query, int rank) {
        return distance2[query * k + rank];
    }

    private static void block(Points points, double[] mean, float[] transposed, float[] norms, int[] queries, int k, int candidates,
            int from, int to, int[] index, float[] distance2) {
        int n = points.n();
        int d = points.d();
        int rows = to - from;
        float[][] query = new float[rows][d];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < d; c++) {
                query[r][c] = (float) (points.values()[queries[from + r] * d + c] - mean[c]);
            }
        }
        Heap[] heaps = new Heap[rows];
        for (int r = 0; r < rows; r++) {
            heaps[r] = new Heap(candidates);
        }
        float[] dots = new float[POINT_TILE];
        for (int start = 0; start < n; start += POINT_TILE) {
            int width = Math.min(POINT_TILE, n - start);
            for (int r = 0; r < rows; r++) {
                java.util.Arrays.fill(dots, 0);
                float[] q = query[r];
                for (int c = 0; c < d; c++) {
                    float a = q[c];
                    int offset = c * n + start;
                    for (int j = 0; j < width; j++) {
                        dots[j] += a * transposed[offset + j];
                    }
                }
                int self = queries[from + r];
                float own = norms[self];
                Heap heap = heaps[r];
                for (int j = 0; j < width; j++) {
                    int p = start + j;
                    if (p != self) {
                        heap.offer(Math.max(0, own + norms[p] - 2 * dots[j]), p);
                    }
                }
            }
        }
        int[] found = new int[candidates];
        float[] approximate = new float[candidates];
        for (int r = 0; r < rows; r++) {
            heaps[r].drainSorted(found, approximate, 0);
            exact(points, queries[from + r], found, k, index, distance2, (from + r) * k);
        }
    }

    /** The k nearest of the candidates (the query itself skipped) by distances recomputed in double, into index and distance2 at offset. */
    static void exact(Points points, int query, int[] candidates, int k, int[] index, float[] distance2, int offset) {
        int m = 0;
        int[] others = new int[candidates.length];
        double[] exact = new double[candidates.length];
        for (int candidate : candidates) {
            if (candidate != query) {
                others[m] = candidate;
                exact[m++] = points.distance2(query, candidate);
            }
        }
        Integer[] order = new Integer[m];
        for (int c = 0; c < m; c++) {
            order[c] = c;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(exact[a], exact[b]));
        for (int c = 0; c < k; c++) {
            index[offset + c] = others[order[c]];
            distance2[offset + c] = (float) exact[order[c]];
        }
    }

    /** A bounded max-heap: the k smallest distances offered so far. */
    private static final class Heap {
        private final float[] keys;
        private final int[] values;
        private int size;

        Heap(int k) {
            keys = new float[k];
            values = new int[k];
        }

        void offer(float key, int value) {
            if (size < keys.length) {
                int i = size++;
                keys[i] = key;
                values[i] = value;
                while (i > 0 && keys[(i - 1) / 2] < keys[i]) {
                    swap(i, (i - 1) / 2);
                    i = (i - 1) / 2;
                }
            } else if (key < keys[0]) {
                keys[0] = key;
                values[0] = value;
                siftDown();
            }
        }

        /** Writes the heap nearest first (it is empty afterwards). */
        void drainSorted(int[] index, float[] distance2, int offset) {
            for (int i = size - 1; i >= 0; i--) {
                index[offset + i] = values[0];
                distance2[offset + i] = keys[0];
                size--;
                keys[0] = keys[size];
                values[0] = values[size];
                siftDown();
            }
        }

        private void siftDown() {
            int i = 0;
            while (true) {
                int largest = i;
                int left = 2 * i + 1;
                if (left < size && keys[left] > keys[largest]) {
                    largest = left;
                }
                if (left + 1 < size && keys[left + 1] > keys[largest]) {
                    largest = left + 1;
                }
                if (largest == i) {
                    return;
                }
                swap(i, largest);
                i = largest;
            }
        }

        private void swap(int a, int b) {
            float key = keys[a];
            keys[a] = keys[b];
            keys[b] = key;
            int value = values[a];
            values[a] = values[b];
            values[b] = value;
        }
    }
}
