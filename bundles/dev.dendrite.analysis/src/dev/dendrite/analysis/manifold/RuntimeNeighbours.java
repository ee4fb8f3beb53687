package dev.dendrite.analysis.manifold;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;

/**
 * The candidate-neighbour search of {@link KNearest} as a small ONNX graph: for a block of
 * queries Q, TopK over |q|² + |p|² − 2 Q·Pᵀ (smallest first), so the O(n² d) part runs in
 * ONNX Runtime's MatMul at its full speed and only k indices per query come back to Java.
 */
final class RuntimeNeighbours {

    private static final int BLOCK = 512;

    /** Told each query's candidates (query position, candidate point indices nearest first). */
    interface Sink {
        void accept(int query, int[] candidates);
    }

    private RuntimeNeighbours() {
    }

    /**
     * @param transposed the centred points as d × n
     * @param norms their squared norms
     */
    static void find(Points points, double[] mean, float[] transposed, float[] norms, int[] queries, int candidates, Sink sink) {
        int n = points.n();
        int d = points.d();
        OrtEnvironment env = OnnxRuntime.environment();
        try (ModelSession model = OnnxRuntime.open(graph().toByteArray(), "k-nearest neighbours", RuntimeSettings.forIde());
             OnnxTensor pointsT = OnnxTensor.createTensor(env, FloatBuffer.wrap(transposed), new long[] {d, n});
             OnnxTensor pointNorms = OnnxTensor.createTensor(env, FloatBuffer.wrap(norms), new long[] {1, n});
             OnnxTensor k = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[] {candidates}), new long[] {1})) {
            for (int from = 0; from < queries.length; from += BLOCK) {
                int rows = Math.min(BLOCK, queries.length - from);
                float[] q = new float[rows * d];
                float[] qNorms = new float[rows];
                for (int r = 0; r < rows; r++) {
                    double norm = 0;
                    for (int c = 0; c < d; c++) {
                        float v = (float) (points.values()[queries[from + r] * d + c] - mean[c]);
                        q[r * d + c] = v;
                        norm += (double) v * v;
                    }
                    qNorms[r] = (float) norm;
                }
                try (OnnxTensor qt = OnnxTensor.createTensor(env, FloatBuffer.wrap(q), new long[] {rows, d});
                     OnnxTensor qn = OnnxTensor.createTensor(env, FloatBuffer.wrap(qNorms), new long[] {rows, 1});
                     OrtSession.Result result = model.session().run(Map.of("q", qt, "q_norms", qn, "points_t", pointsT, "point_norms",
                             pointNorms, "k", k))) {
                    LongBuffer indices = ((OnnxTensor) result.get("indices").orElseThrow()).getLongBuffer();
                    for (int r = 0; r < rows; r++) {
                        int[] found = new int[candidates];
                        for (int c = 0; c < candidates; c++) {
                            found[c] = (int) indices.get(r * candidates + c);
                        }
                        sink.accept(from + r, found);
                    }
                }
            }
        } catch (OrtException | ModelLoadException e) {
            throw new IllegalStateException("ONNX Runtime could not search the nearest neighbours: " + e.getMessage(), e);
        }
    }

    private static ai.onnx.proto.OnnxMl.ModelProto graph() {
        GraphBuilder g = new GraphBuilder("k_nearest");
        for (String name : List.of("q", "q_norms", "points_t", "point_norms", "k")) {
            g.reserve(name);
        }
        g.input("q", GraphBuilder.ElementType.FLOAT, List.of("B", "D"));
        g.input("q_norms", GraphBuilder.ElementType.FLOAT, List.of("B", 1L));
        g.input("points_t", GraphBuilder.ElementType.FLOAT, List.of("D", "N"));
        g.input("point_norms", GraphBuilder.ElementType.FLOAT, List.of(1L, "N"));
        g.input("k", GraphBuilder.ElementType.INT64, List.of(1L));
        String dots = g.node("MatMul", List.of("q", "points_t"), "dots");
        String twice = g.node("Mul", List.of(dots, g.scalar("two", 2f)), "twice");
        String distance = g.node("Add", List.of(g.node("Sub", List.of("q_norms", twice), "partial"), "point_norms"), "distance2");
        g.reserve("values");
        g.reserve("indices");
        g.nodeWithOutputs("TopK", List.of(distance, "k"), List.of("values", "indices"), Attr.i("largest", 0), Attr.i("sorted", 1));
        g.output("indices", GraphBuilder.ElementType.INT64, List.of("B", "K"));
        return g.model("dendrite", "k nearest neighbours by MatMul and TopK");
    }
}
