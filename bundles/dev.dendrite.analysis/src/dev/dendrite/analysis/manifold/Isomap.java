package dev.dendrite.analysis.manifold;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Isomap (Tenenbaum, de Silva and Langford 2000): geodesic distances along the k-neighbour graph
 * (Dijkstra), then classical MDS of them. Up to {@value #LANDMARKS} points every point is a
 * source; beyond that landmark Isomap (de Silva and Tenenbaum 2004) runs Dijkstra from that many
 * random landmarks only and places every point by triangulation against them, so memory and time
 * grow linearly with the points. A graph in pieces is joined by its shortest missing edges.
 */
public final class Isomap {

    static final int LANDMARKS = 1500;
    private static final int ITERATIONS = 1000;

    private Isomap() {
    }

    /**
     * @throws IllegalArgumentException for k outside 2 ≤ k &lt; n
     */
    public static Points embed(Points x, int neighbours, long seed, BooleanSupplier cancelled) {
        int n = x.n();
        if (neighbours < 2 || neighbours >= n) {
            throw new IllegalArgumentException("Isomap's neighbours must be at least 2 and under the number of points (" + n + "), is "
                    + neighbours);
        }
        NeighbourGraph graph = NeighbourGraph.of(x, KNearest.of(x, neighbours));
        int[] landmarks = landmarks(n, seed);
        int m = landmarks.length;
        float[][] geodesic = new float[m][];
        IntStream.range(0, m).parallel().forEach(l -> {
            if (!cancelled.getAsBoolean()) {
                geodesic[l] = graph.dijkstra(landmarks[l]);
            }
        });
        if (cancelled.getAsBoolean()) {
            return new Points(n, 2, new double[2 * n]);
        }
        // Classical MDS of the landmarks: B = −½ J Δ² J, its two leading eigenvectors.
        double[] squared = new double[m * m];
        double[] columnMean = new double[m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                double d = geodesic[a][landmarks[b]];
                squared[a * m + b] = d * d;
                columnMean[b] += d * d / m;
            }
        }
        double total = 0;
        for (double mean : columnMean) {
            total += mean / m;
        }
        double[] centred = new double[m * m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                centred[a * m + b] = -0.5 * (squared[a * m + b] - columnMean[a] - columnMean[b] + total);
            }
        }
        double[][] vectors = new double[2][];
        double[] values = new double[2];
        SplittableRandom random = new SplittableRandom(seed);
        for (int c = 0; c < 2; c++) {
            vectors[c] = leadingEigenvector(centred, m, random);
            values[c] = rayleigh(centred, m, vectors[c]);
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < m; b++) {
                    centred[a * m + b] -= values[c] * vectors[c][a] * vectors[c][b];
                }
            }
        }
        // Triangulation: y = −½ L# (δ − δ̄) with L#'s rows vₖ / √λₖ (exact for the landmarks themselves).
        double[] y = new double[2 * n];
        for (int c = 0; c < 2; c++) {
            double scale = values[c] > 0 ? 1 / Math.sqrt(values[c]) : 0;
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int l = 0; l < m; l++) {
                    double d = geodesic[l][i];
                    sum += vectors[c][l] * (d * d - columnMean[l]);
                }
                y[2 * i + c] = -0.5 * scale * sum;
            }
        }
        return new Points(n, 2, y);
    }

    private static int[] landmarks(int n, long seed) {
        int[] all = IntStream.range(0, n).toArray();
        if (n <= LANDMARKS) {
            return all;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < LANDMARKS; i++) {
            int j = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return Arrays.copyOf(all, LANDMARKS);
    }

    private static double[] leadingEigenvector(double[] matrix, int m, SplittableRandom random) {
        double[] v = new double[m];
        for (int a = 0; a < m; a++) {
            v[a] = random.nextDouble() - 0.5;
        }
        double[] next = new double[m];
        for (int it = 0; it < ITERATIONS; it++) {
            double norm = 0;
            for (int a = 0; a < m; a++) {
                double sum = 0;
                for (int b = 0; b < m; b++) {
                    sum += matrix[a * m + b] * v[b];
                }
                next[a] = sum;
                norm += sum * sum;
            }
            norm = Math.sqrt(norm);
            if (norm == 0) {
                break;
            }
            double agreement = 0;
            for (int a = 0; a < m; a++) {
                next[a] /= norm;
                agreement += next[a] * v[a];
            }
            System.arraycopy(next, 0, v, 0, m);
            if (1 - Math.abs(agreement) < 1e-12) {
                break;
            }
        }
        return v;
    }

    private static double rayleigh(double[] matrix, int m, double[] v) {
        double value = 0;
        for (int a = 0; a < m; a++) {
            double sum = 0;
            for (int b = 0; b < m; b++) {
                sum += matrix[a * m + b] * v[b];
            }
            value += v[a] * sum;
        }
        return value;
    }

    /** The undirected k-neighbour graph with Euclidean edge lengths, in compressed rows. */
    private record NeighbourGraph(int n, int[] start, int[] column, float[] length) {

        static NeighbourGraph of(Points x, KNearest knn) {
            int n = x.n();
            java.util.List<int[]> extra = joinComponents(x, knn);
            int k = knn.k();
            int[] degree = new int[n + 1];
            for (int i = 0; i < n; i++) {
                for (int r = 0; r < k; r++) {
                    degree[i + 1]++;
                    degree[knn.neighbour(i, r) + 1]++;
                }
            }
            for (int[] edge : extra) {
                degree[edge[0] + 1]++;
                degree[edge[1] + 1]++;
            }
            for (int i = 0; i < n; i++) {
                degree[i + 1] += degree[i];
            }
            int[] fill = Arrays.copyOf(degree, n);
            int[] column = new int[degree[n]];
            float[] length = new float[degree[n]];
            for (int i = 0; i < n; i++) {
                for (int r = 0; r < k; r++) {
                    int j = knn.neighbour(i, r);
                    float d = (float) Math.sqrt(knn.distance2(i, r));
                    column[fill[i]] = j;
                    length[fill[i]++] = d;
                    column[fill[j]] = i;
                    length[fill[j]++] = d;
                }
            }
            for (int[] edge : extra) {
                float d = (float) Math.sqrt(x.distance2(edge[0], edge[1]));
                column[fill[edge[0]]] = edge[1];
                length[fill[edge[0]]++] = d;
                column[fill[edge[1]]] = edge[0];
                length[fill[edge[1]]++] = d;
            }
            return new NeighbourGraph(n, degree, column, length);
        }

        /** While the graph is in pieces, the shortest edge from the smallest piece to any other. */
        private static java.util.List<int[]> joinComponents(Points x, KNearest knn) {
            int n = x.n();
            int[] parent = IntStream.range(0, n).toArray();
            for (int i = 0; i < n; i++) {
                for (int r = 0; r < knn.k(); r++) {
                    union(parent, i, knn.neighbour(i, r));
                }
            }
            java.util.List<int[]> added = new java.util.ArrayList<>();
            while (true) {
                java.util.Map<Integer, java.util.List<Integer>> pieces = new java.util.HashMap<>();
                for (int i = 0; i < n; i++) {
                    pieces.computeIfAbsent(find(parent, i), r -> new java.util.ArrayList<>()).add(i);
                }
                if (pieces.size() == 1) {
                    return added;
                }
                java.util.List<Integer> smallest = pieces.values().stream().min(java.util.Comparator.comparingInt(java.util.List::size))
                        .orElseThrow();
                int root = find(parent, smallest.get(0));
                double best = Double.POSITIVE_INFINITY;
                int[] edge = null;
                for (int i : smallest) {
                    for (int j = 0; j < n; j++) {
                        if (find(parent, j) != root) {
                            double d = x.distance2(i, j);
                            if (d < best) {
                                best = d;
                                edge = new int[] {i, j};
                            }
                        }
                    }
                }
                added.add(edge);
                union(parent, edge[0], edge[1]);
            }
        }

        private static int find(int[] parent, int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        private static void union(int[] parent, int a, int b) {
            parent[find(parent, a)] = find(parent, b);
        }

        float[] dijkstra(int source) {
            float[] distance = new float[n];
            Arrays.fill(distance, Float.POSITIVE_INFINITY);
            distance[source] = 0;
            // A binary heap of (distance bits << 32 | point): non-negative floats order as their bit patterns do.
            long[] heap = new long[Math.max(16, start[n])];
            int size = 0;
            heap[size++] = source;
            while (size > 0) {
                long top = heap[0];
                heap[0] = heap[--size];
                siftDown(heap, size);
                int i = (int) top;
                float d = Float.intBitsToFloat((int) (top >>> 32));
                if (d > distance[i]) {
                    continue;
                }
                for (int e = start[i]; e < start[i + 1]; e++) {
                    float through = d + length[e];
                    int j = column[e];
                    if (through < distance[j]) {
                        distance[j] = through;
                        if (size == heap.length) {
                            heap = Arrays.copyOf(heap, 2 * size);
                        }
                        int at = size++;
                        heap[at] = (long) Float.floatToIntBits(through) << 32 | j;
                        while (at > 0 && heap[(at - 1) / 2] > heap[at]) {
                            long t = heap[at];
                            heap[at] = heap[(at - 1) / 2];
                            heap[(at - 1) / 2] = t;
                            at = (at - 1) / 2;
                        }
                    }
                }
            }
            return distance;
        }

        private static void siftDown(long[] heap, int size) {
            int at = 0;
            while (true) {
                int smallest = at;
                int left = 2 * at + 1;
                if (left < size && heap[left] < heap[smallest]) {
                    smallest = left;
                }
                if (left + 1 < size && heap[left + 1] < heap[smallest]) {
                    smallest = left + 1;
                }
                if (smallest == at) {
                    return;
                }
                long t = heap[at];
                heap[at] = heap[smallest];
                heap[smallest] = t;
                at = smallest;
            }
        }
    }
}
