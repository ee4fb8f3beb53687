package dev.dendrite.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.dendrite.analysis.evaluation.SaliencyImages;
import dev.dendrite.analysis.features.DataRange;
import dev.dendrite.analysis.features.DatasetExamples;
import dev.dendrite.analysis.features.FeatureImages;
import dev.dendrite.analysis.features.FeatureTarget;
import dev.dendrite.analysis.features.FeatureVisualization;
import dev.dendrite.analysis.features.UnitAblation;
import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.Command;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.model.io.AtomicFiles;
import dev.dendrite.train.data.Dataset;

/**
 * {@code dendrite features RUN_DIR|MODEL.onnx [--layer ID] [--units ...]}: what a layer's units
 * detect, as the input that drives each highest (activation maximisation) beside the data's
 * samples that drive it highest.
 */
public final class FeaturesCommand implements Command {

    /** Samples searched for each unit's strongest examples by default. */
    static final int DEFAULT_SAMPLES = 2000;
    static final int DEFAULT_EXAMPLES = 6;

    @Override
    public String name() {
        return "features";
    }

    @Override
    public String summary() {
        return "feature visualisation: the input each unit or class responds to most, beside the samples that drive it most: features RUN_DIR";
    }

    @Override
    public String usage() {
        return """
                Usage: dendrite features RUN_DIR|MODEL.onnx [--layer ID] [--units U,V,...|all] [--steps N] [--rate R] [--decay D]
                                        [--jitter J] [--blur-every K] [--seed S] [--examples K] [--samples N]
                                        [--ablation [--ablation-value zero|mean]] [--data SPEC]
                                        [--split test|train|validation] [-o DIR] [--data-cache DIR] [--json]
                What each unit of a layer detects, two ways. The input that drives it highest (activation maximisation:
                Erhan et al., 2009; Simonyan et al., 2014; Olah et al., 2017), found by gradient ascent on the input with
                the weights fixed, from the data's mean sample: --steps (default 256) steps of --rate (default 0.02 of the
                data's range) along the gradient normalised to unit root mean square; each step pulls the input --decay
                (default 0.01) of the way back to the data's mean value (L2), shifts a picture by up to --jitter pixels
                (default 1) first, so the pattern must work wherever it lies, and every --blur-every steps (default 4, 0:
                never) blurs it slightly; the input stays in the data's range. Without them the ascent finds noise that
                drives the unit as high and means nothing. And the data's own answer: the --examples (default 6) samples
                among the split's first --samples (default 2000) that drive the unit highest.
                --layer ID names the layer (a layer id, as inspect lists them; default the output, read before a softmax:
                a class's logit, so the pictures show what the network takes for each class). A unit is one value of a
                layer of vectors, or one channel of feature maps, maximised as the mean over its positions (what it
                detects anywhere). --units picks units (default the first 16; all: every unit, at most 128 per call;
                more than 16 wrap into bands of 16 columns in the PNG).
                Each unit's objective is printed at the start, after the ascent, and over the data (largest, mean): an
                input far past the data's largest value reads what the unit responds to, not what the data holds. With
                class labels, also the class whose samples drive it most on average and its class selectivity (Morcos
                et al., 2018): (max − rest) / (max + rest) of its class means, 0 alike for every class, 1 for one class
                only; for units never negative on average (ReLU outputs), else "-". --ablation also scores the model on
                the same samples with each unit zeroed in turn (a channel at every position): how much the network needs
                it, and Spearman's rho of the units' selectivity and their ablation's drop (Morcos et al., 2018, found
                selective units no more needed than others). --ablation-value mean sets each unit to its mean over the
                samples (and positions) instead of zero: the unit then carries no information but keeps its usual level,
                so a unit whose values lie far from zero is not judged by the shock of an input the network never saw.
                Pictures are written as one PNG, a column per unit: the found input on top, the examples under it,
                strongest first (DIR default RUN_DIR/features, or features/ beside a model file). --json adds each found
                input's values ("input") and the examples. A run keeps the last report (features.json), which the
                Evaluation view's Features... dialog shows again.""";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(ModelTarget.OPTIONS);
        for (String option : List.of("layer", "units", "steps", "rate", "decay", "jitter", "blur-every", "seed", "examples", "samples",
                "ablation-value")) {
            options.put("--" + option, option);
        }
        options.put("-o", "out");
        Arguments a = Arguments.parse(args, options, Set.of("--ablation"));
        FeatureVisualization.Settings defaults = FeatureVisualization.Settings.defaults();
        FeatureVisualization.Settings settings;
        try {
            settings = new FeatureVisualization.Settings(a.wholeNumber("steps", defaults.steps(), 1), a.number("rate", defaults.rate()),
                    a.number("decay", defaults.decay()), a.wholeNumber("jitter", defaults.jitter(), 0), a.wholeNumber("blur-every", defaults.blurEvery(), 0),
                    a.wholeNumber("seed", (int) defaults.seed(), 0));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        String ablationValue = a.option("ablation-value") == null ? "zero" : a.option("ablation-value").strip().toLowerCase(Locale.ROOT);
        if (!ablationValue.equals("zero") && !ablationValue.equals("mean")) {
            throw new UsageException("--ablation-value takes zero or mean, not '" + a.option("ablation-value") + "'");
        }
        if (a.option("ablation-value") != null && !a.flag("ablation")) {
            throw new UsageException("--ablation-value says what --ablation sets units to: give --ablation");
        }
        int examples = a.wholeNumber("examples", DEFAULT_EXAMPLES, 0);
        int searched = a.wholeNumber("samples", DEFAULT_SAMPLES, 1);
        String layer = a.option("layer");
        ModelTarget target = ModelTarget.resolve(a, "features");
        Dataset data = target.samples("features");
        DataRange range;
        try {
            range = DataRange.of(data, searched);
        } catch (IllegalArgumentException e) {
            throw new UsageException(target.spec() + ": " + e.getMessage());
        }
        UnitAblation[] ablation = {null};
        int[] named = a.option("units") == null || a.option("units").equals("all") ? null : units(a.option("units"));
        FeatureVisualization.Result result = target.analyse("feature visualisation", model -> {
            int[] units = "all".equals(a.option("units")) ? FeatureTarget.all(model, layer, data.sampleSize()) : named;
            FeatureTarget chosen = FeatureTarget.of(model, layer, units, data.sampleSize());
            DatasetExamples strongest = DatasetExamples.of(model, chosen, data, searched, examples);
            if (a.flag("ablation")) {
                ablation[0] = UnitAblation.of(model, chosen, data, searched, ablationValue.equals("mean"));
            }
            return FeatureVisualization.of(model, chosen, range, strongest, settings);
        });
        Path out = target.outputFolder(a, "features");
        Path file = out.resolve("features-" + result.target().layer().replaceAll("[^A-Za-z0-9_.-]", "_") + ".png");
        boolean written = SaliencyImages.writePng(FeatureImages.grid(result, range, data), file);
        Map<String, Object> json = json(target, result, range, written ? file : null, ablation[0]);
        if (target.run() != null) {
            Path kept = target.run().resolve(FeatureVisualization.REPORT);
            json.put("report", kept.toString());
            AtomicFiles.write(kept, dev.dendrite.train.run.RunJson.document(json).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        context.print(json, text(target, result, written ? file : null, ablation[0]));
        return 0;
    }

    private static String text(ModelTarget target, FeatureVisualization.Result result, Path file, UnitAblation ablation) {
        FeatureTarget t = result.target();
        DatasetExamples examples = result.examples();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "feature visualisation of %s, layer %s%s: %d %s, %d steps; examples from the "
                + "first %d samples of the %s split of %s%n", target.model(), t.layer(), t.tensor().equals(t.layer()) ? "" : " (read at " + t.tensor()
                + ")", t.units().length, t.channels() ? "channels (their mean over positions)" : "units", result.settings().steps(), examples.samples(),
                target.split(), target.spec()));
        text.append(String.format(Locale.ROOT, "%6s %10s %10s %10s %10s %7s %6s %7s%s  %s%n", "unit", "start", "reached", "data max", "data mean",
                "x max", "class", "select.", ablation == null ? "" : "  ablated", "strongest samples"));
        for (int k = 0; k < t.units().length; k++) {
            double largest = examples.largest()[k];
            List<String> strongest = new ArrayList<>();
            for (int e = 0; e < examples.top()[k].length; e++) {
                strongest.add(String.valueOf(examples.top()[k][e]));
            }
            double selectivity = examples.selectivity()[k];
            text.append(String.format(Locale.ROOT, "%6d %10.4g %10.4g %10.4g %10.4g %7s %6s %7s%s  %s%n", t.units()[k], result.start()[k], result
                    .reached()[k], largest, examples.mean()[k], largest > 0 ? String.format(Locale.ROOT, "%.2f", result.reached()[k] / largest) : "-",
                    examples.preferred()[k] < 0 ? "-" : Integer.toString(examples.preferred()[k]), Double.isNaN(selectivity) ? "-" : String.format(
                            Locale.ROOT, "%.2f", selectivity), ablation == null ? "" : String.format(Locale.ROOT, " %7.2f%%", 100 * ablation
                                    .ablated()[k]), String.join(", ", strongest)));
        }
        if (ablation != null) {
            text.append(ablationText(ablation, examples)).append(System.lineSeparator());
        }
        if (file != null) {
            text.append("found inputs (top) and strongest samples: ").append(file);
        }
        return text.toString().stripTrailing();
    }

    /** The accuracy intact, the drops one unit's ablation makes, and how they go with the units' selectivity. */
    private static String ablationText(UnitAblation ablation, DatasetExamples examples) {
        double[] drops = ablation.drops();
        int worst = 0;
        for (int k = 1; k < drops.length; k++) {
            worst = drops[k] > drops[worst] ? k : worst;
        }
        String text = String.format(Locale.ROOT, "ablation on the first %,d samples: accuracy %.2f%% intact; one unit %s costs %.2f points on "
                + "average, at most %.2f", ablation.samples(), 100 * ablation.accuracy(), ablation.mean() ? "set to its mean" : "zeroed",
                100 * java.util.Arrays.stream(drops).average().orElse(0), 100 * drops[worst]);
        double rho = ablation.selectivitySpearman(examples.selectivity());
        return Double.isNaN(rho) ? text : text + String.format(Locale.ROOT, "; Spearman ρ of selectivity and drop %.2f", rho);
    }

    private static Map<String, Object> json(ModelTarget target, FeatureVisualization.Result result, DataRange range, Path file,
            UnitAblation ablation) {
        FeatureTarget t = result.target();
        DatasetExamples examples = result.examples();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", target.model().toString());
        json.put("dataset", target.spec());
        json.put("split", target.split());
        json.put("layer", t.layer());
        json.put("tensor", t.tensor());
        json.put("objective", t.channels() ? "channel mean" : "unit");
        FeatureVisualization.Settings s = result.settings();
        json.put("settings", new LinkedHashMap<>(Map.of("steps", s.steps(), "rate", s.rate(), "decay", s.decay(), "jitter", s.jitter(),
                "blurEvery", s.blurEvery(), "seed", s.seed())));
        json.put("range", List.of(range.low(), range.high()));
        json.put("samples", examples.samples());
        List<Map<String, Object>> units = new ArrayList<>();
        for (int k = 0; k < t.units().length; k++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("unit", t.units()[k]);
            row.put("start", result.start()[k]);
            row.put("reached", result.reached()[k]);
            row.put("dataLargest", examples.largest()[k]);
            row.put("dataMean", examples.mean()[k]);
            row.put("preferredClass", examples.preferred()[k] < 0 ? null : examples.preferred()[k]);
            row.put("selectivity", Double.isNaN(examples.selectivity()[k]) ? null : examples.selectivity()[k]);
            if (ablation != null) {
                row.put("ablatedAccuracy", ablation.ablated()[k]);
                row.put("ablatedTo", ablation.values()[k]);
            }
            List<Map<String, Object>> strongest = new ArrayList<>();
            for (int e = 0; e < examples.top()[k].length; e++) {
                Map<String, Object> example = new LinkedHashMap<>();
                int sample = examples.top()[k][e];
                example.put("sample", sample);
                example.put("label", target.data().hasLabels() ? target.data().label(sample) : null);
                example.put("value", examples.scores()[k][e]);
                strongest.add(example);
            }
            row.put("examples", strongest);
            List<Double> input = new ArrayList<>();
            for (float v : result.input(k)) {
                input.add((double) v);
            }
            row.put("input", input);
            units.add(row);
        }
        json.put("units", units);
        if (ablation != null) {
            double rho = ablation.selectivitySpearman(examples.selectivity());
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("samples", ablation.samples());
            summary.put("accuracy", ablation.accuracy());
            summary.put("value", ablation.mean() ? "mean" : "zero");
            summary.put("selectivitySpearman", Double.isNaN(rho) ? null : rho);
            json.put("ablation", summary);
        }
        List<Double> curve = new ArrayList<>();
        for (double v : result.curve()) {
            curve.add(v);
        }
        json.put("curve", curve);
        json.put("file", file == null ? null : file.toString());
        return json;
    }

    private static int[] units(String list) throws UsageException {
        String[] parts = list.split(",");
        int[] units = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                units[i] = Integer.parseInt(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new UsageException("--units takes unit numbers separated by commas, or all, not '" + parts[i].strip() + "'");
            }
        }
        return units;
    }
}
