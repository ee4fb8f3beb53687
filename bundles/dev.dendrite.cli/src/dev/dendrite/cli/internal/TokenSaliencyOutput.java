package dev.dendrite.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.dendrite.analysis.evaluation.Saliency;
import dev.dendrite.analysis.evaluation.TokenSaliency;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.train.data.Batch;
import dev.dendrite.train.data.Field;
import dev.dendrite.train.data.TensorDataset;

/** {@code dendrite saliency} of a token model: a score per token of each chosen sequence, as text and JSON. */
final class TokenSaliencyOutput {

    private TokenSaliencyOutput() {
    }

    static int run(CommandContext context, ModelTarget target, int[] samples, int[] positions, String which, Saliency.Method method)
            throws Exception {
        TensorDataset data = target.sequences();
        List<Field> inputs = data.fields(Field.Role.INPUT).stream().filter(f -> !f.name().endsWith(":mask")).toList();
        List<Field> targets = data.fields(Field.Role.TARGET);
        String fields = String.join(", ", inputs.stream().map(Field::name).toList());
        if (inputs.size() != 1) {
            throw new UsageException("saliency of sequences explains models of one token input; " + target.spec() + " feeds " + inputs.size()
                    + " (" + fields + ")");
        }
        if (inputs.get(0).type() != Field.ElementType.INT64) {
            throw new UsageException("saliency of sequences explains token ids; " + target.spec() + " feeds float values (" + fields + ")");
        }
        String field = inputs.get(0).name();
        List<long[]> sequences = new ArrayList<>();
        int[] classes = new int[samples.length];
        int[] labels = new int[samples.length];
        for (int i = 0; i < samples.length; i++) {
            if (samples[i] >= data.size()) {
                throw new UsageException("sample " + samples[i] + " is outside the " + target.split() + " split of " + target.spec() + " (0-"
                        + (data.size() - 1) + ")");
            }
            Batch one = data.batch(new int[] {samples[i]}, 0, 1);
            sequences.add(java.util.Arrays.copyOf(one.tensors().get(field).longs(), data.steps(samples[i], field)));
            long[] label = targets.size() == 1 ? one.tensors().get(targets.get(0).name()).longs() : null;
            // A tagger's label is the one at the step explained.
            labels[i] = label == null ? -1 : label.length == 1 ? (int) label[0] : positions[i] >= 0 && positions[i] < label.length
                    ? (int) label[positions[i]] : -1;
            classes[i] = SaliencyCommand.explained(which, labels[i], "--class actual needs one class label per sequence; " + target.spec()
                    + " has none");
        }
        TokenSaliency.Result result = target.analyse("saliency", model -> TokenSaliency.of(model, samples, sequences, classes, positions, method));
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s saliency of %s on the %s split of %s, per token (score in "
                + "brackets, the largest 1)%n", method.word(), target.model(), target.split(), target.spec()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < samples.length; i++) {
            long[] tokens = result.tokens().get(i);
            float[] scores = result.scores().get(i);
            float largest = 0;
            for (float s : scores) {
                largest = Math.max(largest, Math.abs(s));
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("sample", samples[i]);
            row.put("position", positions[i] >= 0 ? positions[i] : null);
            row.put("label", labels[i] >= 0 ? labels[i] : null);
            row.put("class", result.classes()[i]);
            row.put("probability", result.probabilities()[i]);
            List<Long> ids = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (int t = 0; t < tokens.length; t++) {
                ids.add(tokens[t]);
                values.add((double) scores[t]);
                line.append(t == 0 ? "" : " ").append(tokens[t]).append(String.format(Locale.ROOT, " (%.2f)",
                        largest == 0 ? 0 : scores[t] / largest));
            }
            row.put("tokens", ids);
            row.put("scores", values);
            rows.add(row);
            text.append(String.format(Locale.ROOT, "sample %d%s%s: class %d (probability %.3f): %s%n", samples[i],
                    positions[i] >= 0 ? " step " + positions[i] : "",
                    labels[i] >= 0 ? " (a " + labels[i] + ")" : "", result.classes()[i], result.probabilities()[i], line));
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
}
