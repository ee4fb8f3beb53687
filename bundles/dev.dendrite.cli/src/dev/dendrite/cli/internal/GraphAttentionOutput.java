package dev.dendrite.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.dendrite.analysis.evaluation.GraphAttentionImages;
import dev.dendrite.analysis.evaluation.GraphAttentionWeights;
import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.train.data.GraphDataset;

/**
 * {@code dendrite attention} on graph data: per GAT layer and head, how spread each node's
 * attention over its neighbours is, what it keeps on itself and how much goes to its own class.
 */
final class GraphAttentionOutput {

    /** Graphs drawn: the first ones read (every graph of a split would be a folder of hundreds). */
    private static final int DRAWN = 4;

    private GraphAttentionOutput() {
    }

    static int run(CommandContext context, Arguments a, ModelTarget target, GraphDataset data) throws Exception {
        int[] graphs = a.option("samples") == null ? java.util.stream.IntStream.range(0, data.graphs().size()).toArray()
                : SaliencyCommand.indices(a.option("samples"));
        for (int g : graphs) {
            if (g >= data.graphs().size()) {
                throw new UsageException("graph " + g + " is outside the " + target.split() + " split of " + target.spec() + " (graphs 0-"
                        + (data.graphs().size() - 1) + ")");
            }
        }
        GraphAttentionWeights.Result result = target.analyse("graph attention", model -> GraphAttentionWeights.of(model, data, graphs));
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "graph attention of %s on the %s split of %s, %d graph%s, %,d nodes%n",
                target.model(), target.split(), target.spec(), graphs.length, graphs.length == 1 ? "" : "s", result.nodes()));
        int width = Math.max(5, result.layers().stream().mapToInt(l -> l.id().length()).max().orElse(0));
        text.append(String.format(Locale.ROOT, "%-" + width + "s %4s %8s %8s %6s %10s %8s%n", "layer", "head", "entropy", "uniform", "self",
                "same class", "uniform"));
        List<Map<String, Object>> layers = new ArrayList<>();
        StringBuilder kinds = new StringBuilder();
        for (GraphAttentionWeights.Layer layer : result.layers()) {
            List<Map<String, Object>> heads = new ArrayList<>();
            for (GraphAttentionWeights.Head head : layer.heads()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("head", head.head());
                row.put("entropy", finite(head.entropy()));
                row.put("uniformEntropy", finite(head.uniformEntropy()));
                row.put("selfWeight", finite(head.selfWeight()));
                row.put("sameClass", finite(head.sameClass()));
                row.put("sameClassUniform", finite(head.sameClassUniform()));
                if (head.edgeKinds().length > 0) {
                    row.put("edgeKinds", java.util.Arrays.stream(head.edgeKinds()).boxed().toList());
                    row.put("edgeKindsUniform", java.util.Arrays.stream(head.edgeKindsUniform()).boxed().toList());
                    kinds.append(String.format(Locale.ROOT, "%-" + width + "s %4d", layer.id(), head.head()));
                    for (int k = 0; k < head.edgeKinds().length; k++) {
                        kinds.append(String.format(Locale.ROOT, " %13s", share(head.edgeKinds()[k]) + " (" + share(head.edgeKindsUniform()[k]) + ")"));
                    }
                    kinds.append('\n');
                }
                heads.add(row);
                text.append(String.format(Locale.ROOT, "%-" + width + "s %4d %8.3f %8.3f %6s %10s %8s%n", layer.id(), head.head(), head.entropy(),
                        head.uniformEntropy(), share(head.selfWeight()), share(head.sameClass()), share(head.sameClassUniform())));
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("layer", layer.id());
            entry.put("heads", layer.headCount());
            entry.put("edges", layer.edges());
            entry.put("summary", heads);
            layers.add(entry);
        }
        if (!kinds.isEmpty()) {
            text.append(String.format(Locale.ROOT, "attention by edge kind (the edge feature set; in brackets the share of such edges):%n"));
            text.append(String.format(Locale.ROOT, "%-" + width + "s %4s", "layer", "head"));
            for (int k = 0; k < data.edgeFeatures(); k++) {
                text.append(String.format(Locale.ROOT, " %13s", "e" + k));
            }
            text.append('\n').append(kinds);
        }
        java.nio.file.Path out = target.outputFolder(a, "attention");
        List<Map<String, Object>> pictures = new ArrayList<>();
        for (GraphAttentionWeights.GraphWeights read : result.weights().subList(0, Math.min(DRAWN, result.weights().size()))) {
            java.nio.file.Path file = out.resolve(String.format(Locale.ROOT, "graph-%d.png", read.graph()));
            try {
                GraphAttentionImages.write(data.graphs().get(read.graph()), data.nodeLabels(), read, result.layers(), file);
            } catch (java.io.IOException e) {
                throw new dev.dendrite.cli.CommandFailedException("cannot write " + file + ": " + e.getMessage());
            }
            pictures.add(Map.of("graph", read.graph(), "file", file.toString()));
            text.append(String.format(Locale.ROOT, "graph %d: %s%n", read.graph(), file));
        }
        text.append("entropy: of each node's weights over its incoming edges (uniform: all alike, ln d); self: the weight a node keeps on "
                + "itself; same class: the share of its attention to other nodes that goes to its own class (uniform: the share of such "
                + "neighbours)");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", target.model().toString());
        json.put("dataset", target.spec());
        json.put("split", target.split());
        json.put("graphs", java.util.Arrays.stream(graphs).boxed().toList());
        json.put("nodes", result.nodes());
        json.put("graphAttention", layers);
        json.put("pictures", pictures);
        if (a.flag("edges")) {
            json.put("edges", edges(result, data));
        }
        context.print(json, text.toString());
        return 0;
    }

    /** Per graph read: its nodes, their labels and, per layer, every edge weighed with its coefficient per head. */
    private static List<Map<String, Object>> edges(GraphAttentionWeights.Result result, GraphDataset data) {
        List<Map<String, Object>> graphs = new ArrayList<>();
        for (GraphAttentionWeights.GraphWeights read : result.weights()) {
            GraphDataset.Graph graph = data.graphs().get(read.graph());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("graph", read.graph());
            entry.put("nodes", graph.nodes());
            entry.put("labels", data.nodeLabels() ? java.util.Arrays.stream(graph.labels()).boxed().toList() : null);
            if (read.edgeKinds() != null) {
                // Each of the graph's edges' kind (its one-hot edge feature), in the order a layer over the input's edges weighs them.
                entry.put("edgeKinds", java.util.Arrays.stream(read.edgeKinds()).boxed().toList());
            }
            List<Map<String, Object>> layers = new ArrayList<>();
            for (GraphAttentionWeights.Edges edges : read.layers()) {
                Map<String, Object> layer = new LinkedHashMap<>();
                layer.put("layer", edges.layer());
                layer.put("source", java.util.Arrays.stream(edges.source()).boxed().toList());
                layer.put("target", java.util.Arrays.stream(edges.target()).boxed().toList());
                List<Double> weights = new ArrayList<>(edges.weights().length);
                for (float w : edges.weights()) {
                    weights.add((double) w);
                }
                layer.put("weights", weights);
                layers.add(layer);
            }
            entry.put("layers", layers);
            graphs.add(entry);
        }
        return graphs;
    }

    private static String share(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * value);
    }

    private static Double finite(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
