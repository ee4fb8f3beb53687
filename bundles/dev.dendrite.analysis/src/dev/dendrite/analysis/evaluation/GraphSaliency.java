package dev.dendrite.analysis.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OrtException;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.data.GraphDataset;

/**
 * Saliency of a graph network: for a graph (graph classification) or one node of a graph (node
 * classification), a score per node and per edge for the class explained. Nodes are scored at their
 * features by the gradient methods of {@link Saliency} (the gradient's length over a node's
 * features, or input × gradient and integrated gradients summed over them, signed), or by
 * occlusion (the output's drop when the node's features are zeroed and its edges left out). Edges
 * are scored by leaving each out (both directions of an undirected one) and measuring the drop,
 * as GNNExplainer's masks approximate in one optimisation (Ying et al., 2019): a message-passing
 * network reads its neighbourhood through its edges, so a node two hops away matters only through
 * the edges on the way. All copies of a graph run at once, joined as a batch joins graphs.
 */
public final class GraphSaliency {

    /** Nodes one run holds at most; the copies of a large graph are split across runs. */
    static final int NODES_PER_RUN = 65_536;

    /**
     * One explained sample.
     *
     * @param sample its index as evaluate names it: a graph, or a node counted over the split's graphs in order
     * @param node the node explained in its graph, or −1 for a whole graph
     * @param label its class in the data (−1 where unknown)
     * @param nodeScores one per node of the graph: magnitudes for gradient and SmoothGrad, signed attributions (for the class
     *        positive, against it negative) for the others
     * @param edges the graph's edges as scored: an undirected edge (both directions present) once, by its smaller node first
     * @param edgeScores per edge, the explained output's drop when it is left out (negative: the class gains without it)
     * @param featureScores per node feature, over all the nodes: the gradient's length, the attributions' sum, or (occlusion) the
     *        drop with that feature zeroed at every node
     * @param output the explained output at the graph as it is
     * @param baseline integrated gradients' output at zero features (else NaN)
     */
    public record Explanation(int sample, int graph, int node, int label, int explained, double probability, float[] nodeScores,
            int[][] edges, float[] edgeScores, float[] featureScores, float[] edgeFeatureScores, double output, double baseline) {

        /** The nodes' attributions summed: for integrated gradients, the output's change from the baseline. */
        public double nodeSum() {
            double sum = 0;
            for (float v : nodeScores) {
                sum += v;
            }
            return sum;
        }
    }

    /** The explanations, in the order the samples were asked for. */
    public record Result(Saliency.Method method, boolean perNode, List<Explanation> explanations) {
    }

    private GraphSaliency() {
    }

    /**
     * Explains {@code samples} of {@code data}: each for {@code classes[i]}, or the predicted class where that is negative.
     *
     * @throws IllegalArgumentException for Grad-CAM (no feature maps), a sample outside the split, a model whose rows are not the
     *         data's (per node or per graph), an operator without a gradient rule
     */
    public static Result of(ModelProto model, GraphDataset data, int[] samples, int[] classes, Saliency.Method method)
            throws OrtException, ModelLoadException {
        if (method == Saliency.Method.GRAD_CAM) {
            throw new IllegalArgumentException("grad-cam reads the feature maps of pictures; a graph network's nodes are scored by gradient, "
                    + "smoothgrad, input-x-gradient, integrated-gradients or occlusion");
        }
        ModelProto withGradient = null;
        if (method != Saliency.Method.OCCLUSION) {
            String nodes = GraphCopies.nodeInput(Saliency.dataInputs(model.getGraph()).stream().map(i -> i.getName()).toList());
            withGradient = Saliency.withGradient(model, nodes, "its node features", Map.of(), Map.of());
        }
        List<Explanation> explanations = new ArrayList<>();
        try (ModelSession plain = OnnxRuntime.open(model.toByteArray(), "model", RuntimeSettings.forTrainer());
             ModelSession gradient = withGradient == null ? null : OnnxRuntime.open(withGradient.toByteArray(), "saliency", RuntimeSettings.forTrainer())) {
            String output = plain.session().getOutputNames().iterator().next();
            for (int i = 0; i < samples.length; i++) {
                int[] at = locate(data, samples[i]);
                Explainer explainer = new Explainer(plain, gradient, output, data, at[0], at[1]);
                explanations.add(explainer.explain(samples[i], classes[i], method));
            }
        }
        return new Result(method, data.nodeLabels(), explanations);
    }

    /**
     * A sample's graph and node (−1 for graph samples): evaluate numbers a node classifier's samples over the split's graphs in order.
     *
     * @throws IllegalArgumentException for a sample outside the split
     */
    public static int[] locate(GraphDataset data, int sample) {
        if (!data.nodeLabels()) {
            if (sample < 0 || sample >= data.size()) {
                throw new IllegalArgumentException("sample " + sample + " is outside the split's graphs (0-" + (data.size() - 1) + ")");
            }
            return new int[] {sample, -1};
        }
        int first = 0;
        for (int g = 0; g < data.size(); g++) {
            int nodes = data.graphs().get(g).nodes();
            if (sample >= first && sample < first + nodes) {
                return new int[] {g, sample - first};
            }
            first += nodes;
        }
        throw new IllegalArgumentException("sample " + sample + " is outside the split's nodes (0-" + (first - 1) + ")");
    }

    /** An undirected edge (both directions in the graph) once, by its smaller node; a one-way edge as it is. */
    public static int[][] edgeUnits(int[][] edges) {
        Set<Long> present = new java.util.HashSet<>();
        for (int[] e : edges) {
            present.add((long) e[0] << 32 | e[1]);
        }
        Set<Long> seen = new java.util.LinkedHashSet<>();
        for (int[] e : edges) {
            boolean both = present.contains((long) e[1] << 32 | e[0]);
            int a = both ? Math.min(e[0], e[1]) : e[0];
            int b = both ? Math.max(e[0], e[1]) : e[1];
            seen.add((long) a << 32 | b);
        }
        return seen.stream().map(k -> new int[] {(int) (k >>> 32), (int) (long) k}).toArray(int[][]::new);
    }

    /** One sample's runs: the graph's copies through the plain model or its gradient model. */
    private static final class Explainer {

        private final ModelSession plain;
        private final ModelSession gradient;
        private final String output;
        private final GraphDataset.Graph graph;
        private final int graphIndex;
        private final int node;
        private final int features;
        private final int label;
        /** Output rows per copy: the graph's nodes, or one. */
        private final int rows;
        private int width;
        private int explained;

        Explainer(ModelSession plain, ModelSession gradient, String output, GraphDataset data, int graphIndex, int node) {
            this.plain = plain;
            this.gradient = gradient;
            this.output = output;
            this.graph = data.graphs().get(graphIndex);
            this.graphIndex = graphIndex;
            this.node = node;
            this.features = graph.features().length / graph.nodes();
            this.label = (int) graph.labels()[Math.max(node, 0)];
            this.rows = node >= 0 ? graph.nodes() : 1;
        }

        Explanation explain(int sample, int asked, Saliency.Method method) throws OrtException {
            float[] out = outputs(1, k -> graph.features(), k -> graph);
            width = out.length / rows;
            if (width * rows != out.length || width == 0) {
                throw new IllegalArgumentException("the model gives " + out.length + " values for a graph of " + graph.nodes() + " nodes, not "
                        + (node >= 0 ? "a row per node" : "one row") + " as the data's labels (" + (node >= 0 ? "per node" : "per graph") + ")");
            }
            Saliency.Explained read = Saliency.Explained.of(Arrays.copyOfRange(out, (node >= 0 ? node : 0) * width, (node >= 0 ? node + 1 : 1) * width),
                    width, new int[] {asked});
            explained = read.classes()[0];
            double before = classOutputs(out, 1)[0];
            double baseline = Double.NaN;
            // Per node and feature: the gradient (magnitudes for gradient and SmoothGrad) or the attributions (signed).
            float[] values = switch (method) {
                case OCCLUSION -> null;
                case INTEGRATED_GRADIENTS -> times(integrated(), graph.features());
                case SMOOTHGRAD -> smoothed();
                case INPUT_X_GRADIENT -> times(gradients(1, k -> graph.features()), graph.features());
                default -> gradients(1, k -> graph.features());
            };
            if (method == Saliency.Method.INTEGRATED_GRADIENTS) {
                baseline = classOutputs(outputs(1, k -> new float[graph.features().length], k -> graph), 1)[0];
            }
            boolean signed = method.signed();
            float[] scores = values == null ? nodeOcclusion(before) : sum(values, graph.nodes(), features, true, signed);
            float[] featureScores = values == null ? featureOcclusion(before) : sum(values, graph.nodes(), features, false, signed);
            int[][] units = edgeUnits(graph.edges());
            float[] edgeScores = edgeOcclusion(units, before);
            return new Explanation(sample, graphIndex, node, label, explained, read.probabilities()[0], scores, units, edgeScores, featureScores,
                    edgeFeatureOcclusion(before),
                    before, baseline);
        }

        /** The explained class's output of each of {@code copies} copies, from the outputs of one run. */
        private double[] classOutputs(float[] out, int copies) {
            double[] values = new double[copies];
            for (int k = 0; k < copies; k++) {
                values[k] = out[(k * rows + Math.max(node, 0)) * width + explained];
            }
            return values;
        }

        /**
         * The plain model's first output over {@code n} copies (features of copy k, and the edges, with their features, of the
         * graph {@code edges} gives for it), in runs of at most {@link #NODES_PER_RUN} nodes.
         */
        private float[] outputs(int n, IntFunction<float[]> x, IntFunction<GraphDataset.Graph> edges) throws OrtException {
            float[] all = null;
            int perRun = Math.max(1, NODES_PER_RUN / graph.nodes());
            for (int from = 0; from < n; from += perRun) {
                GraphCopies copies = new GraphCopies(graph.nodes(), features);
                for (int k = from; k < Math.min(n, from + perRun); k++) {
                    copies.add(x.apply(k), edges.apply(k));
                }
                float[] out = copies.run(plain, null, 1, Set.of(output)).get(output);
                if (all == null) {
                    all = new float[out.length / copies.size() * n];
                }
                System.arraycopy(out, 0, all, out.length / copies.size() * from, out.length);
            }
            return all;
        }

        /** The mean over {@code n} copies of the gradient of the explained output with respect to the node features. */
        private float[] gradients(int n, IntFunction<float[]> x) throws OrtException {
            float[] mean = new float[graph.features().length];
            int perRun = Math.max(1, NODES_PER_RUN / graph.nodes());
            for (int from = 0; from < n; from += perRun) {
                GraphCopies copies = new GraphCopies(graph.nodes(), features);
                for (int k = from; k < Math.min(n, from + perRun); k++) {
                    copies.add(x.apply(k), graph);
                }
                float[] seed = new float[copies.size() * rows * width];
                for (int k = 0; k < copies.size(); k++) {
                    seed[(k * rows + Math.max(node, 0)) * width + explained] = 1;
                }
                float[] g = copies.run(gradient, seed, width, Set.of(Saliency.GRADIENT)).get(Saliency.GRADIENT);
                for (int k = 0; k < g.length; k++) {
                    mean[k % mean.length] += g[k] / n;
                }
            }
            return mean;
        }

        /** SmoothGrad's mean gradient: copies with Gaussian noise of {@link Saliency#NOISE} times the features' range. */
        private float[] smoothed() throws OrtException {
            float[] x = graph.features();
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            for (float v : x) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            double sigma = Saliency.NOISE * (max > min ? max - min : 1);
            SplittableRandom random = new SplittableRandom(17);
            List<float[]> noisy = new ArrayList<>();
            for (int k = 0; k < Saliency.NOISY_COPIES; k++) {
                float[] copy = x.clone();
                for (int j = 0; j < copy.length; j++) {
                    copy[j] += (float) (sigma * random.nextGaussian());
                }
                noisy.add(copy);
            }
            return gradients(noisy.size(), noisy::get);
        }

        /** Integrated gradients before the product with the features: the mean gradient at the path's midpoints α·x. */
        private float[] integrated() throws OrtException {
            float[] alphas = PathScaling.midpoints(Saliency.PATH_STEPS);
            float[] x = graph.features();
            return gradients(alphas.length, k -> {
                float[] scaled = x.clone();
                for (int j = 0; j < scaled.length; j++) {
                    scaled[j] *= alphas[k];
                }
                return scaled;
            });
        }

        /** Each feature's score: the output's drop with that feature zeroed at every node. */
        private float[] featureOcclusion(double before) throws OrtException {
            float[] out = outputs(features, f -> {
                float[] x = graph.features().clone();
                for (int v = 0; v < graph.nodes(); v++) {
                    x[v * features + f] = 0;
                }
                return x;
            }, f -> graph);
            return drops(before, classOutputs(out, features));
        }

        /** Each edge feature's score: the output's drop with that feature zeroed on every edge (none where the graph has none). */
        private float[] edgeFeatureOcclusion(double before) throws OrtException {
            int edges = graph.edges().length;
            int width = edges == 0 ? 0 : graph.edgeFeatures().length / edges;
            if (width == 0) {
                return new float[0];
            }
            float[] out = outputs(width, f -> graph.features(), f -> {
                float[] zeroed = graph.edgeFeatures().clone();
                for (int e = 0; e < edges; e++) {
                    zeroed[e * width + f] = 0;
                }
                return new GraphDataset.Graph(graph.nodes(), graph.features(), graph.edges(), graph.labels(), zeroed);
            });
            return drops(before, classOutputs(out, width));
        }

        /** Each node's score: the output's drop with its features zeroed and its edges left out. */
        private float[] nodeOcclusion(double before) throws OrtException {
            int n = graph.nodes();
            float[] out = outputs(n, v -> {
                float[] x = graph.features().clone();
                Arrays.fill(x, v * features, (v + 1) * features, 0f);
                return x;
            }, v -> graph.withEdges(keptEdges(e -> e[0] != v && e[1] != v)));
            return drops(before, classOutputs(out, n));
        }

        /** Each edge's score: the output's drop with it (both its directions) left out. */
        private float[] edgeOcclusion(int[][] units, double before) throws OrtException {
            if (units.length == 0) {
                return new float[0];
            }
            float[] out = outputs(units.length, u -> graph.features(), u -> graph.withEdges(keptEdges(
                    e -> !(e[0] == units[u][0] && e[1] == units[u][1] || e[0] == units[u][1] && e[1] == units[u][0]))));
            return drops(before, classOutputs(out, units.length));
        }

        /** The indices of the graph's edges that {@code keep} keeps (their features go with them). */
        private int[] keptEdges(Predicate<int[]> keep) {
            return IntStream.range(0, graph.edges().length).filter(i -> keep.test(graph.edges()[i])).toArray();
        }

        private static float[] drops(double before, double[] after) {
            float[] drops = new float[after.length];
            for (int k = 0; k < after.length; k++) {
                drops[k] = (float) (before - after[k]);
            }
            return drops;
        }

        private static float[] times(float[] g, float[] x) {
            float[] product = new float[g.length];
            for (int k = 0; k < g.length; k++) {
                product[k] = g[k] * x[k];
            }
            return product;
        }

        /**
         * Per node (summed over its features) or per feature (summed over the nodes): the sum of signed attributions, or the
         * gradient's length.
         */
        private static float[] sum(float[] values, int nodes, int features, boolean perNode, boolean signed) {
            float[] scores = new float[perNode ? nodes : features];
            double[] sums = new double[scores.length];
            for (int v = 0; v < nodes; v++) {
                for (int f = 0; f < features; f++) {
                    float value = values[v * features + f];
                    sums[perNode ? v : f] += signed ? value : (double) value * value;
                }
            }
            for (int k = 0; k < scores.length; k++) {
                scores[k] = (float) (signed ? sums[k] : Math.sqrt(sums[k]));
            }
            return scores;
        }
    }
}
