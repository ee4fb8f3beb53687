package dev.dendrite.analysis.pruning;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.dendrite.analysis.pruning.LotterySettings.Control;
import dev.dendrite.model.Networks;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.onnx.importer.OnnxFormatException;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.onnx.weights.WeightsFile;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.graph.GraphOptions;
import dev.dendrite.train.graph.TrainStepBuilder;
import dev.dendrite.train.run.Cancellation;
import dev.dendrite.train.run.MetricRecord;
import dev.dendrite.train.run.RunReader;
import dev.dendrite.train.run.RunRecord;
import dev.dendrite.train.run.RunState;
import dev.dendrite.train.run.Trainer;
import dev.dendrite.train.run.TrainingException;
import dev.dendrite.train.run.TrainingObserver;

/**
 * Iterative magnitude pruning with rewinding (Frankle & Carbin 2019): train the dense network,
 * prune a fraction of the smallest weights per layer, rewind the rest to their initial values
 * (or to step k), train again, repeat; with the controls "random re-initialisation of the ticket's
 * structure" and "random pruning at the same sparsity". Every trained network is a run
 * directory ({@code seed-S/CONTROL/round-R}, with its masks); rounds already finished are read
 * back, so an interrupted experiment resumes at the round it was in. Writes {@code ladder.json}
 * and {@code ladder.csv}.
 */
public final class LotteryExperiment {

    private final Network network;
    private final TrainingConfig config;
    private final LotterySettings settings;
    private final Consumer<String> progress;
    private Cancellation cancellation = new Cancellation();

    public LotteryExperiment(Network network, TrainingConfig config, LotterySettings settings, Consumer<String> progress) {
        this.network = Networks.withIds(network);
        this.config = config.validate();
        this.settings = settings;
        this.progress = progress;
    }

    public LotteryExperiment withCancellation(Cancellation control) {
        this.cancellation = control;
        return this;
    }

    public List<LadderRow> run(BatchSource train, BatchSource test, Path out) throws TrainingException, IOException {
        withData(train, test);
        Files.createDirectories(out);
        if (MagnitudePruning.ratesByWeight(network, settings.rates()).isEmpty()) {
            throw TrainingException.badInput("the network has no dense or convolutional weights to prune");
        }
        List<LadderRow> rows = new ArrayList<>();
        for (int s = 0; s < settings.seeds(); s++) {
            List<LadderRow> before = List.copyOf(rows);
            rows.addAll(runSeed(config.seed() + s, out, seedRows -> {
                List<LadderRow> all = new ArrayList<>(before);
                all.addAll(seedRows);
                write(out, all);
            }));
            write(out, rows);
        }
        return rows;
    }

    /**
     * One seed's ladder: the dense run, then each round's IMP run and its controls, under
     * {@code out/seed-S}; what an engine runs as one task (rounds depend on the one before, seeds do
     * not). The data must be set ({@link #withData}).
     *
     * @param roundDone told the seed's rows so far after each round (the sequential run keeps the ladder files current)
     */
    public List<LadderRow> runSeed(long seed, Path out, RoundListener roundDone) throws TrainingException, IOException {
        Map<String, Double> rates = MagnitudePruning.ratesByWeight(network, settings.rates());
        if (rates.isEmpty()) {
            throw TrainingException.badInput("the network has no dense or convolutional weights to prune");
        }
        String outputWeight = rates.entrySet().stream().filter(e -> e.getValue() == settings.rates().output()).map(Map.Entry::getKey)
                .reduce((a, b) -> b).orElse(null);
        List<LadderRow> rows = new ArrayList<>();
        Path seedDir = out.resolve("seed-" + seed);
        Weights init = initialWeights(seed);
        Weights dense = MagnitudePruning.keepAll(init, rates);
        // Round 0: the dense network, shared by every control; it also gives the rewind point.
        Weights[] rewind = {init};
        Round first = train(seedDir.resolve("dense"), init, dense, seed, settings.rewindStep() > 0 ? rewind : null);
        if (settings.rewindStep() > 0) {
            rewind[0] = readOrKeep(seedDir.resolve("dense").resolve("rewind.weights.onnx"), rewind[0]);
        }
        rows.add(row(seed, "dense", 0, dense, first));
        Weights ticket = dense;
        Weights trained = first.trained();
        Map<String, float[]> sensitivity = null;
        for (int round = 1; round <= settings.rounds(); round++) {
            ticket = MagnitudePruning.prune(trained, ticket, rates, settings.rates().global(), outputWeight);
            Round imp = train(seedDir.resolve("imp").resolve("round-" + round), rewind[0], ticket, seed, null);
            rows.add(row(seed, Control.IMP.id(), round, ticket, imp));
            for (Control control : settings.controls()) {
                if (control == Control.REINIT) {
                    Round reinit = train(seedDir.resolve("reinit").resolve("round-" + round), initialWeights(seed + 7919L * round), ticket,
                            seed, null);
                    rows.add(row(seed, control.id(), round, ticket, reinit));
                } else if (control == Control.RANDOM) {
                    Weights random = MagnitudePruning.randomLike(ticket, seed * 31 + round);
                    Round randomRound = train(seedDir.resolve("random").resolve("round-" + round), rewind[0], random, seed, null);
                    rows.add(row(seed, control.id(), round, random, randomRound));
                } else if (control == Control.SNIP) {
                    if (sensitivity == null) {
                        sensitivity = connectionSensitivity(init, rates.keySet(), seed);
                    }
                    Weights snip = MagnitudePruning.topByScoreLike(ticket, sensitivity);
                    Round snipRound = train(seedDir.resolve("snip").resolve("round-" + round), init, snip, seed, null);
                    rows.add(row(seed, control.id(), round, snip, snipRound));
                } else if (control == Control.SYNFLOW) {
                    Weights synflow = synapticFlow(init, ticket);
                    Round synflowRound = train(seedDir.resolve("synflow").resolve("round-" + round), init, synflow, seed, null);
                    rows.add(row(seed, control.id(), round, synflow, synflowRound));
                }
            }
            trained = imp.trained();
            roundDone.roundDone(rows);
        }
        return rows;
    }

    /** Told a seed's rows so far after each of its rounds. */
    @FunctionalInterface
    public interface RoundListener {
        void roundDone(List<LadderRow> rows) throws IOException;
    }

    /** The network's initialisation for a seed: the weights a fresh network with that seed starts from (parameters and statistics only). */
    Weights initialWeights(long seed) throws TrainingException {
        Network copy = EcoreUtil.copy(network);
        if (copy.getTraining() == null) {
            copy.setTraining(NetworkFactory.eINSTANCE.createTrainingSettings());
        }
        copy.getTraining().setSeed(seed);
        try {
            // The run's seed draws the initial weights (TrainStepPipeline): it must be this seed too.
            return TrainStepBuilder.initialParameters(copy, config.withSeed(seed));
        } catch (ExportException e) {
            throw TrainingException.badInput(e.getMessage());
        }
    }

    /** SynFlow's masks of the ticket's per-layer counts (no data: the same initialisation and ticket give the same masks on a rerun). */
    private Weights synapticFlow(Weights init, Weights ticket) throws TrainingException {
        progress.accept("pruning the initial weights by synaptic flow (SynFlow, no data), " + SynapticFlow.ITERATIONS + " rounds");
        try {
            return SynapticFlow.masksLike(network, init, ticket);
        } catch (IllegalArgumentException | ExportException e) {
            throw TrainingException.badInput("synflow: " + e.getMessage());
        } catch (ai.onnxruntime.OrtException | dev.dendrite.runtime.ModelLoadException e) {
            throw new TrainingException("synflow failed: " + e.getMessage());
        }
    }

    /** Samples SNIP's gradient is averaged over (the paper takes one batch; more make the scores steadier). */
    static final int SNIP_SAMPLES = 1000;

    /** SNIP's score of every prunable weight at initialisation: |∂L/∂w · w| over the first training samples. */
    private Map<String, float[]> connectionSensitivity(Weights init, java.util.Set<String> prunable, long seed) throws TrainingException {
        progress.accept("scoring the initial weights by connection sensitivity |g·w| (SNIP) on " + Math.min(SNIP_SAMPLES, trainSource.size())
                + " training samples");
        Map<String, float[]> gradients = dev.dendrite.train.run.ParameterGradients.of(network, config.withSeed(seed), init, trainSource,
                SNIP_SAMPLES);
        Map<String, float[]> scores = new java.util.HashMap<>();
        for (String key : prunable) {
            float[] g = gradients.get(key);
            float[] w = init.flat().get(key).values();
            if (g == null) {
                throw new TrainingException("no gradient for " + key + " to score it by");
            }
            float[] score = new float[w.length];
            for (int i = 0; i < w.length; i++) {
                score[i] = Math.abs(g[i] * w[i]);
            }
            scores.put(key, score);
        }
        return scores;
    }

    private record Round(Weights trained, RunRecord record) {
    }

    /** Trains from {@code start} with {@code masks}, or reads the round back when its run directory finished before. */
    private Round train(Path dir, Weights start, Weights masks, long seed, Weights[] rewindCapture) throws TrainingException, IOException {
        Path masksFile = dir.resolve("masks.onnx");
        RunRecord finished = Files.exists(masksFile) && RunReader.isRunDirectory(dir) ? RunReader.read(dir) : null;
        if (finished != null && finished.state() == RunState.FINISHED) {
            var other = finished.otherSetting(config.withSeed(seed));
            if (other.isPresent()) {
                // Reading it back would mix a ladder of other settings into this one.
                throw TrainingException.badInput(dir + " was trained with " + other.get() + ": run the experiment into another folder "
                        + "(--out), or delete it");
            }
            progress.accept("already trained: " + dir);
            return new Round(read(dir.resolve("final.weights.onnx")), finished);
        }
        if (cancellation.isCancelled()) {
            throw new TrainingException("the experiment was cancelled (" + cancellation.reason() + "); run it again to resume");
        }
        Files.createDirectories(dir);
        WeightsFile.write(masks, masksFile);
        Weights given = new Weights();
        start.flat().forEach((key, tensor) -> put(given, key, tensor));
        masks.flat().forEach((key, tensor) -> put(given, key, tensor));
        progress.accept(String.format(Locale.ROOT, "training %s: %.1f%% of weights remain", dir, 100 * MagnitudePruning.remaining(masks)));
        Trainer trainer = new Trainer(network, config.withSeed(seed), progress)
                .withOptions(new GraphOptions(true, false)).withCancellation(cancellation);
        if (rewindCapture != null) {
            trainer.withObserver(new TrainingObserver() {
                @Override
                public void stepFinished(StepEvent event) throws TrainingException {
                    if (event.step() == settings.rewindStep()) {
                        Weights all = event.weights().copy();
                        Weights parameters = new Weights();
                        all.flat().forEach((key, tensor) -> {
                            if (key.indexOf(':') < 0 && !key.startsWith("optimizer/")) {
                                put(parameters, key, tensor);
                            }
                        });
                        try {
                            WeightsFile.write(parameters, dir.resolve("rewind.weights.onnx"));
                        } catch (IOException e) {
                            throw new TrainingException("cannot keep the weights of step " + settings.rewindStep() + ": " + e.getMessage());
                        }
                        rewindCapture[0] = parameters;
                    }
                }
            });
        }
        var result = trainer.train(given, trainSource, testSource, dir, false);
        if (result.state() != RunState.FINISHED) {
            throw new TrainingException("the experiment was cancelled in " + dir + "; run it again to resume");
        }
        return new Round(read(dir.resolve("final.weights.onnx")), RunReader.read(dir));
    }

    private BatchSource trainSource;
    private BatchSource testSource;

    /** Sets the data (kept for every round). */
    public LotteryExperiment withData(BatchSource train, BatchSource test) {
        this.trainSource = train;
        this.testSource = test;
        return this;
    }

    private static Weights read(Path file) throws IOException {
        try {
            return WeightsFile.read(file);
        } catch (OnnxFormatException e) {
            throw new IOException(e.getMessage());
        }
    }

    private static Weights readOrKeep(Path file, Weights fallback) throws IOException {
        return Files.exists(file) ? read(file) : fallback;
    }

    private static void put(Weights weights, String key, dev.dendrite.onnx.graph.FloatTensor tensor) {
        String[] parts = Weights.split(key);
        weights.put(parts[0], parts[1], tensor);
    }

    private static LadderRow row(long seed, String control, int round, Weights masks, Round trained) {
        RunRecord record = trained.record();
        long earlyStop = 0;
        double best = Double.POSITIVE_INFINITY;
        for (MetricRecord epoch : record.epochs()) {
            double loss = epoch.value("validationLoss");
            if (!Double.isNaN(loss) && loss < best) {
                best = loss;
                earlyStop = epoch.step();
            }
        }
        double accuracy = record.summary().get("testAccuracy") instanceof Number n ? n.doubleValue() : Double.NaN;
        double loss = record.summary().get("testLoss") instanceof Number n ? n.doubleValue() : Double.NaN;
        return new LadderRow((int) seed, control, round, MagnitudePruning.remaining(masks), accuracy, loss, earlyStop,
                MagnitudePruning.remainingByLayer(masks), record.directory().toString());
    }

    /** ladder.json and ladder.csv: every row of the ladder (what the Lottery Lab draws). */
    public static void write(Path out, List<LadderRow> rows) throws IOException {
        List<Object> json = new ArrayList<>();
        StringBuilder csv = new StringBuilder("seed,control,round,remaining,testAccuracy,testLoss,earlyStopStep\n");
        for (LadderRow r : rows) {
            json.add(r.toMap());
            csv.append(String.format(Locale.ROOT, "%d,%s,%d,%.6f,%.6f,%.6f,%d%n", r.seed(), r.control(), r.round(), r.remaining(),
                    r.testAccuracy(), r.testLoss(), r.earlyStopStep()));
        }
        dev.dendrite.model.io.AtomicFiles.write(out.resolve("ladder.json"),
                dev.dendrite.train.run.RunJson.document(Map.of("rows", json)).getBytes(StandardCharsets.UTF_8));
        dev.dendrite.model.io.AtomicFiles.write(out.resolve("ladder.csv"), csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
