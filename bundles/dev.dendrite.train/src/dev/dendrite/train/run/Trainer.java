package dev.dendrite.train.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import dev.dendrite.model.network.Network;
import dev.dendrite.model.shape.Value;
import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.importer.OnnxFormatException;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.onnx.weights.WeightsFile;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.graph.GraphOptions;
import dev.dendrite.train.graph.TrainStepBuilder;
import dev.dendrite.train.graph.TrainingGraphs;

/**
 * Runs a training: generates the graphs, checks the data against the network before any step,
 * then steps through seeded epochs with parameters and optimizer state kept in native ONNX
 * Runtime tensors (each step's outputs feed the next step), evaluates, checkpoints after every
 * epoch, stops early or on a non-finite loss, and exports the trained model.
 */
public final class Trainer {

    private static final int EVAL_BATCH = 500;
    private static final int LOG_EVERY = 20;

    private final Network network;
    private final TrainingConfig config;
    private final Consumer<String> progress;
    private GraphOptions options = GraphOptions.DEFAULT;

    public Trainer(Network network, TrainingConfig config, Consumer<String> progress) {
        this.network = network;
        this.config = config.validate();
        this.progress = progress;
    }

    /** Pruning masks and activation statistics in the train step (the lottery-ticket and activation labs use them). */
    public Trainer withOptions(GraphOptions graphOptions) {
        this.options = graphOptions;
        return this;
    }

    public TrainingResult train(Weights given, Dataset trainAndValidation, Dataset test, Path runPath, boolean resume)
            throws TrainingException, IOException {
        TrainingGraphs graphs;
        try {
            graphs = TrainStepBuilder.build(network, InputStatistics.fill(network, given, trainAndValidation), config, options);
        } catch (ExportException e) {
            throw new TrainingException(e.getMessage());
        }
        DataCheck.check(graphs, trainAndValidation);
        DataCheck.check(graphs, test);
        Dataset[] parts = config.validationFraction() > 0
                ? trainAndValidation.split(config.validationFraction(), config.seed(), "/train", "/validation")
                : new Dataset[] {trainAndValidation, null};
        Dataset train = parts[0];
        Dataset validation = parts[1];
        RuntimeSettings settings = RuntimeSettings.forTrainer().withDevice(config.device()).withThreads(config.threads(), 0);
        boolean resuming = resume && Files.exists(runPath.resolve("checkpoint").resolve("state.json"));
        try (RunDirectory run = new RunDirectory(runPath, resuming);
             ModelSession step = OnnxRuntime.open(graphs.trainStep().toByteArray(), "train step", settings);
             ModelSession eval = OnnxRuntime.open(graphs.evaluation().toByteArray(), "evaluation graph", settings);
             TensorStore store = new TensorStore(OnnxRuntime.environment())) {
            step.fallbackReason().ifPresent(reason -> say(run, reason));
            run.writeJson("config.json", configJson(train, validation, test));
            Weights start = graphs.initial();
            Checkpoint checkpoint = resuming ? Checkpoint.read(run.checkpoint()) : Checkpoint.fresh();
            if (resuming) {
                start = checkpoint.weights();
                say(run, "resuming after epoch " + checkpoint.epoch() + " (step " + checkpoint.step() + ")");
            }
            store.load(start);
            return new Loop(graphs, step, eval, store, run, checkpoint).run(train, validation, test);
        } catch (ModelLoadException e) {
            throw new TrainingException("the generated training graph does not load: " + e.getMessage());
        } catch (OrtException e) {
            throw new TrainingException("ONNX Runtime failed during training: " + e.getMessage());
        } catch (OnnxFormatException e) {
            throw new TrainingException("the checkpoint cannot be read: " + e.getMessage());
        }
    }

    private Map<String, Object> configJson(Dataset train, Dataset validation, Dataset test) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("network", network.getName());
        json.put("dataset", config.dataset());
        json.put("trainSamples", train.size());
        json.put("validationSamples", validation == null ? 0 : validation.size());
        json.put("testSamples", test.size());
        json.put("epochs", config.epochs());
        json.put("batchSize", config.batchSize());
        json.put("optimizer", config.optimizer().getLiteral());
        json.put("learningRate", config.learningRate());
        json.put("momentum", config.momentum());
        json.put("weightDecay", config.weightDecay());
        json.put("clipNorm", config.clipNorm());
        json.put("schedule", config.schedule());
        json.put("seed", config.seed());
        json.put("device", config.device().id());
        return json;
    }

    private void say(RunDirectory run, String line) {
        progress.accept(line);
        try {
            run.log(line);
        } catch (IOException e) {
            progress.accept("cannot write the run log: " + e.getMessage());
        }
    }

    /** The epoch loop of one run. */
    private final class Loop {

        private final TrainingGraphs graphs;
        private final ModelSession step;
        private final ModelSession eval;
        private final TensorStore store;
        private final RunDirectory run;
        private Checkpoint checkpoint;
        private final OrtEnvironment env = OnnxRuntime.environment();
        private final List<Double> stepLosses = new ArrayList<>();
        private final java.util.Set<String> stepInputs;

        Loop(TrainingGraphs graphs, ModelSession step, ModelSession eval, TensorStore store, RunDirectory run, Checkpoint checkpoint) {
            this.graphs = graphs;
            this.step = step;
            this.eval = eval;
            this.store = store;
            this.run = run;
            this.checkpoint = checkpoint;
            this.stepInputs = step.inputNames();
        }

        TrainingResult run(Dataset train, Dataset validation, Dataset test) throws OrtException, IOException, TrainingException {
            List<EpochMetrics> epochs = new ArrayList<>();
            long stepsPerEpoch = (train.size() + config.batchSize() - 1) / config.batchSize();
            long totalSteps = stepsPerEpoch * config.epochs();
            String stop = "completed " + config.epochs() + " epochs";
            for (int epoch = checkpoint.epoch() + 1; epoch <= config.epochs(); epoch++) {
                EpochMetrics metrics = epoch(epoch, train, validation, totalSteps);
                epochs.add(metrics);
                double monitored = validation != null ? metrics.validationLoss() : metrics.trainLoss();
                boolean better = monitored < checkpoint.bestLoss();
                checkpoint = new Checkpoint(epoch, checkpoint.step() + stepsPerEpoch, better ? monitored : checkpoint.bestLoss(),
                        better ? 0 : checkpoint.epochsWithoutImprovement() + 1, store.snapshot());
                checkpoint.write(run.checkpoint());
                if (better) {
                    WeightsFile.write(store.snapshot(), run.path().resolve("best.weights.onnx"));
                }
                if (config.patience() > 0 && checkpoint.epochsWithoutImprovement() >= config.patience()) {
                    stop = "early stopping at epoch " + epoch + ": no better validation loss for " + config.patience() + " epochs";
                    say(run, stop);
                    if (Files.exists(run.path().resolve("best.weights.onnx"))) {
                        try {
                            store.load(WeightsFile.read(run.path().resolve("best.weights.onnx")));
                        } catch (OnnxFormatException e) {
                            throw new TrainingException("the best checkpoint cannot be read: " + e.getMessage());
                        }
                    }
                    break;
                }
            }
            double[] tested = evaluate(test);
            Weights trained = store.snapshot();
            WeightsFile.write(trained, run.path().resolve("final.weights.onnx"));
            try {
                dev.dendrite.model.io.AtomicFiles.write(run.path().resolve("model.onnx"), OnnxExporter.export(network, trained, "dendrite-trainer").model().toByteArray());
            } catch (ExportException e) {
                throw new TrainingException("the trained model cannot be exported: " + e.getMessage());
            }
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("stopReason", stop);
            summary.put("testLoss", tested[0]);
            summary.put("testAccuracy", graphs.classification() ? tested[1] : null);
            summary.put("epochs", epochs.size());
            run.writeJson("summary.json", summary);
            say(run, String.format("test loss %.4f%s (%s)", tested[0], graphs.classification() ? String.format(", accuracy %.2f%%", 100 * tested[1]) : "", stop));
            return new TrainingResult(epochs, stepLosses, tested[0], graphs.classification() ? tested[1] : Double.NaN, run.path(), stop);
        }

        private EpochMetrics epoch(int epoch, Dataset train, Dataset validation, long totalSteps) throws OrtException, IOException, TrainingException {
            long started = System.nanoTime();
            int[] order = Dataset.permutation(train.size(), config.seed() * 1_000_003L + epoch);
            double lossSum = 0;
            double accuracySum = 0;
            long globalStep = checkpoint.step();
            String dataInput = graphs.dataInputs().keySet().iterator().next();
            Value inputValue = graphs.dataInputs().get(dataInput);
            for (int from = 0; from < train.size(); from += config.batchSize()) {
                int rows = Math.min(config.batchSize(), train.size() - from);
                Map<String, OnnxTensor> feeds = new HashMap<>();
                // Parameters the step does not read (an RBM's visible bias in a fine-tuned DBN) are kept but not fed.
                store.current().forEach((name, tensor) -> {
                    if (stepInputs.contains(name)) {
                        feeds.put(name, tensor);
                    }
                });
                List<OnnxTensor> owned = new ArrayList<>();
                owned.add(put(feeds, dataInput, Feeds.features(env, train, order, from, rows, inputValue)));
                for (var target : graphs.targets().entrySet()) {
                    owned.add(put(feeds, target.getKey(), target.getValue() ? Feeds.labels(env, train, order, from, rows)
                            : Feeds.targets(env, train, order, from, rows, graphs.targetValues().get(target.getKey()))));
                }
                for (int i = 0; i < graphs.randomInputs().size(); i++) {
                    owned.add(put(feeds, graphs.randomInputs().get(i).name(), Feeds.random(env, graphs.randomInputs().get(i), rows,
                            config.seed(), globalStep, i)));
                }
                owned.add(put(feeds, "lr", Feeds.scalar(env, (float) config.learningRateAt(globalStep, totalSteps))));
                owned.add(put(feeds, "step", Feeds.scalar(env, globalStep + 1)));
                OrtSession.Result result = step.session().run(feeds);
                owned.forEach(OnnxTensor::close);
                double loss = scalar(result, "loss");
                if (!Double.isFinite(loss) || !finiteGradients(result)) {
                    String where = firstNonFinite(result);
                    result.close();
                    throw new TrainingException("training stopped at epoch " + epoch + ", step " + (globalStep + 1) + ": the "
                            + (Double.isFinite(loss) ? "gradients" : "loss") + " became " + (Double.isNaN(loss) ? "NaN" : "non-finite")
                            + where + "; lower the learning rate, normalise the inputs or clip gradients");
                }
                double accuracy = graphs.classification() ? scalar(result, "accuracy") : Double.NaN;
                store.advance(result, graphs.feedback());
                stepLosses.add(loss);
                lossSum += loss * rows;
                accuracySum += accuracy * rows;
                globalStep++;
                if (globalStep % LOG_EVERY == 0) {
                    Map<String, Object> record = new LinkedHashMap<>();
                    record.put("type", "step");
                    record.put("epoch", epoch);
                    record.put("step", globalStep);
                    record.put("loss", loss);
                    record.put("accuracy", graphs.classification() ? accuracy : null);
                    record.put("lr", config.learningRateAt(globalStep - 1, totalSteps));
                    run.metric(record);
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            double[] validated = validation == null ? new double[] {Double.NaN, Double.NaN} : evaluate(validation);
            EpochMetrics metrics = new EpochMetrics(epoch, lossSum / train.size(), accuracySum / train.size(), validated[0], validated[1],
                    seconds, train.size() / seconds);
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("type", "epoch");
            record.put("epoch", epoch);
            record.put("trainLoss", metrics.trainLoss());
            record.put("trainAccuracy", graphs.classification() ? metrics.trainAccuracy() : null);
            record.put("validationLoss", validation == null ? null : metrics.validationLoss());
            record.put("validationAccuracy", validation == null || !graphs.classification() ? null : metrics.validationAccuracy());
            record.put("seconds", seconds);
            record.put("samplesPerSecond", metrics.samplesPerSecond());
            run.metric(record);
            say(run, String.format("epoch %d/%d: loss %.4f%s%s (%.1f s, %.0f samples/s)", epoch, config.epochs(), metrics.trainLoss(),
                    graphs.classification() ? String.format(", accuracy %.2f%%", 100 * metrics.trainAccuracy()) : "",
                    validation == null ? "" : String.format("; validation loss %.4f%s", metrics.validationLoss(),
                            graphs.classification() ? String.format(", accuracy %.2f%%", 100 * metrics.validationAccuracy()) : ""),
                    seconds, metrics.samplesPerSecond()));
            return metrics;
        }

        /** Mean loss and accuracy over a data set, in inference mode. */
        private double[] evaluate(Dataset data) throws OrtException {
            String dataInput = graphs.dataInputs().keySet().iterator().next();
            Value inputValue = graphs.dataInputs().get(dataInput);
            int[] order = java.util.stream.IntStream.range(0, data.size()).toArray();
            double loss = 0;
            double accuracy = 0;
            for (int from = 0; from < data.size(); from += EVAL_BATCH) {
                int rows = Math.min(EVAL_BATCH, data.size() - from);
                Map<String, OnnxTensor> feeds = new HashMap<>();
                for (String name : eval.inputNames()) {
                    OnnxTensor tensor = store.current().get(name);
                    if (tensor != null) {
                        feeds.put(name, tensor);
                    }
                }
                List<OnnxTensor> owned = new ArrayList<>();
                owned.add(put(feeds, dataInput, Feeds.features(env, data, order, from, rows, inputValue)));
                for (var target : graphs.targets().entrySet()) {
                    owned.add(put(feeds, target.getKey(), target.getValue() ? Feeds.labels(env, data, order, from, rows)
                            : Feeds.targets(env, data, order, from, rows, graphs.targetValues().get(target.getKey()))));
                }
                try (OrtSession.Result result = eval.session().run(feeds)) {
                    loss += scalar(result, "loss") * rows;
                    accuracy += graphs.classification() ? scalar(result, "accuracy") * rows : 0;
                } finally {
                    owned.forEach(OnnxTensor::close);
                }
            }
            return new double[] {loss / data.size(), graphs.classification() ? accuracy / data.size() : Double.NaN};
        }

        private boolean finiteGradients(OrtSession.Result result) throws OrtException {
            for (String layer : graphs.layerOrder()) {
                var norm = result.get("gradnorm:" + layer);
                if (norm.isPresent() && !Double.isFinite(((OnnxTensor) norm.get()).getFloatBuffer().get(0))) {
                    return false;
                }
            }
            return true;
        }

        private String firstNonFinite(OrtSession.Result result) throws OrtException {
            for (String layer : graphs.layerOrder()) {
                var norm = result.get("gradnorm:" + layer);
                if (norm.isPresent() && !Double.isFinite(((OnnxTensor) norm.get()).getFloatBuffer().get(0))) {
                    return "; the gradients of layer '" + layer + "' were the first (in forward order) to become non-finite";
                }
            }
            return "";
        }
    }

    private static OnnxTensor put(Map<String, OnnxTensor> feeds, String name, OnnxTensor tensor) {
        feeds.put(name, tensor);
        return tensor;
    }

    private static double scalar(OrtSession.Result result, String name) throws OrtException {
        return ((OnnxTensor) result.get(name).orElseThrow()).getFloatBuffer().get(0);
    }

}
