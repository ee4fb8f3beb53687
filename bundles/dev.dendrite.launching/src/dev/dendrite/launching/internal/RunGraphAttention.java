package dev.dendrite.launching.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.dendrite.analysis.evaluation.GraphAttentionWeights;
import dev.dendrite.train.run.RunJson;

/**
 * {@code dendrite attention --edges --json} of one graph of a run, in a trainer JVM: a graph attention
 * network's coefficients on every edge, for the Attention view to draw.
 */
public final class RunGraphAttention {

    private RunGraphAttention() {
    }

    /**
     * One head over the graph's nodes, as {@code dendrite attention} summarises it (NaN where it has no figure; the edge kinds'
     * shares empty where the edges have no one-hot features).
     */
    public record Head(int head, double entropy, double uniformEntropy, double selfWeight, double sameClass, double sameClassUniform,
            double[] edgeKinds, double[] edgeKindsUniform) {
    }

    /** One GAT layer: the edges it weighs with α per head, and each head's figures. */
    public record Layer(String id, int heads, GraphAttentionWeights.Edges edges, List<Head> summary) {

        public long[] source() {
            return edges.source();
        }

        public long[] target() {
            return edges.target();
        }

        /** The coefficient of edge {@code edge} in head {@code head}. */
        public float weight(int edge, int head) {
            return edges.weight(edge, head);
        }
    }

    /**
     * One graph: its nodes, their labels (null where the data does not label nodes), every GAT layer, and each of its edges'
     * kind where its edge features are one-hot (else null), in the order a layer over the input's edges weighs them.
     */
    public record Graph(int graph, int nodes, long[] labels, List<Layer> layers, int[] edgeKinds) {
    }

    /** Graph {@code graph} of the run's {@code split}; cancelling ends the trainer JVM. */
    public static Graph run(Path run, String split, int graph, IProgressMonitor monitor) throws CoreException {
        String output = TrainerCommand.output(List.of("attention", run.toString(), "--split", split, "--samples", String.valueOf(graph),
                "--edges", "--json"), run.toFile(), "Graph attention of graph " + graph + " of " + run.getFileName(), monitor);
        try {
            return parse(output);
        } catch (RuntimeException e) {
            throw new CoreException(Status.error("the graph attention could not be read: " + RunJson.problem(e)));
        }
    }

    /** The first graph of the output of {@code dendrite attention --edges --json}. */
    public static Graph parse(String json) {
        JsonObject object = RunJson.parse(json);
        JsonObject graph = object.getAsJsonArray("edges").get(0).getAsJsonObject();
        long[] labels = graph.get("labels").isJsonNull() ? null : longs(graph.getAsJsonArray("labels"));
        List<Layer> layers = new ArrayList<>();
        JsonArray summaries = object.getAsJsonArray("graphAttention");
        JsonArray edges = graph.getAsJsonArray("layers");
        for (int l = 0; l < edges.size(); l++) {
            JsonObject layer = edges.get(l).getAsJsonObject();
            JsonObject summary = summaries.get(l).getAsJsonObject();
            List<Head> heads = new ArrayList<>();
            for (JsonElement e : summary.getAsJsonArray("summary")) {
                JsonObject head = e.getAsJsonObject();
                heads.add(new Head(head.get("head").getAsInt(), number(head, "entropy"), number(head, "uniformEntropy"), number(head, "selfWeight"),
                        number(head, "sameClass"), number(head, "sameClassUniform"), numbers(head, "edgeKinds"), numbers(head, "edgeKindsUniform")));
            }
            JsonArray values = layer.getAsJsonArray("weights");
            float[] weights = new float[values.size()];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = values.get(i).getAsFloat();
            }
            String id = layer.get("layer").getAsString();
            layers.add(new Layer(id, summary.get("heads").getAsInt(), new GraphAttentionWeights.Edges(id, longs(layer.getAsJsonArray("source")),
                    longs(layer.getAsJsonArray("target")), weights), List.copyOf(heads)));
        }
        int[] kinds = graph.has("edgeKinds") ? java.util.Arrays.stream(longs(graph.getAsJsonArray("edgeKinds"))).mapToInt(k -> (int) k).toArray()
                : null;
        return new Graph(graph.get("graph").getAsInt(), graph.get("nodes").getAsInt(), labels, List.copyOf(layers), kinds);
    }

    private static double[] numbers(JsonObject object, String key) {
        if (!object.has(key) || !object.get(key).isJsonArray()) {
            return new double[0];
        }
        JsonArray array = object.getAsJsonArray(key);
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).getAsDouble();
        }
        return values;
    }

    private static double number(JsonObject object, String key) {
        return object.has(key) && !object.get(key).isJsonNull() ? object.get(key).getAsDouble() : Double.NaN;
    }

    private static long[] longs(JsonArray array) {
        long[] values = new long[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).getAsLong();
        }
        return values;
    }
}
