package dev.dendrite.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.dendrite.analysis.manifold.EmbeddingBenchmark;
import dev.dendrite.analysis.manifold.LayerEmbedding;
import dev.dendrite.analysis.manifold.Points;
import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.Command;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.importer.OnnxFormatException;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.onnx.weights.WeightsFile;
import dev.dendrite.train.run.RunReader;

/**
 * {@code dendrite embed RUN_DIR}: a 2-D embedding (PCA, Isomap, t-SNE or UMAP) of the probe
 * set's raw inputs and of each tapped layer's activations at a checkpoint, with its
 * trustworthiness, the k-NN label accuracy in the embedding and in the layer, and the layer's
 * TwoNN intrinsic dimension; the embeddings as CSV in {@code embeddings/}. With
 * {@code --benchmark}, times every method on synthetic clusters instead.
 */
public final class EmbedCommand implements Command {

    /** The pseudo-layer of the raw probe inputs. */
    static final String INPUTS = "inputs";

    @Override
    public String name() {
        return "embed";
    }

    @Override
    public String summary() {
        return "embeddings of inputs and recorded activations (PCA, Isomap, t-SNE, UMAP) with their quality: embed RUN_DIR";
    }

    @Override
    public String usage() {
        return """
                Usage: dendrite embed RUN_DIR [--epoch E] [--layer ID|inputs] [--method pca|isomap|tsne|umap] [--k 10]
                                     [--perplexity 30] [--neighbours 15] [--min-dist 0.1] [--iterations 1000] [--json]
                       dendrite embed --benchmark [--points 10000] [--dims 256] [--method M] [--json]
                Reads activations/epoch-E.onnx of a run trained with --taps (default: the last epoch recorded) and
                embeds the probe samples in 2-D, for the raw inputs and every recorded layer (or only --layer):
                  pca     principal components (also reported for every method: the variance two components explain)
                  isomap  geodesic distances on the --neighbours graph, then MDS (landmark Isomap above 1,500 points)
                  tsne    Barnes-Hut t-SNE with --perplexity, --iterations
                  umap    UMAP with --neighbours and --min-dist
                and reports the embedding's trustworthiness (k neighbours), leave-one-out k-NN accuracy of the probe
                labels in the embedding and in the layer itself, and the TwoNN estimate of the layer's intrinsic
                dimension (above 2,000 points the measures average over 2,000 fixed query points).
                Writes embeddings/epoch-E-ID-METHOD.csv (x, y, label).
                --benchmark times each method (or only --method) on 10 Gaussian clusters of --points × --dims.""";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws UsageException, IOException {
        Arguments a = Arguments.parse(args, Map.of("--epoch", "epoch", "--layer", "layer", "--k", "k", "--method", "method",
                "--perplexity", "perplexity", "--neighbours", "neighbours", "--min-dist", "min-dist", "--iterations", "iterations",
                "--points", "points", "--dims", "dims"), Set.of("--benchmark"));
        LayerEmbedding.Method method;
        try {
            method = LayerEmbedding.Method.of(a.option("method") == null ? "pca" : a.option("method"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        LayerEmbedding.Parameters defaults = LayerEmbedding.Parameters.defaults();
        LayerEmbedding.Parameters parameters = new LayerEmbedding.Parameters(decimal(a, "perplexity", defaults.perplexity()),
                a.option("neighbours") == null ? defaults.neighbours() : number(a, "neighbours"), decimal(a, "min-dist",
                        defaults.minDistance()), a.option("iterations") == null ? defaults.iterations() : number(a, "iterations"),
                defaults.seed());
        if (a.flag("benchmark")) {
            return benchmark(context, a);
        }
        Path run = Path.of(a.single("RUN_DIR"));
        if (!RunReader.isRunDirectory(run)) {
            throw new UsageException(run + " is not a run directory");
        }
        Path dir = run.resolve("activations");
        if (!Files.isDirectory(dir)) {
            throw new UsageException(run + " has no recorded activations: train it with --taps all (or --taps LAYER,...)");
        }
        int epoch = a.option("epoch") != null ? number(a, "epoch") : lastEpoch(dir);
        Path file = dir.resolve("epoch-" + epoch + ".onnx");
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no activations recorded at epoch " + epoch + " in " + dir);
        }
        int k = a.option("k") != null ? number(a, "k") : 10;
        Weights recorded;
        try {
            recorded = WeightsFile.read(file);
        } catch (OnnxFormatException e) {
            throw new UsageException(file + " cannot be read: " + e.getMessage());
        }
        Path out = run.resolve("embeddings");
        Files.createDirectories(out);
        List<Map<String, Object>> layers = new ArrayList<>();
        int width = Math.max(14, recorded(recorded).keySet().stream().mapToInt(String::length).max().orElse(0));
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s %7s %6s %11s %8s %9s %9s%n", "layer", "units", "PCA-2",
                "trustworthy", "k-NN 2-D", "k-NN layer", "dimension"));
        for (var entry : recorded(recorded).entrySet()) {
            String id = entry.getKey();
            if (a.option("layer") != null && !a.option("layer").equals(id)) {
                continue;
            }
            FloatTensor tensor = entry.getValue();
            Points points = Points.of(tensor.values(), tensor.shape());
            int[] labels = labels(dev.dendrite.train.run.ProbeLabels.forRows(recorded, points.n()));
            if (points.n() <= 2 * k) {
                throw new UsageException("the probe set has " + points.n() + " samples: too few for k = " + k + " (at least " + (2 * k + 1) + ")");
            }
            LayerEmbedding embedded;
            try {
                embedded = LayerEmbedding.of(points, labels, method, parameters, k, () -> false, share -> {
                });
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            Map<String, Object> layer = new LinkedHashMap<>();
            layer.put("layer", id);
            layer.put("samples", points.n());
            layer.put("units", points.d());
            layer.put("explained", embedded.explained());
            layer.put("method", method.id());
            layer.put("trustworthiness", embedded.trustworthiness());
            layer.put("knnAccuracyEmbedding", labels == null ? null : embedded.knnEmbedding());
            layer.put("knnAccuracyLayer", labels == null ? null : embedded.knnLayer());
            layer.put("intrinsicDimension", embedded.intrinsicDimension());
            Path csv = out.resolve("epoch-" + epoch + "-" + id + "-" + method.id() + ".csv");
            Files.writeString(csv, LayerEmbedding.csv(embedded.embedding(), labels), StandardCharsets.UTF_8);
            layer.put("csv", csv.toString());
            layers.add(layer);
            text.append(String.format(Locale.ROOT, "%-" + width + "s %7d %5.1f%% %11.3f %8s %9s %9s%n", id, points.d(),
                    100 * (double) layer.get("explained"), (double) layer.get("trustworthiness"), percent(layer.get("knnAccuracyEmbedding")),
                    percent(layer.get("knnAccuracyLayer")), dimension((double) layer.get("intrinsicDimension"))));
        }
        if (layers.isEmpty()) {
            throw new UsageException("no layer " + a.option("layer") + " among the recorded activations");
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("runDir", run.toString());
        json.put("epoch", epoch);
        json.put("method", method.id());
        json.put("k", k);
        json.put("layers", layers);
        context.print(json, text.append("embeddings in ").append(out).toString());
        return 0;
    }

    /** TwoNN's dimension to one decimal; "-" where undefined (every point has a twin: discrete values). */
    private static String dimension(double d) {
        return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.1f", d);
    }

    /** Recorded labels as classes (null: none for the layer's rows). */
    private static int[] labels(FloatTensor t) {
        if (t == null) {
            return null;
        }
        int[] l = new int[t.values().length];
        for (int i = 0; i < l.length; i++) {
            l[i] = Math.round(t.values()[i]);
        }
        return l;
    }

    /** The raw inputs (when recorded) and then every tapped layer's activations, by layer id. */
    static Map<String, FloatTensor> recorded(Weights recorded) {
        Map<String, FloatTensor> byLayer = new LinkedHashMap<>();
        recorded.get("probe", "inputs").ifPresent(inputs -> byLayer.put(INPUTS, inputs));
        for (var entry : recorded.flat().entrySet()) {
            String id = Weights.split(entry.getKey())[0];
            if (!id.equals("probe") && Weights.split(entry.getKey())[1].equals("activations")) {
                byLayer.put(id, entry.getValue());
            }
        }
        return byLayer;
    }

    private static int benchmark(CommandContext context, Arguments a) throws UsageException {
        int n = a.option("points") == null ? 10_000 : number(a, "points");
        int d = a.option("dims") == null ? 256 : number(a, "dims");
        if (n < 100 || d < 1) {
            throw new UsageException("--points needs at least 100 and --dims at least 1");
        }
        List<LayerEmbedding.Method> methods = a.option("method") == null ? List.of(LayerEmbedding.Method.values())
                : List.of(LayerEmbedding.Method.of(a.option("method")));
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%d points × %d dimensions, 10 Gaussian clusters, %d cores%n",
                n, d, Runtime.getRuntime().availableProcessors()));
        text.append(String.format(Locale.ROOT, "%-8s %9s %11s %8s%n", "method", "seconds", "trustworthy", "k-NN 2-D"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (EmbeddingBenchmark.Result result : EmbeddingBenchmark.run(n, d, methods, () -> false)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("method", result.method().id());
            row.put("seconds", result.seconds());
            row.put("trustworthiness", result.trustworthiness());
            row.put("knnAccuracy", result.knnAccuracy());
            rows.add(row);
            text.append(String.format(Locale.ROOT, "%-8s %9.1f %11.3f %7.1f%%%n", result.method().id(), result.seconds(),
                    result.trustworthiness(), 100 * result.knnAccuracy()));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("points", n);
        json.put("dims", d);
        json.put("cores", Runtime.getRuntime().availableProcessors());
        json.put("methods", rows);
        context.print(json, text.toString().stripTrailing());
        return 0;
    }

    private static double decimal(Arguments a, String option, double fallback) throws UsageException {
        if (a.option(option) == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(a.option(option));
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " needs a number, got " + a.option(option));
        }
    }

    private static String percent(Object value) {
        return value instanceof Double v ? String.format(Locale.ROOT, "%.1f%%", 100 * v) : "-";
    }

    private static int lastEpoch(Path dir) throws IOException, UsageException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("epoch-\\d+\\.onnx"))
                    .mapToInt(n -> Integer.parseInt(n.substring(6, n.length() - 5))).max()
                    .orElseThrow(() -> new UsageException("no activations recorded in " + dir));
        }
    }

    private static int number(Arguments a, String option) throws UsageException {
        try {
            int value = Integer.parseInt(a.option(option));
            if (value < 0 || option.equals("k") && value < 1) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " needs a whole number" + (option.equals("k") ? " ≥ 1" : " ≥ 0") + ", got "
                    + a.option(option));
        }
    }
}
