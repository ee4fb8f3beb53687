package dev.dendrite.train.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import dev.dendrite.train.run.RunJson;

/**
 * Graph data sets: seeded synthetic ones (stochastic-block-model communities for node
 * classification; triangles against longer cycles, cycles against trees, and molecules whose
 * bond types decide, for graph classification) and graphs read from a JSON Lines file, one
 * graph per line:
 * <pre>{"features": [[1, 0], [0, 1], ...], "edges": [[0, 1], [1, 2]], "label": 1}</pre>
 * with {@code "labels": [...]} (one per node) instead of {@code "label"} for node classification,
 * {@code "directed": true} where edges are one-way (by default each edge also runs back), and
 * {@code "edgeFeatures": [[...], ...]} for one row of features per listed edge (its way back
 * carries the same).
 */
public final class GraphData {

    /** The synthetic graph sets by name. */
    public static final List<String> NAMES = List.of("communities", "motifs", "cycles", "bonds", "lookup");

    private static final int BLOCKS = 4;
    private static final int BLOCK_SIZE = 10;
    private static final int COMMUNITY_FEATURES = 8;
    private static final int MOTIF_FEATURES = 4;

    private GraphData() {
    }

    /** [train, test] of a synthetic graph set by name, or null when the name is not one. */
    public static BatchSource[] load(String name, long seed) {
        return switch (name) {
            case "communities" -> new BatchSource[] {communities(200, seed), communities(50, seed + 1)};
            case "motifs", "cycles" -> new BatchSource[] {motifs(name, 1200, seed), motifs(name, 300, seed + 1)};
            case "bonds" -> new BatchSource[] {MoleculeData.bonds(1200, seed), MoleculeData.bonds(300, seed + 1)};
            case "lookup" -> new BatchSource[] {LookupData.lookup(1000, seed), LookupData.lookup(200, seed + 1)};
            default -> null;
        };
    }

    /**
     * Graphs of 4 communities of 10 nodes (edge probability 0.4 inside a community, 0.02 across);
     * each node's 8 features are its community's one-hot code plus Gaussian noise (σ = 0.8), so
     * a node alone is often ambiguous and its neighbourhood decides. Labels: the community.
     */
    public static GraphDataset communities(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<GraphDataset.Graph> graphs = new ArrayList<>();
        int n = BLOCKS * BLOCK_SIZE;
        for (int g = 0; g < count; g++) {
            float[] features = new float[n * COMMUNITY_FEATURES];
            long[] labels = new long[n];
            for (int v = 0; v < n; v++) {
                labels[v] = v / BLOCK_SIZE;
                for (int f = 0; f < COMMUNITY_FEATURES; f++) {
                    features[v * COMMUNITY_FEATURES + f] = (float) ((f == labels[v] ? 1 : 0) + 0.8 * SyntheticData.gaussian(random));
                }
            }
            List<int[]> edges = new ArrayList<>();
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    if (random.nextDouble() < (labels[a] == labels[b] ? 0.4 : 0.02)) {
                        edges.add(new int[] {a, b});
                        edges.add(new int[] {b, a});
                    }
                }
            }
            graphs.add(new GraphDataset.Graph(n, features, edges.toArray(int[][]::new), labels));
        }
        return new GraphDataset("communities", graphs, COMMUNITY_FEATURES, BLOCKS, true);
    }

    /**
     * Random trees of 8 to 16 nodes with one extra edge. "motifs": label 1 when the edge closes a
     * triangle, 0 when it closes a longer cycle (same node and edge counts: only the motif tells).
     * "cycles": label 1 with the extra edge (any cycle), 0 for the tree alone. Node features
     * [1, degree / 4, 0, 0].
     */
    public static GraphDataset motifs(String task, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<GraphDataset.Graph> graphs = new ArrayList<>();
        for (int g = 0; g < count; g++) {
            int n = 8 + random.nextInt(9);
            int[] parent = new int[n];
            List<int[]> undirected = new ArrayList<>();
            for (int v = 1; v < n; v++) {
                parent[v] = random.nextInt(v);
                undirected.add(new int[] {parent[v], v});
            }
            int label = g % 2;
            boolean triangle = task.equals("motifs") ? label == 1 : true;
            boolean extra = task.equals("motifs") || label == 1;
            if (extra) {
                int[] closing = closingEdge(parent, n, triangle, random);
                undirected.add(closing);
            }
            int[] degree = new int[n];
            List<int[]> edges = new ArrayList<>();
            for (int[] e : undirected) {
                edges.add(e);
                edges.add(new int[] {e[1], e[0]});
                degree[e[0]]++;
                degree[e[1]]++;
            }
            float[] features = new float[n * MOTIF_FEATURES];
            for (int v = 0; v < n; v++) {
                features[v * MOTIF_FEATURES] = 1;
                features[v * MOTIF_FEATURES + 1] = degree[v] / 4f;
            }
            graphs.add(new GraphDataset.Graph(n, features, edges.toArray(int[][]::new), new long[] {label}));
        }
        return new GraphDataset(task, graphs, MOTIF_FEATURES, 2, false);
    }

    /** An edge between two tree nodes at distance 2 (a triangle) or at distance 3 or more (a longer cycle). */
    private static int[] closingEdge(int[] parent, int n, boolean triangle, SplittableRandom random) {
        while (true) {
            int a = 1 + random.nextInt(n - 1);
            int b = random.nextInt(n);
            int distance = distance(parent, a, b);
            if (triangle ? distance == 2 : distance >= 3) {
                return new int[] {a, b};
            }
            if (!triangle && n <= 3) {
                throw new IllegalStateException("no longer cycle fits " + n + " nodes");
            }
        }
    }

    private static int distance(int[] parent, int a, int b) {
        List<Integer> up = new ArrayList<>();
        for (int v = a;; v = parent[v]) {
            up.add(v);
            if (v == 0) {
                break;
            }
        }
        int steps = 0;
        for (int v = b;; v = parent[v], steps++) {
            int at = up.indexOf(v);
            if (at >= 0) {
                return at + steps;
            }
        }
    }

    /**
     * Reads graphs from a JSON Lines file (see the class comment); blank lines are skipped.
     *
     * @throws IllegalArgumentException naming the file, the line and what is wrong there
     */
    public static GraphDataset read(Path file) throws IOException {
        Parsed parsed = readGraphs(file, true);
        long maxLabel = -1;
        for (GraphDataset.Graph g : parsed.graphs()) {
            for (long label : g.labels()) {
                maxLabel = Math.max(maxLabel, label);
            }
        }
        GraphDataset.Graph first = parsed.graphs().get(0);
        int edgeWidth = parsed.graphs().stream().filter(g -> g.edges().length > 0).findFirst()
                .map(g -> g.edgeFeatures().length / g.edges().length).orElse(0);
        return new GraphDataset(file.getFileName().toString(), parsed.graphs(), first.features().length / first.nodes(), edgeWidth,
                (int) maxLabel + 1, parsed.nodeLabels());
    }

    /** A file's graphs, and whether their labels are per node (null: none labelled). */
    private record Parsed(List<GraphDataset.Graph> graphs, Boolean nodeLabels) {
    }

    /**
     * Reads graphs to predict: as {@link #read}, their labels where given (else none: an empty array).
     *
     * @throws IllegalArgumentException naming the file, the line and what is wrong there
     */
    public static List<GraphDataset.Graph> readUnlabelled(Path file) throws IOException {
        return readGraphs(file, false).graphs();
    }

    private static Parsed readGraphs(Path file, boolean labelled) throws IOException {
        List<GraphDataset.Graph> graphs = new ArrayList<>();
        int features = -1;
        int edgeWidth = -1;
        Boolean nodeLabels = null;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String where = file + " line " + number + ": ";
                try {
                    JsonObject json = JsonParser.parseString(line).getAsJsonObject();
                    JsonArray rows = array(json, "features", where);
                    int n = rows.size();
                    if (n == 0) {
                        throw new IllegalArgumentException(where + "a graph needs at least one node");
                    }
                    int width = rows.get(0).getAsJsonArray().size();
                    if (features < 0) {
                        features = width;
                    }
                    float[] x = new float[n * features];
                    for (int v = 0; v < n; v++) {
                        JsonArray row = rows.get(v).getAsJsonArray();
                        if (row.size() != features) {
                            throw new IllegalArgumentException(where + "node " + v + " has " + row.size() + " features, not " + features);
                        }
                        for (int f = 0; f < features; f++) {
                            x[v * features + f] = row.get(f).getAsFloat();
                        }
                    }
                    boolean directed = json.has("directed") && json.get("directed").getAsBoolean();
                    JsonArray listed = array(json, "edges", where);
                    JsonArray edgeRows = json.has("edgeFeatures") ? array(json, "edgeFeatures", where) : null;
                    if (edgeRows != null && edgeRows.size() != listed.size()) {
                        throw new IllegalArgumentException(edgeRows.size() + (edgeRows.size() == 1 ? " row" : " rows") + " of \"edgeFeatures\" for "
                                + listed.size() + " edges");
                    }
                    if (edgeWidth < 0 && !listed.isEmpty()) {
                        edgeWidth = edgeRows == null ? 0 : edgeRows.get(0).getAsJsonArray().size();
                    }
                    if (!listed.isEmpty() && (edgeRows != null) != (edgeWidth > 0)) {
                        throw new IllegalArgumentException(edgeWidth > 0 ? "no \"edgeFeatures\" where the file's first graph with edges gives "
                                + edgeWidth + " per edge" : "\"edgeFeatures\" where the file's first graph with edges gives none");
                    }
                    List<int[]> edges = new ArrayList<>();
                    List<float[]> edgeX = new ArrayList<>();
                    for (int i = 0; i < listed.size(); i++) {
                        JsonArray pair = listed.get(i).getAsJsonArray();
                        int a = pair.get(0).getAsInt();
                        int b = pair.get(1).getAsInt();
                        float[] row = edgeWidth > 0 ? edgeRow(edgeRows.get(i).getAsJsonArray(), edgeWidth, i) : null;
                        edges.add(new int[] {a, b});
                        edgeX.add(row);
                        if (!directed && a != b) {
                            edges.add(new int[] {b, a});
                            edgeX.add(row);
                        }
                    }
                    boolean perNode = json.has("labels");
                    if (!perNode && !json.has("label") && labelled) {
                        throw new IllegalArgumentException(where + "no \"label\" (graph classification) or \"labels\" (one per node)");
                    }
                    boolean unlabelled = !perNode && !json.has("label");
                    if (!unlabelled && nodeLabels != null && nodeLabels != perNode) {
                        throw new IllegalArgumentException(where + "mixes graph labels and node labels");
                    }
                    nodeLabels = unlabelled ? nodeLabels : Boolean.valueOf(perNode);
                    long[] labels;
                    if (unlabelled) {
                        labels = new long[0];
                    } else if (perNode) {
                        JsonArray list = json.getAsJsonArray("labels");
                        labels = new long[list.size()];
                        for (int i = 0; i < labels.length; i++) {
                            labels[i] = list.get(i).getAsLong();
                        }
                    } else {
                        labels = new long[] {json.get("label").getAsLong()};
                    }
                    for (long label : labels) {
                        if (label < 0) {
                            throw new IllegalArgumentException(where + "label " + label + " is negative");
                        }
                    }
                    float[] edgeValues = new float[edges.size() * Math.max(edgeWidth, 0)];
                    for (int i = 0; edgeWidth > 0 && i < edges.size(); i++) {
                        System.arraycopy(edgeX.get(i), 0, edgeValues, i * edgeWidth, edgeWidth);
                    }
                    graphs.add(new GraphDataset.Graph(n, x, edges.toArray(int[][]::new), labels, edgeValues));
                } catch (JsonParseException | IllegalStateException | ClassCastException | IndexOutOfBoundsException
                        | UnsupportedOperationException | NumberFormatException e) {
                    throw new IllegalArgumentException(where + "not a graph (" + RunJson.problem(e) + ")");
                } catch (IllegalArgumentException e) {
                    throw e.getMessage().startsWith(file.toString()) ? e : new IllegalArgumentException(where + e.getMessage());
                }
            }
        }
        if (graphs.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no graphs");
        }
        return new Parsed(graphs, nodeLabels);
    }

    private static float[] edgeRow(JsonArray row, int width, int edge) {
        if (row.size() != width) {
            throw new IllegalArgumentException("edge " + edge + " has " + row.size() + " features, not " + width);
        }
        float[] values = new float[width];
        for (int f = 0; f < width; f++) {
            values[f] = row.get(f).getAsFloat();
        }
        return values;
    }

    private static JsonArray array(JsonObject json, String key, String where) {
        if (!json.has(key) || !json.get(key).isJsonArray()) {
            throw new IllegalArgumentException(where + "no \"" + key + "\" array");
        }
        return json.getAsJsonArray(key);
    }
}
