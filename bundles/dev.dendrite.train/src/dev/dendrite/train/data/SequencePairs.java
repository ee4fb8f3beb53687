package dev.dendrite.train.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Source and target token sequences of any lengths from JSON Lines, one pair per line:
 * {@code {"source": [ids], "target": [ids]}}, what an encoder-decoder learns to map. The fields
 * are those of the synthetic transductions: {@code source}, {@code decoder_input} (a start token,
 * then the target: teacher forcing) and {@code target} (the target, then an end token, so that a
 * decoder learns where its output stops). Start and end are the two ids after the largest in the
 * file, so they never stand for a symbol. Sources and targets are padded per batch and masked
 * ({@code source:mask}, {@code decoder_input:mask}), each to its own length.
 */
final class SequencePairs {

    private SequencePairs() {
    }

    /** Whether the file's first line holds a "source" (a pair file, not one of sequences). */
    static boolean holdsPairs(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    try {
                        return JsonParser.parseString(line).getAsJsonObject().has("source");
                    } catch (JsonParseException | IllegalStateException e) {
                        return false; // SequenceFiles names the line
                    }
                }
            }
        }
        return false;
    }

    /** @throws IllegalArgumentException naming the file, the line and what is wrong there */
    static TensorDataset read(Path file) throws IOException {
        List<long[]> sources = new ArrayList<>();
        List<long[]> targets = new ArrayList<>();
        long[] largest = {-1};
        JsonLines.read(file, (where, json) -> {
            if (!json.has("source") || !json.has("target")) {
                throw new IllegalArgumentException(where + "a pair needs \"source\" and \"target\" (token ids)");
            }
            long[] source = ids(json, "source", where);
            long[] target = ids(json, "target", where);
            for (long id : source) {
                largest[0] = Math.max(largest[0], id);
            }
            for (long id : target) {
                largest[0] = Math.max(largest[0], id);
            }
            sources.add(source);
            targets.add(target);
        });
        if (sources.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no pair");
        }
        long start = largest[0] + 1;
        long end = largest[0] + 2;
        long[][] decoderInputs = new long[targets.size()][];
        long[][] ended = new long[targets.size()][];
        for (int i = 0; i < decoderInputs.length; i++) {
            long[] target = targets.get(i);
            decoderInputs[i] = new long[target.length + 1];
            decoderInputs[i][0] = start;
            System.arraycopy(target, 0, decoderInputs[i], 1, target.length);
            ended[i] = java.util.Arrays.copyOf(target, target.length + 1);
            ended[i][target.length] = end;
        }
        // Each side its own length symbol: a batch pads sources and targets apart.
        return TensorDataset.builder(file.getFileName().toString(), sources.size())
                .longs("source", Field.Role.INPUT, List.of("S"), sources.toArray(long[][]::new))
                .longs("decoder_input", Field.Role.INPUT, List.of("T"), decoderInputs)
                .longs("target", Field.Role.TARGET, List.of("T"), ended).classes((int) end + 1)
                .withMask("source").withMask("decoder_input").build();
    }

    private static long[] ids(JsonObject json, String key, String where) {
        JsonArray array;
        try {
            array = json.getAsJsonArray(key);
        } catch (ClassCastException e) {
            throw new IllegalArgumentException(where + "\"" + key + "\" is not a list of token ids");
        }
        if (array == null || array.isEmpty()) {
            throw new IllegalArgumentException(where + "an empty \"" + key + "\"");
        }
        long[] ids = new long[array.size()];
        for (int t = 0; t < ids.length; t++) {
            try {
                ids[t] = array.get(t).getAsLong();
            } catch (NumberFormatException | UnsupportedOperationException | IllegalStateException e) {
                throw new IllegalArgumentException(where + "\"" + key + "\" step " + t + " is not a token id");
            }
            if (ids[t] < 0) {
                throw new IllegalArgumentException(where + "token " + ids[t] + " at step " + t + " of \"" + key + "\": ids are ≥ 0");
            }
        }
        return ids;
    }
}
