package dev.dendrite.train.run;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;

/**
 * Reads {@code metrics.jsonl} as it grows: each {@link #poll} returns the records completed since
 * the last one. A last line without its newline is being written and waits for the next poll; a
 * malformed complete line is skipped with a note. If the file shrinks (a resumed run drops the
 * records after its checkpoint) reading starts again from the top, and {@link #restarted} says so.
 */
public final class MetricsTail {

    private final Path file;
    private long offset;
    private int lineNumber;
    private boolean restarted;
    private boolean partial;
    private final List<String> notes = new ArrayList<>();

    public MetricsTail(Path runDirectory) {
        this.file = runDirectory.resolve(RunFiles.METRICS);
    }

    public List<MetricRecord> poll() throws IOException {
        restarted = false;
        List<MetricRecord> records = new ArrayList<>();
        if (!Files.exists(file)) {
            return records;
        }
        byte[] fresh;
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            if (length < offset) {
                offset = 0;
                lineNumber = 0;
                restarted = true;
            }
            fresh = new byte[(int) Math.min(Integer.MAX_VALUE - 8, length - offset)];
            in.seek(offset);
            in.readFully(fresh);
        }
        int start = 0;
        for (int i = 0; i < fresh.length; i++) {
            if (fresh[i] == '\n') {
                String line = new String(fresh, start, i - start, StandardCharsets.UTF_8).trim();
                lineNumber++;
                if (!line.isEmpty()) {
                    parse(line).ifPresent(records::add);
                }
                start = i + 1;
            }
        }
        offset += start;
        partial = start < fresh.length;
        return records;
    }

    /** Whether the file ends in a line without its newline (being written, or torn by a kill). */
    public boolean endsInPartialLine() {
        return partial;
    }

    /** Whether the last poll started over because the file had been rewritten shorter. */
    public boolean restarted() {
        return restarted;
    }

    /** One line per skipped malformed record. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    private java.util.Optional<MetricRecord> parse(String line) {
        try {
            JsonObject json = RunJson.parse(line);
            String type = RunJson.text(json, "type");
            if (type == null) {
                notes.add("metrics.jsonl line " + lineNumber + " has no \"type\" and was skipped");
                return java.util.Optional.empty();
            }
            Map<String, Double> norms = json.has("gradientNorms") && json.get("gradientNorms").isJsonObject()
                    ? RunJson.numbers(json.getAsJsonObject("gradientNorms")) : Map.of();
            return java.util.Optional.of(new MetricRecord(type, (int) RunJson.integer(json, "epoch", 0), RunJson.integer(json, "step", 0),
                    RunJson.numbers(json), norms));
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            notes.add("metrics.jsonl line " + lineNumber + " is not valid JSON and was skipped");
            return java.util.Optional.empty();
        }
    }
}
