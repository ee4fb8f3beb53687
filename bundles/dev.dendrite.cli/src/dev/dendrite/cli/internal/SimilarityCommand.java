package dev.dendrite.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.dendrite.analysis.manifold.LayerActivations;
import dev.dendrite.analysis.manifold.RepresentationSimilarity;
import dev.dendrite.analysis.manifold.SimilarityPicture;
import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.Command;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.train.data.Dataset;

/**
 * {@code dendrite similarity RUN_DIR [--against RUN_DIR2]}: how alike layers represent the same
 * samples, by linear CKA: within one network layer against layer, or across two networks.
 */
public final class SimilarityCommand implements Command {

    static final int DEFAULT_SAMPLES = 500;
    /** The most samples: every layer's n × n Gram matrix is held at once (2,000: 32 MB a layer). */
    static final int MAX_SAMPLES = 2000;

    @Override
    public String name() {
        return "similarity";
    }

    @Override
    public String summary() {
        return "representation similarity (linear or RBF CKA) of every layer against every other, in one network or across two: similarity RUN_DIR";
    }

    @Override
    public String usage() {
        return """
                Usage: dendrite similarity RUN_DIR|MODEL.onnx [--against RUN_DIR2|MODEL2.onnx] [--samples N] [--layers ID,...]
                                          [--against-layers ID,...] [--kernel linear|rbf[:WIDTH]] [--data SPEC]
                                          [--split test|train|validation] [-o DIR] [--data-cache DIR] [--json]
                How alike two layers represent the same samples, by linear centered kernel alignment (CKA; Kornblith et al.,
                2019): 1 where one layer's activations are the other's up to a rotation and a scale, near 0 where they are
                unrelated. It compares layers of different widths and networks whose units are in any order. Alone, every
                layer of the model against every other (the input first): where the representation changes. With --against,
                every layer of the first against every layer of the second, on the same samples: whether two seeds, a pruned
                ticket and its dense network, or a student and its teacher learnt alike, and which layer of the second
                matches each of the first ("bestMatch" in JSON). Activations are read from the model files on the split's
                first --samples N samples (default 500, at most 2,000); --layers and --against-layers name tensors to compare (default:
                each layer's output, reshapes left out). --kernel rbf compares the samples by a Gaussian kernel of width WIDTH
                times their median distance (default 0.8; Kornblith et al. used 0.2 to 0.8) instead of their dot products:
                small widths weigh near neighbours, so two layers agree where they keep the same samples close. The matrix is
                drawn as similarity.png (similarity-against-NAME.png, with -rbf before .png for an RBF kernel) in DIR (default
                RUN_DIR/similarity, or similarity/ beside a model file), black (0) through red to yellow (1).""";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(ModelTarget.OPTIONS);
        options.put("--against", "against");
        options.put("--samples", "samples");
        options.put("--layers", "layers");
        options.put("--against-layers", "against-layers");
        options.put("--kernel", "kernel");
        options.put("-o", "out");
        Arguments a = Arguments.parse(args, options, Set.of());
        Integer samples = TrainCommand.integer(a, "samples");
        if (samples != null && (samples < 3 || samples > MAX_SAMPLES)) {
            throw new UsageException("--samples takes 3 to " + MAX_SAMPLES + " samples (CKA centres each unit over them and holds an n × n "
                    + "matrix per layer), not " + samples);
        }
        if (a.option("against-layers") != null && a.option("against") == null) {
            throw new UsageException("--against-layers names layers of the --against model: give it");
        }
        RepresentationSimilarity.Kernel kernel;
        try {
            kernel = a.option("kernel") == null ? RepresentationSimilarity.Kernel.LINEAR : RepresentationSimilarity.Kernel.parse(a.option("kernel"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--kernel: " + e.getMessage());
        }
        ModelTarget target = ModelTarget.resolve(a, "similarity");
        Dataset data = target.samples("similarity");
        int n = samples == null ? DEFAULT_SAMPLES : samples;
        LayerActivations first = target.analyse("layer probe", model -> LayerActivations.of(model, data, n, layers(a.option("layers"))));
        LayerActivations second = first;
        Path against = null;
        if (a.option("against") != null) {
            against = ModelTarget.modelFile(Path.of(a.option("against")), "--against ");
            ModelTarget other = new ModelTarget(null, against, target.spec(), target.split(), data, null, 0, null);
            second = other.analyse("layer probe", model -> LayerActivations.of(model, data, n, layers(a.option("against-layers"))));
        }
        LayerActivations b = second;
        RepresentationSimilarity similarity = RepresentationSimilarity.compare(first, b, kernel, () -> false);
        String name = (against == null ? "similarity" : "similarity-against-" + label(against)) + (kernel.rbf() ? "-rbf" : "") + ".png";
        Path picture = target.outputFolder(a, "similarity").resolve(name);
        SimilarityPicture.write(similarity, picture);
        context.print(json(target, against, first.samples(), similarity, picture), text(target, against, first.samples(), similarity, picture));
        return 0;
    }

    private static List<String> layers(String option) {
        return option == null ? null : Arrays.stream(option.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A model's name for a file: its run directory's, or the file's without .onnx. */
    private static String label(Path model) {
        return dev.dendrite.train.run.RunFiles.modelName(model).replaceFirst("\\.onnx$", "").replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    private static Map<String, Object> json(ModelTarget target, Path against, int samples, RepresentationSimilarity s, Path picture) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", target.model().toString());
        json.put("against", against == null ? null : against.toString());
        json.put("dataset", target.spec());
        json.put("split", target.split());
        json.put("samples", samples);
        json.put("kernel", s.kernel().id());
        json.put("rows", s.rows());
        json.put("columns", s.columns());
        List<List<Double>> matrix = new ArrayList<>();
        for (double[] row : s.cka()) {
            matrix.add(Arrays.stream(row).boxed().toList());
        }
        json.put("cka", matrix);
        List<Map<String, Object>> best = new ArrayList<>();
        int[] matches = s.bestMatches();
        for (int i = 0; i < matches.length; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("layer", s.rows().get(i));
            row.put("match", s.columns().get(matches[i]));
            row.put("cka", s.cka()[i][matches[i]]);
            best.add(row);
        }
        if (against != null) {
            json.put("bestMatch", best);
        }
        json.put("file", Files.isRegularFile(picture) ? picture.toString() : null);
        return json;
    }

    private static String text(ModelTarget target, Path against, int samples, RepresentationSimilarity s, Path picture) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s of %s%s on %d samples of the %s split of %s%n",
                s.kernel().describe(), target.model(), against == null ? ", layer against layer," : " (rows) against " + against + " (columns)", samples, target.split(),
                target.spec()));
        int width = Math.max(8, s.rows().stream().mapToInt(String::length).max().orElse(8));
        text.append(" ".repeat(width));
        for (int j = 0; j < s.columns().size(); j++) {
            text.append(String.format(Locale.ROOT, " %5s", j + 1));
        }
        text.append('\n');
        for (int i = 0; i < s.rows().size(); i++) {
            text.append(String.format(Locale.ROOT, "%-" + width + "s", s.rows().get(i)));
            for (double v : s.cka()[i]) {
                text.append(String.format(Locale.ROOT, " %5.2f", v));
            }
            text.append('\n');
        }
        text.append("columns: ");
        for (int j = 0; j < s.columns().size(); j++) {
            text.append(j == 0 ? "" : ", ").append(j + 1).append(' ').append(s.columns().get(j));
        }
        text.append('\n');
        if (against != null) {
            int[] best = s.bestMatches();
            for (int i = 0; i < best.length; i++) {
                text.append(String.format(Locale.ROOT, "%s is most like %s (%.2f)%n", s.rows().get(i), s.columns().get(best[i]), s.cka()[i][best[i]]));
            }
        }
        text.append("drawn in ").append(picture);
        return text.toString();
    }
}
