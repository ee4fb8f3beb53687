package dev.dendrite.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.Command;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.train.run.MetricRecord;
import dev.dendrite.train.run.RunReader;
import dev.dendrite.train.run.RunRecord;

/** {@code dendrite runs [DIR]}: the run directories in DIR (or one run) with their state, progress and best figures. */
public final class RunsCommand implements Command {

    @Override
    public String name() {
        return "runs";
    }

    @Override
    public String summary() {
        return "list run directories with their state: runs [DIR | RUN_DIR] [--sort KEY]";
    }

    @Override
    public String usage() {
        return """
                Usage: dendrite runs [DIR | RUN_DIR] [--sort KEY] [--reverse] [--json]
                Lists the run directories in DIR (default: runs) and in its experiment folders (a sweep's, a
                lottery experiment's), or describes one run: its state (running,
                finished, cancelled, failed, non-finite, crashed), the reason it stopped, epochs and steps done,
                the best loss, the test figures, the learning rate, batch and seed, when it started and how
                long it ran, and whether a checkpoint can resume it.
                --sort KEY: name (the default), started, best-loss, test-accuracy and frechet-distance (a GAN's
                samples judged through training: train --judge, a judged sweep; best first), learning-rate, batch
                or seed. Runs without the value come last. --reverse turns the order.""";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws UsageException, IOException {
        Arguments a = Arguments.parse(args, Map.of("--sort", "sort"), Set.of("--reverse"));
        RunOrder order = RunOrder.named(a.option("sort") == null ? "name" : a.option("sort"));
        Path dir = Path.of(a.positionals().isEmpty() ? "runs" : a.single("DIR"));
        if (!Files.isDirectory(dir)) {
            throw new UsageException(dir + " is not a directory");
        }
        List<Path> runs = new ArrayList<>();
        boolean oneRun = RunReader.isRunDirectory(dir);
        if (oneRun) {
            runs.add(dir);
        } else {
            collect(dir, EXPERIMENT_DEPTH, runs);
        }
        List<Map<String, Object>> json = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<RunRecord> records = new ArrayList<>();
        for (Path run : runs) {
            records.add(RunReader.read(run));
        }
        records.sort(order.comparator(a.flag("reverse")));
        for (RunRecord record : records) {
            Map<String, Object> entry = describe(record);
            json.add(entry);
            Path name = oneRun ? dir.getFileName() : dir.relativize(record.directory());
            text.append(String.format(Locale.ROOT, "%-40s %-11s epoch %s/%s  best loss %s%s%s%s%n", name,
                    record.state().id(), entry.get("epochsDone"),
                    record.config().get("epochs") instanceof Number n ? String.valueOf(n.longValue()) : "?", format(record.bestLoss()),
                    (entry.get("testAccuracy") instanceof Double acc ? String.format(Locale.ROOT, "  test accuracy %.2f%%", 100 * acc) : "")
                            + (entry.get("testCertifiedAccuracy") instanceof Double cert ? String.format(Locale.ROOT, " (certified %.2f%%)",
                                    100 * cert) : "")
                            + (entry.get("frechetDistance") instanceof Double fid ? String.format(Locale.ROOT, "  Fréchet distance %.2f", fid) : ""),
                    entry.get("learningRate") instanceof Number lr ? "  " + (entry.get("optimizer") instanceof String optimizer ? optimizer + " " : "")
                            + "lr " + RunRecord.significant(lr.doubleValue())
                            + (entry.get("seed") instanceof Number seed ? " seed " + seed.longValue() : "")
                            + (entry.get("teacher") instanceof String teacher ? " teacher " + dev.dendrite.train.run.RunFiles.modelName(Path.of(teacher)) : "")
                            + (entry.get("adversarial") instanceof Number radius ? " adversarial " + RunRecord.significant(radius.doubleValue()) : "")
                            + (entry.get("certified") instanceof Number radius ? " certified " + RunRecord.significant(radius.doubleValue()) : "")
                            : "",
                    record.status().reason() != null ? "  (" + record.status().reason().strip().replaceAll("\\s+", " ") + ")" : ""));
        }
        if (runs.isEmpty()) {
            text.append("no run directories in ").append(dir);
        }
        context.print(Map.of("directory", dir.toString(), "runs", json), text.toString().stripTrailing());
        return 0;
    }

    /** How deep below DIR runs are looked for: a sweep's or a lottery experiment's runs sit in a folder of their own. */
    private static final int EXPERIMENT_DEPTH = 3;

    /** The run directories in {@code dir} and in its folders that are not runs, down to {@code depth} levels. */
    private static void collect(Path dir, int depth, List<Path> runs) throws IOException {
        List<Path> folders;
        try (Stream<Path> children = Files.list(dir)) {
            folders = children.filter(Files::isDirectory).sorted().toList();
        }
        for (Path folder : folders) {
            if (RunReader.isRunDirectory(folder)) {
                // Not below it: a data-parallel run keeps its workers' run directories inside its own.
                runs.add(folder);
            } else if (depth > 1) {
                collect(folder, depth - 1, runs);
            }
        }
    }

    private static Map<String, Object> describe(RunRecord record) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("runDir", record.directory().toString());
        entry.put("network", record.config().get("network"));
        entry.put("dataset", record.config().get("dataset"));
        entry.put("state", record.state().id());
        entry.put("reason", record.status().reason());
        entry.put("layer", record.status().layer());
        int epochsDone = record.epochs().isEmpty() ? 0 : record.epochs().get(record.epochs().size() - 1).epoch();
        entry.put("epochsDone", epochsDone);
        entry.put("epochs", record.config().get("epochs"));
        long steps = Math.max(record.status().step(), record.steps().isEmpty() ? 0 : record.steps().get(record.steps().size() - 1).step());
        entry.put("steps", steps);
        entry.put("bestLoss", Double.isNaN(record.bestLoss()) ? null : record.bestLoss());
        MetricRecord last = record.epochs().isEmpty() ? null : record.epochs().get(record.epochs().size() - 1);
        entry.put("lastValidationAccuracy", last == null || Double.isNaN(last.value("validationAccuracy")) ? null : last.value("validationAccuracy"));
        entry.put("testLoss", record.summary().get("testLoss"));
        entry.put("testAccuracy", record.summary().get("testAccuracy"));
        entry.put("testCertifiedAccuracy", record.summary().get("testCertifiedAccuracy"));
        double judged = dev.dendrite.analysis.experiment.SweepJudging.distance(record.directory(), 0);
        entry.put("frechetDistance", Double.isNaN(judged) ? null : judged);
        entry.put("learningRate", record.config().get("learningRate"));
        entry.put("batchSize", record.config().get("batchSize"));
        entry.put("seed", record.config().get("seed"));
        entry.put("optimizer", record.config().get("optimizer"));
        entry.put("augment", record.config().get("augment"));
        entry.put("labelSmoothing", record.config().get("labelSmoothing"));
        entry.put("ema", record.config().get("ema"));
        entry.put("mixup", record.config().get("mixup"));
        entry.put("teacher", record.config().get("teacher"));
        entry.put("adversarial", record.config().get("adversarial"));
        entry.put("certified", record.config().get("certified"));
        entry.put("started", record.status().started());
        entry.put("seconds", record.duration() == null ? null : record.duration().toMillis() / 1000.0);
        entry.put("resumable", record.state().resumable() && record.hasCheckpoint());
        entry.put("notes", record.notes());
        return entry;
    }

    private static String format(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.4f", value);
    }
}
