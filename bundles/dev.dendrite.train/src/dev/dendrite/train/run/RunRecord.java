package dev.dendrite.train.run;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * What a run directory holds, read by {@link RunReader}: plain data for the command line, the
 * Runs view and the monitor.
 *
 * @param config {@code config.json} as a map (empty when missing)
 * @param status the recorded status; a "running" run whose trainer is gone reads as {@link RunState#CRASHED}
 * @param summary {@code summary.json} (empty until the run ends)
 * @param notes what the reader had to skip or could not read (malformed metric lines, missing files)
 * @param logTail the last lines of {@code log.txt}
 */
public record RunRecord(Path directory, Map<String, Object> config, RunStatus status, List<MetricRecord> steps,
        List<MetricRecord> epochs, Map<String, Object> summary, List<String> notes, List<String> logTail, boolean hasCheckpoint) {

    /** The reason a run paused at a rung of a sweep's successive halving gives, followed by the epoch: what tells it from a stop by hand. */
    public static final String RUNG_PAUSE = "paused by successive halving after epoch ";

    public RunState state() {
        return status.state();
    }

    /** What a run a sweep's successive halving left at a rung reads as, where its state says "cancelled". */
    public static final String HALTED = "halted";

    /** Whether a sweep's successive halving paused the run at a rung and left it there (it can resume like any stopped run). */
    public boolean pausedAtRung() {
        return status.state() == RunState.CANCELLED && status.reason() != null && status.reason().contains(RUNG_PAUSE);
    }

    /** The state as lists show it: its id, or {@link #HALTED} for a run a rung left behind. */
    public String stateLabel() {
        return pausedAtRung() ? HALTED : state().id();
    }

    /** The lowest validation loss of any epoch (or train loss when no validation), NaN when there is no epoch yet. */
    public double bestLoss() {
        double best = Double.NaN;
        for (MetricRecord epoch : epochs) {
            double loss = Double.isNaN(epoch.value("validationLoss")) ? epoch.value("trainLoss") : epoch.value("validationLoss");
            if (!Double.isNaN(loss) && (Double.isNaN(best) || loss < best)) {
                best = loss;
            }
        }
        return best;
    }

    /**
     * The first training setting this run recorded otherwise than {@code config} has it ("epochs 2, not 4"), or empty: what
     * an experiment that reads finished runs back checks, so a rerun with other settings does not mix old and new results.
     */
    public java.util.Optional<String> otherSetting(dev.dendrite.train.config.TrainingConfig config) {
        Map<String, Object> expected = new java.util.LinkedHashMap<>();
        expected.put("dataset", config.dataset());
        expected.put("epochs", config.epochs());
        expected.put("batchSize", config.batchSize());
        expected.put("optimizer", config.optimizer().getLiteral());
        expected.put("learningRate", config.learningRate());
        expected.put("momentum", config.momentum());
        expected.put("weightDecay", config.weightDecay());
        expected.put("schedule", config.schedule());
        expected.put("seed", config.seed());
        expected.put("mixup", config.mixup());
        expected.put("ema", config.emaDecay());
        expected.put("labelSmoothing", config.labelSmoothing());
        for (var entry : expected.entrySet()) {
            Object recorded = this.config.get(entry.getKey());
            boolean same = entry.getValue() instanceof Number n ? recorded instanceof Number r && r.doubleValue() == n.doubleValue()
                    : java.util.Objects.equals(recorded, entry.getValue());
            if (!same && this.config.containsKey(entry.getKey())) {
                return java.util.Optional.of(entry.getKey() + " " + text(recorded) + ", not " + text(entry.getValue()));
            }
        }
        return java.util.Optional.empty();
    }

    private static String text(Object value) {
        return value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && Math.abs(n.doubleValue()) < 1e15
                ? String.valueOf(n.longValue()) : String.valueOf(value);
    }

    /** A numeric setting of {@code config.json} ("learningRate", "batchSize", "seed"), NaN when absent. */
    public double setting(String name) {
        return config.get(name) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** The test samples certified training's interval bounds certify at its radius, from {@code summary.json}; NaN where none. */
    public double testCertifiedAccuracy() {
        return summary.get("testCertifiedAccuracy") instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** The test set's accuracy from {@code summary.json}, NaN before the run ends or without a test set. */
    public double testAccuracy() {
        return summary.get("testAccuracy") instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** When the run started, or null when its status has no readable time. */
    public Instant startedAt() {
        return instant(status.started());
    }

    /** From the start to the status's last update: the whole run once it ended, so far while it trains; null without both. */
    public Duration duration() {
        Instant start = startedAt();
        Instant last = instant(status.updated());
        return start == null || last == null || last.isBefore(start) ? null : Duration.between(start, last);
    }

    /** Runs ordered by a value, ascending or descending; a run without one (null) comes last either way. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static java.util.Comparator<RunRecord> byValue(java.util.function.Function<RunRecord, ? extends Comparable<?>> value,
            boolean descending) {
        java.util.Comparator<Comparable> values = descending ? java.util.Comparator.reverseOrder() : java.util.Comparator.naturalOrder();
        return java.util.Comparator.comparing(r -> (Comparable) value.apply(r), java.util.Comparator.nullsLast(values));
    }

    /** A setting as people write it: three significant digits, no trailing zeros (0.01, 0.003, 0.000125). */
    public static String significant(double value) {
        return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
