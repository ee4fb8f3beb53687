package dev.dendrite.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.dendrite.analysis.manifold.ClassifierLayer;
import dev.dendrite.analysis.manifold.CollapseAnalysis;
import dev.dendrite.analysis.manifold.LayerActivations;
import dev.dendrite.analysis.manifold.LayerSeparation;
import dev.dendrite.analysis.manifold.NeuralCollapse;
import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.Command;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.model.io.AtomicFiles;
import dev.dendrite.train.data.Dataset;

/** {@code dendrite collapse RUN_DIR|MODEL.onnx}: neural collapse of a classifier's last-layer features, at its end and over training. */
public final class CollapseCommand implements Command {

    @Override
    public String name() {
        return "collapse";
    }

    @Override
    public String summary() {
        return "neural collapse: how a classifier's last-layer features gather at their class means, which form a simplex: collapse RUN_DIR";
    }

    @Override
    public String usage() {
        return """
                Usage: dendrite collapse RUN_DIR|MODEL.onnx [--samples N] [--by-layer] [--data SPEC] [--data-cache DIR] [--json]
                Neural collapse (Papyan, Han and Donoho, 2020) of the features a classifier's dense last layer reads, for the
                training split's first N samples (default 5000) and the test split's first N:
                  NC1 within-class variation  tr(Σ_W Σ_B⁺)/K: the features' spread about their class means against the means'
                  NC2 equinorm, equiangularity, maximal angle  of the centred class means and of the classifier's rows: the
                      deviation of their norms over the mean, of their cosines, and the mean |cos + 1/(K−1)| (0: a simplex)
                  NC3 self-duality  ‖Wᵀ/‖W‖ − M/‖M‖‖²: the classifier's rows against the centred class means
                  NC4 nearest-mean mismatch  the share of samples whose nearest class mean is not the network's choice; the
                      test split's nearest means are the training split's, so its nearest-mean accuracy is a classifier's
                Each falls towards 0 as a classifier trains past zero training error. A run trained with --taps all
                (the layer the classifier reads, at least) gives NC1, NC2 of the means and NC4 at every recorded epoch,
                on its probe set (the first test samples, or training samples where it was trained with --probe-split
                train, as neural collapse is defined); NC2 of the classifier's rows and NC3 too at the epochs whose
                weights it kept (--keep-weights-every). --by-layer measures NC1 and the nearest-mean accuracy at every
                layer too (the input first, as similarity names them), and fits NC1's ratio per layer after the input on a
                log axis (He and Su's law of data separation: a near constant ratio in a well-trained network; "byLayer"
                in JSON, with the fit's R²). A run keeps the report (collapse.json).""";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(ModelTarget.OPTIONS);
        options.put("--samples", "samples");
        Arguments a = Arguments.parse(args, options, Set.of("--by-layer"));
        if (a.option("split") != null) {
            throw new UsageException("--split does not apply: collapse measures the training split and the test split");
        }
        ModelTarget target = ModelTarget.resolve(a, "collapse");
        Dataset test = target.samples("collapse");
        Dataset train = target.training();
        if (!test.hasLabels()) {
            throw new UsageException("collapse reads class labels; " + target.spec() + " has float targets");
        }
        int samples = a.wholeNumber("samples", 5000, 10);
        boolean byLayer = a.flag("by-layer");
        record Measured(ai.onnx.proto.OnnxMl.ModelProto model, ClassifierLayer layer, NeuralCollapse.Measures train, NeuralCollapse.Measures test,
                LayerSeparation layers) {
        }
        Measured measured = target.analyse("neural collapse", m -> {
            ClassifierLayer layer = ClassifierLayer.of(m);
            CollapseAnalysis.Readout fit = CollapseAnalysis.read(m, layer, train, samples);
            CollapseAnalysis.Readout held = CollapseAnalysis.read(m, layer, test, samples);
            var trainMeans = NeuralCollapse.ClassMeans.of(fit.features(), fit.width(), fit.labels(), train.classes());
            return new Measured(m, layer, CollapseAnalysis.measure(fit, layer, train.classes(), null), CollapseAnalysis.measure(held, layer,
                    test.classes(), trainMeans), byLayer ? separation(m, train, test, samples) : null);
        });
        CollapseAnalysis.OverTraining over = CollapseAnalysis.OverTraining.none();
        String probeSplit = null;
        if (target.run() != null) {
            probeSplit = dev.dendrite.train.run.RunReader.readWithoutMetrics(target.run()).config().get("probeSplit") instanceof String split
                    ? split : "test";
            try {
                over = CollapseAnalysis.overTraining(measured.model(), measured.layer(), target.run().resolve("activations"), train.classes());
            } catch (IllegalArgumentException e) {
                throw new UsageException(target.run() + ": " + e.getMessage());
            } catch (java.io.IOException e) {
                // A recorded epoch or kept weights that cannot be read: named, and a bad input, not a failure of the command.
                throw new UsageException(e.getMessage());
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", target.model().toString());
        json.put("dataset", target.spec());
        json.put("features", measured.layer().features());
        json.put("logits", measured.layer().logits());
        json.put("classifierWeights", measured.layer().weights() != null);
        json.put("train", measures(measured.train()));
        json.put("test", measures(measured.test()));
        json.put("byLayer", measured.layers() == null ? null : byLayer(measured.layers()));
        json.put("epochsLayer", over.features());
        json.put("epochsLogits", over.logits());
        json.put("epochsSplit", over.epochs().isEmpty() ? null : probeSplit);
        List<Map<String, Object>> epochs = new ArrayList<>();
        for (CollapseAnalysis.Epoch e : over.epochs()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("epoch", e.epoch());
            row.putAll(measures(e.measures()));
            epochs.add(row);
        }
        json.put("epochs", epochs);
        json.put("epochsMissing", over.why());
        if (target.run() != null) {
            Path kept = target.run().resolve(CollapseAnalysis.REPORT);
            json.put("report", kept.toString());
            AtomicFiles.write(kept, dev.dendrite.train.run.RunJson.document(json).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        context.print(json, text(target, measured.train(), measured.test(), over, probeSplit, measured.layer()) + (measured.layers() == null ? ""
                : "\n" + text(measured.layers())));
        return 0;
    }

    /** Every layer's activations on both splits' first samples, measured layer by layer. */
    private static LayerSeparation separation(ai.onnx.proto.OnnxMl.ModelProto model, Dataset train, Dataset test, int samples) throws ai.onnxruntime.OrtException, dev.dendrite.runtime.ModelLoadException {
        LayerActivations fit = LayerActivations.of(model, train, samples, null);
        LayerActivations held = LayerActivations.of(model, test, samples, fit.layers());
        return LayerSeparation.of(fit, labels(train, fit.samples()), held, labels(test, held.samples()), train.classes(), () -> false);
    }

    private static int[] labels(Dataset data, int samples) {
        int[] labels = new int[samples];
        for (int i = 0; i < samples; i++) {
            labels[i] = data.label(i);
        }
        return labels;
    }

    private static Map<String, Object> byLayer(LayerSeparation separation) {
        List<Map<String, Object>> layers = new ArrayList<>();
        for (LayerSeparation.Layer layer : separation.layers()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("layer", layer.name());
            row.put("width", layer.width());
            row.put("withinClassVariation", finite(layer.withinClassVariation()));
            row.put("nearestMeanAccuracy", finite(layer.nearestMeanAccuracy()));
            row.put("testWithinClassVariation", finite(layer.testWithinClassVariation()));
            row.put("testNearestMeanAccuracy", finite(layer.testNearestMeanAccuracy()));
            layers.add(row);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("layers", layers);
        json.put("ratio", finite(separation.ratio()));
        json.put("fit", finite(separation.fit()));
        return json;
    }

    private static String text(LayerSeparation separation) {
        StringBuilder text = new StringBuilder("by layer (NC1 on training samples and on test samples; the nearest training mean's accuracy):\n");
        int width = Math.max(12, separation.layers().stream().mapToInt(l -> l.name().length()).max().orElse(12));
        text.append(String.format(Locale.ROOT, "%-" + width + "s %8s %12s %12s %10s %10s%n", "layer", "values", "NC1 train", "NC1 test",
                "NCC train", "NCC test"));
        for (LayerSeparation.Layer l : separation.layers()) {
            text.append(String.format(Locale.ROOT, "%-" + width + "s %8d %12s %12s %9.2f%% %9.2f%%%n", l.name(), l.width(), nc1(l
                    .withinClassVariation()), nc1(l.testWithinClassVariation()), 100 * l.nearestMeanAccuracy(), 100 * l.testNearestMeanAccuracy()));
        }
        text.append(Double.isNaN(separation.ratio()) ? "too few layers to fit NC1's ratio per layer"
                : String.format(Locale.ROOT, "NC1 falls by a factor of %.3f per layer after the input (a geometric fit, R² %.3f)", separation.ratio(),
                        separation.fit()));
        return text.toString();
    }

    private static String nc1(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.4f", value) : "-";
    }

    static Map<String, Object> measures(NeuralCollapse.Measures m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("samples", m.samples());
        json.put("classes", m.classes());
        json.put("width", m.width());
        json.put("withinClassVariation", finite(m.withinClassVariation()));
        json.put("meanNormSpread", finite(m.meanNormSpread()));
        json.put("meanCosineSpread", finite(m.meanCosineSpread()));
        json.put("meanAngleGap", finite(m.meanAngleGap()));
        json.put("classifierNormSpread", finite(m.classifierNormSpread()));
        json.put("classifierCosineSpread", finite(m.classifierCosineSpread()));
        json.put("classifierAngleGap", finite(m.classifierAngleGap()));
        json.put("selfDuality", finite(m.selfDuality()));
        json.put("nearestMeanMismatch", finite(m.nearestMeanMismatch()));
        json.put("accuracy", finite(m.accuracy()));
        json.put("nearestMeanAccuracy", finite(m.nearestMeanAccuracy()));
        return json;
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static String text(ModelTarget target, NeuralCollapse.Measures train, NeuralCollapse.Measures test, CollapseAnalysis.OverTraining over,
            String probeSplit, ClassifierLayer layer) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "neural collapse of %s on %s: the %,d features of '%s' that the last "
                + "layer '%s' classifies (%d classes)%n", target.model(), target.spec(), train.width(), layer.features(), layer.logits(), train.classes()));
        text.append(String.format(Locale.ROOT, "%-36s %10s %10s%n", "", "train", "test"));
        row(text, "NC1 within-class variation", train.withinClassVariation(), test.withinClassVariation(), "%10.4f");
        row(text, "NC2 means: norm spread", train.meanNormSpread(), test.meanNormSpread(), "%10.4f");
        row(text, "NC2 means: cosine spread", train.meanCosineSpread(), test.meanCosineSpread(), "%10.4f");
        row(text, "NC2 means: |cos + 1/(K-1)|", train.meanAngleGap(), test.meanAngleGap(), "%10.4f");
        row(text, "NC2 classifier: norm spread", train.classifierNormSpread(), Double.NaN, "%10.4f");
        row(text, "NC2 classifier: cosine spread", train.classifierCosineSpread(), Double.NaN, "%10.4f");
        row(text, "NC2 classifier: |cos + 1/(K-1)|", train.classifierAngleGap(), Double.NaN, "%10.4f");
        row(text, "NC3 self-duality", train.selfDuality(), test.selfDuality(), "%10.4f");
        row(text, "NC4 nearest-mean mismatch", 100 * train.nearestMeanMismatch(), 100 * test.nearestMeanMismatch(), "%9.2f%%");
        row(text, "accuracy", 100 * train.accuracy(), 100 * test.accuracy(), "%9.2f%%");
        row(text, "nearest-mean accuracy", 100 * train.nearestMeanAccuracy(), 100 * test.nearestMeanAccuracy(), "%9.2f%%");
        text.append(String.format(Locale.ROOT, "(%,d training and %,d test samples; the test split's nearest means are the training split's)%n",
                train.samples(), test.samples()));
        if (over.epochs().isEmpty()) {
            if (over.why() != null) {
                text.append("over training: ").append(over.why()).append('\n');
            }
        } else {
            text.append(String.format(Locale.ROOT, "over training, on the probe set of %,d %s samples ('%s'%s):%n", over.epochs().get(0).measures()
                    .samples(), probeSplit.equals("train") ? "training" : "test", over.features(), over.logits() == null ? "" : ", logits '"
                            + over.logits() + "'"));
            boolean dual = over.epochs().stream().anyMatch(e -> Double.isFinite(e.measures().selfDuality()));
            text.append(String.format(Locale.ROOT, "%6s %10s %10s %10s %10s %9s%s%n", "epoch", "NC1", "norms", "cosines", "angle gap", "NC4", dual
                    ? String.format(Locale.ROOT, " %10s", "NC3") : ""));
            for (CollapseAnalysis.Epoch e : over.epochs()) {
                NeuralCollapse.Measures m = e.measures();
                text.append(String.format(Locale.ROOT, "%6d %10.4f %10.4f %10.4f %10.4f %9s%s%n", e.epoch(), m.withinClassVariation(), m.meanNormSpread(),
                        m.meanCosineSpread(), m.meanAngleGap(), Double.isNaN(m.nearestMeanMismatch()) ? "-" : String.format(Locale.ROOT, "%.2f%%", 100
                                * m.nearestMeanMismatch()), !dual ? "" : Double.isNaN(m.selfDuality()) ? String.format(Locale.ROOT, " %10s", "-")
                                        : String.format(Locale.ROOT, " %10.4f", m.selfDuality())));
            }
        }
        return text.toString().stripTrailing();
    }

    private static void row(StringBuilder text, String name, double train, double test, String format) {
        text.append(String.format(Locale.ROOT, "%-36s %s %s%n", name, cell(train, format), cell(test, format)));
    }

    private static String cell(double value, String format) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, format, value) : String.format(Locale.ROOT, "%10s", "-");
    }
}
