package dev.dendrite.launching.ui.internal;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import dev.dendrite.train.run.RunFiles;
import dev.dendrite.train.run.RunRecord;

/**
 * A column of the Runs view: its title, width, text and the key it sorts by. Numbers sort as
 * numbers (a learning rate of 0.003 before 0.01, not after it as text would), and a run without the
 * value sorts last in either direction, so sorting by test accuracy keeps runs still training at
 * the bottom.
 *
 * @param key the value sorted by, or null where the run has none
 */
record RunColumn(String title, int width, Function<RunRecord, String> text, Function<RunRecord, Comparable<?>> key) {

    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** The Runs view's columns, in order. */
    static List<RunColumn> all() {
        // What tells runs apart first (state, progress, results and the settings a sweep varies), then where they came from.
        return List.of(textual("Run", 180, r -> r.directory().getFileName().toString()),
                textual("Experiment", 110, RunsView::experiment),
                textual("State", 80, RunRecord::stateLabel),
                new RunColumn("Epoch", 65, r -> lastEpoch(r) + "/" + (r.config().get("epochs") instanceof Number n ? n.intValue() : "?"),
                        r -> lastEpoch(r)),
                numeric("Best loss", 85, r -> r.bestLoss(), v -> String.format(Locale.ROOT, "%.4f", v)),
                numeric("Test accuracy", 110, r -> 100 * r.testAccuracy(), v -> String.format(Locale.ROOT, "%.2f%%", v)),
                // Certified training's test samples the bounds certify at its radius (empty for other runs).
                numeric("Certified", 85, r -> 100 * r.testCertifiedAccuracy(), v -> String.format(Locale.ROOT, "%.2f%%", v)),
                numeric("Learning rate", 112, r -> r.setting("learningRate"), RunRecord::significant),
                numeric("Batch", 60, r -> r.setting("batchSize"), v -> Long.toString(Math.round(v))),
                numeric("Seed", 55, r -> r.setting("seed"), v -> Long.toString(Math.round(v))),
                textual("Optimizer", 80, r -> config(r, "optimizer")),
                textual("Network", 120, r -> config(r, "network")),
                textual("Data", 150, r -> config(r, "dataset")),
                textual("Augmentation", 110, r -> config(r, "augment")),
                numeric("Label smoothing", 120, r -> r.setting("labelSmoothing"), RunRecord::significant),
                numeric("EMA", 65, r -> r.setting("ema"), RunRecord::significant),
                numeric("Mixup", 70, r -> r.setting("mixup"), RunRecord::significant),
                // A teacher's run by its folder's name (the model file's name where it is no run's model).
                textual("Teacher", 110, r -> r.config().get("teacher") instanceof String t ? RunFiles.modelName(java.nio.file.Path.of(t)) : ""),
                // Robust training's radius: adversarial, with its steps where more than one (PGD), or certified by interval bounds.
                new RunColumn("Adversarial", 95, r -> !Double.isNaN(r.setting("certified")) ? "IBP ε " + RunRecord.significant(r.setting(
                        "certified")) : Double.isNaN(r.setting("adversarial")) ? "" : "ε " + RunRecord.significant(r.setting("adversarial"))
                                + (r.setting("adversarialSteps") > 1 ? ", " + (long) r.setting("adversarialSteps") + " steps" : ""), r -> {
                                    double v = Double.isNaN(r.setting("certified")) ? r.setting("adversarial") : r.setting("certified");
                                    return Double.isNaN(v) ? null : v;
                                }),
                new RunColumn("Started", 125, r -> r.startedAt() == null ? "" : STARTED.format(r.startedAt().atZone(ZoneId.systemDefault())),
                        RunRecord::startedAt),
                new RunColumn("Duration", 85, r -> r.duration() == null ? "" : format(r.duration()), RunRecord::duration),
                textual("Why it stopped", 360, r -> r.status().reason() == null ? "" : r.status().reason()
                        + (r.status().layer() != null ? " [layer " + r.status().layer() + "]" : "")));
    }

    /** A filter's words: split at white space, lower case. */
    static List<String> words(String filter) {
        return java.util.Arrays.stream(filter.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    /** Whether each word is part of one of the run's columns as shown (no words: every run). */
    static boolean matches(RunRecord run, List<String> words) {
        if (words.isEmpty()) {
            return true;
        }
        List<String> texts = all().stream().map(c -> c.text().apply(run).toLowerCase(Locale.ROOT)).toList();
        return words.stream().allMatch(w -> texts.stream().anyMatch(t -> t.contains(w)));
    }

    /** Runs in this column's order, ascending or descending; those without a value last either way. */
    Comparator<RunRecord> order(boolean ascending) {
        return RunRecord.byValue(key, !ascending);
    }

    private static RunColumn textual(String title, int width, Function<RunRecord, String> text) {
        return new RunColumn(title, width, text, r -> {
            String value = text.apply(r);
            return value.isEmpty() ? null : value.toLowerCase(Locale.ROOT);
        });
    }

    private static RunColumn numeric(String title, int width, java.util.function.ToDoubleFunction<RunRecord> value,
            java.util.function.DoubleFunction<String> format) {
        return new RunColumn(title, width, r -> {
            double v = value.applyAsDouble(r);
            return Double.isNaN(v) ? "" : format.apply(v);
        }, r -> {
            double v = value.applyAsDouble(r);
            return Double.isNaN(v) ? null : v;
        });
    }

    private static String config(RunRecord run, String name) {
        Object value = run.config().get(name);
        return value == null ? "" : String.valueOf(value);
    }

    private static int lastEpoch(RunRecord run) {
        return run.epochs().isEmpty() ? 0 : run.epochs().get(run.epochs().size() - 1).epoch();
    }

    /** 42 s, 3 min 05 s, 2 h 07 min. */
    static String format(Duration duration) {
        long seconds = Math.round(duration.toMillis() / 1000.0);
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds / 60 % 60);
    }
}
