package dev.dendrite.train.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import ai.onnxruntime.OrtException;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.generative.RBM;
import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.onnx.importer.OnnxFormatException;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.config.Distillation;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.data.Field;
import dev.dendrite.train.graph.ContrastiveDivergence;
import dev.dendrite.train.graph.GraphOptions;
import dev.dendrite.train.graph.OptimizerStates;
import dev.dendrite.train.graph.TrainStepPipeline;
import dev.dendrite.train.graph.TrainingGraphs;

/**
 * Runs a training: generates the graphs (kept in the run directory), checks the data against the
 * network before any step, takes the run directory for itself, then lets a {@link TrainingLoop}
 * step through seeded epochs. Records how the run ended in {@code status.json} whatever happens:
 * finished, cancelled (resumable), failed or non-finite.
 */
public final class Trainer {

    private final Network network;
    /** The run's configuration; "balanced" class weights become numbers when the training labels are counted. */
    private TrainingConfig config;
    private final Consumer<String> progress;
    private GraphOptions options = GraphOptions.DEFAULT;
    private TrainStepPipeline pipeline;
    private final List<TrainingObserver> observers = new ArrayList<>();
    private Cancellation cancellation = new Cancellation();
    private int checkpointEvery;
    private final Map<String, Object> described = new LinkedHashMap<>();
    private int pretrainEpochs = -1;
    private int heldOutClass = -1;
    private int healthEvery;
    private List<String> tappedLayers;
    private int tapEveryEpochs = 1;
    private int probeSamples;
    /** Whether the taps' probe set is the first training samples rather than the first test samples. */
    private boolean probeFromTraining;
    /** Epochs between kept weights; 0: none. */
    private int keepWeightsEvery;
    private Collective collective;
    private int syncEvery;
    private Path leaderRun;
    private boolean resuming;
    private int replicas;

    public Trainer(Network network, TrainingConfig config, Consumer<String> progress) {
        // Layers without ids get them in a copy: weights are keyed by ids, and the caller's model is never written to.
        this.network = dev.dendrite.model.Networks.withIds(network);
        this.config = config.validate();
        this.progress = progress;
    }

    /** Pruning masks, activation statistics, frozen parts and other train-step options. */
    public Trainer withOptions(GraphOptions graphOptions) {
        this.options = graphOptions;
        return this;
    }

    /**
     * Runs the train step as {@code count} replicas, each on a slice of the batch with its share of
     * the cores, whose gradients are added before one update ({@link ReplicatedStep}); 1 runs it
     * whole, 0 (the default) chooses on the CPU ({@link ReplicatedStep#automaticReplicas}: one per
     * core for convolutional and recurrent networks while each keeps 32 samples). Results differ from one session's by
     * float rounding only (losses over padded sequences or weighted classes weigh each slice by
     * its real steps or its labels' weights). Steps that cannot be cut (graphs, sampling inside the graph,
     * losses dividing by different counts) run whole; batch normalisation runs whole unless a count above 1 is given, which makes
     * each replica normalise with its slice's statistics (ghost batch normalisation).
     */
    public Trainer withReplicas(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("the replica count must be ≥ 0 (0 = automatic), is " + count);
        }
        this.replicas = count;
        return this;
    }

    /** How the training graphs are built (another gradient source, per-kind lowerings, extra steps). */
    public Trainer withPipeline(TrainStepPipeline stepPipeline) {
        this.pipeline = stepPipeline;
        return this;
    }

    /** Adds an entry to config.json (the command line records the network file, so a workbench can resume the run). */
    public Trainer withConfigEntry(String key, Object value) {
        described.put(key, value);
        return this;
    }

    /** Events after every step and epoch, on the trainer's thread. */
    public Trainer withObserver(TrainingObserver observer) {
        observers.add(observer);
        return this;
    }

    /** The stop request this run obeys between steps (a UI job's Cancel, a shutdown hook). */
    public Trainer withCancellation(Cancellation control) {
        this.cancellation = control;
        return this;
    }

    /**
     * Epochs of contrastive divergence per RBM of a deep belief net's stack before fine-tuning (0:
     * none, the stack starts from random weights), instead of the network's own setting; networks
     * without a DBN stack ignore it.
     */
    public Trainer withPretraining(int epochs) {
        if (epochs < 0) {
            throw new IllegalArgumentException("pre-training epochs must be ≥ 0, is " + epochs);
        }
        this.pretrainEpochs = epochs;
        return this;
    }

    /**
     * Leaves every sample of class {@code label} out of the training (and validation) data; the
     * test set keeps it. For anomaly detection: an autoencoder then scores the unseen class, and the
     * run reports the ROC AUC of its reconstruction errors.
     */
    public Trainer withHeldOutClass(int label) {
        if (label < 0) {
            throw new IllegalArgumentException("a held-out class is a label ≥ 0, not " + label);
        }
        this.heldOutClass = label;
        described.put("heldOutClass", label);
        return this;
    }

    /**
     * Every {@code steps} steps, runs the train step's variant that also outputs activation and
     * update statistics (the same update, no extra pass) and records them as "health" records of
     * the metrics, warning once per layer about dead units, saturation, vanishing gradients and
     * oversized updates; 0 (the default) never.
     */
    public Trainer withHealthEvery(int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("the health statistics interval must be ≥ 0 steps, is " + steps);
        }
        this.healthEvery = steps;
        return this;
    }

    /**
     * Records the activations of {@code layers} (empty: every layer) on a fixed probe set of the
     * first {@code samples} test samples, before training and after every epoch, in
     * {@code activations/epoch-E.onnx}: what embeddings of hidden representations are computed from.
     */
    public Trainer withActivationTaps(List<String> layers, int samples) {
        return withActivationTaps(layers, samples, 1);
    }

    /**
     * As above, recording the checkpoints before training, every {@code everyEpochs} epochs and at
     * the last epoch (also when early stopping ends the run).
     */
    public Trainer withActivationTaps(List<String> layers, int samples, int everyEpochs) {
        return withActivationTaps(layers, samples, everyEpochs, false);
    }

    /**
     * As above, the probe set the first {@code samples} training samples where {@code fromTraining} (the training split as cut from
     * the validation split, neither augmented nor shuffled): what neural collapse is measured on, as it is defined.
     */
    public Trainer withActivationTaps(List<String> layers, int samples, int everyEpochs, boolean fromTraining) {
        if (samples < 1) {
            throw new IllegalArgumentException("the probe set needs at least 1 sample, not " + samples);
        }
        if (everyEpochs < 1) {
            throw new IllegalArgumentException("activations are recorded every 1 or more epochs, not " + everyEpochs);
        }
        this.tappedLayers = List.copyOf(layers);
        this.probeSamples = samples;
        this.tapEveryEpochs = everyEpochs;
        described.put("activationTaps", layers.isEmpty() ? "all" : String.join(",", layers));
        described.put("probeSamples", samples);
        described.put("tapEveryEpochs", everyEpochs);
        described.put("probeSplit", fromTraining ? "train" : "test");
        this.probeFromTraining = fromTraining;
        return this;
    }

    /**
     * Keeps the model's weights before training, every {@code epochs} epochs and at the last (also when early stopping ends the
     * run) in {@code weights/epoch-E.onnx}: the optimisation path, which {@code landscape --trajectory} draws.
     */
    public Trainer withWeightsKeptEvery(int epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("weights are kept every 1 or more epochs, not " + epochs);
        }
        this.keepWeightsEvery = epochs;
        described.put("keepWeightsEvery", epochs);
        return this;
    }

    /**
     * Makes this trainer one worker of a data-parallel training: it trains on its shard of the
     * training data (a seeded 1/N of it, equal for every worker, so all take the same number of
     * steps) and averages parameters and optimizer state with the other workers every
     * {@code every} steps and at the end of every epoch, which keeps validation, early stopping and
     * checkpoints identical on every worker. A stop request takes effect at the next averaging, on
     * every worker at the same step. A worker other than 0 resumes from the checkpoint of worker 0's
     * run directory {@code leader}: every checkpoint of worker 0 is a state all workers can continue from.
     */
    public Trainer withDataParallel(Collective workers, int every, Path leader) {
        if (every < 1) {
            throw new IllegalArgumentException("data-parallel workers average every 1 or more steps, not " + every);
        }
        this.collective = workers;
        this.syncEvery = every;
        this.leaderRun = leader;
        described.put("dataParallel", workers.size());
        described.put("worker", workers.rank());
        described.put("syncEvery", every);
        return this;
    }

    /** Also checkpoint every {@code steps} steps inside epochs (0: only after each epoch and on cancellation). */
    public Trainer withCheckpointEvery(int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("checkpoint interval must be ≥ 0 steps, is " + steps);
        }
        this.checkpointEvery = steps;
        return this;
    }

    /**
     * @param trainAndValidation the training samples; the configured validation fraction is split off them (seeded)
     * @param test evaluated once at the end
     */
    public TrainingResult train(Weights given, BatchSource trainAndValidation, BatchSource test, Path runPath, boolean resume)
            throws TrainingException, IOException {
        this.resuming = resume;
        if (config.classWeights().equals(TrainingConfig.BALANCED)) {
            config = config.withClassWeights(ClassWeights.balanced(trainAndValidation));
            progress.accept("class weights, balanced over the training labels: " + config.classWeights());
        }
        if (!config.augmentation().none()) {
            try {
                config.augmentation().pictureField(trainAndValidation);
            } catch (IllegalArgumentException e) {
                throw TrainingException.badInput(e.getMessage());
            }
        }
        if (heldOutClass >= 0) {
            trainAndValidation = withoutClass(trainAndValidation, heldOutClass);
        }
        Map<String, long[]> noise = noiseInputs();
        try {
            // A GAN's generator reads noise no data set holds: drawn per sample beside the data, so that every step and evaluation finds it.
            trainAndValidation = dev.dendrite.train.data.NoiseFields.of(trainAndValidation, noise, config.seed());
            test = dev.dendrite.train.data.NoiseFields.of(test, noise, config.seed() ^ 0x5DEECE66DL);
            // A conditional generator and its discriminator read the class: the labels, fed as an input too.
            java.util.List<String> labels = dev.dendrite.model.GanParts.labelInputs(dev.dendrite.model.Networks.withIds(network)).stream()
                    .map(dev.dendrite.model.network.Input::getId).toList();
            trainAndValidation = dev.dendrite.train.data.LabelFields.of(trainAndValidation, labels);
            test = dev.dendrite.train.data.LabelFields.of(test, labels);
        } catch (IllegalArgumentException e) {
            throw TrainingException.badInput(e.getMessage());
        }
        Map<RBM, DbnPretraining.Phase> phases = Map.of();
        java.util.List<RBM> stack = DbnPretraining.stack(network);
        Weights givenWeights = given;
        boolean givenStack = !stack.isEmpty() && stack.stream().allMatch(r -> givenWeights.get(r.getId(), "weight").isPresent());
        boolean checkpointed = resume && java.nio.file.Files.exists(runPath.resolve(RunFiles.CHECKPOINT));
        int pretraining = pretrainEpochs >= 0 ? pretrainEpochs : network.getTraining() != null ? network.getTraining().getPretrainingEpochs() : 5;
        if (!stack.isEmpty() && pretraining > 0 && !givenStack && !checkpointed) {
            Weights pretrained = new Weights();
            given.flat().forEach((key, tensor) -> pretrained.put(Weights.split(key)[0], Weights.split(key)[1], tensor));
            phases = new DbnPretraining(config, pretraining, progress, cancellation).pretrain(network, trainAndValidation, test, runPath,
                    resume, pretrained);
            given = pretrained;
            progress.accept("fine-tuning the whole network from the pre-trained stack");
        }
        if (!config.certified().none()) {
            // The bounds' schedule counts steps: those of an epoch over the training split (a worker's share of it).
            int rows = trainAndValidation.size() - (config.validationFraction() > 0 ? (int) Math.round(trainAndValidation.size()
                    * config.validationFraction()) : 0);
            rows = collective == null ? rows : rows / collective.size();
            config = config.withCertified(config.certified().withStepsPerEpoch(Math.max(1, (rows + config.batchSize() - 1) / config.batchSize())));
        }
        long length = unrolledLength(trainAndValidation, test);
        if (length > 0) {
            // Recurrent layers unroll over the longest sequence of the data; every batch is padded to it.
            trainAndValidation = trainAndValidation.paddedTo(length);
            test = test.paddedTo(length);
        }
        GraphOptions graphOptions = StagedStep.graphOptions((length > 0 ? options.withSequenceLength(length) : options)
                .withMaskedInputs(maskedInputs(trainAndValidation)).freezing(frozenLayers(), options.frozenRoles()), network, replicas, config.threads(), config.batchSize(),
                config.device() == dev.dendrite.runtime.Device.CPU && automaticSlices());
        TrainingGraphs graphs;
        TrainingGraphs healthGraphs = null;
        ai.onnx.proto.OnnxMl.ModelProto tapsGraph = null;
        try {
            Weights start = InputStatistics.fill(network, given, trainAndValidation);
            graphs = pipeline().build(network, start, config, graphOptions);
            if (healthEvery > 0 && !graphOptions.activationStatistics()) {
                healthGraphs = pipeline().build(network, start, config, graphOptions.withActivationStatistics(true));
            }
            if (tappedLayers != null) {
                tapsGraph = dev.dendrite.train.graph.ActivationTaps.graph(network, graphs.initial(), tappedLayers);
            }
        } catch (ExportException e) {
            throw TrainingException.badInput(e.getMessage());
        }
        DataCheck.positions(network, trainAndValidation, test);
        DataCheck.tokens(network, trainAndValidation, test);
        DataCheck.windows(network, trainAndValidation, test);
        Teacher teacher = teacher(graphs, trainAndValidation);
        FeedPlan plan;
        try {
            plan = DataCheck.check(graphs, teacher == null ? trainAndValidation : TeacherTargets.of(trainAndValidation, teacher));
        } catch (TrainingException e) {
            if (teacher != null) {
                teacher.close();
            }
            throw e;
        }
        FeedPlan testPlan = DataCheck.check(graphs, test);
        BatchSource[] split = config.validationFraction() > 0
                ? trainAndValidation.split(config.validationFraction(), config.seed(), "/train", "/validation")
                : new BatchSource[] {trainAndValidation, null};
        // A copy: split may hand back an array of a narrower type (Dataset[]).
        BatchSource[] parts = {split[0], split[1]};
        if (collective != null) {
            parts[0] = shard(parts[0]);
        }
        parts[0] = augmented(parts[0]);
        if (teacher != null) {
            // The teacher reads each batch as the step does, augmented.
            parts[0] = TeacherTargets.of(parts[0], teacher);
        }
        // Whole-step sessions' threads; replicas, where the step runs as them, take config.threads() and choose their own.
        RuntimeSettings settings = RuntimeSettings.forTrainer().withDevice(config.device())
                .withThreads(StepThreads.wholeStep(network, config.batchSize(), config.threads()), 0);
        try (Teacher closing = teacher; RunDirectory run = new RunDirectory(runPath, resume)) {
            if (teacher != null) {
                say(run, String.format(java.util.Locale.ROOT, "distilling from %s at temperature %s, the soft targets' share %s: the training "
                        + "loss includes their KL divergence, validation and test losses are plain cross-entropy", config.distillation().teacher(),
                        RunRecord.significant(config.distillation().temperature()), RunRecord.significant(config.distillation().weight())));
            }
            if (!config.adversarial().none()) {
                var adversarial = config.adversarial();
                say(run, String.format(java.util.Locale.ROOT, "adversarial training at radius %s: each batch is moved from a random start by "
                        + "%s before the step learns from it; the training loss and accuracy are the moved batches', validation and test are "
                        + "clean", RunRecord.significant(adversarial.epsilon()), (adversarial.steps() == 1 ? "one signed gradient step"
                                : adversarial.steps() + " signed gradient steps (PGD)") + " of " + RunRecord.significant(adversarial.stepSize()
                                        * adversarial.epsilon())));
            }
            if (!config.certified().none()) {
                var certified = config.certified();
                say(run, String.format(java.util.Locale.ROOT, "certified training at radius %s: the step also learns from the worst logits "
                        + "interval bounds allow over the ball%s, ε and the bounds' share (to %s) rising over %d epochs after %d clean; the "
                        + "training loss is the mixed objective, validation and test are clean, with the samples interval bounds certify",
                        RunRecord.significant(certified.epsilon()), certified.linear() ? " (mixed with CROWN-IBP's linear bounds, their "
                                + "share falling from 1 to 0 over the ramp)" : "", RunRecord.significant(certified.weight()),
                        certified.ramp(config.epochs()), certified.warmup(config.epochs())));
            }
            recordPretraining(run, phases);
            return train(graphs, healthGraphs, tapsGraph, plan, testPlan, run, settings, parts[0], parts[1], test, probeFromTraining ? split[0]
                    : test);
        }
    }

    /** The distillation's teacher for the train step's classes, opened, or null without one. */
    private Teacher teacher(TrainingGraphs graphs, BatchSource samples) throws TrainingException {
        if (config.distillation().none()) {
            return null;
        }
        var declared = graphs.trainStep().getGraph().getInputList().stream().filter(i -> i.getName().equals(Distillation.FIELD)).findFirst()
                .orElseThrow(() -> new IllegalStateException("a distilled train step reads " + Distillation.FIELD));
        int classes = (int) declared.getType().getTensorType().getShape().getDim(1).getDimValue();
        List<Field> inputs = samples.fields(Field.Role.INPUT);
        int sampleSize = inputs.size() == 1 && inputs.get(0).fixedSize() > 0 ? (int) inputs.get(0).fixedSize() : -1;
        if (sampleSize < 0) {
            throw TrainingException.badInput("--teacher distils classifiers of vectors and pictures; " + samples.name() + " has "
                    + inputs.stream().map(Field::name).toList() + " as inputs");
        }
        return Teacher.open(config.distillation(), sampleSize, classes);
    }

    /**
     * Whether the trainer may choose how to slice the step (where it runs on the CPU): a data-parallel
     * worker shares the machine with the others, so only when it runs on one thread.
     */
    private boolean automaticSlices() {
        return collective == null || config.threads() == 1;
    }

    /**
     * The training samples with the configuration's augmentation; each data-parallel worker draws
     * its own changes, as it has its own samples.
     */
    private BatchSource augmented(BatchSource train) {
        return config.augmentation().applyTo(train, collective == null ? config.seed() : config.seed() + 7919L * collective.rank());
    }

    /** The network's noise inputs (role noise) by id, with their per-sample dims. */
    private Map<String, long[]> noiseInputs() {
        Map<String, long[]> noise = new java.util.LinkedHashMap<>();
        // Ids as the graphs name their inputs: a layer without one is given it as the build gives it.
        for (var input : dev.dendrite.model.GanParts.noiseInputs(dev.dendrite.model.Networks.withIds(network))) {
            noise.put(input.getId(), input.getDims().stream().mapToLong(Integer::longValue).toArray());
        }
        return noise;
    }

    /** The layers the options freeze and those the configuration does. */
    private java.util.Set<String> frozenLayers() {
        java.util.Set<String> frozen = new java.util.LinkedHashSet<>(options.frozenLayers());
        frozen.addAll(config.frozenLayers());
        return frozen;
    }

    /** Notes where a resumed run's pictures change, or its weights are averaged otherwise, than before it stopped. */
    private java.util.List<String> resumedChanges(Path runPath) {
        java.util.Map<String, Object> before;
        try {
            before = RunReader.readWithoutMetrics(runPath).config();
        } catch (IOException | RuntimeException e) {
            return java.util.List.of();
        }
        java.util.List<String> notes = new java.util.ArrayList<>();
        Object augmented = before.get("augment");
        String now = config.augmentation().spec();
        if (augmented != null && !augmented.equals(now)) {
            notes.add("note: this run trained with --augment " + augmented + " before; it continues with " + now);
        }
        double averaged = before.get("ema") instanceof Number n ? n.doubleValue() : 0;
        if (averaged != config.emaDecay()) {
            notes.add(config.emaDecay() == 0 ? "note: this run averaged its weights (--ema " + averaged + ") before; it continues without: "
                    + "validation, the test and the model use the last weights"
                    : averaged == 0 ? "note: the weights are averaged from here on (--ema " + config.emaDecay() + "), starting at the checkpoint's"
                            : "note: this run averaged its weights with --ema " + averaged + " before; it continues with " + config.emaDecay());
        }
        Object teacher = before.get("teacher");
        if (teacher != null && !teacher.equals(config.distillation().teacher())) {
            notes.add("note: this run distilled from " + teacher + " before; it continues " + (config.distillation().none()
                    ? "on the labels alone (give --teacher again to keep distilling)" : "from " + config.distillation().teacher()));
        }
        return notes;
    }

    /** This worker's 1/N of the training samples: a seeded permutation cut into N equal parts (a remainder of fewer than N is left out). */
    private BatchSource shard(BatchSource train) throws TrainingException {
        int each = train.size() / collective.size();
        if (each < 1) {
            throw TrainingException.badInput("the " + train.size() + " training samples cannot be shared by " + collective.size() + " workers");
        }
        int[] order = dev.dendrite.train.data.Dataset.permutation(train.size(), config.seed() ^ 0x5AA4D_5EEDL);
        int from = collective.rank() * each;
        return train.subset(java.util.Arrays.copyOfRange(order, from, from + each), "/worker-" + collective.rank());
    }

    private static BatchSource withoutClass(BatchSource data, int label) throws TrainingException {
        if (!(data instanceof dev.dendrite.train.data.Dataset labelled) || !labelled.hasLabels()) {
            throw TrainingException.badInput("holding out class " + label + " needs class labels, and the data set " + data.name() + " has none");
        }
        int[] kept = java.util.stream.IntStream.range(0, labelled.size()).filter(i -> labelled.label(i) != label).toArray();
        if (kept.length == labelled.size()) {
            throw TrainingException.badInput("the data set " + data.name() + " has no samples of class " + label + " to hold out");
        }
        return labelled.subset(kept, " without class " + label);
    }

    /** The graphs' builder: the caller's, or contrastive divergence for an RBM without a loss (a fresh one per build), or the standard one. */
    private TrainStepPipeline pipeline() {
        return pipeline != null ? pipeline : ContrastiveDivergence.applies(network) ? ContrastiveDivergence.pipeline() : TrainStepPipeline.standard();
    }

    /** Each pre-training epoch as a "pretrain" record of the main run's metrics, so both phases are in one run. */
    private static void recordPretraining(RunDirectory run, Map<RBM, DbnPretraining.Phase> phases) throws IOException {
        for (DbnPretraining.Phase phase : phases.values()) {
            for (EpochMetrics epoch : phase.epochs()) {
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("type", "pretrain");
                record.put("layer", phase.rbm().getId());
                record.put("epoch", epoch.epoch());
                record.put("trainLoss", epoch.trainLoss());
                record.put("validationLoss", Double.isNaN(epoch.validationLoss()) ? null : epoch.validationLoss());
                record.put("seconds", epoch.seconds());
                record.put("runDir", run.path().relativize(phase.directory()).toString());
                run.metric(record);
            }
        }
    }

    /**
     * The network inputs whose padded sequences the data masks: the field feeding an input (named
     * like it, or the data's one input field for the network's one input) has a "FIELD:mask".
     */
    private java.util.Set<String> maskedInputs(BatchSource data) {
        return maskedInputs(network, data);
    }

    /** The network's inputs whose data field has a mask (padded sequences of differing lengths). */
    static java.util.Set<String> maskedInputs(Network network, BatchSource data) {
        java.util.List<dev.dendrite.model.network.Input> inputs = network.getLayers().stream()
                .filter(dev.dendrite.model.network.Input.class::isInstance).map(dev.dendrite.model.network.Input.class::cast).toList();
        java.util.Set<String> masked = new java.util.HashSet<>();
        for (var input : inputs) {
            var field = FeedPlan.fieldFor(data, input.getId(), dev.dendrite.train.data.Field.Role.INPUT, inputs.size());
            if (field != null && data.field(field.name() + ":mask").isPresent()) {
                masked.add(input.getId());
            }
        }
        return masked;
    }

    /** The sequence length recurrent layers unroll over: the data's longest sequence, 0 without recurrent layers or sequences. */
    private long unrolledLength(BatchSource train, BatchSource test) {
        if (options.sequenceLength() > 0 || !recurrent(network)) {
            return options.sequenceLength();
        }
        return Math.max(train.longestSequence(), test.longestSequence());
    }

    /** Whether the network has a recurrent layer (which unrolls over a fixed sequence length). */
    static boolean recurrent(Network network) {
        return dev.dendrite.train.graph.TrainStepBuilder.recurrent(network);
    }

    private TrainingResult train(TrainingGraphs graphs, TrainingGraphs healthGraphs, ai.onnx.proto.OnnxMl.ModelProto tapsGraph, FeedPlan plan,
            FeedPlan testPlan, RunDirectory run,
            RuntimeSettings settings,
            BatchSource train, BatchSource validation, BatchSource test, BatchSource probeSet) throws TrainingException, IOException {
        Checkpoint checkpoint = run.resumedFrom();
        if (collective != null && collective.rank() > 0) {
            checkpoint = leaderCheckpoint(run);
        }
        SlicedStep replicated = null;
        try (ModelSession step = OnnxRuntime.open(graphs.trainStep().toByteArray(), "train step", settings);
             ModelSession eval = OnnxRuntime.open(graphs.evaluation().toByteArray(), "evaluation graph", settings);
             ModelSession health = healthGraphs == null ? null
                     : OnnxRuntime.open(healthGraphs.trainStep().toByteArray(), "train step with statistics", settings);
             ModelSession taps = tapsGraph == null ? null : OnnxRuntime.open(tapsGraph.toByteArray(), "activation taps", settings);
             TensorStore store = new TensorStore(OnnxRuntime.environment())) {
            step.fallbackReason().ifPresent(reason -> say(run, reason));
            java.util.List<String> changed = checkpoint == null ? java.util.List.of() : resumedChanges(run.path());
            run.writeJson(RunFiles.CONFIG, configJson(train, validation, test));
            changed.forEach(note -> say(run, note));
            run.writeBytes(RunFiles.TRAIN_STEP_GRAPH, graphs.trainStep().toByteArray());
            run.writeBytes(RunFiles.EVALUATION_GRAPH, graphs.evaluation().toByteArray());
            if (checkpoint != null) {
                say(run, "resuming after epoch " + checkpoint.epoch() + (checkpoint.batchesDone() > 0
                        ? " and " + checkpoint.batchesDone() + " batches of the next" : "") + " (step " + checkpoint.step() + ")");
            }
            store.load(checkpoint != null ? OptimizerStates.resumable(checkpoint.weights(), graphs) : graphs.initial());
            TrainingLoop loop = new TrainingLoop(network, config, graphs, plan, testPlan, step, eval, store, run, checkpoint != null ? checkpoint
                    : Checkpoint.fresh(), observers, cancellation, checkpointEvery, line -> say(run, line));
            loop.heldOutClass = heldOutClass;
            if (collective != null) {
                loop.dataParallel(collective, syncEvery);
            }
            if (taps != null) {
                loop.taps(taps, probeSamples, tapEveryEpochs, probeSet);
            }
            loop.keepWeightsEvery(keepWeightsEvery);
            // A data-parallel worker shares the machine with the others: it chooses replicas only when it runs on one thread,
            // which then takes the slices its step prefers (ReplicatedStep.evenSlices) in turn.
            boolean automatic = step.device() == dev.dendrite.runtime.Device.CPU && automaticSlices();
            replicated = SlicedStep.openAsAsked(graphs, network, replicas, config.threads(), config.batchSize(), automatic, settings,
                    line -> say(run, line));
            if (replicated != null) {
                loop.replicated(replicated);
            } else if (step.device() == dev.dendrite.runtime.Device.CPU) {
                int threads = settings.intraOpThreadsOrCores();
                say(run, "the train step runs whole on " + threads + (threads == 1 ? " thread" : " threads")
                        + StagedStep.blockedSaid(step.blockedConvolutions()));
            }
            if (health != null || graphs.trainStep().getGraph().getOutputList().stream().anyMatch(o -> o.getName().startsWith("act_mean:"))) {
                loop.health(health, healthEvery);
            }
            TrainingResult result;
            try {
                result = loop.run(train, validation, test);
            } finally {
                if (replicated != null) {
                    replicated.close();
                }
            }
            run.end(result.state(), result.state() == RunState.FINISHED ? null : result.stopReason(), null);
            return result;
        } catch (NonFiniteException e) {
            run.end(RunState.NON_FINITE, e.getMessage(), e.layer());
            say(run, e.getMessage());
            throw e;
        } catch (TrainingException e) {
            fail(run, e.getMessage());
            throw e;
        } catch (ModelLoadException e) {
            throw fail(run, "the generated training graph does not load: " + e.getMessage());
        } catch (OrtException e) {
            throw fail(run, "ONNX Runtime failed during training: " + e.getMessage());
        } catch (OnnxFormatException e) {
            throw fail(run, "a saved weights file cannot be read: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            fail(run, "training failed: " + e);
            throw e;
        }
    }

    /** Where worker 0 last checkpointed (null: nowhere), which every other worker resumes from. */
    private Checkpoint leaderCheckpoint(RunDirectory run) throws TrainingException {
        Path dir = leaderRun.resolve(RunFiles.CHECKPOINT);
        if (!resuming || !Checkpoint.exists(dir)) {
            return null;
        }
        try {
            return Checkpoint.read(dir);
        } catch (IOException | OnnxFormatException e) {
            throw TrainingException.badInput("worker 0's checkpoint in " + dir + " cannot be read: " + e.getMessage());
        }
    }

    private TrainingException fail(RunDirectory run, String reason) throws IOException {
        run.end(RunState.FAILED, reason, null);
        say(run, reason);
        return new TrainingException(reason);
    }

    private Map<String, Object> configJson(BatchSource train, BatchSource validation, BatchSource test) {
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
        json.put("nesterov", config.nesterov());
        json.put("betas", config.betasText());
        json.put("discriminatorLearningRate", config.discriminatorRate());
        json.put("discriminatorSteps", config.discriminatorSteps());
        json.put("weightDecay", config.weightDecay());
        json.put("clipNorm", config.clipNorm());
        json.put("schedule", config.schedule());
        json.put("warmupSteps", config.warmupSteps());
        json.put("patience", config.patience());
        json.put("augment", config.augmentation().spec());
        json.put("frozenLayers", config.frozenLayers());
        json.put("trainedLayers", config.trainedLayers());
        json.put("labelSmoothing", config.labelSmoothing());
        json.put("classWeights", config.classWeights());
        json.put("ema", config.emaDecay());
        json.put("mixup", config.mixup());
        if (!config.distillation().none()) {
            json.put("teacher", config.distillation().teacher());
            json.put("distillTemperature", config.distillation().temperature());
            json.put("distillWeight", config.distillation().weight());
        }
        if (!config.adversarial().none()) {
            json.put("adversarial", config.adversarial().epsilon());
            json.put("adversarialRange", config.adversarial().range());
            json.put("adversarialSteps", config.adversarial().steps());
        }
        if (!config.certified().none()) {
            json.put("certified", config.certified().epsilon());
            json.put("certifiedRange", config.certified().range());
            json.put("certifiedWarmup", config.certified().warmup(config.epochs()));
            json.put("certifiedRamp", config.certified().ramp(config.epochs()));
            json.put("certifiedWeight", config.certified().weight());
            json.put("certifiedBounds", config.certified().bounds());
        }
        json.put("validationFraction", config.validationFraction());
        json.put("seed", config.seed());
        json.put("device", config.device().id());
        json.put("threads", config.threads());
        json.put("checkpointEvery", checkpointEvery);
        json.put("pruningMasks", options.pruningMasks());
        json.put("activationStatistics", options.activationStatistics());
        json.put("healthEvery", healthEvery);
        json.putAll(described);
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
}
