package dev.dendrite.cli.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.dendrite.analysis.evaluation.Saliency;
import dev.dendrite.analysis.evaluation.SequenceSaliency;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.train.data.Batch;
import dev.dendrite.train.data.Field;
import dev.dendrite.train.data.TensorDataset;

/**
 * {@code dendrite saliency} of a sequence model: a score per token, or per step of a sequence of
 * values, of each chosen sequence, as text and JSON ("tokens" or "values": per step its features).
 */
final class SequenceSaliencyOutput {

    private SequenceSaliencyOutput() {
    }

    static int run(CommandContext context, ModelTarget target, int[] samples, int[] positions, String which, Saliency.Method method)
            throws Exception {
        TensorDataset data = target.sequences();
        List<Field> inputs = data.fields(Field.Role.INPUT).stream().filter(f -> !f.name().endsWith(":mask")).toList();
        List<Field> targets = data.fields(Field.Role.TARGET);
        String fields = String.join(", ", inputs.stream().map(Field::name).toList());
        if (inputs.size() != 1) {
            throw new UsageException("saliency of sequences explains models of one sequence input; " + target.spec() + " feeds " + inputs.size()
                    + " (" + fields + ")");
        }
        Field input = inputs.get(0);
        boolean tokens = input.type() == Field.ElementType.INT64;
        int features = (int) input.stepSize();
        List<long[]> ids = new ArrayList<>();
        List<float[]> values = new ArrayList<>();
        int[] classes = new int[samples.length];
        int[] labels = new int[samples.length];
        for (int i = 0; i < samples.length; i++) {
            if (samples[i] >= data.size()) {
                throw new UsageException("sample " + samples[i] + " is outside the " + target.split() + " split of " + target.spec() + " (0-"
                        + (data.size() - 1) + ")");
            }
            Batch one = data.batch(new int[] {samples[i]}, 0, 1);
            int steps = input.fixedSteps() >= 0 ? (int) input.fixedSteps() : data.steps(samples[i], input.name());
            if (tokens) {
                ids.add(Arrays.copyOf(one.tensors().get(input.name()).longs(), steps));
            } else {
                values.add(Arrays.copyOf(one.tensors().get(input.name()).floats(), steps * features));
            }
            long[] label = targets.size() == 1 ? one.tensors().get(targets.get(0).name()).longs() : null;
            // A tagger's label is the one at the step explained.
            labels[i] = label == null ? -1 : label.length == 1 ? (int) label[0] : positions[i] >= 0 && positions[i] < label.length
                    ? (int) label[positions[i]] : -1;
            classes[i] = SaliencyCommand.explained(which, labels[i], "--class actual needs one class label per sequence; " + target.spec()
                    + " has none");
        }
        int[] explained;
        double[] probabilities;
        List<float[]> scores;
        double[] outputs;
        double[] baselines;
        if (tokens) {
            SequenceSaliency.Result result = target.analyse("saliency", model -> SequenceSaliency.of(model, samples, ids, classes, positions, method));
            explained = result.classes();
            probabilities = result.probabilities();
            scores = result.scores();
            outputs = result.outputs();
            baselines = result.baselines();
        } else {
            SequenceSaliency.ValueResult result = target.analyse("saliency", model -> SequenceSaliency.ofValues(model, samples, values, features,
                    classes, positions, method));
            explained = result.classes();
            probabilities = result.probabilities();
            scores = result.scores();
            outputs = result.outputs();
            baselines = result.baselines();
        }
        // A regression's one output has no class or probability to report.
        boolean regression = targets.size() == 1 && targets.get(0).type() == Field.ElementType.FLOAT;
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s saliency of %s on the %s split of %s, per %s (score in "
                + "brackets, the largest 1)%n", method.word(), target.model(), target.split(), target.spec(), tokens ? "token" : "step"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < samples.length; i++) {
            float[] score = scores.get(i);
            float largest = 0;
            for (float s : score) {
                largest = Math.max(largest, Math.abs(s));
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("sample", samples[i]);
            row.put("position", positions[i] >= 0 ? positions[i] : null);
            row.put("label", labels[i] >= 0 ? labels[i] : null);
            row.put("class", regression ? null : explained[i]);
            row.put("probability", regression ? null : probabilities[i]);
            List<Object> inputsPerStep = new ArrayList<>();
            List<Double> perStep = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (int t = 0; t < score.length; t++) {
                Object step = tokens ? (Object) ids.get(i)[t] : stepValues(values.get(i), t, features);
                inputsPerStep.add(step);
                perStep.add((double) score[t]);
                line.append(t == 0 ? "" : " ").append(tokens ? step.toString() : features == 1
                        ? String.format(Locale.ROOT, "%.3g", values.get(i)[t]) : "t" + t).append(String.format(Locale.ROOT, " (%.2f)",
                                largest == 0 ? 0 : score[t] / largest));
            }
            row.put(tokens ? "tokens" : "values", inputsPerStep);
            row.put("scores", perStep);
            String complete = SaliencyCommand.completeness(row, outputs[i], baselines[i], perStep.stream().mapToDouble(Double::doubleValue).sum());
            rows.add(row);
            text.append(String.format(Locale.ROOT, "sample %d%s%s: %s%s: %s%n", samples[i], positions[i] >= 0 ? " step " + positions[i] : "",
                    labels[i] >= 0 ? " (a " + labels[i] + ")" : "", regression ? "its output" : String.format(Locale.ROOT,
                            "class %d (probability %.3f)", explained[i], probabilities[i]), complete, line));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", target.model().toString());
        json.put("dataset", target.spec());
        json.put("split", target.split());
        json.put("method", method.word());
        json.put("samples", rows);
        context.print(json, text.toString().stripTrailing());
        return 0;
    }

    /** One step's values, as JSON lists them: a list of the step's features. */
    private static List<Double> stepValues(float[] values, int step, int features) {
        List<Double> list = new ArrayList<>(features);
        for (int f = 0; f < features; f++) {
            list.add((double) values[step * features + f]);
        }
        return list;
    }
}
