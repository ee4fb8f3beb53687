package dev.dendrite.train.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;

/**
 * The one reader of run directories (see {@link RunDirectory} for the writer). Tolerant: a torn
 * last metrics line, a malformed line or a missing file becomes a note, never an exception, so a
 * view can read a run that is being written or was killed mid-write.
 */
public final class RunReader {

    private static final int LOG_TAIL = 20;

    private RunReader() {
    }

    /** Whether a folder looks like a run directory (it has a config or a status). */
    public static boolean isRunDirectory(Path dir) {
        return Files.isRegularFile(dir.resolve(RunFiles.STATUS)) || Files.isRegularFile(dir.resolve(RunFiles.CONFIG));
    }

    /**
     * Whether {@code dir} is a data-parallel worker's own run directory inside the run's
     * {@value RunFiles#WORKERS} folder: part of a run, not a run to list beside it.
     */
    public static boolean isWorkerDirectory(Path dir) {
        Path parent = dir.toAbsolutePath().getParent();
        return parent != null && parent.getFileName() != null && parent.getFileName().toString().equals(RunFiles.WORKERS)
                && parent.getParent() != null && isRunDirectory(parent.getParent()) && isRunDirectory(dir);
    }

    /** @throws IOException only when {@code dir} is not a readable directory */
    public static RunRecord read(Path dir) throws IOException {
        return read(dir, true);
    }

    /**
     * Configuration, status, summary, notes and log tail, without parsing {@code metrics.jsonl}
     * (its records stay empty): for followers that tail the metrics themselves each second.
     */
    public static RunRecord readWithoutMetrics(Path dir) throws IOException {
        return read(dir, false);
    }

    private static RunRecord read(Path dir, boolean metrics) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " is not a directory");
        }
        List<String> notes = new ArrayList<>();
        Map<String, Object> config = object(dir.resolve(RunFiles.CONFIG), notes);
        Map<String, Object> summary = object(dir.resolve(RunFiles.SUMMARY), notes);
        MetricsTail tail = new MetricsTail(dir);
        List<MetricRecord> steps = new ArrayList<>();
        List<MetricRecord> epochs = new ArrayList<>();
        if (metrics) {
            for (MetricRecord record : tail.poll()) {
                if (record.isEpoch()) {
                    epochs.add(record);
                } else if (record.isStep()) {
                    steps.add(record);
                }
            }
            notes.addAll(tail.notes());
        }
        List<String> logTail = logTail(dir.resolve(RunFiles.LOG));
        RunStatus status = status(dir, notes, logTail, !epochs.isEmpty() ? epochs.get(epochs.size() - 1).epoch() : 0);
        if (metrics && tail.endsInPartialLine() && status.state() != RunState.RUNNING) {
            notes.add("metrics.jsonl ends in a partly written line, ignored");
        }
        return new RunRecord(dir, config, status, steps, epochs, summary, notes, logTail, Checkpoint.exists(dir.resolve(RunFiles.CHECKPOINT)));
    }

    private static RunStatus status(Path dir, List<String> notes, List<String> logTail, int lastEpoch) {
        Path file = dir.resolve(RunFiles.STATUS);
        RunStatus status;
        try {
            status = Files.exists(file) ? RunStatus.fromJson(RunJson.parse(Files.readString(file, StandardCharsets.UTF_8))) : null;
        } catch (IOException | JsonParseException | IllegalArgumentException | IllegalStateException e) {
            notes.add(RunFiles.STATUS + " cannot be read: " + (e instanceof JsonParseException j ? RunJson.problem(j) : e.getMessage()));
            status = null;
        }
        if (status == null) {
            // Directories written before status.json existed: finished when they have a summary.
            RunState state = Files.exists(dir.resolve(RunFiles.SUMMARY)) ? RunState.FINISHED : RunState.CRASHED;
            return new RunStatus(state, state == RunState.CRASHED ? "no status recorded" : null, null, lastEpoch, 0, -1, null, null, null);
        }
        if (status.state() == RunState.RUNNING && !status.writerAlive()) {
            String last = logTail.isEmpty() ? "" : "; last log line: " + logTail.get(logTail.size() - 1);
            // Inferred now, not recorded: "updated" stays the trainer's last write, so reading twice gives the same record.
            return new RunStatus(RunState.CRASHED, "the trainer (process " + status.pid() + ") ended without recording why: killed or crashed"
                    + last, null, status.epoch(), status.step(), status.pid(), status.host(), status.started(), status.updated());
        }
        return status;
    }

    private static Map<String, Object> object(Path file, List<String> notes) {
        if (!Files.exists(file)) {
            return Map.of();
        }
        try {
            JsonObject json = RunJson.parse(Files.readString(file, StandardCharsets.UTF_8));
            Map<String, Object> map = new Gson().fromJson(json, new TypeToken<LinkedHashMap<String, Object>>() { }.getType());
            return map == null ? Map.of() : map;
        } catch (IOException | JsonParseException | IllegalStateException e) {
            notes.add(file.getFileName() + " cannot be read: " + e.getMessage());
            return Map.of();
        }
    }

    private static List<String> logTail(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return List.copyOf(lines.subList(Math.max(0, lines.size() - LOG_TAIL), lines.size()));
        } catch (IOException e) {
            return List.of("(log.txt cannot be read: " + e.getMessage() + ")");
        }
    }
}
