package dev.dendrite.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.dendrite.analysis.evaluation.ModelEvaluation;
import dev.dendrite.analysis.pruning.StructuredPruning;
import dev.dendrite.analysis.pruning.StructuredPruning.Criterion;
import dev.dendrite.analysis.pruning.StructuredPruning.Settings;
import dev.dendrite.analysis.pruning.UnitActivity;
import dev.dendrite.analysis.quantization.InferenceSpeed;
import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.Command;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.model.io.AtomicFiles;
import dev.dendrite.model.io.DnetIO;
import dev.dendrite.model.network.Network;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.importer.ImportResult;
import dev.dendrite.onnx.importer.OnnxFormatException;
import dev.dendrite.onnx.importer.OnnxImporter;
import dev.dendrite.onnx.weights.WeightsFile;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.graph.FlopCounter;

/**
 * {@code dendrite prune RUN_DIR|MODEL.onnx}: structured pruning. Whole neurons and convolution
 * channels leave a trained network, which is written as a smaller {@code .dnet} with its weights;
 * the report scores it against the original on a split, measures both models' speed, and where
 * asked fine-tunes it, ranks each layer's sensitivity, or sweeps the amount.
 */
public final class PruneCommand implements Command {

    /** Training samples --criterion activation and taylor measure units on. */
    private static final int ACTIVITY_SAMPLES = 1000;

    private static final double[] SWEEP = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

    @Override
    public String name() {
        return "prune";
    }

    @Override
    public String summary() {
        return "structured pruning: remove whole neurons and channels of a trained network, score and time the smaller network, fine-tune it";
    }

    @Override
    public String usage() {
        return """
                Usage: dendrite prune RUN_DIR|MODEL.onnx [--amount F [--global] | --layers NAME=F,...] [--criterion l1|l2|bn|activation|taylor] [-o FILE.dnet]
                                     [--sensitivity] [--sweep] [--fine-tune EPOCHS [--steps K] [--distill] [--lr RATE] [--run-dir DIR]] [--no-speed]
                                     [--data SPEC] [--split test|train|validation] [--data-cache DIR] [--json]
                Removes whole units from a trained network: each dense layer loses the share F of its neurons (--amount, default
                0.5), each convolution the share F of its output channels, those that rank lowest by --criterion: l1 (default)
                or l2, the norm of the unit's incoming weights (Li et al., 2017), bn, the |γ| of the BatchNorm after it
                (network slimming, Liu et al., 2017), activation, the mean magnitude of what the unit passes on over 1,000
                training samples (a ReLU that is rarely on passes little), or taylor, the first-order Taylor estimate of the
                loss's change were the unit zeroed, |mean of value × gradient| per sample over the same samples (Molchanov et
                al., 2017; classifiers). The BatchNorm channels and the next layer's rows or input channels of a
                removed unit go with it, so the network that remains is smaller and faster on any hardware, unlike a lottery
                ticket's scattered zeros. Layers whose units reach an Add (a skip connection), a Concat, a softmax or the
                loss stay whole, with the reason. --layers conv1=0.25,fc1=0.7 gives layers their own share (0 keeps one whole).
                --global: the share F of all prunable units goes instead, those lowest against their own layer's mean score
                (each layer keeps one at least), so layers lose what they can spare rather than one share each.
                Layers are pruned in the order data flows through them, each ranked after the ones before it lost units.
                The pruned network is written with its weights (-o, default pruned-CRITERION-PERCENT.dnet in the run directory,
                or NAME-pruned-PERCENT.dnet beside a model file; its weights in FILE.weights.onnx), so dendrite train FILE.dnet
                continues from them. The report: each layer's units before and after and the share of the criterion's mass
                kept, the parameters and forward FLOPs per sample, both networks' score on the split (accuracy, or MSE) and how
                often they agree, McNemar's test, and their inference speed at batch 256 (--no-speed skips it).
                --sensitivity: each prunable layer alone loses F, the others none, and the network is scored: which layers
                can lose units and which cannot (Li et al.'s per-layer analysis). --sweep: the score at every amount from
                10% to 90% (no file written for them).
                --steps K (with --fine-tune): iterative pruning, the units removed evenly over K steps, each step fine-tuned
                for EPOCHS before the next ranks what is left (in the run directory's step-1 ... step-K); slower, and it keeps
                more accuracy at high amounts than one cut.
                --fine-tune EPOCHS: trains the pruned network from its weights for EPOCHS epochs on the run's data set,
                with the run's optimizer, batch size and learning rate (--lr to choose another), into a run
                directory (--run-dir; default beside the run: RUN-pruned-l1-50, or beside FILE.dnet for a model file:
                NAME-fine-tuned; -2, -3 and so on after it where that holds a run), and scores it on the split again.
                --distill: the fine-tuning learns from the unpruned model as its teacher too (train --teacher: its softened
                probabilities at temperature 4, half the loss), not from the labels alone; classifiers of vectors and pictures.
                A run directory keeps the report as pruning.json.""";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws Exception {
        Map<String, String> options = new HashMap<>(ModelTarget.OPTIONS);
        for (String option : new String[] {"amount", "layers", "criterion", "fine-tune", "lr", "run-dir", "steps"}) {
            options.put("--" + option, option);
        }
        options.put("-o", "output");
        options.put("--output", "output");
        Arguments a = Arguments.parse(args, options, Set.of("--sensitivity", "--sweep", "--no-speed", "--global", "--distill"));
        Settings settings = settings(a);
        Integer fineTune = TrainCommand.integer(a, "fine-tune");
        if (fineTune != null && fineTune < 1) {
            throw new UsageException("--fine-tune takes a number of epochs, 1 or more, not " + fineTune);
        }
        if (fineTune == null && (a.option("lr") != null || a.option("run-dir") != null || a.option("steps") != null || a.flag("distill"))) {
            throw new UsageException("--lr, --run-dir, --steps and --distill shape the fine-tuning: give --fine-tune EPOCHS");
        }
        Integer stepsGiven = TrainCommand.integer(a, "steps");
        if (stepsGiven != null && (stepsGiven < 1 || stepsGiven > 20)) {
            throw new UsageException("--steps takes 1 to 20 pruning steps, not " + stepsGiven);
        }
        int steps = stepsGiven == null ? 1 : stepsGiven;
        ModelTarget target = ModelTarget.resolve(a, "prune");
        Dataset test = target.samples("prune");
        Path model = target.model();
        ImportResult source = read(model);
        Map<String, double[]> sourceActivity = activity(source, settings, target);
        StructuredPruning.Result full = prune(source, settings, sourceActivity);
        if (full.layers().stream().allMatch(l -> l.after() == l.before())) {
            throw new UsageException(full.layers().isEmpty() ? "no layer of " + model + " can lose units (prune removes dense layers' neurons and "
                    + "convolutions' channels): " + reasons(full.whole())
                    : "nothing to remove: every share rounds to no unit (--amount " + settings.amount() + ")");
        }
        Path output = output(a, target, settings);
        PruneFineTuning tuning = fineTune == null ? null : new PruneFineTuning(context, a, target, output, fineTune, steps);
        byte[] originalBytes = Files.readAllBytes(model);
        Scores original = target.analyse("evaluation", m -> Scores.of(evaluate(originalBytes, model.toString(), test, target)));
        // Iterative pruning: each step removes its part of the units and is fine-tuned before the next ranks what is left.
        List<Map<String, Object>> stepRows = new ArrayList<>();
        StructuredPruning.Result result = full;
        ImportResult current = source;
        List<StructuredPruning.PrunedLayer> layers = null; // the steps' prunings as one, numbered as in the original
        for (int k = 1; k < steps; k++) {
            result = prune(current, StructuredPruning.step(full.layers(), current.network(), k, steps, settings.criterion()), k == 1
                    ? sourceActivity : activity(current, settings, target));
            layers = layers == null ? result.layers() : StructuredPruning.compose(layers, result.layers());
            Path run = tuning.train(result.network(), result.weights(), k);
            stepRows.add(PruneReport.step(k, result, original, score(result, model, test, target), run, scoreModel(run, test, target)));
            current = read(run.resolve(dev.dendrite.train.run.RunFiles.MODEL));
        }
        if (steps > 1) {
            result = prune(current, StructuredPruning.step(full.layers(), current.network(), steps, steps, settings.criterion()),
                    activity(current, settings, target));
            layers = StructuredPruning.compose(layers, result.layers());
        } else {
            layers = result.layers();
        }
        byte[] prunedBytes = export(result.network(), result.weights(), model);
        Scores pruned = target.analyse("evaluation", m -> Scores.of(evaluate(prunedBytes, output.toString(), test, target)));
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        DnetIO.save(result.network(), output);
        WeightsFile.write(result.weights(), WeightsFile.companionOf(output));
        InferenceSpeed.Comparison speed = a.flag("no-speed") ? null : target.analyse("speed measurement", m -> InferenceSpeed.compare(
                originalBytes, "the original model", prunedBytes, "the pruned model", test.sampleSize(), 256, 3, 0.5));
        PruneReport report = new PruneReport(target, output, settings, source.network(), result, layers, original, pruned, speed);
        if (a.flag("sensitivity")) {
            for (var layer : full.layers()) {
                double share = settings.share(layer.name(), layer.id());
                StructuredPruning.Result alone = prune(source, new Settings(0, Map.of(layer.id(), share > 0 ? share : settings.amount()),
                        settings.criterion()), sourceActivity);
                report.sensitivity(layer.name(), share > 0 ? share : settings.amount(), score(alone, model, test, target));
            }
        }
        if (a.flag("sweep")) {
            for (double amount : SWEEP) {
                StructuredPruning.Result swept = prune(source, new Settings(amount, Map.of(), settings.criterion(), settings.global()),
                        sourceActivity);
                report.sweep(amount, swept, score(swept, model, test, target));
            }
        }
        if (tuning != null) {
            Path run = tuning.train(result.network(), result.weights(), steps);
            Scores tuned = scoreModel(run, test, target);
            if (steps > 1) {
                stepRows.add(PruneReport.step(steps, result, original, pruned, run, tuned));
            }
            report.fineTuned(run, fineTune, tuning.learningRate(), a.flag("distill"), tuned, stepRows);
        }
        Map<String, Object> json = report.json();
        if (target.run() != null) {
            AtomicFiles.write(target.run().resolve(StructuredPruning.REPORT), dev.dendrite.train.run.RunJson.document(json)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        context.print(json, report.text());
        return 0;
    }

    private static Settings settings(Arguments a) throws UsageException {
        Double amount = TrainCommand.number(a, "amount");
        Map<String, Double> perLayer = new LinkedHashMap<>();
        if (a.option("layers") != null) {
            for (String item : a.option("layers").split(",")) {
                String[] parts = item.split("=");
                if (parts.length != 2 || parts[0].isBlank()) {
                    throw new UsageException("--layers takes NAME=SHARE pairs, comma-separated (conv1=0.25,fc1=0.7), not '" + item + "'");
                }
                try {
                    perLayer.put(parts[0].strip(), Double.parseDouble(parts[1].strip()));
                } catch (NumberFormatException e) {
                    throw new UsageException("--layers: '" + parts[1] + "' is not a share (a number from 0 to below 1)");
                }
            }
        }
        try {
            Criterion criterion = a.option("criterion") == null ? Criterion.L1 : Criterion.of(a.option("criterion"));
            return new Settings(amount == null ? (perLayer.isEmpty() ? 0.5 : 0) : amount, perLayer, criterion, a.flag("global"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The model's network and weights: the one Dendrite embedded, or the network an ONNX model maps to. */
    private static ImportResult read(Path model) throws UsageException, java.io.IOException {
        try {
            return OnnxImporter.read(OnnxImporter.model(model), model.getFileName().toString(), false);
        } catch (OnnxFormatException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static StructuredPruning.Result prune(ImportResult source, Settings settings, Map<String, double[]> activity) throws UsageException {
        try {
            return StructuredPruning.prune(source.network(), source.weights(), settings, activity);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * What --criterion activation and taylor rank by: each unit's mean magnitude, or Taylor score, over the first training samples;
     * nothing for the others.
     */
    private static Map<String, double[]> activity(ImportResult source, Settings settings, ModelTarget target) throws Exception {
        if (!settings.criterion().measured()) {
            return Map.of();
        }
        return target.analyse("activity measurement", m -> settings.criterion() == Criterion.TAYLOR ? UnitActivity.taylor(source.network(),
                source.weights(), target.training(), ACTIVITY_SAMPLES) : UnitActivity.measure(source.network(), source.weights(), target
                        .training(), ACTIVITY_SAMPLES));
    }

    private static byte[] export(Network network, dev.dendrite.onnx.weights.Weights weights, Path model) throws UsageException {
        try {
            return OnnxExporter.export(network, weights, DendriteVersion.get()).model().toByteArray();
        } catch (dev.dendrite.onnx.export.ExportException e) {
            throw new UsageException("the pruned network of " + model + " cannot be exported: " + e.getMessage());
        }
    }

    private static Scores score(StructuredPruning.Result result, Path model, Dataset test, ModelTarget target) throws Exception {
        byte[] bytes = export(result.network(), result.weights(), model);
        return target.analyse("evaluation", m -> Scores.of(evaluate(bytes, StructuredPruning.describe(result.layers()), test, target)));
    }

    /** A trained run's model scored on the split. */
    private static Scores scoreModel(Path run, Dataset test, ModelTarget target) throws Exception {
        byte[] bytes = Files.readAllBytes(run.resolve(dev.dendrite.train.run.RunFiles.MODEL));
        return target.analyse("evaluation", m -> Scores.of(evaluate(bytes, run.toString(), test, target)));
    }

    private static ModelEvaluation.Result evaluate(byte[] model, String name, Dataset test, ModelTarget target) throws
            ai.onnxruntime.OrtException, dev.dendrite.runtime.ModelLoadException {
        return ModelEvaluation.evaluate(model, name, test, target.spec(), target.split(), null);
    }

    private static Path output(Arguments a, ModelTarget target, Settings settings) throws UsageException {
        if (a.option("output") != null) {
            Path given = Path.of(a.option("output"));
            if (!given.getFileName().toString().endsWith(".dnet")) {
                throw new UsageException("-o names the pruned network's file: NAME.dnet, not " + given);
            }
            return given;
        }
        String percent = settings.perLayer().isEmpty() ? String.format(Locale.ROOT, "%d%s", Math.round(100 * settings.amount()),
                settings.global() ? "-global" : "") : "layers";
        if (target.run() != null) {
            return target.run().resolve("pruned-" + settings.criterion().id() + "-" + percent + ".dnet");
        }
        String name = target.model().getFileName().toString().replaceAll("\\.onnx$", "");
        return target.model().toAbsolutePath().resolveSibling(name + "-pruned-" + percent + ".dnet");
    }

    private static String reasons(Map<String, String> whole) {
        List<String> parts = new ArrayList<>();
        whole.forEach((layer, reason) -> parts.add(layer + ": " + reason));
        return parts.isEmpty() ? "it has no dense layer or convolution" : String.join("; ", parts);
    }

    /** Forward FLOPs per sample of a network (the bench's count; 0 where it counts nothing, as for graph networks). */
    static double flops(Network network) {
        return FlopCounter.perSample(network, false);
    }
}
