package dev.dendrite.analysis.manifold;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Isomap (Tenenbaum, de Silva and Langford 2000): geodesic distances along the k-neighbour graph
 * (Dijkstra), then classical MDS of them. Up to {@value #LANDMARKS} points every point is a
 * source; beyond that, landmark Isomap (de Silva and Tenenbaum 2004) runs Dijkstra from that many
 * random landmarks only and places every point by triangulation against them, so memory and time
 * grow linearly with the points. A graph in pieces is joined piece by piece, smallest first, by a short edge to the rest
 * (found from the piece's centroid).
 */
public final class Isomap {

    /** Up to this many points every point is a source; beyond, this many random landmarks are. */
    static final int LANDMARKS = 1000;
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
        int[] landmarks = Vectors.sample(n, LANDMARKS, seed);
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
        double[] values = new double[2];
        double[][] vectors = leadingEigenvectors(centred, m, new SplittableRandom(seed), values);
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

    /**
     * The two leading eigenvectors of a symmetric m × m matrix by block power iteration (both at
     * once, rows in parallel) finished by a Rayleigh-Ritz rotation of the 2-D subspace.
     */
    private static double[][] leadingEigenvectors(double[] matrix, int m, SplittableRandom random, double[] values) {
        double[][] v = new double[2][m];
        for (double[] column : v) {
            for (int a = 0; a < m; a++) {
                column[a] = random.nextDouble() - 0.5;
            }
        }
        Vectors.orthonormalise(v, null);
        double[][] w = new double[2][m];
        for (int it = 0; it < ITERATIONS; it++) {
            multiply(matrix, m, v, w);
            Vectors.orthonormalise(w, null);
            double change = 0;
            for (int c = 0; c < 2; c++) {
                change = Math.max(change, 1 - Math.abs(Vectors.dot(v[c], w[c])));
            }
            double[][] swap = v;
            v = w;
            w = swap;
            if (change < 1e-10) {
                break;
            }
        }
        // Rayleigh-Ritz: the 2 × 2 projection H = Vᵀ A V, diagonalised by a rotation.
        multiply(matrix, m, v, w);
        double h00 = Vectors.dot(v[0], w[0]);
        double h01 = Vectors.dot(v[0], w[1]);
        double h11 = Vectors.dot(v[1], w[1]);
        double angle = 0.5 * Math.atan2(2 * h01, h00 - h11);
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double[][] rotated = new double[2][m];
        for (int a = 0; a < m; a++) {
            rotated[0][a] = cos * v[0][a] + sin * v[1][a];
            rotated[1][a] = -sin * v[0][a] + cos * v[1][a];
        }
        values[0] = cos * cos * h00 + 2 * sin * cos * h01 + sin * sin * h11;
        values[1] = sin * sin * h00 - 2 * sin * cos * h01 + cos * cos * h11;
        if (values[1] > values[0]) {
            double t = values[0];
            values[0] = values[1];
            values[1] = t;
            double[] tv = rotated[0];
            rotated[0] = rotated[1];
            rotated[1] = tv;
        }
        return rotated;
    }

    private static void multiply(double[] matrix, int m, double[][] v, double[][] out) {
        IntStream.range(0, m).parallel().forEach(a -> {
            double s0 = 0;
            double s1 = 0;
            for (int b = 0; b < m; b++) {
                double x = matrix[a * m + b];
                s0 += x * v[0][b];
                s1 += x * v[1][b];
            }
            out[0][a] = s0;
            out[1][a] = s1;
        });
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

        /** While the graph is in pieces, a short edge from the smallest piece to another. */
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
                // Two alternating nearest-point searches from the piece's centroid: O(n d) per join instead of O(|piece| n d).
                double[] centroid = new double[x.d()];
                for (int i : smallest) {
                    for (int c = 0; c < x.d(); c++) {
                        centroid[c] += x.get(i, c) / smallest.size();
                    }
                }
                int outside = nearest(x, centroid, j -> find(parent, j) != root);
                int inside = nearest(x, row(x, outside), j -> find(parent, j) == root);
                int[] edge = {inside, nearest(x, row(x, inside), j -> find(parent, j) != root)};
                added.add(edge);
                union(parent, edge[0], edge[1]);
            }
        }

        private static double[] row(Points x, int i) {
            return java.util.Arrays.copyOfRange(x.values(), i * x.d(), (i + 1) * x.d());
        }

        /** The point nearest to p among those the filter accepts. */
        private static int nearest(Points x, double[] p, java.util.function.IntPredicate accepted) {
            int best = -1;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int j = 0; j < x.n(); j++) {
                if (accepted.test(j)) {
                    double sum = 0;
                    for (int c = 0; c < x.d(); c++) {
                        double diff = x.get(j, c) - p[c];
                        sum += diff * diff;
                    }
                    if (sum < bestDistance) {
                        bestDistance = sum;
                        best = j;
                    }
                }
            }
            return best;
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

        /** Geodesic distances from one source, by Dijkstra with an indexed heap (decrease-key, at most n entries). */
        float[] dijkstra(int source) {
            float[] distance = new float[n];
            Arrays.fill(distance, Float.POSITIVE_INFINITY);
            int[] heap = new int[n];
            int[] position = new int[n];
            Arrays.fill(position, -1);
            int size = 0;
            distance[source] = 0;
            heap[size] = source;
            position[source] = size++;
            while (size > 0) {
                int i = heap[0];
                position[i] = -2; // settled
                heap[0] = heap[--size];
                if (size > 0) {
                    position[heap[0]] = 0;
                    down(heap, position, distance, size, 0);
                }
                float d = distance[i];
                for (int e = start[i]; e < start[i + 1]; e++) {
                    int j = column[e];
                    float through = d + length[e];
                    if (position[j] != -2 && through < distance[j]) {
                        distance[j] = through;
                        if (position[j] < 0) {
                            heap[size] = j;
                            position[j] = size++;
                        }
                        up(heap, position, distance, position[j]);
                    }
                }
            }
            return distance;
        }

        private static void up(int[] heap, int[] position, float[] key, int at) {
            int node = heap[at];
            while (at > 0 && key[heap[(at - 1) / 2]] > key[node]) {
                heap[at] = heap[(at - 1) / 2];
                position[heap[at]] = at;
                at = (at - 1) / 2;
            }
            heap[at] = node;
            position[node] = at;
        }

        private static void down(int[] heap, int[] position, float[] key, int size, int at) {
            int node = heap[at];
            while (true) {
                int child = 2 * at + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && key[heap[child + 1]] < key[heap[child]]) {
                    child++;
                }
                if (key[heap[child]] >= key[node]) {
                    break;
                }
                heap[at] = heap[child];
                position[heap[at]] = at;
                at = child;
            }
            heap[at] = node;
            position[node] = at;
        }
    }
}
