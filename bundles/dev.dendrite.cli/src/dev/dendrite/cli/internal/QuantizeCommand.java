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

import ai.onnx.proto.OnnxMl.ModelProto;
import dev.dendrite.analysis.evaluation.McNemar;
import dev.dendrite.analysis.evaluation.ModelEvaluation;
import dev.dendrite.analysis.quantization.InferenceSpeed;
import dev.dendrite.analysis.quantization.Quantization;
import dev.dendrite.analysis.quantization.QuantizationSettings;
import dev.dendrite.analysis.quantization.QuantizedLayer;
import dev.dendrite.analysis.quantization.QuantizedTensor;
import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.Command;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.model.io.AtomicFiles;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.run.RunRecord;

/**
 * {@code dendrite quantize RUN_DIR|MODEL.onnx}: post-training quantization to integer weights and
 * activations, calibrated on training samples, and what it costs and gains: the test split scored by
 * both models, how often they agree, their sizes and their inference speed.
 */
public final class QuantizeCommand implements Command {

    /** The bit widths a sweep tries: weights narrowed with 8-bit activations, then activations with 8-bit weights. */
    private static final int[][] SWEEP = {{8, 8}, {6, 8}, {5, 8}, {4, 8}, {3, 8}, {2, 8}, {8, 6}, {8, 5}, {8, 4}, {8, 3}, {8, 2}};

    @Override
    public String name() {
        return "quantize";
    }

    @Override
    public String summary() {
        return "post-training int8 quantization (QDQ), calibrated on training samples: accuracy, agreement, size and speed against the float model";
    }

    @Override
    public String usage() {
        return """
                Usage: dendrite quantize RUN_DIR|MODEL.onnx [--data SPEC] [--bits B | --weight-bits B --activation-bits B] [--per-tensor]
                                        [--keep LAYER,...] [--bias-correction] [--calibration N] [--percentile P] [--seed S] [--sweep] [--sensitivity]
                                        [--no-speed] [-o FILE.onnx]
                                        [--data-cache DIR] [--json]
                Rounds a trained model (a run directory's model.onnx, or any ONNX model of one input) to integers after
                training and writes it in ONNX's QDQ form, which ONNX Runtime runs with integer kernels: every convolution,
                Gemm and MatMul with constant weights gets symmetric integer weights (one scale per output channel; --per-tensor:
                one per layer) and an int32 bias; its input and output run as unsigned integers with a scale and zero point
                read off N training samples (--calibration, default 512, drawn by --seed); a ReLU right after a layer goes
                into its output's zero point, max pools, flattens and reshapes keep their input's scale, BatchNormalization
                is folded into the layer before it first, and the model's outputs stay float.
                --bits B: weights and activations of B bits (2 to 8, default 8); --weight-bits and --activation-bits apart.
                Below 8 bits the integers are still stored as int8 and uint8, clipped to B bits' range (a simulation of
                narrower hardware: the accuracy is that of B bits, the speed and size those of 8).
                --bias-correction: rounding a layer's weights shifts its outputs' mean by ΔW·E[x]; each bias takes that back,
                E[x] the layer input's mean over the calibration samples (Nagel et al., 2019). Helps most below 8 bits.
                --percentile P: each activation range cut at the P-th percentile on both sides (99.99, say) instead of the
                calibration samples' minimum and maximum, so a few outliers do not coarsen every step.
                Then both models score the data set's test split (--split to choose another), the report gives both
                accuracies (MSE for regression), how many predictions agree, McNemar's test of the difference, each layer's
                signal-to-quantization-noise ratio of its weights and of its output against the float model's (on up to 256
                calibration samples: where the error builds up), the activations' ranges and scales, both files' sizes and both
                models' inference speed at batch 256 (--no-speed skips it; measured in turns, medians of three windows).
                --sweep: the accuracy and agreement at every width from 8 down to 2 bits, weights and activations apart
                (no file is written for them).
                --keep LAYER,...: those layers keep 8-bit weights while the others take --weight-bits (mixed precision;
                conv1 names node/conv1). --sensitivity: each layer's weights alone at --weight-bits, every other layer's at
                8, scored: which layers a narrow model should keep wide.
                -o: the quantized model's file; default beside the model: model-w8a8.onnx in a run directory (with --keep
                model-w4a8-mixed.onnx, say), which also
                keeps the report as quantization.json (the Evaluation view's Quantize... shows it). The float model is
                never changed.""";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws Exception {
        Map<String, String> options = new HashMap<>(ModelTarget.OPTIONS);
        for (String option : new String[] {"bits", "weight-bits", "activation-bits", "calibration", "percentile", "seed", "keep"}) {
            options.put("--" + option, option);
        }
        options.put("-o", "output");
        options.put("--output", "output");
        Arguments a = Arguments.parse(args, options, Set.of("--per-tensor", "--sweep", "--no-speed", "--sensitivity", "--bias-correction"));
        QuantizationSettings chosen = settings(a);
        if (a.flag("sensitivity") && chosen.weightBits() == 8) {
            throw new UsageException("--sensitivity narrows one layer's weights at a time to --weight-bits (or --bits): give a width below 8");
        }
        ModelTarget target = ModelTarget.resolve(a, "quantize");
        Dataset test = target.samples("quantize");
        Dataset training = target.training();
        Path model = target.model();
        Path output = a.option("output") != null ? Path.of(a.option("output"))
                : model.resolveSibling(stem(model) + String.format(Locale.ROOT, "-w%da%d%s.onnx", chosen.weightBits(), chosen.activationBits(),
                        a.option("keep") == null ? "" : "-mixed"));
        if (Files.exists(output) && Files.isSameFile(output, model)) {
            throw new UsageException("-o " + output + " is the model itself; the float model is never overwritten");
        }
        byte[] floatBytes = Files.readAllBytes(model);
        // Parsed once: the quantizations, sweeps and evaluations below all work on it.
        ModelProto parsed = target.analyse("quantization", m -> m);
        List<String> names = target.analyse("quantization", parsed, Quantization::layers);
        QuantizationSettings settings = chosen.keeping(kept(a, names));
        // Calibrated once: every width of a sweep and every layer of the sensitivity reads the same ranges.
        Quantization.Calibrated calibrated = target.analyse("quantization", parsed, m -> Quantization.calibrate(parsed, training, settings));
        Quantization.Result result = target.analyse("quantization", parsed, m -> calibrated.quantize(settings));
        byte[] quantizedBytes = result.model().toByteArray();
        Scores floats = target.analyse("evaluation", parsed, m -> Scores.of(ModelEvaluation.evaluate(floatBytes, model.toString(), test, target.spec(),
                target.split(), null)));
        Scores quantized = target.analyse("evaluation", parsed, m -> Scores.of(ModelEvaluation.evaluate(quantizedBytes, output.toString(), test,
                target.spec(), target.split(), null)));
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        AtomicFiles.write(output, quantizedBytes);
        InferenceSpeed.Comparison speed = a.flag("no-speed") ? null : target.analyse("speed measurement", parsed,
                m -> InferenceSpeed.compare(floatBytes, quantizedBytes, test.sampleSize(), 256, 3, 0.5));
        List<Map<String, Object>> sweep = new ArrayList<>();
        if (a.flag("sweep")) {
            for (int[] bits : SWEEP) {
                QuantizationSettings narrowed = settings.withBits(bits[0], bits[1]);
                Scores scores = target.analyse("quantization", parsed, m -> Scores.of(ModelEvaluation.evaluate(
                        calibrated.quantize(narrowed).model().toByteArray(), "w" + bits[0] + "a" + bits[1], test,
                        target.spec(), target.split(), null)));
                Map<String, Object> row = scores.json(floats);
                row.put("weightBits", bits[0]);
                row.put("activationBits", bits[1]);
                sweep.add(row);
            }
        }
        List<Map<String, Object>> sensitivity = new ArrayList<>();
        if (a.flag("sensitivity")) {
            for (String layer : names) {
                Set<String> others = new java.util.HashSet<>(names);
                others.remove(layer);
                QuantizationSettings one = settings.keeping(others);
                Scores scores = target.analyse("quantization", parsed, m -> Scores.of(ModelEvaluation.evaluate(
                        calibrated.quantize(one).model().toByteArray(), layer, test, target.spec(), target.split(), null)));
                Map<String, Object> row = scores.json(floats);
                row.put("layer", layer);
                row.put("weightBits", settings.weightBits());
                sensitivity.add(row);
            }
        }
        Map<String, Object> json = json(target, output, settings, result, floats, quantized, floatBytes.length, quantizedBytes.length, speed, sweep);
        if (!sensitivity.isEmpty()) {
            json.put("sensitivity", sensitivity);
        }
        if (target.run() != null) {
            // Kept in the run, where the Evaluation view's Quantize dialog shows it again.
            AtomicFiles.write(target.run().resolve(Quantization.REPORT), dev.dendrite.train.run.RunJson.document(json)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        context.print(json, text(target, output, result, floats, quantized, floatBytes.length, quantizedBytes.length, speed, sweep)
                + sensitivityText(floats, settings.weightBits(), settings.activationBits(), sensitivity));
        return 0;
    }

    private static QuantizationSettings settings(Arguments a) throws UsageException {
        Integer bits = TrainCommand.integer(a, "bits");
        if (bits != null && (a.option("weight-bits") != null || a.option("activation-bits") != null)) {
            throw new UsageException("--bits sets both widths; give it or --weight-bits and --activation-bits, not both");
        }
        int weights = bits != null ? bits : a.option("weight-bits") != null ? TrainCommand.integer(a, "weight-bits") : 8;
        int activations = bits != null ? bits : a.option("activation-bits") != null ? TrainCommand.integer(a, "activation-bits") : 8;
        Integer calibration = TrainCommand.integer(a, "calibration");
        Double percentile = TrainCommand.number(a, "percentile");
        Integer seed = TrainCommand.integer(a, "seed");
        try {
            return new QuantizationSettings(weights, activations, !a.flag("per-tensor"), percentile == null ? 100 : percentile,
                    calibration == null ? QuantizationSettings.DEFAULT.calibrationSamples() : calibration,
                    seed == null ? QuantizationSettings.DEFAULT.seed() : seed).correctingBiases(a.flag("bias-correction"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The layers {@code --keep} names (by their node name, or its last part: conv1 for node/conv1), or a usage error naming the others. */
    private static Set<String> kept(Arguments a, List<String> names) throws UsageException {
        if (a.option("keep") == null) {
            return Set.of();
        }
        Set<String> kept = new java.util.LinkedHashSet<>();
        for (String given : a.option("keep").split(",")) {
            String g = given.strip();
            String match = names.stream().filter(n -> n.equals(g) || n.endsWith("/" + g)).findFirst().orElse(null);
            if (match == null) {
                throw new UsageException("--keep names '" + g + "', which is no layer with weights to quantize; those are " + String.join(", ",
                        names));
            }
            kept.add(match);
        }
        return kept;
    }

    private static String sensitivityText(Scores floats, int bits, int activationBits, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        int width = Math.max(5, rows.stream().mapToInt(r -> r.get("layer").toString().length()).max().orElse(0));
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%neach layer's weights alone at %d bits, the other layers' at 8 "
                + "(activations at %d bits):%n%-" + width + "s %10s %8s%s%n", bits, activationBits, "LAYER", floats.metric().toUpperCase(Locale.ROOT), "CHANGE", floats.classifier() ? "  AGREEMENT" : ""));
        for (Map<String, Object> row : rows) {
            double v = (Double) row.get(floats.metric());
            text.append(String.format(Locale.ROOT, "%-" + width + "s %10s %8s%s%n", row.get("layer"), floats.format(v), floats.classifier()
                    ? String.format(Locale.ROOT, "%+.2f", 100 * (v - floats.value())) : RunRecord.significant(v - floats.value()),
                    floats.classifier() ? String.format(Locale.ROOT, "  %8.2f%%", 100 * (Double) row.get("agreement")) : ""));
        }
        return text.toString().stripTrailing();
    }

    private static String stem(Path model) {
        String name = model.getFileName().toString();
        return name.endsWith(".onnx") ? name.substring(0, name.length() - 5) : name;
    }

    private static Map<String, Object> json(ModelTarget target, Path output, QuantizationSettings settings, Quantization.Result result,
            Scores floats, Scores quantized, long floatSize, long quantizedSize, InferenceSpeed.Comparison speed, List<Map<String, Object>> sweep) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", target.model().toString());
        json.put("quantized", output.toString());
        json.put("dataset", target.spec());
        json.put("split", target.split());
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("weightBits", settings.weightBits());
        s.put("activationBits", settings.activationBits());
        s.put("perChannel", settings.perChannel());
        s.put("percentile", settings.percentile());
        s.put("calibrationSamples", Math.min(settings.calibrationSamples(), target.training().size()));
        s.put("seed", settings.seed());
        s.put("biasCorrection", settings.biasCorrection());
        json.put("settings", s);
        json.put("foldedNormalizations", result.folded());
        json.put("layers", result.layers().stream().map(l -> json(l, result.sqnr())).toList());
        json.put("tensors", result.tensors().stream().map(t -> json(t, result.sqnr())).toList());
        json.put("outputSqnrDb", decibels(result.outputSqnr()));
        json.put("bytes", Map.of("float", floatSize, "quantized", quantizedSize));
        json.put("float", floats.json(floats));
        Map<String, Object> q = quantized.json(floats);
        if (floats.classifier()) {
            McNemar test = floats.mcnemar(target.data(), quantized);
            q.put("mcnemar", Map.of("onlyFloatRight", test.onlyFirstRight(), "onlyQuantizedRight", test.onlyOtherRight(), "pValue", test.pValue()));
        }
        json.put("quantizedScores", q);
        if (speed != null) {
            json.put("speed", Map.of("batch", speed.batch(), "float", speed.first(), "quantized", speed.second(), "ratio", speed.ratio()));
        }
        if (!sweep.isEmpty()) {
            json.put("sweep", sweep);
        }
        return json;
    }

    /** A ratio in dB for JSON: null where it is infinite (nothing changed) or unknown. */
    private static Double decibels(Double value) {
        return value == null || value.isInfinite() || value.isNaN() ? null : value;
    }

    private static Map<String, Object> json(QuantizedLayer layer, Map<String, Double> sqnr) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", layer.name());
        json.put("op", layer.op());
        json.put("weight", layer.weight());
        json.put("weights", layer.weights());
        json.put("scales", layer.scales());
        json.put("bits", layer.bits());
        json.put("sqnrDb", Double.isInfinite(layer.sqnr()) ? null : layer.sqnr());
        json.put("reluFused", layer.reluFused());
        json.put("biasQuantized", layer.biasQuantized());
        json.put("biasCorrected", layer.biasCorrected());
        json.put("output", layer.output());
        json.put("outputSqnrDb", layer.output() == null ? null : decibels(sqnr.get(layer.output())));
        return json;
    }

    private static Map<String, Object> json(QuantizedTensor tensor, Map<String, Double> sqnr) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", tensor.name());
        json.put("min", tensor.min());
        json.put("max", tensor.max());
        json.put("scale", tensor.scale());
        json.put("zeroPoint", tensor.zeroPoint());
        json.put("sharedWith", tensor.sharedWith());
        json.put("sqnrDb", decibels(sqnr.get(tensor.name())));
        return json;
    }

    private static String decibelText(double value) {
        return Double.isInfinite(value) ? "exact" : String.format(Locale.ROOT, "%.1f dB", value);
    }

    private static String text(ModelTarget target, Path output, Quantization.Result result, Scores floats, Scores quantized, long floatSize,
            long quantizedSize, InferenceSpeed.Comparison speed, List<Map<String, Object>> sweep) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "quantized %s to %s: %s%s%n", target.model(), output, result.settings().describe(),
                result.folded() > 0 ? String.format(Locale.ROOT, "; %d BatchNormalization(s) folded into the layers before them", result.folded()) : ""));
        int width = Math.max(5, result.layers().stream().mapToInt(l -> l.name().length()).max().orElse(0));
        text.append(String.format(Locale.ROOT, "%-" + width + "s %-7s %10s %4s %7s %9s %9s  %s%n", "LAYER", "OP", "WEIGHTS", "BITS", "SCALES",
                "W SQNR", "OUT SQNR", "INTEGER PARTS"));
        for (QuantizedLayer layer : result.layers()) {
            Double out = layer.output() == null ? null : result.sqnr().get(layer.output());
            text.append(String.format(Locale.ROOT, "%-" + width + "s %-7s %,10d %4d %7d %9s %9s  %s%n", layer.name(), layer.op(), layer.weights(),
                    layer.bits(), layer.scales(), decibelText(layer.sqnr()), out == null ? "float" : decibelText(out),
                    "weights" + (layer.biasQuantized() ? ", int32 bias" : "") + (layer.biasCorrected() ? " (corrected)" : "")
                            + (layer.reluFused() ? ", ReLU in the output's zero point" : "")));
        }
        long calibrated = result.tensors().stream().filter(t -> t.sharedWith() == null).count();
        text.append(String.format(Locale.ROOT, "%d activations run as integers (%d ranges calibrated, the others keep their input's); the model's "
                + "output against the float model's: SQNR %s%n", result.tensors().size(), calibrated, decibelText(result.outputSqnr())));
        String metric = floats.metric();
        text.append(String.format(Locale.ROOT, "%s split of %s: float %s %s, quantized %s", target.split(), target.spec(), metric,
                floats.format(floats.value()), quantized.format(quantized.value())));
        if (!floats.classifier() && floats.value() > 0) {
            text.append(String.format(Locale.ROOT, " (%+.2f%%)", 100 * (quantized.value() / floats.value() - 1)));
        }
        if (floats.classifier()) {
            McNemar test = floats.mcnemar(target.data(), quantized);
            text.append(String.format(Locale.ROOT, " (%+.2f points); the same class for %.2f%% of the samples; only float right %d, only "
                    + "quantized right %d, McNemar %s%s", 100 * (quantized.value() - floats.value()), 100 * quantized.agreement(floats),
                    test.onlyFirstRight(), test.onlyOtherRight(), Scores.pValue(test.pValue()),
                    test.pValue() < McNemar.LEVEL ? " (a real difference)" : " (no difference beyond chance)"));
        }
        text.append(String.format(Locale.ROOT, "%nsize %,d bytes float, %,d quantized (%s)%n", floatSize, quantizedSize, quantizedSize < floatSize
                ? String.format(Locale.ROOT, "%.1f times smaller", (double) floatSize / quantizedSize)
                : "larger: the scales and quantize nodes outweigh what so few weights save"));
        if (speed != null) {
            text.append(String.format(Locale.ROOT, "inference at batch %d: %,.0f samples/s float, %,.0f quantized (%.2f times%s)%n", speed.batch(),
                    speed.first(), speed.second(), speed.ratio(), speed.ratio() < 1 ? ": this machine's integer kernels do not pay for this model" : ""));
        }
        if (!sweep.isEmpty()) {
            text.append(String.format(Locale.ROOT, "%-8s %-12s %10s%s%n", "WEIGHTS", "ACTIVATIONS", metric.toUpperCase(Locale.ROOT),
                    floats.classifier() ? "  AGREEMENT" : ""));
            for (Map<String, Object> row : sweep) {
                double v = (Double) row.get(metric);
                text.append(String.format(Locale.ROOT, "%-8s %-12s %10s%s%n", row.get("weightBits") + " bits", row.get("activationBits") + " bits",
                        floats.format(v), floats.classifier() ? String.format(Locale.ROOT, "  %8.2f%%", 100 * (Double) row.get("agreement")) : ""));
            }
        }
        return text.toString().stripTrailing();
    }
}
