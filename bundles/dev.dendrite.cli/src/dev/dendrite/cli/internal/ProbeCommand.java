package dev.dendrite.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.dendrite.analysis.manifold.LinearProbes;
import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.Command;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.model.io.AtomicFiles;
import dev.dendrite.train.data.Dataset;

/** {@code dendrite probe RUN_DIR|MODEL.onnx}: how linearly the classes can be read from each layer (linear probes). */
public final class ProbeCommand implements Command {

    @Override
    public String name() {
        return "probe";
    }

    @Override
    public String summary() {
        return "linear probes: how well a linear classifier reads the classes from each layer's activations: probe RUN_DIR";
    }

    @Override
    public String usage() {
        return """
                Usage: dendrite probe RUN_DIR|MODEL.onnx [--layers A,B,...] [--samples N] [--test-samples M] [--epochs E] [--rate R]
                                     [--l2 L] [--seed S] [--control] [--data SPEC] [--data-cache DIR] [--json]
                Linear probes (Alain and Bengio, 2016): for each layer (default the input and every layer's output, as
                similarity names them; --layers picks some), a softmax classifier trained on that layer's activations
                of the training split's first N samples (default 5000), the network fixed, and scored on the test
                split's first M (default 2000): where in the network the classes become linearly separable. Each
                probe is a one-layer network trained by Dendrite's trainer, --epochs (default 20) of Adam at --rate
                (default 0.01) with an L2 penalty of --l2 (default 0.0001), on the layer's values standardised per
                value by the training samples, so every layer is probed alike. --control also probes the same network
                untrained, its weights drawn afresh by the run's seed as training began ("untrained"): what training
                added to each layer. A run keeps the report (probes.json).""";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(ModelTarget.OPTIONS);
        for (String option : List.of("layers", "samples", "test-samples", "epochs", "rate", "l2", "seed")) {
            options.put("--" + option, option);
        }
        Arguments a = Arguments.parse(args, options, Set.of("--control"));
        if (a.option("split") != null) {
            throw new UsageException("--split does not apply: probes train on the training split and are scored on the test split");
        }
        LinearProbes.Settings defaults = LinearProbes.Settings.defaults();
        LinearProbes.Settings settings;
        try {
            settings = new LinearProbes.Settings(a.wholeNumber("epochs", defaults.epochs(), 1), a.number("rate", defaults
                    .learningRate()), a.number("l2", defaults.l2()), a.wholeNumber("seed", (int) defaults.seed(), 0));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        int trainSamples = a.wholeNumber("samples", 5000, 10);
        int testSamples = a.wholeNumber("test-samples", 2000, 10);
        List<String> layers = a.option("layers") == null ? null : List.of(a.option("layers").split(",")).stream().map(String::strip).toList();
        ModelTarget target = ModelTarget.resolve(a, "probe");
        Dataset test = target.samples("probe");
        Path scratch = java.nio.file.Files.createTempDirectory("dendrite-probes");
        LinearProbes.Report report;
        LinearProbes.Report control = null;
        long seed = a.flag("control") ? controlSeed(target) : 0;
        try {
            report = probe(context, target, null, test, trainSamples, testSamples, layers, settings, scratch);
            if (a.flag("control")) {
                List<String> probed = report.probes().stream().map(LinearProbes.Probe::layer).toList();
                control = probe(context, target, untrained(target.model(), seed), test, trainSamples, testSamples, probed, settings, scratch);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(scratch);
        }
        Map<String, Object> json = json(target, report, control, seed);
        if (target.run() != null) {
            Path kept = target.run().resolve(LinearProbes.REPORT);
            json.put("report", kept.toString());
            AtomicFiles.write(kept, dev.dendrite.train.run.RunJson.document(json).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        context.print(json, text(target, report, control, seed));
        return 0;
    }

    /** Probes {@code model}, or where null the target's own. */
    private static LinearProbes.Report probe(CommandContext context, ModelTarget target, ai.onnx.proto.OnnxMl.ModelProto model, Dataset test,
            int trainSamples, int testSamples, List<String> layers, LinearProbes.Settings settings, Path scratch) throws Exception {
        ModelTarget.ModelWork<LinearProbes.Report> work = m -> {
            try {
                return LinearProbes.of(m, target.training(), test, trainSamples, testSamples, layers, settings, scratch, line -> context.err()
                        .println(line));
            } catch (java.io.IOException e) {
                throw new ai.onnxruntime.OrtException("the probes' scratch folder: " + e.getMessage());
            }
        };
        return model == null ? target.analyse("probing", work) : target.analyse("probing of the untrained network", model, work);
    }

    /** The seed the run recorded (its initial weights'), or the network's own for a model file. */
    private static long controlSeed(ModelTarget target) throws UsageException {
        if (target.run() != null) {
            try {
                double seed = dev.dendrite.train.run.RunReader.readWithoutMetrics(target.run()).setting("seed");
                if (!Double.isNaN(seed)) {
                    return (long) seed;
                }
            } catch (java.io.IOException e) {
                throw new UsageException(target.run() + ": " + e.getMessage());
            }
        }
        return 42;
    }

    /**
     * The control: the model's network (the one Dendrite embedded, or the one an ONNX model maps to) with fresh weights drawn by
     * {@code seed}, as training began.
     */
    private static ai.onnx.proto.OnnxMl.ModelProto untrained(Path model, long seed) throws UsageException, java.io.IOException {
        try {
            var source = dev.dendrite.onnx.importer.OnnxImporter.read(model, false);
            var network = source.network();
            if (network.getTraining() != null) {
                network.getTraining().setSeed(seed);
            }
            return dev.dendrite.onnx.export.OnnxExporter.export(network, new dev.dendrite.onnx.weights.Weights(), DendriteVersion.get()).model();
        } catch (dev.dendrite.onnx.importer.OnnxFormatException | dev.dendrite.onnx.export.ExportException e) {
            throw new UsageException("--control re-initialises the model's network, and " + model + " gives none: " + e.getMessage());
        }
    }

    private static Map<String, Object> json(ModelTarget target, LinearProbes.Report report, LinearProbes.Report control, long seed) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", target.model().toString());
        json.put("dataset", target.spec());
        json.put("trainSamples", report.trainSamples());
        json.put("testSamples", report.testSamples());
        json.put("classes", report.classes());
        LinearProbes.Settings s = report.settings();
        json.put("settings", new LinkedHashMap<>(Map.of("epochs", s.epochs(), "learningRate", s.learningRate(), "l2", s.l2(), "seed", s.seed())));
        List<Map<String, Object>> probes = new ArrayList<>();
        for (LinearProbes.Probe p : report.probes()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("layer", p.layer());
            row.put("width", p.width());
            row.put("trainAccuracy", p.trainAccuracy());
            row.put("testAccuracy", p.testAccuracy());
            row.put("testLoss", p.testLoss());
            LinearProbes.Probe untrained = untrainedProbe(control, p.layer());
            if (control != null) {
                row.put("untrainedTrainAccuracy", untrained == null ? null : untrained.trainAccuracy());
                row.put("untrainedTestAccuracy", untrained == null ? null : untrained.testAccuracy());
            }
            probes.add(row);
        }
        json.put("probes", probes);
        json.put("controlSeed", control == null ? null : seed);
        return json;
    }

    private static LinearProbes.Probe untrainedProbe(LinearProbes.Report control, String layer) {
        return control == null ? null : control.probes().stream().filter(p -> p.layer().equals(layer)).findFirst().orElse(null);
    }

    private static String text(ModelTarget target, LinearProbes.Report report, LinearProbes.Report control, long seed) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "linear probes of %s on %s: trained on %,d training samples, scored on "
                + "%,d test samples (%d classes, chance %.1f%%)%n", target.model(), target.spec(), report.trainSamples(), report.testSamples(),
                report.classes(), 100.0 / report.classes()));
        text.append(String.format(Locale.ROOT, "%-16s %8s %8s %8s%s  %s%n", "layer", "values", "train", "test", control == null ? ""
                : " untrained", ""));
        for (LinearProbes.Probe p : report.probes()) {
            LinearProbes.Probe untrained = untrainedProbe(control, p.layer());
            text.append(String.format(Locale.ROOT, "%-16s %,8d %7.2f%% %7.2f%%%s  %s%n", p.layer(), p.width(), 100 * p.trainAccuracy(), 100
                    * p.testAccuracy(), control == null ? "" : untrained == null ? String.format(Locale.ROOT, " %9s", "-") : String.format(
                            Locale.ROOT, " %8.2f%%", 100 * untrained.testAccuracy()), "#".repeat((int) Math.round(40 * p.testAccuracy()))));
        }
        if (control != null) {
            text.append(String.format(Locale.ROOT, "untrained: the same network's test probes at fresh weights drawn by seed %d, as training "
                    + "began%n", seed));
        }
        return text.toString().stripTrailing();
    }
}
