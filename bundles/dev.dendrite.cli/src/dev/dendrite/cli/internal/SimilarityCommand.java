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
import dev.dendrite.analysis.manifold.LayerConvergence;
import dev.dendrite.analysis.manifold.RepresentationSimilarity;
import dev.dendrite.analysis.manifold.SimilarityPicture;
import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.Command;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.train.data.Dataset;

/**
 * {@code dendrite similarity RUN_DIR [--against RUN_DIR2]}: how alike layers represent the same
 * samples, by CKA (linear or RBF), SVCCA or PWCCA: within one network layer against layer, or across two networks.
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
        return "representation similarity (linear or RBF CKA, SVCCA, PWCCA) of every layer against every other, in one network or across two: similarity RUN_DIR";
    }

    @Override
    public String usage() {
        return """
                Usage: dendrite similarity RUN_DIR|MODEL.onnx [--against RUN_DIR2|MODEL2.onnx] [--samples N] [--layers ID,...]
                                          [--against-layers ID,...] [--measure cka|svcca[:SHARE]|pwcca[:SHARE]]
                                          [--kernel linear|rbf[:WIDTH]] [--over-training] [--data SPEC]
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
                small widths weigh near neighbours, so two layers agree where they keep the same samples close.
                --measure svcca cuts each layer to its main directions, those holding SHARE of its variance (default 0.99), and
                averages the canonical correlations of two layers' directions (SVCCA; Raghu et al., 2017); pwcca weighs each
                correlation by how much of the layer its direction accounts for (PWCCA; Morcos et al., 2018), so directions the
                layer hardly uses count little. Both are unchanged by any invertible linear map of a layer (CKA only by rotations
                and scales), and both need more samples than directions: with k and m directions on n samples, two random
                subspaces read a mean squared correlation of max(k, m) / (n - 1), printed as the chance level ("dimensions"
                and "chanceSquared" in JSON). The matrix is drawn as similarity.png (similarity-against-NAME.png, with -rbf,
                -svcca or -pwcca before .png) in DIR (default RUN_DIR/similarity, or similarity/ beside a model file), black (0)
                through red to yellow (1). JSON: "similarity" is the matrix, also under "cka" for CKA.
                --over-training compares instead each layer a run tapped (train --taps, --taps-every) at every recorded
                epoch with the same layer at the last, on the run's probe set, by the measure chosen: how each layer's
                representation settles (Raghu et al., 2017: from the bottom up), with the first epoch from which a layer
                stays at 0.9 or more of its final one ("overTraining" in JSON: epochs, layers, values, settledAt).""";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(ModelTarget.OPTIONS);
        options.put("--against", "against");
        options.put("--samples", "samples");
        options.put("--layers", "layers");
        options.put("--against-layers", "against-layers");
        options.put("--kernel", "kernel");
        options.put("--measure", "measure");
        options.put("-o", "out");
        Arguments a = Arguments.parse(args, options, Set.of("--over-training"));
        if (a.flag("over-training")) {
            return overTraining(context, a);
        }
        Integer samples = TrainCommand.integer(a, "samples");
        if (samples != null && (samples < 3 || samples > MAX_SAMPLES)) {
            throw new UsageException("--samples takes 3 to " + MAX_SAMPLES + " samples (CKA centres each unit over them and holds an n × n "
                    + "matrix per layer), not " + samples);
        }
        if (a.option("against-layers") != null && a.option("against") == null) {
            throw new UsageException("--against-layers names layers of the --against model: give it");
        }
        RepresentationSimilarity.Measure measure = measure(a.option("measure"), a.option("kernel"));
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
        RepresentationSimilarity similarity = RepresentationSimilarity.compare(first, b, measure, () -> false);
        String name = (against == null ? "similarity" : "similarity-against-" + label(against)) + (measure.rbf() ? "-rbf"
                : measure.canonical() ? "-" + measure.family() : "") + ".png";
        Path picture = target.outputFolder(a, "similarity").resolve(name);
        SimilarityPicture.write(similarity, picture);
        context.print(json(target, against, first.samples(), similarity, picture), text(target, against, first.samples(), similarity, picture));
        return 0;
    }

    /** {@code --over-training}: each tapped layer at every recorded epoch against its last, printed and as JSON. */
    private static int overTraining(CommandContext context, Arguments a) throws Exception {
        for (String other : List.of("against", "against-layers", "layers", "samples", "split", "out")) {
            if (a.option(other) != null) {
                throw new UsageException("--over-training reads the layers and samples the run recorded; --" + (other.equals("out") ? "o" : other)
                        + " does not apply");
            }
        }
        RepresentationSimilarity.Measure measure = measure(a.option("measure"), a.option("kernel"));
        ModelTarget target = ModelTarget.resolve(a, "similarity");
        if (target.run() == null) {
            throw new UsageException("--over-training reads a run's recorded activations: give its run directory, not a model file");
        }
        List<String> order = target.analyse("layer listing", LayerActivations::defaultLayers);
        LayerConvergence convergence;
        try {
            convergence = LayerConvergence.of(target.run().resolve("activations"), order, measure, () -> false);
        } catch (IllegalArgumentException e) {
            throw new UsageException(target.run() + ": " + e.getMessage());
        } catch (java.io.IOException e) {
            throw new UsageException(e.getMessage());
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", target.model().toString());
        json.put("measure", measure.family());
        json.put("kernel", measure.canonical() ? null : measure.id());
        json.put("keptVariance", measure.canonical() ? measure.share() : null);
        Map<String, Object> over = new LinkedHashMap<>();
        over.put("epochs", convergence.epochs());
        over.put("layers", convergence.layers());
        over.put("values", rows(convergence.values()));
        over.put("settled", LayerConvergence.SETTLED);
        over.put("settledAt", convergence.settledAt());
        json.put("overTraining", over);
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s of each layer %s recorded against its last recorded epoch (%d), "
                + "on its probe set%n", measure.describe(), target.run(), convergence.epochs().get(convergence.epochs().size() - 1)));
        int width = Math.max(8, convergence.layers().stream().mapToInt(String::length).max().orElse(8));
        text.append(String.format(Locale.ROOT, "%-" + width + "s", "epoch"));
        convergence.epochs().forEach(e -> text.append(String.format(Locale.ROOT, " %5d", e)));
        text.append("  settled\n");
        for (int l = 0; l < convergence.layers().size(); l++) {
            text.append(String.format(Locale.ROOT, "%-" + width + "s", convergence.layers().get(l)));
            for (double v : convergence.values()[l]) {
                text.append(String.format(Locale.ROOT, " %5.2f", v));
            }
            text.append(String.format(Locale.ROOT, "  %d%n", convergence.settledAt().get(l)));
        }
        text.append(String.format(Locale.ROOT, "(settled: the first recorded epoch from which the layer stays at %.1f or more of its final "
                + "representation)", LayerConvergence.SETTLED));
        context.print(json, text.toString());
        return 0;
    }

    /** A matrix as JSON's list of rows. */
    private static List<List<Double>> rows(double[][] matrix) {
        List<List<Double>> rows = new ArrayList<>();
        for (double[] row : matrix) {
            rows.add(Arrays.stream(row).boxed().toList());
        }
        return rows;
    }

    /** The measure from --measure and --kernel (CKA's alone). */
    static RepresentationSimilarity.Measure measure(String measure, String kernel) throws UsageException {
        String family = measure == null ? "cka" : measure.strip().toLowerCase(Locale.ROOT);
        if (family.equals("cka")) {
            try {
                RepresentationSimilarity.Measure parsed = kernel == null ? RepresentationSimilarity.Measure.LINEAR
                        : RepresentationSimilarity.Measure.parse(kernel);
                if (parsed.canonical()) {
                    throw new IllegalArgumentException("'" + kernel + "' is a measure, not a kernel: give it as --measure " + kernel);
                }
                return parsed;
            } catch (IllegalArgumentException e) {
                throw new UsageException("--kernel: " + e.getMessage().replace("unknown measure", "unknown kernel"));
            }
        }
        if (!family.startsWith("svcca") && !family.startsWith("pwcca")) {
            throw new UsageException("--measure: unknown measure '" + measure + "': use cka (with --kernel), svcca or pwcca (with :SHARE, the "
                    + "variance each layer keeps, 0.99 by default)");
        }
        if (kernel != null) {
            throw new UsageException("--kernel is CKA's: " + family + " compares the layers' main directions, with no kernel");
        }
        try {
            return RepresentationSimilarity.Measure.parse(family);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--measure: " + e.getMessage());
        }
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
        json.put("measure", s.measure().family());
        json.put("kernel", s.measure().canonical() ? null : s.measure().id());
        json.put("keptVariance", s.measure().canonical() ? s.measure().share() : null);
        json.put("rows", s.rows());
        json.put("columns", s.columns());
        List<List<Double>> matrix = rows(s.values());
        json.put("similarity", matrix);
        if (!s.measure().canonical()) {
            json.put("cka", matrix);
        } else {
            json.put("rowDimensions", s.rowDimensions());
            json.put("columnDimensions", s.columnDimensions());
            json.put("chanceSquared", chanceSquared(s, samples));
        }
        List<Map<String, Object>> best = new ArrayList<>();
        int[] matches = s.bestMatches();
        for (int i = 0; i < matches.length; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("layer", s.rows().get(i));
            row.put("match", s.columns().get(matches[i]));
            row.put(s.measure().canonical() ? "value" : "cka", s.values()[i][matches[i]]);
            best.add(row);
        }
        if (against != null) {
            json.put("bestMatch", best);
        }
        json.put("file", Files.isRegularFile(picture) ? picture.toString() : null);
        return json;
    }

    /** The largest chance level over the pairs: max(k, m) / (n − 1). */
    private static double chanceSquared(RepresentationSimilarity s, int samples) {
        int most = 0;
        for (int k : s.rowDimensions()) {
            most = Math.max(most, k);
        }
        for (int m : s.columnDimensions()) {
            most = Math.max(most, m);
        }
        return RepresentationSimilarity.chanceSquared(most, most, samples);
    }

    private static String text(ModelTarget target, Path against, int samples, RepresentationSimilarity s, Path picture) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s of %s%s on %d samples of the %s split of %s%n",
                s.measure().describe(), target.model(), against == null ? ", layer against layer," : " (rows) against " + against + " (columns)", samples, target.split(),
                target.spec()));
        int width = Math.max(8, s.rows().stream().mapToInt(String::length).max().orElse(8));
        text.append(" ".repeat(width));
        for (int j = 0; j < s.columns().size(); j++) {
            text.append(String.format(Locale.ROOT, " %5s", j + 1));
        }
        text.append('\n');
        for (int i = 0; i < s.rows().size(); i++) {
            text.append(String.format(Locale.ROOT, "%-" + width + "s", s.rows().get(i)));
            for (double v : s.values()[i]) {
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
                text.append(String.format(Locale.ROOT, "%s is most like %s (%.2f)%n", s.rows().get(i), s.columns().get(best[i]), s.values()[i][best[i]]));
            }
        }
        if (s.measure().canonical()) {
            text.append("directions kept: ");
            for (int i = 0; i < s.rows().size(); i++) {
                text.append(i == 0 ? "" : ", ").append(s.rows().get(i)).append(' ').append(s.rowDimensions().get(i));
            }
            if (against != null) {
                text.append("; against: ");
                for (int j = 0; j < s.columns().size(); j++) {
                    text.append(j == 0 ? "" : ", ").append(s.columns().get(j)).append(' ').append(s.columnDimensions().get(j));
                }
            }
            text.append(String.format(Locale.ROOT, "%nchance: random subspaces of these dimensions read a mean squared correlation of up to "
                    + "%.2f on %d samples%s%n", chanceSquared(s, samples), samples, chanceSquared(s, samples) > 0.2
                            ? " (more samples, --samples, or a smaller share would separate them better)" : ""));
        }
        text.append("drawn in ").append(picture);
        return text.toString();
    }
}
