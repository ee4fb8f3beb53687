package dev.dendrite.analysis.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import dev.dendrite.model.io.DnetIO;
import dev.dendrite.model.io.LoadResult;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.Distillation;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Augmentation;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.data.DataSources;
import dev.dendrite.train.run.Cancellation;
import dev.dendrite.train.run.RunReader;
import dev.dendrite.train.run.RunRecord;
import dev.dendrite.train.run.RunState;
import dev.dendrite.train.run.Trainer;
import dev.dendrite.train.run.TrainingException;
import dev.dendrite.train.run.TrainingObserver;
import dev.dendrite.train.run.TrainingResult;

/**
 * Runs an experiment's runs one after another in this process, each into its own run directory
 * (the schema every reader knows) under the experiment's folder. A run that an earlier execution
 * finished is not run again, so executing a sweep again completes what a stop or a crash left; a
 * failed run is recorded and the others go on. A run given an epoch to stop at ({@link RunSpec#untilEpoch})
 * pauses there resumably, and continues from there when given a later one.
 */
public final class SequentialExecutor implements RunExecutor {

    /** The state of a run stopped at a rung of successive halving (resumable; its directory reads "cancelled"). */
    public static final String PAUSED = "paused";


    private final Path dataCache;
    private final Consumer<String> progress;
    private final Cancellation cancellation;

    public SequentialExecutor(Path dataCache, Consumer<String> progress, Cancellation cancellation) {
        this.dataCache = dataCache;
        this.progress = progress;
        this.cancellation = cancellation;
    }

    @Override
    public List<RunOutcome> execute(Sweep sweep, List<RunSpec> specs, Path folder) throws IOException {
        LoadResult loaded = DnetIO.load(sweep.network());
        if (!loaded.ok()) {
            throw new IllegalArgumentException(loaded.firstProblem());
        }
        Files.createDirectories(folder);
        List<RunOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < specs.size() && !cancellation.isCancelled(); i++) {
            RunSpec spec = specs.get(i);
            progress.accept(String.format(Locale.ROOT, "run %d/%d: %s%s", i + 1, specs.size(), spec.name(), spec.untilEpoch() > 0
                    ? " (to epoch " + spec.untilEpoch() + ")" : ""));
            outcomes.add(run(loaded.network().get(), sweep, spec, folder.resolve(directoryName(spec))));
        }
        return outcomes;
    }

    /**
     * The sweep's network, once every run's settings are checked: what any executor does before
     * the first run starts.
     *
     * @throws IllegalArgumentException naming the network's problem or the first invalid setting
     */
    public static Network validate(Sweep sweep) {
        LoadResult loaded = DnetIO.load(sweep.network());
        if (!loaded.ok()) {
            throw new IllegalArgumentException(loaded.firstProblem());
        }
        Network network = loaded.network().get();
        for (RunSpec spec : sweep.expand()) {
            TrainingConfig checked = config(network, spec).validate();
            if (sweep.halving() != null && sweep.halving().metric() == Halving.Metric.CERTIFIED && (checked.certified().none()
                    || checked.validationFraction() == 0)) {
                throw new IllegalArgumentException("successive halving by certified accuracy needs certified training with a validation "
                        + "split in every run; " + spec.name() + " has " + (checked.certified().none() ? "no \"certified\" radius"
                                : "no validation split"));
            }
        }
        SweepJudging.validate(sweep, network);
        // Here rather than at the first rung: the workbench's launch check reads this too.
        if (sweep.halving() != null && sweep.halving().metric() == Halving.Metric.ACCURACY && network.getLayers().stream().noneMatch(
                l -> l instanceof dev.dendrite.model.network.Loss loss && loss.getKind() != dev.dendrite.model.network.LossKind.MSE
                        && loss.getKind() != dev.dendrite.model.network.LossKind.RECONSTRUCTION)) {
            throw new IllegalArgumentException("successive halving by accuracy needs a classifier; " + network.getName() + " has no "
                    + "classification loss: rank by \"metric\": \"loss\"");
        }
        return network;
    }

    /** One run of a sweep into its directory under {@code folder}: what a remote task executes. */
    public RunOutcome runOne(Sweep sweep, RunSpec spec, Path folder) {
        LoadResult loaded = DnetIO.load(sweep.network());
        if (!loaded.ok()) {
            return new RunOutcome(spec, folder.resolve(directoryName(spec)), "failed", Double.NaN, Double.NaN, 0, false, loaded.firstProblem());
        }
        return run(loaded.network().get(), sweep, spec, folder.resolve(directoryName(spec)));
    }

    /** The spec's settings over the network's own, as {@code dendrite train} would apply them. */
    public static TrainingConfig config(Network network, RunSpec spec) {
        Map<String, Object> s = spec.settings();
        TrainingConfig base = TrainingConfig.from(network);
        OptimizerKind optimizer = null;
        if (s.get("optimizer") instanceof String name) {
            optimizer = OptimizerKind.get(name.toLowerCase(Locale.ROOT));
            if (optimizer == null) {
                throw new IllegalArgumentException("run " + spec.name() + ": unknown optimizer '" + name + "': use sgd, adam, adamw or rmsprop");
            }
        }
        TrainingConfig config = base.with(s.get("data") instanceof String data ? data : null, integer(s, "epochs"), integer(s, "batch"),
                optimizer, number(s, "lr"), spec.seed(), null);
        return config.withSchedule(config.schedule(), config.warmupSteps(), or(number(s, "clip"), config.clipNorm()), or(number(s,
                "momentum"), config.momentum()), config.nesterov(), or(number(s, "weightDecay"), config.weightDecay()), or(integer(s,
                        "patience"), config.patience()), config.validationFraction(), or(integer(s, "threads"), config.threads()))
                .withAugmentation(s.get("augment") == null ? null : Augmentation.parse(s.get("augment").toString()))
                .withFrozenLayers(TrainingConfig.layerIds(s.get("freeze") == null ? null : s.get("freeze").toString()))
                .withTrainedLayers(TrainingConfig.layerIds(s.get("trainOnly") == null ? null : s.get("trainOnly").toString()))
                .withLabelSmoothing(or(number(s, "labelSmoothing"), 0.0))
                .withClassWeights(s.get("classWeights") == null ? "" : Sweep.text(s.get("classWeights")))
                .withEmaDecay(or(number(s, "ema"), 0.0))
                .withMixup(or(number(s, "mixup"), 0.0))
                .withDistillation(distillation(s))
                .withAdversarial(adversarial(s))
                .withCertified(certified(s))
                .withBetas(or(number(s, "beta1"), base.beta1()), or(number(s, "beta2"), base.beta2()))
                .withDiscriminatorRate(or(number(s, "discriminatorLr"), base.discriminatorRate()))
                .withDiscriminatorSteps(or(integer(s, "discriminatorSteps"), base.discriminatorSteps()));
    }

    /** A sweep's adversarial training: its radius and, where given, the valid range. */
    private static dev.dendrite.train.config.Adversarial adversarial(Map<String, Object> s) {
        Double epsilon = number(s, "adversarial");
        if (epsilon == null) {
            if (s.containsKey("adversarialRange") || s.containsKey("adversarialSteps")) {
                throw new IllegalArgumentException((s.containsKey("adversarialRange") ? "adversarialRange bounds" : "adversarialSteps shapes")
                        + " what adversarial training moves: give \"adversarial\" (a radius)");
            }
            return dev.dendrite.train.config.Adversarial.NONE;
        }
        return new dev.dendrite.train.config.Adversarial(epsilon, s.get("adversarialRange") == null ? "" : Sweep.text(s.get("adversarialRange")),
                or(integer(s, "adversarialSteps"), 1));
    }

    /** A sweep's certified training: its radius and, where given, its valid range, warm-up, ramp, the bounds' share and kind. */
    private static dev.dendrite.train.config.CertifiedTraining certified(Map<String, Object> s) {
        Double epsilon = number(s, "certified");
        if (epsilon == null || epsilon == 0) {
            for (String key : java.util.List.of("certifiedRange", "certifiedWarmup", "certifiedRamp", "certifiedWeight", "certifiedBounds")) {
                if (s.containsKey(key) && epsilon == null) {
                    throw new IllegalArgumentException(key + " shapes what certified training learns from: give \"certified\" (a radius)");
                }
            }
            return dev.dendrite.train.config.CertifiedTraining.NONE;
        }
        var defaults = dev.dendrite.train.config.CertifiedTraining.at(epsilon);
        return new dev.dendrite.train.config.CertifiedTraining(epsilon, s.get("certifiedRange") == null ? "" : Sweep.text(s.get(
                "certifiedRange")), or(integer(s, "certifiedWarmup"), defaults.warmupEpochs()), or(integer(s, "certifiedRamp"), defaults.rampEpochs()),
                or(number(s, "certifiedWeight"), defaults.weight()), 0, s.get("certifiedBounds") == null ? null : Sweep.text(s.get(
                        "certifiedBounds")));
    }

    /** A sweep's teacher with its temperature and weight (the defaults where not set). */
    private static Distillation distillation(Map<String, Object> s) {
        if (!(s.get("teacher") instanceof String teacher)) {
            if (s.containsKey("distillTemperature") || s.containsKey("distillWeight")) {
                throw new IllegalArgumentException("distillTemperature and distillWeight tune a teacher: give \"teacher\" (a run directory or "
                        + "a model)");
            }
            return Distillation.NONE;
        }
        return new Distillation(teacher, or(number(s, "distillTemperature"), Distillation.NONE.temperature()), or(number(s, "distillWeight"),
                Distillation.NONE.weight()));
    }

    private RunOutcome run(Network network, Sweep sweep, RunSpec spec, Path dir) {
        try {
            boolean resume = false;
            if (RunReader.isRunDirectory(dir)) {
                RunRecord record = RunReader.readWithoutMetrics(dir);
                if (record.state() == RunState.FINISHED) {
                    progress.accept("  finished by an earlier execution: kept");
                    return outcome(spec, dir, "finished", record.summary(), 0, true, null);
                }
                // Only a run a rung may already have reached needs its epoch records read.
                int completed = spec.untilEpoch() > 0 && record.state().resumable() ? completedEpochs(RunReader.read(dir)) : 0;
                if (spec.untilEpoch() > 0 && completed >= spec.untilEpoch()) {
                    progress.accept("  at epoch " + completed + " already: kept");
                    return new RunOutcome(spec, dir, PAUSED, Double.NaN, Double.NaN, 0, true, "paused after epoch " + completed);
                }
                resume = record.hasCheckpoint(); // stopped or crashed: continue from its last checkpoint
            }
            TrainingConfig config = config(network, spec);
            BatchSource[] data = DataSources.loadAny(config.dataset(), dataCache, config.seed());
            long start = System.nanoTime();
            // The run's own stop: a pause at a rung must not stop the sweep, and the sweep's stop reaches the run at its next step.
            Cancellation runStop = new Cancellation();
            Trainer trainer = new Trainer(network, config, line -> progress.accept("  " + line)).withCancellation(runStop)
                    .withObserver(new RungPause(spec.untilEpoch(), cancellation, runStop))
                    .withConfigEntry("networkFile", sweep.network().toString()).withConfigEntry("experiment", sweep.name())
                    .withConfigEntry("experimentRun", spec.name()).withConfigEntry(SweepRuns.SETTINGS, recorded(spec));
            if (spec.bracket() > 0) {
                trainer = trainer.withConfigEntry(SweepRuns.BRACKET, spec.bracket());
            }
            dev.dendrite.analysis.latent.SampleJudgeTracker judge = SweepJudging.tracker(sweep, network, spec, data[1]);
            if (judge != null) {
                trainer = trainer.withObserver(judge);
            }
            TrainingResult result = trainer.train(new Weights(), data[0], data[1], dir, resume);
            double seconds = (System.nanoTime() - start) / 1e9;
            boolean paused = result.state() == RunState.CANCELLED && !cancellation.isCancelled() && spec.untilEpoch() > 0;
            return new RunOutcome(spec, dir, paused ? PAUSED : result.state().name().toLowerCase(Locale.ROOT), result.testLoss(),
                    result.testAccuracy(), seconds, false, paused ? "paused after epoch " + spec.untilEpoch() : result.stopReason());
        } catch (TrainingException | IOException | RuntimeException e) {
            progress.accept("  failed: " + e.getMessage());
            return new RunOutcome(spec, dir, "failed", Double.NaN, Double.NaN, 0, false, e.getMessage());
        }
    }

    /** The settings a run of a sweep trains with, its seed last: what the Sweep view reads (a name splits wrongly at a value's comma). */
    private static Map<String, Object> recorded(RunSpec spec) {
        Map<String, Object> settings = new java.util.LinkedHashMap<>(spec.settings());
        settings.put("seed", spec.seed());
        return settings;
    }

    /** Epochs a run has completed: its last epoch record (records past its checkpoint are dropped when it resumes). */
    static int completedEpochs(RunRecord record) {
        return record.epochs().stream().mapToInt(dev.dendrite.train.run.MetricRecord::epoch).max().orElse(0);
    }

    /** Pauses a run after a rung's epoch, and passes the sweep's stop on to it. */
    private record RungPause(int untilEpoch, Cancellation sweepStop, Cancellation runStop) implements TrainingObserver {

        @Override
        public void stepFinished(StepEvent event) {
            if (sweepStop.isCancelled()) {
                runStop.cancel(sweepStop.reason());
            }
        }

        @Override
        public void epochFinished(EpochEvent event) {
            if (sweepStop.isCancelled()) {
                runStop.cancel(sweepStop.reason());
            } else if (untilEpoch > 0 && event.metrics().epoch() >= untilEpoch && !event.last()) {
                runStop.cancel(RunRecord.RUNG_PAUSE + untilEpoch);
            }
        }
    }

    private static RunOutcome outcome(RunSpec spec, Path dir, String state, Map<String, Object> summary, double seconds, boolean reused,
            String message) {
        return new RunOutcome(spec, dir, state, number(summary, "testLoss") == null ? Double.NaN : number(summary, "testLoss"), number(summary,
                "testAccuracy") == null ? Double.NaN : number(summary, "testAccuracy"), seconds, reused, message);
    }

    /** A folder name from the run's name, safe on every file system. */
    public static String directoryName(RunSpec spec) {
        return spec.name().replace('=', '-').replaceAll("[^A-Za-z0-9._,-]", "_");
    }

    /** sweep.csv: a row per run with its state and test figures. */
    public static void writeCsv(List<RunOutcome> outcomes, Path file) throws IOException {
        // A judged GAN sweep's runs also have the last Fréchet distance of their samples (SweepJudging).
        double[] distances = outcomes.stream().mapToDouble(o -> SweepJudging.distance(o.runDirectory(), 0)).toArray();
        boolean judged = java.util.Arrays.stream(distances).anyMatch(Double::isFinite);
        StringBuilder csv = new StringBuilder("run,state,testLoss,testAccuracy,seconds,runDirectory" + (judged ? ",frechetDistance" : "") + "\n");
        for (int i = 0; i < outcomes.size(); i++) {
            RunOutcome o = outcomes.get(i);
            csv.append('"').append(o.spec().name()).append("\",").append(o.state()).append(',').append(o.testLoss()).append(',')
                    .append(o.testAccuracy()).append(',').append(String.format(Locale.ROOT, "%.2f", o.seconds())).append(",\"")
                    .append(o.runDirectory().getFileName()).append('"').append(judged ? "," + distances[i] : "").append('\n');
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    private static Integer integer(Map<String, Object> s, String key) {
        Double value = number(s, key);
        if (value != null && value != Math.rint(value)) {
            throw new IllegalArgumentException("\"" + key + "\" needs a whole number, got " + value);
        }
        return value == null ? null : value.intValue();
    }

    private static Double number(Map<String, Object> s, String key) {
        Object value = s.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException("\"" + key + "\" needs a number, got '" + value + "'");
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
