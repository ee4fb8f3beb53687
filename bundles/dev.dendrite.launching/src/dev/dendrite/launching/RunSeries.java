package dev.dendrite.launching;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.dendrite.train.run.MetricRecord;
import dev.dendrite.train.run.MetricsTail;
import dev.dendrite.train.run.RunReader;
import dev.dendrite.train.run.RunRecord;
import dev.dendrite.train.run.RunState;

/**
 * A run's curves and progress as plain data, read from its run directory as it grows (the monitor
 * renders it, the progress job reports it, tests check it). Call {@link #update} to take in what
 * the trainer wrote since.
 */
public final class RunSeries {

    private final Path directory;
    private final MetricsTail tail;
    private final List<MetricRecord> steps = new ArrayList<>();
    private final List<MetricRecord> epochs = new ArrayList<>();
    /** The loss's sharpness as training went ({@code train --sharpness-every}). */
    private final List<MetricRecord> sharpness = new ArrayList<>();
    /** A GAN's samples judged as training went ({@code train --judge}). */
    private final List<MetricRecord> judged = new ArrayList<>();
    private RunRecord record;
    private List<String> metricNotes = List.of();

    public RunSeries(Path directory) {
        this.directory = directory;
        this.tail = new MetricsTail(directory);
    }

    /** Serialises readers of the files; the data itself is guarded by this object's lock, held only to swap it in. */
    private final Object reading = new Object();

    /**
     * Reads new metric records and the status; returns whether anything changed. Safe to call off
     * the UI thread while the getters are read on it: the files are read outside the data lock.
     */
    public boolean update() throws IOException {
        synchronized (reading) {
            List<MetricRecord> fresh = tail.poll();
            boolean restarted = tail.restarted();
            RunRecord read = RunReader.readWithoutMetrics(directory);
            List<String> metricNotes = List.copyOf(tail.notes());
            synchronized (this) {
                this.metricNotes = metricNotes;
                if (restarted) {
                    steps.clear();
                    epochs.clear();
                    sharpness.clear();
                    judged.clear();
                }
                for (MetricRecord r : fresh) {
                    if (r.isEpoch()) {
                        epochs.add(r);
                    } else if (r.isStep()) {
                        steps.add(r);
                    } else if (SHARPNESS.equals(r.type())) {
                        sharpness.add(r);
                    } else if (JUDGE.equals(r.type())) {
                        judged.add(r);
                    }
                }
                RunState before = record == null ? null : record.state();
                record = read;
                return !fresh.isEmpty() || restarted || before != record.state();
            }
        }
    }

    public Path directory() {
        return directory;
    }

    public String name() {
        return directory.getFileName().toString();
    }

    public synchronized List<MetricRecord> steps() {
        return List.copyOf(steps);
    }

    /** The type of the records of the loss's sharpness (topEigenvalue, edgeOfStability where SGD trains). */
    public static final String SHARPNESS = "sharpness";

    /** The type of the records of a GAN's samples judged (frechetDistance, dataFrechetDistance, classifierScore, ...). */
    public static final String JUDGE = "judge";

    /** The judge's verdicts so far, in order. */
    public synchronized List<MetricRecord> judged() {
        return List.copyOf(judged);
    }

    /** The sharpness measured so far, in order. */
    public synchronized List<MetricRecord> sharpness() {
        return List.copyOf(sharpness);
    }

    public synchronized List<MetricRecord> epochs() {
        return List.copyOf(epochs);
    }

    public synchronized RunState state() {
        return record == null ? RunState.RUNNING : record.state();
    }

    /** The reason a run stopped, or null. */
    public synchronized String reason() {
        return record == null ? null : record.status().reason();
    }

    public synchronized List<String> notes() {
        List<String> all = new ArrayList<>(record == null ? List.of() : record.notes());
        all.addAll(metricNotes);
        return all;
    }

    public synchronized Map<String, Object> config() {
        return record == null ? Map.of() : record.config();
    }

    /** Steps of the whole run, from the configuration (epochs × batches per epoch); 0 when unknown. */
    public long totalSteps() {
        Map<String, Object> config = config();
        if (!(config.get("epochs") instanceof Number epochsNumber) || !(config.get("trainSamples") instanceof Number samples)
                || !(config.get("batchSize") instanceof Number batch) || batch.intValue() <= 0) {
            return 0;
        }
        long perEpoch = (samples.longValue() + batch.longValue() - 1) / batch.longValue();
        return perEpoch * epochsNumber.longValue();
    }

    /** Steps done so far (the status, or the last record). */
    public synchronized long stepsDone() {
        long fromStatus = record == null ? 0 : record.status().step();
        long fromSteps = steps.isEmpty() ? 0 : steps.get(steps.size() - 1).step();
        long fromEpochs = epochs.isEmpty() ? 0 : epochs.get(epochs.size() - 1).step();
        return Math.max(fromStatus, Math.max(fromSteps, fromEpochs));
    }

    /** Samples per second of the last epoch, NaN before the first. */
    public synchronized double samplesPerSecond() {
        return epochs.isEmpty() ? Double.NaN : epochs.get(epochs.size() - 1).value("samplesPerSecond");
    }

    /** Estimated seconds to the end, from the last epoch's speed; NaN when unknown. */
    public double secondsLeft() {
        double rate = samplesPerSecond();
        Object batch = config().get("batchSize");
        if (Double.isNaN(rate) || !(batch instanceof Number b) || totalSteps() == 0) {
            return Double.NaN;
        }
        return (totalSteps() - stepsDone()) * b.doubleValue() / rate;
    }
}
