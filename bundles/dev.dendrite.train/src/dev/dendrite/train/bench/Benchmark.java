package dev.dendrite.train.bench;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.sequence.CellType;
import dev.dendrite.model.network.sequence.Recurrent;
import dev.dendrite.model.network.sequence.SequenceFactory;
import dev.dendrite.model.network.sequence.SequenceOutput;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.graph.FlopCounter;
import dev.dendrite.train.graph.GraphOptions;
import dev.dendrite.train.graph.TrainStepPipeline;
import dev.dendrite.train.graph.TrainingGraphs;
import dev.dendrite.train.run.Cancellation;
import dev.dendrite.train.run.SlicedStep;
import dev.dendrite.train.run.StagedStep;
import dev.dendrite.train.run.StepThreads;

/**
 * Measures train-step and inference throughput of standard networks, with parameters kept in
 * native tensors as the trainer keeps them. Each case warms up, then times three windows of at
 * least {@code seconds} and reports the median. The peak is a large float MatMul in ONNX Runtime ({@link MachineSpeed}).
 */
public final class Benchmark {

    private final RuntimeSettings settings;
    private final double seconds;
    private final Consumer<String> progress;

    public Benchmark(RuntimeSettings settings, double seconds, Consumer<String> progress) {
        this.settings = settings;
        this.seconds = seconds;
        this.progress = progress;
    }

    /** The standard cases of {@code dendrite bench}. */
    public static List<BenchmarkCase> standardCases() {
        List<BenchmarkCase> cases = new ArrayList<>();
        int[] batches = {64, 128, 256, 512};
        for (int batch : batches) {
            cases.add(new BenchmarkCase("mlp-784-256-256-10 sgd", mlp(256), OptimizerKind.SGD, batch, true));
            cases.add(new BenchmarkCase("mlp-784-256-256-10 adam", mlp(256), OptimizerKind.ADAM, batch, true));
        }
        for (int batch : batches) {
            cases.add(new BenchmarkCase("lenet-5 sgd", TemplateLibrary.find("lenet-5").orElseThrow().create(), OptimizerKind.SGD, batch, true));
            cases.add(new BenchmarkCase("lenet-5 adam", TemplateLibrary.find("lenet-5").orElseThrow().create(), OptimizerKind.ADAM, batch, true));
        }
        for (int batch : batches) {
            // CIFAR-shaped inputs (3×32×32): the residual network of the course.
            cases.add(new BenchmarkCase("resnet-small adam", TemplateLibrary.find("resnet-small").orElseThrow().create(), OptimizerKind.ADAM,
                    batch, true));
        }
        for (int batch : batches) {
            // MNIST read row by row: 28 steps of 28 values into an LSTM of 128 units, then 10 classes.
            cases.add(new BenchmarkCase("lstm-128 mnist-rows adam", lstmRows(), OptimizerKind.ADAM, batch, true));
        }
        for (int batch : batches) {
            // The causal transformer template (2 pre-norm blocks of width 32, 4 heads) on sequences of 48 steps.
            cases.add(new BenchmarkCase("transformer-generator seq-48 adam", transformer48(), OptimizerKind.ADAM, batch, true));
        }
        for (int batch : new int[] {8, 32, 64, 128, 256, 512}) {
            // Batches of community graphs (40 nodes each): the GCN template's step, from the small batches
            // graph classification uses to the sweep every other case runs.
            cases.add(new BenchmarkCase("gcn-node-classifier adam", TemplateLibrary.find("gcn-node-classifier").orElseThrow().create(),
                    OptimizerKind.ADAM, batch, true));
        }
        cases.add(new BenchmarkCase("mlp-784-2048-2048-10 sgd", mlp(2048), OptimizerKind.SGD, 512, true));
        cases.add(new BenchmarkCase("mlp-784-256-256-10 inference", mlp(256), OptimizerKind.SGD, 256, false));
        cases.add(new BenchmarkCase("lenet-5 inference", TemplateLibrary.find("lenet-5").orElseThrow().create(), OptimizerKind.SGD, 256, false));
        return cases;
    }

    static Network mlp(int width) {
        NetworkBuilder b = new NetworkBuilder("mlp-784-" + width + "-" + width + "-10", "benchmark MLP");
        Layer x = b.dense(b.input("image", 784), "fc1", width, ActivationFunction.RELU);
        x = b.dense(x, "fc2", width, ActivationFunction.RELU);
        b.loss(b.dense(x, "fc3", 10), LossKind.CROSS_ENTROPY);
        return b.network();
    }

    /** A target of {@code rows} samples at its shape: class indices of zero, or random values for a regression. */
    private static OnnxTensor target(OrtEnvironment env, TrainingGraphs graphs, String name, boolean classes, int rows) throws OrtException {
        long[] shape = concrete(graphs.targetValues().get(name).shape().dims(), rows);
        return classes ? OnnxTensor.createTensor(env, LongBuffer.wrap(new long[(int) count(shape)]), shape) : random(env, (int) count(shape), shape);
    }

    /** The transformer-generator template reading sequences of a fixed 48 steps (the bench feeds every input at its declared size). */
    static Network transformer48() {
        Network network = TemplateLibrary.find("transformer-generator").orElseThrow().create();
        network.getLayers().stream().filter(dev.dendrite.model.network.Input.class::isInstance).map(dev.dendrite.model.network.Input.class::cast)
                .forEach(input -> {
                    input.setSequence(false);
                    input.getDims().add(0, 48);
                });
        return network;
    }

    static Network lstmRows() {
        NetworkBuilder b = new NetworkBuilder("lstm-128-mnist-rows", "benchmark LSTM reading images row by row");
        Recurrent lstm = SequenceFactory.eINSTANCE.createRecurrent();
        lstm.setCell(CellType.LSTM);
        lstm.setHiddenSize(128);
        lstm.setOutput(SequenceOutput.LAST);
        Layer x = b.add(lstm, "lstm", b.input("rows", 28, 28));
        b.loss(b.dense(x, "fc", 10), LossKind.CROSS_ENTROPY);
        return b.network();
    }

    public BenchmarkResult run(BenchmarkCase c, double peak) throws OrtException, ModelLoadException, ExportException {
        OrtEnvironment env = OnnxRuntime.environment();
        heapGrowth = 0;
        double[] stepsPerSecond = c.training() ? trainSteps(c, env) : inferenceSteps(c, env);
        return result(c, stepsPerSecond, peak);
    }

    /** A case's figures from its windows' steps per second (the median window). */
    private BenchmarkResult result(BenchmarkCase c, double[] stepsPerSecond, double peak) {
        double[] graph = graphSizes.get(c);
        double flops = graph != null ? FlopCounter.perGraph(c.network(), c.training(), graph[0], graph[1])
                : FlopCounter.perSample(c.network(), c.training());
        List<Double> windows = Arrays.stream(stepsPerSecond).mapToObj(rate -> rate * c.batch()).toList();
        double[] sorted = stepsPerSecond.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        double samples = median * c.batch();
        double gflops = samples * flops / 1e9;
        RanAs ran = ranAs.getOrDefault(c, RanAs.UNKNOWN);
        BenchmarkResult result = new BenchmarkResult(c.name(), c.batch(), samples, 1000 / median, gflops, gflops / peak, heapGrowth / 1024,
                ran.replicas(), ran.threads(), windows, ran.slices(), ran.staged());
        progress.accept(String.format(java.util.Locale.ROOT,
                "%-30s batch %4d: %,10.0f samples/s %8.2f ms/step %7.1f GFLOP/s (%4.1f%% of peak), heap %+d KB",
                c.name(), c.batch(), samples, 1000 / median, gflops, 100 * gflops / peak, heapGrowth / 1024));
        return result;
    }

    /**
     * Times the cases together, to compare them under the same conditions (this VM's speed phases
     * last minutes): every case's session stays open, and each of {@code rounds} rounds times one
     * window of every case, in an order rotated each round. Each result is the median of its case's
     * windows; the heap growth reported is that of the whole interleaved run. Each round also
     * measures the MatMul peak ({@link #roundPeaks()}), and the shares of the peak are of the
     * rounds' median: a peak measured only before the cases met another phase of the VM than
     * they did (a wide MLP then read 108% of it).
     */
    public List<BenchmarkResult> runInterleaved(List<BenchmarkCase> cases, int rounds)
            throws OrtException, ModelLoadException, ExportException {
        List<Runnable> steps = new ArrayList<>();
        roundPeaks.clear();
        roundCoreBalances.clear();
        return openAll(cases, steps, () -> timeInterleaved(cases, steps, rounds));
    }

    private final List<Double> roundPeaks = new ArrayList<>();

    /** The MatMul peak (GFLOP/s) measured in each round of the last {@link #runInterleaved}, in order. */
    public List<Double> roundPeaks() {
        return List.copyOf(roundPeaks);
    }

    private final List<Double> roundCoreBalances = new ArrayList<>();

    /**
     * The core balance ({@link MachineSpeed#measureCoreBalance()}) measured in each round of the last
     * {@link #runInterleaved}, in order: a round whose balance is low timed replicated steps on uneven cores.
     */
    public List<Double> roundCoreBalances() {
        return List.copyOf(roundCoreBalances);
    }

    /** Opens the cases' sessions one inside the other, then runs {@code body} with every step ready. */
    private List<BenchmarkResult> openAll(List<BenchmarkCase> cases, List<Runnable> steps, java.util.function.Supplier<List<BenchmarkResult>> body)
            throws OrtException, ModelLoadException, ExportException {
        if (steps.size() == cases.size()) {
            return body.get();
        }
        BenchmarkCase c = cases.get(steps.size());
        StepDriver<List<BenchmarkResult>> driver = (step, session) -> {
            steps.add(step);
            return openAll(cases, steps, body);
        };
        OrtEnvironment env = OnnxRuntime.environment();
        return c.training() ? withTrainStep(c, env, settings, GraphOptions.DEFAULT, true, driver) : withInference(c, env, settings, driver);
    }

    private List<BenchmarkResult> timeInterleaved(List<BenchmarkCase> cases, List<Runnable> steps, int rounds) {
        for (Runnable step : steps) {
            for (int i = 0; i < 10; i++) {
                step.run();
            }
        }
        long before = usedHeapAfterGc();
        double[][] rates = new double[cases.size()][rounds];
        for (int round = 0; round < rounds; round++) {
            try {
                roundPeaks.add(MachineSpeed.peak(settings));
                roundCoreBalances.add(MachineSpeed.measureCoreBalance());
            } catch (OrtException | ModelLoadException e) {
                throw new IllegalStateException("cannot measure the machine in round " + (round + 1) + ": " + e.getMessage(), e);
            }
            for (int k = 0; k < cases.size(); k++) {
                int i = (k + round) % cases.size();
                rates[i][round] = window(steps.get(i));
            }
            progress.accept("round " + (round + 1) + "/" + rounds + " done");
        }
        heapGrowth = usedHeapAfterGc() - before;
        List<BenchmarkResult> results = new ArrayList<>();
        double peak = BenchComparison.median(roundPeaks.stream().mapToDouble(Double::doubleValue).toArray());
        for (int i = 0; i < cases.size(); i++) {
            results.add(result(cases.get(i), rates[i], peak));
        }
        return results;
    }

    /** What to do with a prepared step: time it, or profile it. */
    @FunctionalInterface
    private interface StepDriver<T> {
        T drive(Runnable step, StepSessions sessions) throws OrtException, ModelLoadException, ExportException;
    }

    /** The sessions a prepared step runs: the whole step's, or its replicas' and update's ({@code replicated} not null). */
    private record StepSessions(ModelSession whole, SlicedStep replicated) {

        /** Graph runs so far of each sliced step's session (see {@link SlicedStep#sessionRuns()}); none for a whole step. */
        int[] runs() {
            return replicated == null ? new int[0] : replicated.sessionRuns();
        }

        /**
         * Ends profiling of every session the step ran: the trace files, with the runs {@code warm}
         * counted in each replica and the update before the measured steps.
         */
        Traces endProfiling(int[] warm, long wallMicroseconds) throws OrtException {
            return replicated == null ? new Traces(whole.endProfiling(), List.of(), warm, wallMicroseconds)
                    : new Traces(whole.endProfiling(), replicated.endProfiling(), warm, wallMicroseconds);
        }
    }

    /**
     * The traces a profiled step wrote, read once its sessions have closed: the whole step's, or
     * (when {@code replicated} is not empty) each replica's and the update's, in the order of
     * {@link dev.dendrite.train.run.ReplicatedStep#sessionRuns()}, beside the whole step's session that never ran.
     */
    private record Traces(String whole, List<String> replicated, int[] warm, long wallMicroseconds) {

        /** The whole step's trace after its first {@link #PROFILE_WARM_UP_RUNS} runs, or the sessions' combined per step. */
        OperatorProfile read(int steps) throws IOException {
            if (replicated.isEmpty()) {
                return OperatorProfile.read(Path.of(whole), PROFILE_WARM_UP_RUNS);
            }
            List<OperatorProfile> parts = new ArrayList<>();
            for (int i = 0; i < replicated.size(); i++) {
                parts.add(OperatorProfile.read(Path.of(replicated.get(i)), warm[i]));
            }
            // The whole step's session was opened beside the replicas and never ran: its trace says nothing.
            Files.deleteIfExists(Path.of(whole));
            return OperatorProfile.combined(parts, steps, PROFILE_WARM_UP_RUNS, wallMicroseconds);
        }
    }

    private double[] trainSteps(BenchmarkCase c, OrtEnvironment env) throws OrtException, ModelLoadException, ExportException {
        return withTrainStep(c, env, settings, GraphOptions.DEFAULT, true, (step, session) -> time(step));
    }

    /**
     * The median milliseconds of a plain train step and of its variant with activation and gradient
     * statistics (what {@code --health-every} runs every N steps): their difference over N plain
     * steps is the statistics' cost at that frequency.
     */
    public double[] statisticsStepMilliseconds(BenchmarkCase c) throws OrtException, ModelLoadException, ExportException {
        OrtEnvironment env = OnnxRuntime.environment();
        double[] milliseconds = new double[2];
        int i = 0;
        for (GraphOptions options : List.of(GraphOptions.DEFAULT, GraphOptions.DEFAULT.withActivationStatistics(true))) {
            double[] rates = withTrainStep(c, env, settings, options, !options.activationStatistics(), (step, session) -> time(step));
            Arrays.sort(rates);
            milliseconds[i++] = 1000 / rates[rates.length / 2];
        }
        return milliseconds;
    }

    /**
     * The median milliseconds of a case's step (or inference run) as {@link #profile} runs it, without the profiler:
     * three windows of at most half a second after ten steps. The profiler adds microseconds to every node and, with
     * ONNX Runtime's graph optimisations on, inflates some operators several times over (the GCN's in-degree scatter
     * reads 0.9-1.5 ms profiled, about 0.17 ms in fact), so a profile is read beside the step's own time.
     */
    public double unprofiledMilliseconds(BenchmarkCase c) throws OrtException, ModelLoadException, ExportException {
        StepDriver<double[]> driver = (step, sessions) -> rates(step, Math.min(seconds, 0.5));
        OrtEnvironment env = OnnxRuntime.environment();
        RuntimeSettings plain = settings.withProfiling(null);
        double[] rates = c.training() ? withTrainStep(c, env, plain, GraphOptions.DEFAULT, true, driver) : withInference(c, env, plain, driver);
        Arrays.sort(rates);
        return 1000 / rates[rates.length / 2];
    }

    /** Runs that a profile leaves out before its measured ones (see {@link OperatorProfile#read(Path, int)}). */
    public static final int PROFILE_WARM_UP_RUNS = 3;

    /**
     * Runs {@link #PROFILE_WARM_UP_RUNS} and then {@code steps} train steps (or inference runs) of a
     * case under ONNX Runtime's profiler and returns the time per operator type of the last
     * {@code steps}; the trace, all runs, stays in {@code dir}.
     */
    public OperatorProfile profile(BenchmarkCase c, Path dir, int steps) throws OrtException, ModelLoadException, ExportException, IOException {
        Files.createDirectories(dir);
        RuntimeSettings profiled = settings.withProfiling(dir.resolve(c.name().replaceAll("[^A-Za-z0-9.-]+", "-") + "-b" + c.batch()).toString());
        StepDriver<Traces> driver = (step, sessions) -> {
            for (int i = 0; i < PROFILE_WARM_UP_RUNS; i++) {
                step.run();
            }
            int[] warm = sessions.runs();
            long start = System.nanoTime();
            for (int i = 0; i < steps; i++) {
                step.run();
            }
            return sessions.endProfiling(warm, (System.nanoTime() - start) / 1000);
        };
        OrtEnvironment env = OnnxRuntime.environment();
        Traces traces = c.training() ? withTrainStep(c, env, profiled, GraphOptions.DEFAULT, true, driver) : withInference(c, env, profiled, driver);
        return traces.read(steps);
    }

    /** Replicas of the train step, as the trainer chooses them (0) or as many as given (1: the whole step). */
    private int replicas;
    /** Checked before every step ({@link #withStop}); never cancelled unless given. */
    private Cancellation stop = new Cancellation();
    /**
     * How a timed case ran: its replicas and the slices they took (1 and 1: a whole step or inference) and the intra-op
     * threads of each session (the whole step's, each replica's, or the inference session's).
     */
    private record RanAs(int replicas, int slices, int threads, boolean staged) {
        static final RanAs UNKNOWN = new RanAs(1, 1, 0, false);
    }

    private final Map<BenchmarkCase, RanAs> ranAs = new HashMap<>();
    /** Nodes and edges per graph of the graph cases' batches, for their operation counts. */
    private final Map<BenchmarkCase, double[]> graphSizes = new HashMap<>();

    /**
     * The replicas and slices the last timing or profile of {@code c} ran its step as (1 and 1: the
     * whole step, or inference), and whether in stages (1) or not (0), as {replicas, slices, staged}.
     */
    public int[] ranAs(BenchmarkCase c) {
        RanAs ran = ranAs.getOrDefault(c, RanAs.UNKNOWN);
        return new int[] {ran.replicas(), ran.slices(), ran.staged() ? 1 : 0};
    }

    public Benchmark withReplicas(int count) {
        this.replicas = count;
        return this;
    }

    /**
     * Checks {@code stop} before every step it runs: once cancelled, the next step throws
     * {@link Stopped} instead of running, and the sessions close as it unwinds (ending the JVM
     * while a native run is in progress crashes ONNX Runtime).
     */
    public Benchmark withStop(Cancellation stop) {
        this.stop = stop;
        return this;
    }

    /** The bench was asked to stop ({@link #withStop}); its message is the reason. */
    public static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped(String reason) {
            super(reason);
        }
    }

    private void stopIfAsked() {
        if (stop.isCancelled()) {
            throw new Stopped(stop.reason());
        }
    }

    /** The name {@link #timeWithout} takes for the CPU sessions' blocked convolutions, which are not a pipeline step. */
    public static final String BLOCKED_CONVOLUTIONS = "blocked-convolutions";

    /** The name {@link #timeWithout} takes for a replicated step's pinned outputs, which are not a pipeline step. */
    public static final String PINNED_OUTPUTS = "pinned-outputs";

    /**
     * A training case's step with and without the pipeline step {@code stepName} (a no-op in its
     * place; {@link #BLOCKED_CONVOLUTIONS}: every convolution a plain {@code Conv}; {@link #PINNED_OUTPUTS}: a replicated
     * step's outputs in new tensors every run),
     * both as the trainer runs them and open at once, timed in {@code pairs} pairs of
     * windows whose order alternates: on a VM whose speed changes for minutes at a time, windows
     * side by side in one process see the same phases, where whole runs minutes apart do not.
     *
     * @return per pair, steps per second without and with the step, and the slices each side's step ran in
     * @throws IllegalArgumentException naming the pipeline's steps when there is no such step
     */
    public Alternated timeWithout(BenchmarkCase c, String stepName, int pairs) throws OrtException, ModelLoadException, ExportException {
        TrainStepPipeline standard = TrainStepPipeline.standard();
        boolean blocked = stepName.equals(BLOCKED_CONVOLUTIONS);
        boolean pinned = stepName.equals(PINNED_OUTPUTS);
        TrainStepPipeline without = blocked || pinned ? standard : standard.without(stepName);
        // Not pipeline steps: the CPU sessions' rewrite (BlockedConvolutions) and the replicated step's pinned outputs,
        // off on the side without.
        RuntimeSettings withoutSettings = blocked || pinned ? settings.withSessionOptions(
                (settings.sessionOptions() == null ? "" : settings.sessionOptions() + ";") + (blocked ? "blockedconv=0" : "pinned=0")) : settings;
        OrtEnvironment env = OnnxRuntime.environment();
        return withTrainStep(c, env, withoutSettings, without, GraphOptions.DEFAULT, true, (plain, plainSession) -> {
            int slicesWithout = ranAs.getOrDefault(c, RanAs.UNKNOWN).slices();
            return withTrainStep(c, env, settings, standard, GraphOptions.DEFAULT, true, (full, fullSession) -> new Alternated(alternate(plain,
                    full, pairs), slicesWithout, ranAs.getOrDefault(c, RanAs.UNKNOWN).slices()));
        });
    }

    /**
     * Two steps timed side by side ({@link #timeWithout}).
     *
     * @param stepsPerSecond per pair of windows: index 0 the step without, index 1 with
     * @param slicesWithout the slices the step without ran its batch in (1: whole)
     * @param slicesWith the same for the standard step
     */
    public record Alternated(double[][] stepsPerSecond, int slicesWithout, int slicesWith) {
    }

    private double[][] alternate(Runnable a, Runnable b, int pairs) {
        for (int i = 0; i < 10; i++) {
            a.run();
            b.run();
        }
        double[][] rates = new double[pairs][2];
        for (int p = 0; p < pairs; p++) {
            if (p % 2 == 0) {
                rates[p][0] = window(a);
                rates[p][1] = window(b);
            } else {
                rates[p][1] = window(b);
                rates[p][0] = window(a);
            }
        }
        return rates;
    }

    /**
     * Prepares a case's train step as the trainer runs it: replicated over the cores where the
     * trainer would ({@code replicate}), else whole; the driver gets the step and the whole step's session.
     */
    private <T> T withTrainStep(BenchmarkCase c, OrtEnvironment env, RuntimeSettings sessionSettings, GraphOptions options, boolean replicate,
            StepDriver<T> driver) throws OrtException, ModelLoadException, ExportException {
        return withTrainStep(c, env, sessionSettings, TrainStepPipeline.standard(), options, replicate, driver);
    }

    private <T> T withTrainStep(BenchmarkCase c, OrtEnvironment env, RuntimeSettings sessionSettings, TrainStepPipeline pipeline,
            GraphOptions options, boolean replicate, StepDriver<T> driver) throws OrtException, ModelLoadException, ExportException {
        TrainingConfig config = TrainingConfig.from(c.network()).with("benchmark", 1, c.batch(), c.optimizer(), 1e-3, 1L, null);
        // As the trainer builds them (for stages, BatchNorm's statistics in one pass).
        TrainingGraphs graphs = pipeline.build(c.network(), new Weights(), config, StagedStep.graphOptions(options, c.network(), replicas,
                sessionSettings.intraOpThreads(), c.batch(), replicate && sessionSettings.device() == dev.dendrite.runtime.Device.CPU));
        List<OnnxTensor> owned = new ArrayList<>();
        Map<String, OnnxTensor> state = new HashMap<>();
        // The whole step's threads as the trainer chooses them; replicas choose their own below.
        RuntimeSettings whole = sessionSettings.withThreads(StepThreads.wholeStep(c.network(), c.batch(), sessionSettings.intraOpThreads()),
                sessionSettings.interOpThreads());
        try (ModelSession session = OnnxRuntime.open(graphs.trainStep().toByteArray(), c.name(), whole)) {
            for (var entry : graphs.initial().flat().entrySet()) {
                if (!session.inputNames().contains(entry.getKey())) {
                    continue;
                }
                OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(entry.getValue().values()), entry.getValue().shape());
                owned.add(t);
                state.put(entry.getKey(), t);
            }
            if (graphs.dataInputs().keySet().stream().anyMatch(name -> name.endsWith(":edges"))) {
                graphSizes.put(c, feedGraphs(env, graphs, c.batch(), state, owned));
            } else {
                String input = graphs.dataInputs().keySet().iterator().next();
                long[] shape = concrete(graphs.dataInputs().get(input).shape().dims(), c.batch());
                owned.add(put(state, input, random(env, (int) count(shape), shape)));
                for (var target : graphs.targets().entrySet()) {
                    owned.add(put(state, target.getKey(), target(env, graphs, target.getKey(), target.getValue(), c.batch())));
                }
            }
            owned.add(put(state, "lr", OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[] {1e-3f}), new long[0])));
            owned.add(put(state, "step", OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[] {1f}), new long[0])));
            SlicedStep replicated = replicate ? SlicedStep.openAsAsked(graphs, c.network(), replicas, sessionSettings.intraOpThreads(), c.batch(),
                    session.device() == dev.dendrite.runtime.Device.CPU, sessionSettings, line -> { }) : null;
            ranAs.put(c, replicated == null ? new RanAs(1, 1, whole.intraOpThreads(), false)
                    : new RanAs(replicated.replicas(), replicated.sliceRows(c.batch()).length, replicated.threadsEach(),
                            replicated instanceof StagedStep));
            List<Map<String, OnnxTensor>> slices = new ArrayList<>();
            int[] rows = replicated == null ? null : replicated.sliceRows(c.batch());
            if (replicated != null) {
                String input = graphs.dataInputs().keySet().iterator().next();
                for (int count : rows) {
                    Map<String, OnnxTensor> slice = new HashMap<>();
                    long[] shape = concrete(graphs.dataInputs().get(input).shape().dims(), count);
                    owned.add(put(slice, input, random(env, (int) count(shape), shape)));
                    for (var target : graphs.targets().entrySet()) {
                        owned.add(put(slice, target.getKey(), target(env, graphs, target.getKey(), target.getValue(), count)));
                    }
                    slices.add(slice);
                }
            }
            OrtSession.Result[] previous = new OrtSession.Result[1];
            Runnable step = () -> {
                stopIfAsked();
                try {
                    OrtSession.Result result = replicated != null ? replicated.run(slices, rows, state) : session.session().run(state);
                    for (var entry : graphs.feedback().entrySet()) {
                        state.put(entry.getValue(), (OnnxTensor) result.get(entry.getKey()).orElseThrow());
                    }
                    if (previous[0] != null) {
                        previous[0].close();
                    }
                    previous[0] = result;
                } catch (OrtException e) {
                    throw new IllegalStateException(e);
                }
            };
            try {
                T result = driver.drive(step, new StepSessions(session, replicated));
                if (previous[0] != null) {
                    previous[0].close();
                }
                return result;
            } finally {
                if (replicated != null) {
                    replicated.close();
                }
            }
        } finally {
            owned.forEach(OnnxTensor::close);
        }
    }


    /**
     * Feeds a batch of {@code count} community graphs (node features, edge index, graph assignment
     * and node labels); returns its nodes and edges per graph.
     */
    private static double[] feedGraphs(OrtEnvironment env, TrainingGraphs graphs, int count, Map<String, OnnxTensor> state, List<OnnxTensor> owned)
            throws OrtException {
        var data = dev.dendrite.train.data.GraphData.communities(count, 1);
        var batch = data.batch(java.util.stream.IntStream.range(0, count).toArray(), 0, count);
        for (String input : graphs.dataInputs().keySet()) {
            String field = dev.dendrite.train.data.GraphDataset.fieldFeeding(input);
            var host = batch.tensors().get(field);
            owned.add(put(state, input, host.floats() != null ? OnnxTensor.createTensor(env, FloatBuffer.wrap(host.floats()), host.shape())
                    : OnnxTensor.createTensor(env, LongBuffer.wrap(host.longs()), host.shape())));
        }
        var labels = batch.tensors().get(dev.dendrite.train.data.GraphDataset.LABELS);
        for (String target : graphs.targets().keySet()) {
            owned.add(put(state, target, OnnxTensor.createTensor(env, LongBuffer.wrap(labels.longs()), labels.shape())));
        }
        long[] nodes = batch.tensors().get(dev.dendrite.train.data.GraphDataset.NODES).shape();
        long[] edges = batch.tensors().get(dev.dendrite.train.data.GraphDataset.EDGES).shape();
        return new double[] {(double) nodes[0] / count, (double) edges[edges.length - 1] / count};
    }

    private double[] inferenceSteps(BenchmarkCase c, OrtEnvironment env) throws OrtException, ModelLoadException, ExportException {
        return withInference(c, env, settings, (step, session) -> time(step));
    }

    private <T> T withInference(BenchmarkCase c, OrtEnvironment env, RuntimeSettings sessionSettings, StepDriver<T> driver)
            throws OrtException, ModelLoadException, ExportException {
        ranAs.put(c, new RanAs(1, 1, sessionSettings.intraOpThreadsOrCores(), false));
        var model = OnnxExporter.export(c.network(), new Weights(), "bench").model();
        try (ModelSession session = OnnxRuntime.open(model.toByteArray(), c.name(), sessionSettings)) {
            var input = model.getGraph().getInput(0);
            long[] shape = new long[input.getType().getTensorType().getShape().getDimCount()];
            for (int i = 0; i < shape.length; i++) {
                var dim = input.getType().getTensorType().getShape().getDim(i);
                shape[i] = dim.hasDimValue() ? dim.getDimValue() : c.batch();
            }
            try (OnnxTensor x = random(env, (int) count(shape), shape)) {
                Map<String, OnnxTensor> feeds = Map.of(input.getName(), x);
                return driver.drive(() -> {
                    stopIfAsked();
                    try {
                        session.session().run(feeds).close();
                    } catch (OrtException e) {
                        throw new IllegalStateException(e);
                    }
                }, new StepSessions(session, null));
            }
        }
    }

    private long heapGrowth;

    /** Steps per second in three windows of at least {@link #seconds}, after a warm-up; records the heap growth across them. */
    private double[] time(Runnable step) {
        for (int i = 0; i < 10; i++) {
            step.run();
        }
        long before = usedHeapAfterGc();
        double[] rates = windows(step, seconds);
        heapGrowth = usedHeapAfterGc() - before;
        return rates;
    }

    /** Steps per second in three windows of at least {@code windowSeconds}, after ten steps. */
    private static double[] rates(Runnable step, double windowSeconds) {
        for (int i = 0; i < 10; i++) {
            step.run();
        }
        return windows(step, windowSeconds);
    }

    private static double[] windows(Runnable step, double windowSeconds) {
        double[] rates = new double[3];
        for (int r = 0; r < rates.length; r++) {
            rates[r] = window(step, windowSeconds);
        }
        return rates;
    }

    /**
     * Steps per second over one window of at least {@link #seconds} and 5 steps, after one step not
     * timed. Training runs its steps back to back; the first step after another case's window finds
     * the caches holding that case's memory, and took 1.7-1.9 times a step for resnet-small's staged
     * step at 128 and 256 (its 66 sessions' buffers), 1.05 times for its whole step at 64: with 10
     * steps in a second, that alone read 128 about 8% slower than 64 (docs/benchmarks/staged-step-speed.md).
     */
    private double window(Runnable step) {
        return window(step, seconds);
    }

    /** {@link #window(Runnable)} of at least {@code seconds}. */
    static double window(Runnable step, double seconds) {
        step.run();
        int steps = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            step.run();
            steps++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < seconds * 1e9 || steps < 5);
        return steps / (elapsed / 1e9);
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static OnnxTensor put(Map<String, OnnxTensor> feeds, String name, OnnxTensor tensor) {
        feeds.put(name, tensor);
        return tensor;
    }

    private static long[] concrete(List<dev.dendrite.model.shape.Dim> dims, int batch) {
        long[] shape = new long[dims.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = dims.get(i).isFixed() ? dims.get(i).size() : batch;
        }
        return shape;
    }

    private static long count(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }

    private static OnnxTensor random(OrtEnvironment env, int count, long[] shape) throws OrtException {
        SplittableRandom random = new SplittableRandom(1);
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = (float) random.nextDouble();
        }
        return OnnxTensor.createTensor(env, FloatBuffer.wrap(values), shape);
    }

}
