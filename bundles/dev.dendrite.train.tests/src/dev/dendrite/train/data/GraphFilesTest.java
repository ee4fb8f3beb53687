package dev.dendrite.train.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON Lines graph format: graphs read, batched as one disjoint union, and bad lines named. */
class GraphFilesTest {

    @Test
    void graphsReadAndBatchAsADisjointUnion(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("graphs.jsonl");
        Files.writeString(file, """
                {"features": [[1, 0], [0, 1], [1, 1]], "edges": [[0, 1], [1, 2]], "label": 1}

                {"features": [[2, 2], [3, 3]], "edges": [[0, 1]], "directed": true, "label": 0}
                """);
        GraphDataset graphs = GraphData.read(file);
        assertEquals(2, graphs.size());
        assertEquals(2, graphs.classes());
        Batch batch = graphs.batch(new int[] {0, 1}, 0, 2);
        assertArrayEquals(new float[] {1, 0, 0, 1, 1, 1, 2, 2, 3, 3}, batch.tensors().get(GraphDataset.NODES).floats());
        // Undirected edges also run back; the second graph's nodes are numbered after the first's.
        assertArrayEquals(new long[] {0, 1, 1, 2, 3, 1, 0, 2, 1, 4}, batch.tensors().get(GraphDataset.EDGES).longs());
        assertArrayEquals(new long[] {2, 5}, batch.tensors().get(GraphDataset.EDGES).shape());
        assertArrayEquals(new long[] {0, 0, 0, 1, 1}, batch.tensors().get(GraphDataset.BATCH).longs());
        assertArrayEquals(new long[] {1, 0}, batch.tensors().get(GraphDataset.LABELS).longs());
        BatchSource[] loaded = DataSources.loadAny("graphs:" + file + "," + file, dir, 1);
        assertEquals(2, loaded[1].size());
    }

    /** Each listed edge's features go with it and with its way back, in the batch's edge order. */
    @Test
    void edgeFeaturesFollowTheirEdges(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bonds.jsonl");
        Files.writeString(file, """
                {"features": [[1], [2], [3]], "edges": [[0, 1], [1, 2]], "edgeFeatures": [[1, 0], [0, 1]], "label": 1}
                {"features": [[4], [5]], "edges": [[1, 0]], "edgeFeatures": [[0.5, 2]], "directed": true, "label": 0}
                {"features": [[6]], "edges": [], "label": 0}
                """);
        GraphDataset graphs = GraphData.read(file);
        assertEquals(2, graphs.edgeFeatures());
        assertEquals(java.util.List.of("nodes", "edges", "edgeFeatures", "batch", "labels"),
                graphs.fields().stream().map(Field::name).toList());
        Batch batch = graphs.batch(new int[] {1, 0, 2}, 0, 3);
        assertArrayEquals(new long[] {1, 2, 3, 3, 4, 0, 3, 2, 4, 3}, batch.tensors().get(GraphDataset.EDGES).longs());
        assertArrayEquals(new float[] {0.5f, 2, 1, 0, 1, 0, 0, 1, 0, 1}, batch.tensors().get(GraphDataset.EDGE_FEATURES).floats());
        assertArrayEquals(new long[] {5, 2}, batch.tensors().get(GraphDataset.EDGE_FEATURES).shape());
        // Leaving an edge out (as saliency's occlusion does) takes its features with it.
        GraphDataset.Graph first = graphs.graphs().get(0).withEdges(new int[] {1, 3});
        assertArrayEquals(new int[][] {{1, 0}, {2, 1}}, first.edges());
        assertArrayEquals(new float[] {1, 0, 0, 1}, first.edgeFeatures());
        assertEquals(2, graphs.subset(new int[] {0}, "-one").edgeFeatures());
        // A set without edge features batches none.
        assertEquals(null, GraphData.motifs("motifs", 2, 1).batch(new int[] {0, 1}, 0, 2).tensors().get(GraphDataset.EDGE_FEATURES));
    }

    @Test
    void badEdgeFeaturesAreNamed(@TempDir Path dir) throws Exception {
        assertEquals(dir.resolve("bad.jsonl") + " line 1: 1 row of \"edgeFeatures\" for 2 edges",
                bad(dir, "{\"features\": [[1], [2], [3]], \"edges\": [[0, 1], [1, 2]], \"edgeFeatures\": [[1]], \"label\": 0}"));
        assertEquals(dir.resolve("bad.jsonl") + " line 1: edge 1 has 2 features, not 1",
                bad(dir, "{\"features\": [[1], [2], [3]], \"edges\": [[0, 1], [1, 2]], \"edgeFeatures\": [[1], [1, 2]], \"label\": 0}"));
        assertEquals(dir.resolve("bad.jsonl") + " line 2: no \"edgeFeatures\" where the file's first graph with edges gives 1 per edge",
                bad(dir, "{\"features\": [[1], [2]], \"edges\": [[0, 1]], \"edgeFeatures\": [[1]], \"label\": 0}\n"
                        + "{\"features\": [[1], [2]], \"edges\": [[0, 1]], \"label\": 0}"));
        assertEquals(dir.resolve("bad.jsonl") + " line 2: \"edgeFeatures\" where the file's first graph with edges gives none",
                bad(dir, "{\"features\": [[1], [2]], \"edges\": [[0, 1]], \"label\": 0}\n"
                        + "{\"features\": [[1], [2]], \"edges\": [[0, 1]], \"edgeFeatures\": [[1]], \"label\": 0}"));
    }

    /** Graphs to predict may come without labels; those given are kept, and training still asks for them. */
    @Test
    void graphsToPredictNeedNoLabels(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("unlabelled.jsonl");
        Files.writeString(file, """
                {"features": [[1, 0], [0, 1]], "edges": [[0, 1]]}
                {"features": [[1, 1]], "edges": [], "label": 1}
                """);
        var graphs = GraphData.readUnlabelled(file);
        assertEquals(2, graphs.size());
        assertEquals(0, graphs.get(0).labels().length);
        assertArrayEquals(new long[] {1}, graphs.get(1).labels());
        assertArrayEquals(new int[][] {{0, 1}, {1, 0}}, graphs.get(0).edges());
        assertEquals(file + " line 1: no \"label\" (graph classification) or \"labels\" (one per node)",
                assertThrows(IllegalArgumentException.class, () -> GraphData.read(file)).getMessage());
    }

    @Test
    void badGraphLinesAreNamed(@TempDir Path dir) throws Exception {
        assertEquals(bad(dir, "{\"features\": [[1], [2]], \"edges\": [[0, 2]], \"label\": 0}"),
                dir.resolve("bad.jsonl") + " line 1: edge [0, 2] does not join two of the graph's 2 nodes (0 to 1)");
        assertEquals(bad(dir, "{\"features\": [[1], [2, 3]], \"edges\": [], \"label\": 0}"),
                dir.resolve("bad.jsonl") + " line 1: node 1 has 2 features, not 1");
        assertEquals(bad(dir, "{\"features\": [[1]], \"edges\": []}"),
                dir.resolve("bad.jsonl") + " line 1: no \"label\" (graph classification) or \"labels\" (one per node)");
        assertEquals(bad(dir, "{\"features\": [[1]], \"edges\": [], \"label\": 0}\n{\"features\": [[1]], \"edges\": [], \"labels\": [0]}"),
                dir.resolve("bad.jsonl") + " line 2: mixes graph labels and node labels");
        assertEquals(dir.resolve("bad.jsonl") + " line 1: not a graph (malformed JSON at line 1 column 6)", bad(dir, "not json"));
        assertEquals(bad(dir, "\n"), dir.resolve("bad.jsonl") + " holds no graphs");
        assertEquals("data file " + dir.resolve("missing.jsonl") + " does not exist", assertThrows(IllegalArgumentException.class,
                () -> DataSources.loadAny("graphs:" + dir.resolve("missing.jsonl"), dir, 1)).getMessage());
    }

    private static String bad(Path dir, String content) throws Exception {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, content);
        return assertThrows(IllegalArgumentException.class, () -> GraphData.read(file)).getMessage();
    }
}
