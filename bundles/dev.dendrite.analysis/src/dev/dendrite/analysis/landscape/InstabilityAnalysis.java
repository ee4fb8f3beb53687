package dev.dendrite.analysis.landscape;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

import dev.dendrite.model.network.Network;
import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.importer.OnnxFormatException;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.onnx.weights.WeightsFile;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.graph.GraphOptions;
import dev.dendrite.train.graph.TrainStepBuilder;
import dev.dendrite.train.run.Cancellation;
import dev.dendrite.train.run.LossProbe;
import dev.dendrite.train.run.RunFiles;
import dev.dendrite.train.run.RunReader;
import dev.dendrite.train.run.RunRecord;
import dev.dendrite.train.run.RunState;
import dev.dendrite.train.run.Trainer;
import dev.dendrite.train.run.TrainingException;
import dev.dendrite.train.run.TrainingObserver;

/**
 * Instability analysis (Frankle, Dziugaite, Roy & Carbin, 2020: linear mode connectivity): the network trains once (the
 * parent), keeping its weights at each step k asked for; from each, two copies train that differ only in training's
 * randomness (data order, dropout, augmentation: seeds S + 1 and S + 2), and the straight path between the two trained
 * copies gives the error barrier. About 0: the network was stable at step k, training's noise no longer decides which
 * minimum it ends in. With masks, the copies train that subnetwork (a lottery ticket) from the parent's weights at k, as
 * the paper's sparse analysis does. Every trained network is a run directory ({@code parent}, {@code step-K/copy-1},
 * {@code step-K/copy-2}); finished ones are read back, so an interrupted analysis resumes where it was. Writes
 * {@code stability.json} and {@code stability.csv} ({@link StabilityTable}), and each path's values beside copy 1's landscapes.
 */
public final class InstabilityAnalysis {

    /** Points on each path: enough to see a barrier's shape, few enough to take seconds. */
    private static final int PATH_POINTS = 11;

    /**
     * One step's result: the copies' test accuracy and loss, and the path's barriers in loss and error (NaN for no
     * classifier).
     */
    public record Row(long step, double accuracyA, double accuracyB, double lossA, double lossB, double barrier, double errorBarrier,
            String copyA, String copyB) {

        public Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("step", step);
            map.put("testAccuracy", java.util.Arrays.asList(finite(accuracyA), finite(accuracyB)));
            map.put("testLoss", java.util.Arrays.asList(finite(lossA), finite(lossB)));
            map.put("barrier", finite(barrier));
            map.put("errorBarrier", finite(errorBarrier));
            map.put("runs", List.of(copyA, copyB));
            return map;
        }

        private static Object finite(double value) {
            return Double.isFinite(value) ? value : null;
        }
    }

    private final Network network;
    private final TrainingConfig config;
    private final List<Long> steps;
    private final Weights masks;
    private final int samples;
    private final Consumer<String> progress;
    private final Map<String, Object> configEntries = new LinkedHashMap<>();
    private Cancellation cancellation = new Cancellation();

    /**
     * @param steps the parent's steps to branch at (0: its initial weights), each at most its last step
     * @param masks pruning masks ({@code layer/weight:mask}) the copies train with; null for the dense network
     * @param samples test samples the path is evaluated on (all where there are fewer)
     */
    public InstabilityAnalysis(Network network, TrainingConfig config, List<Long> steps, Weights masks, int samples, Consumer<String> progress) {
        this.network = dev.dendrite.model.Networks.withIds(network);
        this.config = config.validate();
        TreeSet<Long> sorted = new TreeSet<>(steps);
        if (sorted.isEmpty() || sorted.first() < 0) {
            throw new IllegalArgumentException("give the steps to branch at as whole numbers from 0, not " + steps);
        }
        if (samples < 1) {
            throw new IllegalArgumentException("the path needs at least 1 test sample, not " + samples);
        }
        this.steps = List.copyOf(sorted);
        this.masks = masks;
        this.samples = samples;
        this.progress = progress;
    }

    public InstabilityAnalysis withCancellation(Cancellation control) {
        this.cancellation = control;
        return this;
    }

    /** A setting every run directory records in its config.json (e.g. {@code networkFile}, which later analyses read). */
    public InstabilityAnalysis withConfigEntry(String key, Object value) {
        configEntries.put(key, value);
        return this;
    }

    public List<Row> run(BatchSource train, BatchSource test, Path out) throws TrainingException, IOException {
        Files.createDirectories(out);
        Weights initial;
        try {
            initial = TrainStepBuilder.initialParameters(network, config);
        } catch (ExportException e) {
            throw TrainingException.badInput(e.getMessage());
        }
        if (masks != null) {
            checkMasks(initial);
        }
        long planned = plannedSteps(config, train);
        if (steps.get(steps.size() - 1) > planned) {
            throw TrainingException.badInput("step " + steps.get(steps.size() - 1) + " is beyond the parent's " + planned + " steps ("
                    + config.epochs() + (config.epochs() == 1 ? " epoch" : " epochs") + " of " + (planned / Math.max(1, config.epochs()))
                    + "): branch at steps up to " + planned);
        }
        Map<Long, Weights> branches = parent(initial, train, test, out);
        // The probe unrolls recurrent networks over what the trainer pads to; others ignore it.
        long unrolled = Math.max(train.longestSequence(), test.longestSequence());
        List<Row> rows = new ArrayList<>();
        for (long step : steps) {
            Path dir = out.resolve("step-" + step);
            Path a = copy(dir.resolve("copy-1"), branches.get(step), config.seed() + 1, train, test, step);
            Path b = copy(dir.resolve("copy-2"), branches.get(step), config.seed() + 2, train, test, step);
            rows.add(path(step, a, b, test, unrolled));
            StabilityTable.write(out, rows);
        }
        return rows;
    }

    /**
     * The steps a run of {@code config} trains on {@code train} without early stopping: its epochs times the batches of the
     * part not held out for validation (as the trainer splits it).
     */
    public static long plannedSteps(TrainingConfig config, BatchSource train) {
        int size = train.size() - (config.validationFraction() > 0 ? (int) Math.round(train.size() * config.validationFraction()) : 0);
        return (long) config.epochs() * ((size + config.batchSize() - 1) / config.batchSize());
    }

    /**
     * The steps of a specification as {@code dendrite stability --at} takes it: whole steps from 0, or percentages of the
     * parent's {@code planned} steps (rounded to a step), separated by commas.
     *
     * @param name what the specification is called in the message ("--at", or a field's label)
     * @throws IllegalArgumentException naming the first item that is neither
     */
    public static List<Long> steps(String spec, long planned, String name) {
        List<Long> steps = new ArrayList<>();
        for (String part : spec.split(",")) {
            String item = part.strip();
            try {
                if (item.endsWith("%")) {
                    double share = Double.parseDouble(item.substring(0, item.length() - 1));
                    if (!(share >= 0 && share <= 100)) {
                        throw new IllegalArgumentException(name + " takes percentages from 0% to 100%, not " + item);
                    }
                    steps.add(Math.round(share / 100 * planned));
                } else {
                    long step = Long.parseLong(item);
                    if (step < 0) {
                        throw new IllegalArgumentException(name + " takes steps from 0, not " + item);
                    }
                    steps.add(step);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " takes whole steps or percentages separated by commas, not '" + item + "'");
            }
        }
        return steps;
    }

    /** The subnetwork's masks must name weights of this network, at their shapes. */
    private void checkMasks(Weights initial) throws TrainingException {
        if (masks.flat().isEmpty()) {
            throw TrainingException.badInput("the masks file has no masks");
        }
        for (var entry : masks.flat().entrySet()) {
            String key = entry.getKey();
            FloatTensor weight = key.endsWith(":mask") ? initial.flat().get(key.substring(0, key.length() - ":mask".length())) : null;
            if (weight == null) {
                throw TrainingException.badInput("the masks do not fit " + network.getName() + ": it has no weight for " + key);
            }
            if (!java.util.Arrays.equals(weight.shape(), entry.getValue().shape())) {
                throw TrainingException.badInput("the masks do not fit " + network.getName() + ": " + key + " is "
                        + java.util.Arrays.toString(entry.getValue().shape()) + ", the weight " + java.util.Arrays.toString(weight.shape()));
            }
        }
    }

    /** The parent's weights at every step asked for, trained now or read back from a finished parent. */
    private Map<Long, Weights> parent(Weights initial, BatchSource train, BatchSource test, Path out) throws TrainingException, IOException {
        Path dir = out.resolve("parent");
        Map<Long, Weights> branches = new LinkedHashMap<>();
        if (finished(dir, config) && steps.stream().allMatch(step -> Files.exists(branchFile(dir, step)))) {
            progress.accept("already trained: " + dir);
            for (long step : steps) {
                branches.put(step, read(branchFile(dir, step)));
            }
            return branches;
        }
        cancelledCheck();
        Files.createDirectories(dir.resolve("branches"));
        if (steps.contains(0L)) {
            WeightsFile.write(initial, branchFile(dir, 0));
            branches.put(0L, initial);
        }
        progress.accept("training the parent " + dir + ", keeping its weights at step" + (steps.size() > 1 ? "s " : " ")
                + steps.stream().map(String::valueOf).reduce((x, y) -> x + ", " + y).orElse(""));
        Trainer trainer = trainer(config).withObserver(new TrainingObserver() {
            @Override
            public void stepFinished(StepEvent event) throws TrainingException {
                if (event.step() > 0 && steps.contains(event.step())) {
                    Weights parameters = parameters(event.weights().copy());
                    try {
                        WeightsFile.write(parameters, branchFile(dir, event.step()));
                    } catch (IOException e) {
                        throw new TrainingException("cannot keep the parent's weights of step " + event.step() + ": " + e.getMessage());
                    }
                    branches.put(event.step(), parameters);
                }
            }
        });
        var result = trainer.train(initial, train, test, dir, false);
        if (result.state() != RunState.FINISHED) {
            throw new TrainingException("the analysis was cancelled while the parent trained; run it again to resume");
        }
        List<Long> missed = steps.stream().filter(step -> !branches.containsKey(step)).toList();
        if (!missed.isEmpty()) {
            // Early stopping ended it before a step asked for; the run's losses count the steps it took.
            long last = result.stepLosses().size();
            throw TrainingException.badInput("the parent trained " + last + " steps, so it has no weights at step " + missed.get(0)
                    + ": branch at steps up to " + last);
        }
        return branches;
    }

    /** One copy: from the branch's weights (and the masks), with its own seed for training's randomness. */
    private Path copy(Path dir, Weights start, long seed, BatchSource train, BatchSource test, long step) throws TrainingException, IOException {
        if (finished(dir, config.withSeed(seed))) {
            if (Files.exists(dir.resolve("masks.onnx")) != (masks != null)) {
                throw TrainingException.badInput(dir + " was trained " + (masks == null ? "with" : "without")
                        + " masks: analyse into another folder (--out), or delete it");
            }
            progress.accept("already trained: " + dir);
            return dir;
        }
        cancelledCheck();
        Files.createDirectories(dir);
        Weights given = new Weights();
        start.flat().forEach((key, tensor) -> put(given, key, tensor));
        if (masks != null) {
            masks.flat().forEach((key, tensor) -> put(given, key, tensor));
            WeightsFile.write(masks, dir.resolve("masks.onnx"));
        }
        progress.accept(String.format(Locale.ROOT, "training %s from the parent's step %d with seed %d", dir, step, seed));
        var result = trainer(config.withSeed(seed)).withConfigEntry("branchedAtStep", step).train(given, train, test, dir, false);
        if (result.state() != RunState.FINISHED) {
            throw new TrainingException("the analysis was cancelled in " + dir + "; run it again to resume");
        }
        return dir;
    }

    private Trainer trainer(TrainingConfig runConfig) {
        Trainer trainer = new Trainer(network, runConfig, progress).withCancellation(cancellation);
        if (masks != null) {
            trainer.withOptions(new GraphOptions(true, false));
        }
        configEntries.forEach(trainer::withConfigEntry);
        return trainer;
    }

    /** The straight path between the copies' final weights on the test samples, kept beside copy 1's landscapes. */
    private Row path(long step, Path a, Path b, BatchSource test, long unrolled) throws TrainingException, IOException {
        RunRecord recordA = RunReader.read(a);
        RunRecord recordB = RunReader.read(b);
        Weights weightsA = read(a.resolve(RunFiles.FINAL_WEIGHTS));
        Weights weightsB = read(b.resolve(RunFiles.FINAL_WEIGHTS));
        progress.accept(String.format(Locale.ROOT, "the path between the copies of step %d", step));
        LossLandscape.Line line;
        try (LossProbe probe = LossProbe.open(network, config, weightsA, test, samples, unrolled)) {
            line = LossLandscape.line(probe, weightsB.flat(), 0, 1, PATH_POINTS, cancellation::isCancelled, done -> { });
        }
        if (line == null) {
            throw new TrainingException("the analysis was cancelled on the path of step " + step + "; run it again to resume");
        }
        LandscapeCsv.write(line, LandscapeCsv.pathFile(a, b));
        return new Row(step, number(recordA, "testAccuracy"), number(recordB, "testAccuracy"), number(recordA, "testLoss"),
                number(recordB, "testLoss"), line.barrier(), line.errorBarrier(), a.toString(), b.toString());
    }

    private static double number(RunRecord record, String key) {
        return record.summary().get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static Path branchFile(Path parent, long step) {
        return parent.resolve("branches").resolve("step-" + step + ".weights.onnx");
    }

    /**
     * Whether {@code dir} holds a finished run to read back; one trained with other settings is refused, so a rerun with other
     * settings never mixes old copies with new ones.
     */
    private static boolean finished(Path dir, TrainingConfig expected) throws IOException, TrainingException {
        if (!RunReader.isRunDirectory(dir) || !Files.exists(dir.resolve(RunFiles.FINAL_WEIGHTS))) {
            return false;
        }
        RunRecord record = RunReader.read(dir);
        if (record.state() != RunState.FINISHED) {
            return false;
        }
        var other = record.otherSetting(expected);
        if (other.isPresent()) {
            throw TrainingException.badInput(dir + " was trained with " + other.get() + ": analyse into another folder (--out), or delete it");
        }
        return true;
    }

    private void cancelledCheck() throws TrainingException {
        if (cancellation.isCancelled()) {
            throw new TrainingException("the analysis was cancelled (" + cancellation.reason() + "); run it again to resume");
        }
    }

    /** A step's parameters and statistics, without optimizer state or averages (what a branch starts from). */
    private static Weights parameters(Weights all) {
        Weights parameters = new Weights();
        all.flat().forEach((key, tensor) -> {
            if (key.indexOf(':') < 0 && !key.startsWith("optimizer/")) {
                put(parameters, key, tensor);
            }
        });
        return parameters;
    }

    private static Weights read(Path file) throws IOException {
        try {
            return WeightsFile.read(file);
        } catch (OnnxFormatException e) {
            throw new IOException(file + " cannot be read: " + e.getMessage());
        }
    }

    private static void put(Weights weights, String key, FloatTensor tensor) {
        String[] parts = Weights.split(key);
        weights.put(parts[0], parts[1], tensor);
    }
}
