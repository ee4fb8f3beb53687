package dev.dendrite.train.run;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.model.io.AtomicFiles;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.generative.RBM;
import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.importer.OnnxFormatException;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.onnx.weights.WeightsFile;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Batch;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.graph.AveragingStep;
import dev.dendrite.train.graph.TrainingGraphs;

/**
 * The epoch loop of one run: seeded batches through the train step with parameters kept in native
 * tensors, observers and the stop request checked after every step, checkpoints after every epoch
 * (and every N steps, and at a cancellation), evaluation, early stopping, the trained model.
 */
final class TrainingLoop {

    private static final int EVAL_BATCH = 500;
    private static final int LOG_EVERY = 20;

    private final Network network;
    private final TrainingConfig config;
    private final TrainingGraphs graphs;
    private final ModelSession step;
    private final ModelSession eval;
    private final TensorStore store;
    private final RunDirectory run;
    private final List<TrainingObserver> observers;
    private final Cancellation cancellation;
    private final int checkpointEvery;
    private final Consumer<String> say;
    private final OrtEnvironment env = OnnxRuntime.environment();
    private final List<Double> stepLosses = new ArrayList<>();
    private Checkpoint checkpoint;
    private Map<String, Object> lastGradientNorms = Map.of();
    private final FeedPlan plan;
    private final FeedPlan testPlan;

    TrainingLoop(Network network, TrainingConfig config, TrainingGraphs graphs, FeedPlan plan, FeedPlan testPlan, ModelSession step,
            ModelSession eval, TensorStore store, RunDirectory run, Checkpoint checkpoint, List<TrainingObserver> observers,
            Cancellation cancellation, int checkpointEvery, Consumer<String> say) {
        this.plan = plan;
        this.testPlan = testPlan;
        this.network = network;
        this.config = config;
        this.graphs = graphs;
        this.step = step;
        this.eval = eval;
        this.store = store;
        this.run = run;
        this.checkpoint = checkpoint;
        this.observers = List.copyOf(observers);
        this.cancellation = cancellation;
        this.checkpointEvery = checkpointEvery;
        this.say = say;
    }

    TrainingResult run(BatchSource train, BatchSource validation, BatchSource test) throws OrtException, IOException, TrainingException,
            OnnxFormatException {
        List<EpochMetrics> epochs = new ArrayList<>();
        long stepsPerEpoch = (train.size() + config.batchSize() - 1) / config.batchSize();
        long totalSteps = stepsPerEpoch * config.epochs();
        String stop = "completed " + config.epochs() + (config.epochs() == 1 ? " epoch" : " epochs");
        if (checkpoint.epoch() == 0 && checkpoint.batchesDone() == 0) {
            tap(probeSet, 0);
            keepWeights(0);
        }
        for (int epoch = checkpoint.epoch() + 1; epoch <= config.epochs(); epoch++) {
            // A stop asked for during an epoch's last step lets that epoch finish and checkpoint; the next one does not start.
            boolean between = (collective == null ? cancellation : agreedStop).isCancelled();
            EpochMetrics metrics = between ? null : epoch(epoch, train, validation, totalSteps);
            if (metrics == null) {
                String reason = "cancelled " + (between ? "before" : "at") + " epoch " + epoch + ", step " + checkpoint.step() + " ("
                        + cancellation.reason() + ")";
                say.accept(reason + "; --resume continues from here");
                return new TrainingResult(epochs, stepLosses, Double.NaN, Double.NaN, run.path(), reason, RunState.CANCELLED);
            }
            epochs.add(metrics);
            double monitored = validation != null ? metrics.validationLoss() : metrics.trainLoss();
            boolean better = monitored < checkpoint.bestLoss();
            int without = better ? 0 : checkpoint.epochsWithoutImprovement() + 1;
            int reductions = checkpoint.rateReductions();
            if (config.reducesOnPlateau() && without > 0 && without % config.plateauPatience() == 0 && epoch < config.epochs()) {
                reductions++;
                say.accept(String.format(java.util.Locale.ROOT, "no better %s loss for %d %s: learning rate ×%s, now %.3g",
                        validation != null ? "validation" : "training", without, without == 1 ? "epoch" : "epochs", config.plateauFactor(),
                        config.learningRate() * Math.pow(config.plateauFactor(), reductions)));
            }
            checkpoint = new Checkpoint(epoch, checkpoint.step(), 0, 0, 0, 0, better ? monitored : checkpoint.bestLoss(), without, reductions,
                    store.snapshot());
            checkpoint.write(run.checkpoint());
            run.progress(epoch, checkpoint.step());
            boolean stopping = config.patience() > 0 && checkpoint.epochsWithoutImprovement() >= config.patience();
            if (epoch % tapEvery == 0 || epoch == config.epochs() || stopping) {
                tap(probeSet, epoch);
            }
            if (keepWeightsEvery > 0 && (epoch % keepWeightsEvery == 0 || epoch == config.epochs() || stopping)) {
                keepWeights(epoch);
            }
            if (better) {
                WeightsFile.write(ModelWeights.exported(modelOf(checkpoint.weights()), graphs.roles(), graphs.edgePopup()),
                        run.path().resolve(RunFiles.BEST_WEIGHTS));
            }
            for (TrainingObserver observer : observers) {
                observer.epochFinished(new TrainingObserver.EpochEvent(metrics, checkpoint.step(), this::copyWeights, cancellation,
                        this::observerRecord, say, graphs, stopping || epoch == config.epochs()));
            }
            if (config.patience() > 0 && checkpoint.epochsWithoutImprovement() >= config.patience()) {
                stop = "early stopping at epoch " + epoch + ": no better validation loss for " + config.patience() + " epochs";
                say.accept(stop);
                if (Files.exists(run.path().resolve(RunFiles.BEST_WEIGHTS))) {
                    // The best parameters over the current tensors: masks, scores and state the best file leaves out stay.
                    Weights merged = store.snapshot();
                    WeightsFile.read(run.path().resolve(RunFiles.BEST_WEIGHTS)).flat().forEach((key, tensor) -> {
                        String[] parts = Weights.split(key);
                        merged.put(parts[0], parts[1], tensor);
                        if (config.averagesWeights() && merged.flat().containsKey(AveragingStep.averageOf(key))) {
                            // The best file holds the averages: they are what the test and the model use.
                            merged.put(parts[0], parts[1] + AveragingStep.SUFFIX, tensor);
                        }
                    });
                    store.load(merged);
                    restoredBest = true;
                }
                break;
            }
        }
        // Restored best averages stand for the last weights too: nothing else to compare them with.
        double[] last = config.averagesWeights() && !restoredBest ? evaluate(test, testPlan, false) : null;
        double[] tested = evaluate(test, testPlan);
        Map<String, Double> testMetrics = lastMetrics;
        Weights trained = ModelWeights.exported(modelOf(store.snapshot()), graphs.roles(), graphs.edgePopup());
        WeightsFile.write(trained, run.path().resolve(RunFiles.FINAL_WEIGHTS));
        if (dev.dendrite.train.graph.ContrastiveDivergence.applies(network)) {
            for (var layer : network.getLayers()) {
                if (layer instanceof RBM rbm
                        && RbmImages.write(rbm, trained, TrainedModelReports.chainStarts(test), run.path(),
                        config.seed())) {
                    say.accept("learnt filters and Gibbs samples of " + rbm.getId() + " in " + RbmImages.FILTERS + " and " + RbmImages.SAMPLES);
                }
            }
        }
        byte[] model;
        try {
            model = OnnxExporter.export(network, trained, "dendrite-trainer").model().toByteArray();
            AtomicFiles.write(run.path().resolve(RunFiles.MODEL), model);
        } catch (ExportException e) {
            throw new TrainingException("the trained model cannot be exported: " + e.getMessage());
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("stopReason", stop);
        summary.put("testLoss", tested[0]);
        summary.put("testAccuracy", graphs.classification() ? tested[1] : null);
        summary.put("epochs", checkpoint.epoch());
        summary.put("steps", checkpoint.step());
        testMetrics.forEach((name, value) -> summary.put("test" + Character.toUpperCase(name.charAt(0)) + name.substring(1), value));
        say.accept(String.format("test loss %.4f%s%s (%s)", tested[0], graphs.classification() ? String.format(", accuracy %.2f%%", 100 * tested[1])
                : "", described(testMetrics), stop));
        if (last != null) {
            summary.put("lastWeightsTestLoss", last[0]);
            summary.put("lastWeightsTestAccuracy", graphs.classification() ? last[1] : null);
            say.accept(String.format("the last weights, not averaged: test loss %.4f%s; the test above and the model use the averages (--ema %s)",
                    last[0], graphs.classification() ? String.format(", accuracy %.2f%%", 100 * last[1]) : "", config.emaDecay()));
        }
        new TrainedModelReports(network, config, run, say, heldOutClass).add(model, test, summary);
        run.writeJson(RunFiles.SUMMARY, summary);
        return new TrainingResult(epochs, stepLosses, tested[0], graphs.classification() ? tested[1] : Double.NaN, run.path(), stop,
                RunState.FINISHED);
    }

    private static String described(Map<String, Double> metrics) {
        StringBuilder text = new StringBuilder();
        metrics.forEach((name, value) -> text.append(String.format(java.util.Locale.ROOT, ", %s %.4f", name, value)));
        return text.toString();
    }

    /** One epoch (or its remainder after a mid-epoch checkpoint); null when cancelled part-way. */
    private EpochMetrics epoch(int epoch, BatchSource samples, BatchSource validation, long totalSteps) throws OrtException, IOException,
            TrainingException {
        BatchSource train = samples.forEpoch(epoch);
        boolean continuing = epoch == checkpoint.epoch() + 1 && checkpoint.batchesDone() > 0;
        int firstBatch = continuing ? checkpoint.batchesDone() : 0;
        double lossSum = continuing ? checkpoint.lossSum() : 0;
        double accuracySum = continuing ? checkpoint.accuracySum() : 0;
        double earlier = continuing ? checkpoint.seconds() : 0;
        long started = System.nanoTime();
        int[] order = Dataset.permutation(train.size(), config.seed() * 1_000_003L + epoch);
        // The plateau schedule's reductions change between epochs only.
        double rateScale = Math.pow(config.plateauFactor(), checkpoint.rateReductions());
        long globalStep = checkpoint.step();
        int batches = (train.size() + config.batchSize() - 1) / config.batchSize();
        for (int batch = firstBatch; batch < batches; batch++) {
            int from = batch * config.batchSize();
            int rows = Math.min(config.batchSize(), train.size() - from);
            double lr = config.learningRateAt(globalStep, totalSteps) * rateScale;
            double[] lossAndAccuracy = step(epoch, train, order, from, rows, globalStep, lr);
            stepLosses.add(lossAndAccuracy[0]);
            lossSum += lossAndAccuracy[0] * rows;
            accuracySum += lossAndAccuracy[1] * rows;
            globalStep++;
            if (globalStep % LOG_EVERY == 0) {
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("type", "step");
                record.put("epoch", epoch);
                record.put("step", globalStep);
                record.put("loss", lossAndAccuracy[0]);
                record.put("accuracy", graphs.classification() ? lossAndAccuracy[1] : null);
                record.put("lr", lr);
                record.put("gradientNorms", lastGradientNorms);
                run.metric(record);
            }
            if (collective != null && (globalStep % syncEvery == 0 || batch == batches - 1)) {
                synchronise(epoch, globalStep);
            }
            for (TrainingObserver observer : observers) {
                observer.stepFinished(new TrainingObserver.StepEvent(epoch, globalStep, lossAndAccuracy[0], lossAndAccuracy[1], lr,
                        this::copyWeights, cancellation));
            }
            boolean last = batch == batches - 1;
            boolean cancelled = (collective == null ? cancellation : agreedStop).isCancelled() && !last;
            if (cancelled || !last && checkpointEvery > 0 && globalStep % checkpointEvery == 0) {
                double seconds = earlier + (System.nanoTime() - started) / 1e9;
                checkpoint = new Checkpoint(epoch - 1, globalStep, batch + 1, lossSum, accuracySum, seconds, checkpoint.bestLoss(),
                        checkpoint.epochsWithoutImprovement(), checkpoint.rateReductions(), store.snapshot());
                checkpoint.write(run.checkpoint());
                run.progress(epoch, globalStep);
                if (cancelled) {
                    return null;
                }
            }
        }
        checkpoint = new Checkpoint(checkpoint.epoch(), globalStep, 0, 0, 0, 0, checkpoint.bestLoss(), checkpoint.epochsWithoutImprovement(),
                checkpoint.rateReductions(),
                checkpoint.weights());
        double seconds = earlier + (System.nanoTime() - started) / 1e9;
        double[] validated = validation == null ? new double[] {Double.NaN, Double.NaN} : evaluate(validation, plan);
        Map<String, Double> validationMetrics = validation == null ? Map.of() : lastMetrics;
        EpochMetrics metrics = new EpochMetrics(epoch, lossSum / train.size(), accuracySum / train.size(), validated[0], validated[1],
                seconds, train.size() / seconds);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("type", "epoch");
        record.put("epoch", epoch);
        record.put("step", globalStep);
        record.put("trainLoss", metrics.trainLoss());
        record.put("trainAccuracy", graphs.classification() ? metrics.trainAccuracy() : null);
        record.put("validationLoss", validation == null ? null : metrics.validationLoss());
        record.put("validationAccuracy", validation == null || !graphs.classification() ? null : metrics.validationAccuracy());
        validationMetrics.forEach((name, value) -> record.put("validation" + Character.toUpperCase(name.charAt(0)) + name.substring(1), value));
        record.put("seconds", seconds);
        record.put("samplesPerSecond", metrics.samplesPerSecond());
        run.metric(record);
        say.accept(String.format("epoch %d/%d: loss %.4f%s%s (%.1f s, %.0f samples/s)", epoch, config.epochs(), metrics.trainLoss(),
                graphs.classification() ? String.format(", accuracy %.2f%%", 100 * metrics.trainAccuracy()) : "",
                validation == null ? "" : String.format("; validation loss %.4f%s", metrics.validationLoss(),
                        graphs.classification() ? String.format(", accuracy %.2f%%", 100 * metrics.validationAccuracy()) : "")
                        + described(validationMetrics),
                seconds, metrics.samplesPerSecond()));
        return metrics;
    }

    /** One train step; returns {loss, accuracy}. The step's native outputs are closed if anything fails before they are taken. */
    private double[] step(int epoch, BatchSource train, int[] order, int from, int rows, long globalStep, double lr) throws OrtException,
            TrainingException {
        Map<String, OnnxTensor> feeds = new HashMap<>();
        // Parameters the step does not read (an RBM's visible bias in a fine-tuned DBN) are kept but not fed.
        store.current().forEach((name, tensor) -> {
            if (step.inputNames().contains(name)) {
                feeds.put(name, tensor);
            }
        });
        List<OnnxTensor> owned = new ArrayList<>();
        OrtSession.Result result;
        boolean measured = healthEvery > 0 && (globalStep + 1) % healthEvery == 0;
        try {
            owned.add(Feeds.put(feeds, "lr", Feeds.scalar(env, (float) lr)));
            owned.add(Feeds.put(feeds, "step", Feeds.scalar(env, globalStep + 1)));
            if (replicated != null && !measured && replicated.splits(rows)) {
                result = replicatedStep(train, order, from, rows, globalStep, feeds, owned);
            } else {
                Batch batch = Feeds.batch(env, plan, train, order, from, rows, feeds, owned);
                for (int i = 0; i < graphs.randomInputs().size(); i++) {
                    owned.add(Feeds.put(feeds, graphs.randomInputs().get(i).name(), Feeds.random(env, graphs.randomInputs().get(i),
                            batch.dims(), workerSeed(), globalStep, i)));
                }
                result = (measured && healthStep != null ? healthStep : step).session().run(feeds);
            }
        } finally {
            owned.forEach(OnnxTensor::close);
        }
        boolean taken = false;
        try {
            double loss = Feeds.scalar(result, "loss");
            String nonFinite = firstNonFiniteLayer(result);
            if (!Double.isFinite(loss) || nonFinite != null) {
                run.progress(epoch, globalStep);
                throw new NonFiniteException("training stopped at epoch " + epoch + ", step " + (globalStep + 1) + ": the "
                        + (Double.isFinite(loss) ? "gradients" : "loss") + " became " + (Double.isNaN(loss) ? "NaN" : "non-finite")
                        + (nonFinite == null ? "" : "; the gradients of layer '" + nonFinite
                                + "' were the first (in forward order) to become non-finite")
                        + "; lower the learning rate, normalise the inputs or clip gradients", nonFinite);
            }
            double accuracy = graphs.classification() ? Feeds.scalar(result, "accuracy") : Double.NaN;
            if (measured) {
                run.metric(health.record(result, graphs.layerOrder(), epoch, globalStep + 1, gradientNorms(result)));
                for (HealthWarning warning : health.warnings()) {
                    run.metric(warning.record());
                    say.accept(warning.message());
                }
            }
            if ((globalStep + 1) % LOG_EVERY == 0) {
                lastGradientNorms = gradientNorms(result);
            }
            store.advance(result, graphs.feedback());
            taken = true;
            return new double[] {loss, accuracy};
        } catch (IOException e) {
            throw new TrainingException("cannot record the run's progress: " + e.getMessage());
        } finally {
            if (!taken) {
                result.close();
            }
        }
    }

    /** An observer's record into the run's metrics. */
    private void observerRecord(Map<String, Object> record) throws TrainingException {
        try {
            run.metric(record);
        } catch (IOException e) {
            throw new TrainingException("cannot record the run's progress: " + e.getMessage());
        }
    }

    /** The step as replicas over the cores (null: the whole step in one session). */
    private SlicedStep replicated;

    void replicated(SlicedStep replicas) {
        this.replicated = replicas;
    }

    /**
     * Runs the step in slices of the batch, one per replica: each slice is fed as the whole batch
     * would be (its rows of the order, its rows of the randomness drawn for the whole batch).
     */
    private OrtSession.Result replicatedStep(BatchSource train, int[] order, int from, int rows, long globalStep, Map<String, OnnxTensor> shared,
            List<OnnxTensor> owned) throws OrtException {
        int[] counts = replicated.sliceRows(rows);
        List<Map<String, OnnxTensor>> slices = new ArrayList<>();
        Map<String, Long> dims = null;
        int start = 0;
        // Sequences padded per batch: every slice cut from the whole batch, padded to its longest as the whole step is, so the
        // randomness drawn for the whole batch fits every slice.
        Batch whole = train.fields().stream().anyMatch(f -> f.sampleDims().stream().anyMatch(String.class::isInstance))
                ? train.batch(order, from, rows) : null;
        for (int count : counts) {
            Map<String, OnnxTensor> slice = new HashMap<>();
            Batch batch = whole == null ? Feeds.batch(env, plan, train, order, from + start, count, slice, owned)
                    : Feeds.fed(env, plan, whole.rows(start, count), slice, owned);
            if (dims == null) {
                dims = new HashMap<>(batch.dims());
                dims.put("N", (long) rows);
            }
            slices.add(slice);
            start += count;
        }
        for (int i = 0; i < graphs.randomInputs().size(); i++) {
            if (graphs.randomInputs().get(i).value().shape().dims().isEmpty()) {
                // One draw for the whole step (mixup's λ): every slice reads the same value, as the whole step would.
                OnnxTensor one = Feeds.random(env, graphs.randomInputs().get(i), dims, workerSeed(), globalStep, i);
                owned.add(one);
                for (Map<String, OnnxTensor> slice : slices) {
                    slice.put(graphs.randomInputs().get(i).name(), one);
                }
                continue;
            }
            List<OnnxTensor> drawn = Feeds.randomSlices(env, graphs.randomInputs().get(i), dims, workerSeed(), globalStep, i, counts);
            owned.addAll(drawn);
            for (int r = 0; r < counts.length; r++) {
                slices.get(r).put(graphs.randomInputs().get(i).name(), drawn.get(r));
            }
        }
        return replicated.run(slices, counts, shared);
    }

    /** The other workers of a data-parallel training (null: none), averaged with every {@link #syncEvery} steps. */
    private Collective collective;
    private int syncEvery;
    /** A data-parallel worker's stop: set at an averaging where any worker had been asked to stop, so all stop at the same step. */
    private final Cancellation agreedStop = new Cancellation();

    /** Dropout and noise differ between data-parallel workers, as their data does. */
    private long workerSeed() {
        return collective == null ? config.seed() : config.seed() + 0x9E3779B97F4A7C15L * collective.rank();
    }

    void dataParallel(Collective workers, int every) {
        this.collective = workers;
        this.syncEvery = every;
    }

    /**
     * Replaces every tensor (parameters, buffers, optimizer state) with the mean over the workers;
     * one more value carries whether any worker was asked to stop.
     */
    private void synchronise(int epoch, long globalStep) throws OrtException, TrainingException {
        flat = store.flatten(flat, 1);
        flat[flat.length - 1] = cancellation.isCancelled() ? 1 : 0;
        float[] mean;
        try {
            mean = collective.mean(flat);
        } catch (IOException e) {
            throw new TrainingException("data-parallel averaging failed at epoch " + epoch + ", step " + globalStep + ": " + e.getMessage());
        }
        store.unflatten(mean);
        if (mean[mean.length - 1] > 0) {
            agreedStop.cancel(cancellation.isCancelled() ? cancellation.reason() : "another data-parallel worker was stopped");
        }
    }

    /** The array a data-parallel worker's tensors are flattened into, kept between averagings. */
    private float[] flat;

    /** The activation-taps graph (null: none), how many samples form its fixed probe set and whose first samples they are. */
    private ModelSession taps;
    private int probe;
    private BatchSource probeSet;

    /** Checkpoints recorded: before training, every {@code tapEvery} epochs, and the last epoch. */
    private int tapEvery = 1;

    void taps(ModelSession session, int samples, int everyEpochs, BatchSource probeSet) {
        this.taps = session;
        this.probeSet = probeSet;
        this.probe = samples;
        this.tapEvery = Math.max(1, everyEpochs);
    }

    /**
     * The tapped layers' activations on the probe set (the first test samples, or training samples where
     * asked, the same at every checkpoint) with the current weights, in {@code activations/epoch-E.onnx}: one tensor per layer
     * ({@code ID/activations}) and the probe's labels ({@code probe/labels}) where the data has them.
     */
    private void tap(BatchSource probed, int epoch) throws OrtException, IOException {
        if (taps == null) {
            return;
        }
        int rows = Math.min(probe, probed.size());
        int[] order = java.util.stream.IntStream.range(0, rows).toArray();
        Map<String, OnnxTensor> feeds = new HashMap<>();
        for (String name : taps.inputNames()) {
            OnnxTensor tensor = modelTensor(name, config.averagesWeights());
            if (tensor != null) {
                feeds.put(name, tensor);
            }
        }
        List<OnnxTensor> owned = new ArrayList<>();
        Weights recorded = new Weights();
        try {
            Batch batch = Feeds.batch(env, testPlan, probed, order, 0, rows, feeds, owned);
            for (String name : List.copyOf(feeds.keySet())) {
                if (!taps.inputNames().contains(name)) {
                    feeds.remove(name);
                }
            }
            try (OrtSession.Result result = taps.session().run(feeds)) {
                for (var output : result) {
                    if (output.getKey().startsWith(dev.dendrite.train.graph.ActivationTaps.GRAPHS)) {
                        ProbeLabels.keptGraphs(output.getKey().substring(dev.dendrite.train.graph.ActivationTaps.GRAPHS.length()),
                                (OnnxTensor) output.getValue(), recorded);
                    } else if (output.getKey().startsWith(dev.dendrite.train.graph.ActivationTaps.PREFIX)) {
                        OnnxTensor tensor = (OnnxTensor) output.getValue();
                        var buffer = tensor.getFloatBuffer();
                        float[] values = new float[buffer.remaining()];
                        buffer.get(values);
                        recorded.put(output.getKey().substring(dev.dendrite.train.graph.ActivationTaps.PREFIX.length()), "activations",
                                new dev.dendrite.onnx.graph.FloatTensor(tensor.getInfo().getShape(), values));
                    }
                }
            }
            if (probed instanceof dev.dendrite.train.data.GraphDataset) {
                ProbeLabels.ofGraphs(batch, recorded);
            } else {
                ProbeLabels.of(batch, rows, recorded);
            }
            // The raw inputs too, so the data itself can be embedded beside what each layer made of it (a graph's: its nodes').
            long inputRows = probed instanceof dev.dendrite.train.data.GraphDataset ? batch.dims().get("V") : rows;
            for (var feed : feeds.entrySet()) {
                var info = feed.getValue().getInfo();
                if (info.type == ai.onnxruntime.OnnxJavaType.FLOAT && info.getShape().length >= 2 && info.getShape()[0] == inputRows) {
                    var buffer = feed.getValue().getFloatBuffer();
                    float[] values = new float[buffer.remaining()];
                    buffer.get(values);
                    recorded.put("probe", "inputs", new dev.dendrite.onnx.graph.FloatTensor(info.getShape(), values));
                    break;
                }
            }
        } finally {
            owned.forEach(OnnxTensor::close);
        }
        java.nio.file.Files.createDirectories(run.path().resolve(ACTIVATIONS));
        WeightsFile.write(recorded, run.path().resolve(ACTIVATIONS).resolve("epoch-" + epoch + ".onnx"));
    }

    static final String ACTIVATIONS = "activations";

    /** Epochs between kept weights ({@code weights/epoch-E.onnx}, before training and at the last too); 0: none. */
    private int keepWeightsEvery;

    void keepWeightsEvery(int epochs) {
        this.keepWeightsEvery = epochs;
    }

    /** The model's weights as they stand (the averages where the run averages), as the final weights are written. */
    private void keepWeights(int epoch) throws IOException, OrtException {
        if (keepWeightsEvery <= 0) {
            return;
        }
        Weights kept = ModelWeights.exported(modelOf(store.snapshot()), graphs.roles(), graphs.edgePopup());
        java.nio.file.Files.createDirectories(run.path().resolve(RunFiles.KEPT_WEIGHTS));
        WeightsFile.write(kept, RunFiles.keptWeights(run.path(), epoch));
    }

    /** The class left out of the training data (an autoencoder's anomalies), or -1. */
    int heldOutClass = -1;

    /** The train step's variant with statistics outputs (null: the step itself has them), run every {@link #healthEvery} steps. */
    private ModelSession healthStep;
    private int healthEvery;
    private final HealthRecords health = new HealthRecords();

    /** Records activation and update statistics every {@code every} steps from {@code session} (null: the train step's own outputs). */
    void health(ModelSession session, int every) {
        this.healthStep = session;
        this.healthEvery = every;
    }

    /** Evaluation-graph outputs named "metric:NAME" are averaged like the loss and recorded as NAME. */
    private static final String METRIC = "metric:";

    /** Whether early stopping put the best weights back (with --ema, the best averages into the weights too). */
    private boolean restoredBest;

    /** The extra metrics of the last {@link #evaluate} call (e.g. an RBM's pseudo-log-likelihood), averaged over its samples. */
    private Map<String, Double> lastMetrics = Map.of();

    /** Mean loss and accuracy over a data set, in inference mode, with the model's weights (averaged with --ema). */
    private double[] evaluate(BatchSource data, FeedPlan feeding) throws OrtException {
        return evaluate(data, feeding, config.averagesWeights());
    }

    /** A tensor the model reads: its average with --ema (where it has one), else its current value. */
    private OnnxTensor modelTensor(String name, boolean averaged) {
        OnnxTensor average = averaged ? store.current().get(AveragingStep.averageOf(name)) : null;
        return average != null ? average : store.current().get(name);
    }

    /** {@code all} with each averaged tensor's value in place of its parameter's, with --ema; {@code all} itself without. */
    private Weights modelOf(Weights all) {
        if (!config.averagesWeights()) {
            return all;
        }
        Weights model = new Weights();
        all.flat().forEach((key, tensor) -> {
            String[] parts = Weights.split(key);
            model.put(parts[0], parts[1], all.flat().getOrDefault(AveragingStep.averageOf(key), tensor));
        });
        return model;
    }

    /** Mean loss and accuracy over a data set, in inference mode; {@code averaged}: with the averaged weights. */
    private double[] evaluate(BatchSource data, FeedPlan feeding, boolean averaged) throws OrtException {
        Map<String, Double> extra = new LinkedHashMap<>();
        int[] order = java.util.stream.IntStream.range(0, data.size()).toArray();
        double loss = 0;
        double accuracy = 0;
        for (int from = 0; from < data.size(); from += EVAL_BATCH) {
            int rows = Math.min(EVAL_BATCH, data.size() - from);
            Map<String, OnnxTensor> feeds = new HashMap<>();
            for (String name : eval.inputNames()) {
                OnnxTensor tensor = modelTensor(name, averaged);
                if (tensor != null) {
                    feeds.put(name, tensor);
                }
            }
            List<OnnxTensor> owned = new ArrayList<>();
            try {
                Feeds.batch(env, feeding, data, order, from, rows, feeds, owned);
                try (OrtSession.Result result = eval.session().run(feeds)) {
                    loss += Feeds.scalar(result, "loss") * rows;
                    accuracy += graphs.classification() ? Feeds.scalar(result, "accuracy") * rows : 0;
                    for (var output : result) {
                        if (output.getKey().startsWith(METRIC)) {
                            extra.merge(output.getKey().substring(METRIC.length()), Feeds.scalar(result, output.getKey()) * rows, Double::sum);
                        }
                    }
                }
            } finally {
                owned.forEach(OnnxTensor::close);
            }
        }
        extra.replaceAll((name, sum) -> sum / data.size());
        lastMetrics = extra;
        return new double[] {loss / data.size(), graphs.classification() ? accuracy / data.size() : Double.NaN};
    }

    /** Each layer's gradient norm in this step, in forward order (logged with the step records). */
    private Map<String, Object> gradientNorms(OrtSession.Result result) throws OrtException {
        Map<String, Object> norms = new LinkedHashMap<>();
        for (String layer : graphs.layerOrder()) {
            var norm = result.get("gradnorm:" + layer);
            if (norm.isPresent()) {
                norms.put(layer, (double) ((OnnxTensor) norm.get()).getFloatBuffer().get(0));
            }
        }
        return norms;
    }

    /** The first layer (forward order) with a non-finite gradient norm, or null when all are finite. */
    private String firstNonFiniteLayer(OrtSession.Result result) throws OrtException {
        for (String layer : graphs.layerOrder()) {
            var norm = result.get("gradnorm:" + layer);
            if (norm.isPresent() && !Double.isFinite(((OnnxTensor) norm.get()).getFloatBuffer().get(0))) {
                return layer;
            }
        }
        return null;
    }

    private Weights copyWeights() throws TrainingException {
        try {
            return store.snapshot();
        } catch (OrtException e) {
            throw new TrainingException("cannot copy the weights: " + e.getMessage());
        }
    }
}
