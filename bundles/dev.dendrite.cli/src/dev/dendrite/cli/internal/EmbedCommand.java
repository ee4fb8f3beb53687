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

/**
 * {@code dendrite embed RUN_DIR}: a 2-D PCA embedding of each tapped layer's activations at a
 * checkpoint, with its trustworthiness, the k-NN label accuracy in the embedding and in the layer,
 * and the layer's TwoNN intrinsic dimension; the embeddings as CSV in {@code embeddings/}.
 */
public final class EmbedCommand implements Command {

    @Override
    public String name() {
        return "embed";
    }

    @Override
    public String summary() {
        return "embeddings of recorded activations (PCA, t-SNE) with their quality and intrinsic dimension: embed RUN_DIR";
    }

    @Override
    public String usage() {
        return """
                Usage: dendrite embed RUN_DIR [--epoch E] [--layer ID] [--method pca|tsne] [--perplexity 30] [--k 10] [--json]
                Reads activations/epoch-E.onnx of a run trained with --taps (default: the last epoch recorded) and,
                per layer (or only --layer), embeds the probe samples in 2-D by PCA or exact t-SNE (1,000 iterations;
                O(n²): a few thousand samples) and reports: the variance two PCA components explain, the embedding's
                trustworthiness (k neighbours), leave-one-out k-NN accuracy of the probe labels in the embedding and
                in the layer itself, and the TwoNN estimate of the layer's intrinsic dimension.
                Writes embeddings/epoch-E-ID-METHOD.csv (x, y, label).""";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws UsageException, IOException {
        Arguments a = Arguments.parse(args, Map.of("--epoch", "epoch", "--layer", "layer", "--k", "k", "--method", "method",
                "--perplexity", "perplexity"), Set.of());
        String method = a.option("method") == null ? "pca" : a.option("method");
        if (!method.equals("pca") && !method.equals("tsne")) {
            throw new UsageException("unknown embedding method '" + method + "': use pca or tsne");
        }
        double perplexity;
        try {
            perplexity = a.option("perplexity") == null ? 30 : Double.parseDouble(a.option("perplexity"));
        } catch (NumberFormatException e) {
            throw new UsageException("--perplexity needs a number, got " + a.option("perplexity"));
        }
        Path run = Path.of(a.single("RUN_DIR"));
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
        int[] labels = recorded.get("probe", "labels").map(t -> {
            int[] l = new int[t.values().length];
            for (int i = 0; i < l.length; i++) {
                l[i] = Math.round(t.values()[i]);
            }
            return l;
        }).orElse(null);
        Path out = run.resolve("embeddings");
        Files.createDirectories(out);
        List<Map<String, Object>> layers = new ArrayList<>();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-14s %7s %6s %11s %8s %9s %9s%n", "layer", "units", "PCA-2",
                "trustworthy", "k-NN 2-D", "k-NN layer", "dimension"));
        for (var entry : recorded.flat().entrySet()) {
            String id = Weights.split(entry.getKey())[0];
            if (id.equals("probe") || a.option("layer") != null && !a.option("layer").equals(id)) {
                continue;
            }
            FloatTensor tensor = entry.getValue();
            Points points = Points.of(tensor.values(), tensor.shape());
            if (points.n() <= 2 * k) {
                throw new UsageException("the probe set has " + points.n() + " samples: too few for k = " + k + " (at least " + (2 * k + 1) + ")");
            }
            LayerEmbedding embedded;
            try {
                embedded = LayerEmbedding.of(points, labels, method.equals("tsne") ? LayerEmbedding.Method.TSNE : LayerEmbedding.Method.PCA,
                        perplexity, k, () -> false);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            Map<String, Object> layer = new LinkedHashMap<>();
            layer.put("layer", id);
            layer.put("samples", points.n());
            layer.put("units", points.d());
            layer.put("explained", embedded.explained());
            layer.put("method", method);
            layer.put("trustworthiness", embedded.trustworthiness());
            layer.put("knnAccuracyEmbedding", labels == null ? null : embedded.knnEmbedding());
            layer.put("knnAccuracyLayer", labels == null ? null : embedded.knnLayer());
            layer.put("intrinsicDimension", embedded.intrinsicDimension());
            Path csv = out.resolve("epoch-" + epoch + "-" + id + "-" + method + ".csv");
            Files.writeString(csv, LayerEmbedding.csv(embedded.embedding(), labels), StandardCharsets.UTF_8);
            layer.put("csv", csv.toString());
            layers.add(layer);
            text.append(String.format(Locale.ROOT, "%-14s %7d %5.1f%% %11.3f %8s %9s %9.1f%n", id, points.d(),
                    100 * (double) layer.get("explained"), (double) layer.get("trustworthiness"), percent(layer.get("knnAccuracyEmbedding")),
                    percent(layer.get("knnAccuracyLayer")), (double) layer.get("intrinsicDimension")));
        }
        if (layers.isEmpty()) {
            throw new UsageException("no layer " + a.option("layer") + " among the recorded activations");
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("runDir", run.toString());
        json.put("epoch", epoch);
        json.put("k", k);
        json.put("layers", layers);
        context.print(json, text.append("embeddings in ").append(out).toString());
        return 0;
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
