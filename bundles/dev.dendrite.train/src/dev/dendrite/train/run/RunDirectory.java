package dev.dendrite.train.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;

import dev.dendrite.model.io.AtomicFiles;

/**
 * One run's directory, the only coupling between a trainer and whoever watches it, written by
 * exactly one trainer at a time (a {@link RunLock}). The files are listed in {@link RunFiles}; the
 * schema is in ARCHITECTURE.md, and {@link RunReader} is its reader.
 */
public final class RunDirectory implements AutoCloseable {

    private final Path dir;
    private final RunLock lock;
    private final BufferedWriter metrics;
    private final BufferedWriter log;
    private RunStatus status;
    private final Checkpoint resumedFrom;

    /**
     * Takes the directory for one trainer.
     *
     * @param resume continue from the checkpoint there, if any: metric records after it (written
     *        between that checkpoint and an interruption) are dropped, so each step and epoch appears once
     * @throws TrainingException when another trainer holds the directory, or its checkpoint cannot be read
     */
    RunDirectory(Path dir, boolean resume) throws IOException, TrainingException {
        this.dir = dir;
        Files.createDirectories(dir.resolve(RunFiles.CHECKPOINT));
        Files.createDirectories(dir.resolve(RunFiles.TRAIN_STEP_GRAPH).getParent());
        this.lock = RunLock.acquire(dir);
        try {
            Checkpoint checkpoint = null;
            if (resume && Checkpoint.exists(checkpoint())) {
                try {
                    checkpoint = Checkpoint.read(checkpoint());
                } catch (dev.dendrite.onnx.importer.OnnxFormatException | IOException e) {
                    throw TrainingException.badInput("the checkpoint in " + checkpoint() + " cannot be read: " + e.getMessage());
                }
                keepMetricsUpTo(checkpoint);
            }
            this.resumedFrom = checkpoint;
            StandardOpenOption mode = checkpoint != null ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
            metrics = Files.newBufferedWriter(dir.resolve(RunFiles.METRICS), StandardCharsets.UTF_8, StandardOpenOption.CREATE, mode,
                    StandardOpenOption.WRITE);
            log = Files.newBufferedWriter(dir.resolve(RunFiles.LOG), StandardCharsets.UTF_8, StandardOpenOption.CREATE, mode,
                    StandardOpenOption.WRITE);
            Files.deleteIfExists(dir.resolve(RunFiles.SUMMARY));
            status = RunStatus.running(checkpoint == null ? 0 : checkpoint.epoch(), checkpoint == null ? 0 : checkpoint.step(),
                    Instant.now().toString());
            writeStatus();
        } catch (IOException | TrainingException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The checkpoint this run resumes from, or null for a fresh run. */
    Checkpoint resumedFrom() {
        return resumedFrom;
    }

    public Path path() {
        return dir;
    }

    public Path checkpoint() {
        return dir.resolve(RunFiles.CHECKPOINT);
    }

    public void metric(Map<String, Object> record) throws IOException {
        metrics.write(RunJson.line(record));
        metrics.newLine();
        metrics.flush();
    }

    public void log(String line) throws IOException {
        log.write(line);
        log.newLine();
        log.flush();
    }

    public void writeJson(String name, Map<String, Object> content) throws IOException {
        AtomicFiles.write(dir.resolve(name), RunJson.document(content).getBytes(StandardCharsets.UTF_8));
    }

    public void writeBytes(String name, byte[] content) throws IOException {
        AtomicFiles.write(dir.resolve(name), content);
    }

    /** Records progress (epoch, steps) while running. */
    void progress(int epoch, long step) throws IOException {
        status = status.with(RunState.RUNNING, null, null, epoch, step);
        writeStatus();
    }

    /** Records how the run ended, at the epoch and step last reported by {@link #progress}. */
    void end(RunState state, String reason, String layer) throws IOException {
        status = status.with(state, reason, layer, status.epoch(), status.step());
        writeStatus();
    }

    private void writeStatus() throws IOException {
        writeJson(RunFiles.STATUS, status.toJson());
    }

    /** Drops step records after the checkpoint's step, epoch records after its epoch, and torn lines. */
    private void keepMetricsUpTo(Checkpoint checkpoint) throws IOException {
        Path file = dir.resolve(RunFiles.METRICS);
        if (!Files.exists(file)) {
            return;
        }
        List<String> kept = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            try {
                JsonObject record = RunJson.parse(line);
                String type = RunJson.text(record, "type");
                boolean keep = "epoch".equals(type) ? RunJson.integer(record, "epoch", Long.MAX_VALUE) <= checkpoint.epoch()
                        : RunJson.integer(record, "step", Long.MAX_VALUE) <= checkpoint.step();
                if (keep) {
                    kept.add(line);
                }
            } catch (JsonParseException | IllegalStateException e) {
                // A line torn by the interruption: the resumed run writes that record again.
            }
        }
        AtomicFiles.write(file, (String.join("\n", kept) + (kept.isEmpty() ? "" : "\n")).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
        try {
            metrics.close();
            log.close();
        } finally {
            lock.close();
        }
    }
}
