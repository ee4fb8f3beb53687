package dev.dendrite.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.dendrite.analysis.experiment.DataParallelTraining;
import dev.dendrite.analysis.experiment.InProcessEngine;
import dev.dendrite.analysis.experiment.RunSpec;
import dev.dendrite.analysis.experiment.TaskEngine;
import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.CommandFailedException;
import dev.dendrite.cli.UsageException;
import dev.dendrite.model.network.Network;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.NpmDatasets;
import dev.dendrite.train.run.Cancellation;

/** {@code dendrite train FILE.dnet --data-parallel N}: one model trained by N workers, in this process or as a Spark barrier stage. */
final class DataParallelCommand {

    /** Every 25 steps: on LeNet-300-100 as accurate as every step and 2.6 times as fast on these machines (docs/scale-out.md). */
    static final int DEFAULT_SYNC_EVERY = 25;

    /** Train options and the sweep setting each becomes; the others do not combine with --data-parallel. */
    private static final Map<String, String> SETTINGS = Map.ofEntries(Map.entry("data", "data"), Map.entry("epochs", "epochs"),
            Map.entry("batch", "batch"), Map.entry("optimizer", "optimizer"), Map.entry("lr", "lr"), Map.entry("momentum", "momentum"),
            Map.entry("weight-decay", "weightDecay"), Map.entry("clip", "clip"), Map.entry("patience", "patience"),
            Map.entry("threads", "threads"), Map.entry("augment", "augment"), Map.entry("freeze", "freeze"), Map.entry("train-only", "trainOnly"), Map.entry("class-weights", "classWeights"),
            Map.entry("label-smoothing", "labelSmoothing"), Map.entry("ema", "ema"), Map.entry("mixup", "mixup"), Map.entry("teacher", "teacher"),
            Map.entry("distill-temperature", "distillTemperature"), Map.entry("distill-weight", "distillWeight"),
            Map.entry("adversarial", "adversarial"), Map.entry("adversarial-range", "adversarialRange"),
            Map.entry("adversarial-steps", "adversarialSteps"), Map.entry("certified", "certified"),
            Map.entry("certified-range", "certifiedRange"), Map.entry("certified-warmup", "certifiedWarmup"),
            Map.entry("certified-ramp", "certifiedRamp"), Map.entry("certified-weight", "certifiedWeight"),
            Map.entry("certified-bounds", "certifiedBounds"));

    private static final List<String> OTHERS = List.of("seed", "run-dir", "resume", "data-cache", "data-parallel", "sync-every", "engine", "master");

    private DataParallelCommand() {
    }

    /** Whether data-parallel training takes the option {@code --NAME}. */
    static boolean takes(String option) {
        String name = option.replaceFirst("^--", "");
        return SETTINGS.containsKey(name) || OTHERS.contains(name);
    }

    static int run(CommandContext context, Arguments a, Path file, Network network) throws UsageException, IOException, CommandFailedException {
        for (String option : a.given()) {
            if (!SETTINGS.containsKey(option) && !OTHERS.contains(option)) {
                throw new UsageException("--" + option + " does not combine with --data-parallel, which takes " + String.join(", ",
                        SETTINGS.keySet().stream().sorted().map(o -> "--" + o).toList()) + ", --seed, --run-dir, --resume, --sync-every, "
                        + "--engine and --master");
            }
        }
        int workers = whole(a, "data-parallel", 0);
        int every = whole(a, "sync-every", DEFAULT_SYNC_EVERY);
        String engine = a.option("engine") == null ? "local" : a.option("engine");
        var factory = ExperimentSupport.engine(engine, a.option("master"));
        Map<String, Object> settings = new LinkedHashMap<>();
        for (var entry : SETTINGS.entrySet()) {
            String value = a.option(entry.getKey());
            if (value != null) {
                settings.put(entry.getValue(), List.of("data", "optimizer", "augment", "freeze", "train-only", "class-weights", "teacher", "adversarial-range", "certified-range", "certified-bounds")
                        .contains(entry.getKey()) ? value : number(entry.getKey(), value));
            }
        }
        if (a.option("teacher") != null) {
            // Every worker opens the teacher's model itself: by its absolute path, whatever its working directory.
            settings.put("teacher", ModelTarget.modelFile(Path.of(a.option("teacher")), "--teacher ").toAbsolutePath().toString());
        }
        long seed = a.option("seed") != null ? (long) number("seed", a.option("seed")) : TrainingConfig.from(network).seed();
        Path runDir = a.option("run-dir") != null ? Path.of(a.option("run-dir")) : Path.of("runs", network.getName() + "-" + LocalDateTime.now()
                .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Path cache = a.option("data-cache") != null ? Path.of(a.option("data-cache")) : NpmDatasets.defaultCache();
        var plan = new DataParallelTraining.Plan(file.toAbsolutePath().toString(), new RunSpec(network.getName(), settings, seed), runDir
                .toString(), cache.toString(), workers, every, a.flag("resume"));
        TrainingConfig config;
        try {
            config = DataParallelTraining.validate(plan);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        config.learningRateCaution(TrainingConfig.from(network)).ifPresent(caution -> context.err().println("note: " + caution + " (--lr RATE)"));
        Cancellation cancellation = new Cancellation();
        DataParallelTraining.Result result;
        try (SignalStop stop = SignalStop.install(cancellation)) {
            context.err().println("data-parallel training of " + network.getName() + ": " + workers + " workers averaging every " + every
                    + " steps (" + engine + ")");
            TaskEngine tasks = factory == null ? new InProcessEngine(cancellation) : factory.create(a.option("master") == null ? Map.of()
                    : Map.of("master", a.option("master")), line -> context.err().println(line), cancellation);
            result = DataParallelTraining.run(tasks, plan);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        } catch (IOException e) {
            throw new CommandFailedException(e.getMessage() + " (run directory " + runDir + "; --resume continues from its last checkpoint)");
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("network", network.getName());
        json.put("runDir", runDir.toString());
        json.put("dataset", config.dataset());
        json.put("dataParallel", workers);
        json.put("syncEvery", every);
        json.put("engine", engine);
        json.put("epochs", result.epochs());
        json.put("state", result.state());
        json.put("stopReason", result.stopReason());
        json.put("testLoss", result.testLoss());
        json.put("testAccuracy", Double.isNaN(result.testAccuracy()) ? null : result.testAccuracy());
        json.put("samplesPerSecond", Double.isNaN(result.samplesPerSecond()) ? null : result.samplesPerSecond());
        json.put("seconds", result.seconds());
        json.put("attempts", result.attempt() + 1);
        if (result.attempt() > 0) {
            context.err().println("the workers finished on attempt " + (result.attempt() + 1) + ", from worker 0's last checkpoint");
        }
        context.print(json, result.state().equals("cancelled") ? "Cancelled " + network.getName() + ": " + result.stopReason()
                : String.format(Locale.ROOT, "Trained %s on %s with %d workers: test loss %.4f%s, %.0f samples/s; run directory %s",
                        network.getName(), config.dataset(), workers, result.testLoss(), Double.isNaN(result.testAccuracy()) ? ""
                                : String.format(Locale.ROOT, ", test accuracy %.2f%%", 100 * result.testAccuracy()),
                        result.samplesPerSecond(), runDir));
        if (!result.state().equals("finished")) {
            throw new CommandFailedException(result.stopReason() + "; resume with --resume --run-dir " + runDir);
        }
        return 0;
    }

    private static int whole(Arguments a, String option, int fallback) throws UsageException {
        String value = a.option(option);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new UsageException("--" + option + " needs a whole number ≥ 1, got '" + value + "'");
    }

    private static double number(String option, String value) throws UsageException {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " needs a number, got '" + value + "'");
        }
    }
}
