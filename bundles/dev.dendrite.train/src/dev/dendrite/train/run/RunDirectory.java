package dev.dendrite.train.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import dev.dendrite.model.io.AtomicFiles;
import dev.dendrite.runtime.Json;

/**
 * One run's directory, the only coupling between a trainer and whoever watches it:
 * {@code config.json}, {@code metrics.jsonl} (one JSON object per logged step and per epoch),
 * {@code log.txt}, {@code checkpoint/} (weights and trainer state, written atomically),
 * {@code best.weights.onnx}, and at the end {@code model.onnx}, {@code final.weights.onnx} and
 * {@code summary.json}.
 */
public final class RunDirectory implements AutoCloseable {

    private final Path dir;
    private final BufferedWriter metrics;
    private final BufferedWriter log;

    public RunDirectory(Path dir, boolean append) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir.resolve("checkpoint"));
        StandardOpenOption mode = append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
        metrics = Files.newBufferedWriter(dir.resolve("metrics.jsonl"), StandardCharsets.UTF_8, StandardOpenOption.CREATE, mode,
                StandardOpenOption.WRITE);
        log = Files.newBufferedWriter(dir.resolve("log.txt"), StandardCharsets.UTF_8, StandardOpenOption.CREATE, mode, StandardOpenOption.WRITE);
    }

    public Path path() {
        return dir;
    }

    public Path checkpoint() {
        return dir.resolve("checkpoint");
    }

    public void metric(Map<String, Object> record) throws IOException {
        metrics.write(Json.write(record));
        metrics.newLine();
        metrics.flush();
    }

    public void log(String line) throws IOException {
        log.write(line);
        log.newLine();
        log.flush();
    }

    public void writeJson(String name, Map<String, Object> content) throws IOException {
        AtomicFiles.write(dir.resolve(name), Json.write(content).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
        try {
            metrics.close();
        } finally {
            log.close();
        }
    }
}
