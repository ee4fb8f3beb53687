package dev.dendrite.train.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Sequences of any lengths from JSON Lines, one sequence per line: the input is {@code "tokens"}
 * (ids) or {@code "values"} (numbers, or rows of F numbers per step), the target {@code "label"}
 * (a class for the whole sequence), {@code "labels"} (a class per step) or {@code "targets"} (a
 * number or a row per step). Every line has the same keys. Sequences of different lengths are
 * padded per batch and masked ({@code tokens:mask} or {@code values:mask}), so the padding
 * changes nothing.
 */
public final class SequenceFiles {

    private SequenceFiles() {
    }

    /** [train, test]: two files, or one split 80/20 with the data sets' fixed split seed. */
    public static BatchSource[] load(String spec) throws IOException {
        String[] files = spec.split(",");
        if (files.length > 2) {
            throw new IllegalArgumentException("sequences: needs FILE.jsonl or TRAIN.jsonl,TEST.jsonl");
        }
        TensorDataset train = read(Path.of(files[0].strip()));
        if (files.length == 2) {
            return new BatchSource[] {train, read(Path.of(files[1].strip()))};
        }
        return train.split(0.2, NpmDatasets.SPLIT_SEED, "/train", "/test");
    }

    /** @throws IllegalArgumentException naming the file, the line and what is wrong there */
    public static TensorDataset read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("data file " + file + " does not exist");
        }
        if (SequencePairs.holdsPairs(file)) {
            return SequencePairs.read(file);
        }
        Columns c = new Columns();
        try {
            JsonLines.read(file, c::line);
        } catch (NumberFormatException | UnsupportedOperationException | IllegalStateException e) {
            throw new IllegalArgumentException(file.getFileName() + ": a value is not a number: " + e.getMessage());
        }
        if (c.inputs.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no sequence");
        }
        int n = c.inputs.size();
        var builder = TensorDataset.builder(file.getFileName().toString(), n);
        if (c.input.equals("tokens")) {
            builder.longs("tokens", Field.Role.INPUT, List.of("T"), c.inputs.toArray(long[][]::new));
        } else {
            builder.floats("values", Field.Role.INPUT, List.of("T", (long) c.width), c.inputs.toArray(float[][]::new));
        }
        switch (c.target) {
            case "label" -> builder.longs("label", Field.Role.TARGET, List.of(), c.targets.toArray(long[][]::new)).classes((int) c.maxLabel + 1);
            case "labels" -> builder.longs("labels", Field.Role.TARGET, List.of("T"), c.targets.toArray(long[][]::new)).classes((int) c.maxLabel + 1);
            default -> builder.floats("targets", Field.Role.TARGET, List.of("T", (long) c.targetWidth), c.targets.toArray(float[][]::new));
        }
        return builder.withMask(c.input).build();
    }

    /** The columns read so far, and what the first line set every later one must keep to. */
    private static final class Columns {
        String input;
        String target;
        int width = -1;
        int targetWidth = -1;
        final List<Object> inputs = new ArrayList<>();
        final List<Object> targets = new ArrayList<>();
        long maxLabel = -1;

        void line(String where, JsonObject json) {
            String in = json.has("tokens") ? "tokens" : json.has("values") ? "values" : null;
            String out = json.has("label") ? "label" : json.has("labels") ? "labels" : json.has("targets") ? "targets" : null;
            if (in == null || out == null) {
                throw new IllegalArgumentException(where + "a sequence needs \"tokens\" or \"values\", and \"label\", \"labels\" or \"targets\"");
            }
            if (input == null) {
                input = in;
                target = out;
            } else if (!input.equals(in) || !target.equals(out)) {
                throw new IllegalArgumentException(where + "has \"" + in + "\" and \"" + out + "\", the lines before \"" + input + "\" and \""
                        + target + "\"");
            }
            JsonArray steps = array(json, in, where);
            if (steps.isEmpty()) {
                throw new IllegalArgumentException(where + "an empty sequence");
            }
            if (in.equals("tokens")) {
                long[] ids = new long[steps.size()];
                for (int t = 0; t < ids.length; t++) {
                    ids[t] = steps.get(t).getAsLong();
                    if (ids[t] < 0) {
                        throw new IllegalArgumentException(where + "token " + ids[t] + " at step " + t + ": ids are ≥ 0");
                    }
                }
                inputs.add(ids);
            } else {
                float[] values = rows(steps, width, where, "values");
                width = values.length / steps.size();
                inputs.add(values);
            }
            switch (out) {
                case "label" -> {
                    long label = json.get("label").getAsLong();
                    maxLabel = Math.max(maxLabel, checkLabel(label, where));
                    targets.add(new long[] {label});
                }
                case "labels" -> {
                    JsonArray labels = array(json, "labels", where);
                    if (labels.size() != steps.size()) {
                        throw new IllegalArgumentException(where + labels.size() + " labels for " + steps.size() + " steps");
                    }
                    long[] values = new long[labels.size()];
                    for (int t = 0; t < values.length; t++) {
                        values[t] = labels.get(t).getAsLong();
                        maxLabel = Math.max(maxLabel, checkLabel(values[t], where));
                    }
                    targets.add(values);
                }
                default -> {
                    JsonArray rows = array(json, "targets", where);
                    if (rows.size() != steps.size()) {
                        throw new IllegalArgumentException(where + rows.size() + " targets for " + steps.size() + " steps");
                    }
                    float[] values = rows(rows, targetWidth, where, "targets");
                    targetWidth = values.length / rows.size();
                    targets.add(values);
                }
            }
        }
    }

    private static long checkLabel(long label, String where) {
        if (label < 0) {
            throw new IllegalArgumentException(where + "label " + label + ": classes are 0, 1, 2, ...");
        }
        return label;
    }

    /** Numbers (one per step) or rows of numbers (the same count at every step and line) as one flat array. */
    private static float[] rows(JsonArray steps, int width, String where, String key) {
        boolean nested = steps.get(0).isJsonArray();
        int columns = nested ? steps.get(0).getAsJsonArray().size() : 1;
        if (width >= 0 && columns != width) {
            throw new IllegalArgumentException(where + "\"" + key + "\" has " + columns + " numbers per step, the lines before " + width);
        }
        float[] values = new float[steps.size() * columns];
        for (int t = 0; t < steps.size(); t++) {
            JsonElement step = steps.get(t);
            if (nested) {
                JsonArray row = step.getAsJsonArray();
                if (row.size() != columns) {
                    throw new IllegalArgumentException(where + "step " + t + " of \"" + key + "\" has " + row.size() + " numbers, not " + columns);
                }
                for (int f = 0; f < columns; f++) {
                    values[t * columns + f] = row.get(f).getAsFloat();
                }
            } else {
                values[t] = step.getAsFloat();
            }
        }
        return values;
    }

    private static JsonArray array(JsonObject json, String key, String where) {
        JsonElement element = json.get(key);
        if (element == null || !element.isJsonArray()) {
            throw new IllegalArgumentException(where + "\"" + key + "\" must be a list");
        }
        return element.getAsJsonArray();
    }
}
