package dev.dendrite.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import dev.dendrite.analysis.evaluation.GraphSaliency;
import dev.dendrite.analysis.evaluation.GraphSaliencyImages;
import dev.dendrite.analysis.evaluation.Saliency;
import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.train.data.GraphDataset;

/**
 * {@code dendrite saliency} of a graph network: per chosen graph (or node) a score per node, per
 * edge and per node feature, as text (the strongest of each), JSON ("nodes", "edges", "edgeScores",
 * "features") and a picture of the graph coloured by them.
 */
final class GraphSaliencyOutput {

    /** Nodes and edges the text names per sample, the strongest first. */
    private static final int NAMED = 5;

    private GraphSaliencyOutput() {
    }

    static int run(CommandContext context, Arguments a, ModelTarget target, GraphDataset data, int[] samples, String which,
            Saliency.Method method) throws Exception {
        int[] classes = new int[samples.length];
        for (int i = 0; i < samples.length; i++) {
            int label;
            try {
                int[] at = GraphSaliency.locate(data, samples[i]);
                label = (int) data.graphs().get(at[0]).labels()[Math.max(at[1], 0)];
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage().replace("the split's", "the " + target.split() + " split's") + " of " + target.spec());
            }
            classes[i] = SaliencyCommand.explained(which, label, "--class actual needs labels");
        }
        GraphSaliency.Result result = target.analyse("saliency", model -> GraphSaliency.of(model, data, samples, classes, method));
        Path out = target.outputFolder(a, "saliency");
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s saliency of %s on the %s split of %s, per node and per edge "
                + "(share of the largest in brackets; edges by the output's drop without them)%n", method.word(), target.model(), target.split(),
                target.spec()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (GraphSaliency.Explanation e : result.explanations()) {
            Path file = out.resolve(e.node() >= 0 ? String.format(Locale.ROOT, "graph-%d-node-%d-class-%d.png", e.graph(), e.node(), e.explained())
                    : String.format(Locale.ROOT, "graph-%d-class-%d.png", e.graph(), e.explained()));
            GraphSaliencyImages.write(e, file);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("sample", e.sample());
            row.put("graph", e.graph());
            row.put("node", e.node() >= 0 ? e.node() : null);
            row.put("label", e.label());
            row.put("class", e.explained());
            row.put("probability", e.probability());
            row.put("nodes", floats(e.nodeScores()));
            List<List<Integer>> edges = new ArrayList<>();
            for (int[] edge : e.edges()) {
                edges.add(List.of(edge[0], edge[1]));
            }
            row.put("edges", edges);
            row.put("edgeScores", floats(e.edgeScores()));
            row.put("features", floats(e.featureScores()));
            if (e.edgeFeatureScores().length > 0) {
                row.put("edgeFeatures", floats(e.edgeFeatureScores()));
            }
            row.put("file", file.toString());
            String complete = SaliencyCommand.completeness(row, Double.isNaN(e.baseline()) ? Double.NaN : e.output(), e.baseline(),
                    e.nodeSum());
            rows.add(row);
            text.append(String.format(Locale.ROOT, "sample %d (graph %d%s, a %d): class %d (probability %.3f)%s%n  nodes: %s%n  edges: %s%n"
                    + "  features: %s%n  %s%n", e.sample(), e.graph(), e.node() >= 0 ? ", node " + e.node() : "", e.label(), e.explained(),
                    e.probability(), complete, strongest(e.nodeScores(), v -> String.valueOf(v)), strongest(e.edgeScores(),
                            u -> e.edges()[u][0] + "-" + e.edges()[u][1]), strongest(e.featureScores(), f -> "f" + f)
                            + (e.edgeFeatureScores().length > 0 ? "\n  edge features: " + strongest(e.edgeFeatureScores(), f -> "e" + f) : ""),
                    file));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", target.model().toString());
        json.put("dataset", target.spec());
        json.put("split", target.split());
        json.put("method", method.word());
        json.put("unit", result.perNode() ? "node" : "graph");
        json.put("samples", rows);
        context.print(json, text.toString().stripTrailing());
        return 0;
    }

    /** The {@link #NAMED} strongest scores by magnitude, each with its signed share of the largest. */
    private static String strongest(float[] scores, java.util.function.IntFunction<String> name) {
        double top = 0;
        for (float s : scores) {
            top = Math.max(top, Math.abs(s));
        }
        if (top == 0) {
            return scores.length == 0 ? "none" : "all 0";
        }
        double largest = top;
        return String.join(", ", IntStream.range(0, scores.length).boxed().sorted(Comparator.comparingDouble(k -> -Math.abs(scores[k])))
                .limit(NAMED).map(k -> String.format(Locale.ROOT, "%s (%+.2f)", name.apply(k), scores[k] / largest)).toList());
    }

    private static List<Double> floats(float[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (float v : values) {
            list.add((double) v);
        }
        return list;
    }
}
