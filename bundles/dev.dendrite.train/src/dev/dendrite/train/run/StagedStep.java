package dev.dendrite.train.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.normalization.BatchNorm;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.graph.ParameterRole;
import dev.dendrite.train.graph.StagedGraphs.Combine;
import dev.dendrite.train.graph.StagedGraphs.Part;
import dev.dendrite.train.graph.StagedGraphs;
import dev.dendrite.train.graph.TrainingGraphs;

/**
 * Runs a train step as {@link StagedGraphs}: stage by stage, the part without the batch once, then
 * the per-sample part on every slice, the replicas (one thread each) taking the next slice not yet
 * taken and waiting for each other at the stage's end, where the slices' partial sums are added in slice
 * order. The result is the whole step's to float rounding, BatchNorm's statistics included, while
 * each slice's tensors stay in cache: for steps whose activations outgrow the cache at large
 * batches (docs/benchmarks/batchnorm.md: resnet-small at 512).
 */
public final class StagedStep implements SlicedStep {

    /**
     * Samples per slice. 32 held resnet-small's largest activations at 2 MB a tensor and ran 1.10–1.12
     * times as fast as 64 at batch 256 and 512 on the EPYCs, level with 16 there
     * (docs/benchmarks/staged-step-speed.md, "Slices of 32"); on the Intel Xeon slices of 16 ran 1.03–1.08
     * times as fast as 32 at batch 128 (resnet-small 1.06–1.08, resnet-fashion and conv-gan 1.03–1.05 in
     * training) and level or faster at 256 and 512 (docs/throughput.md, "Slices of 16"): four slices per core even out the stages' waits where
     * two could not.
     */
    public static final int SLICE_ROWS = 16;

    /**
     * The fewest samples per replica at which the trainer stages a step: at one slice of 32 per replica
     * (batch 64) staged and whole steps ran level on the EPYCs, and on the Xeon four slices of 16 per core
     * ran 0.88–1.00 of the whole step (median 0.94); from 64 per replica (batch 128) stages ran 1.08 times as fast for
     * resnet-small and 1.21 times for resnet-fashion (docs/benchmarks/staged-step.md).
     */
    public static final int MIN_ROWS_PER_REPLICA = 64;

    private final StagedGraphs graphs;
    /** Per replica, one session per part; the parts run once have a session in replica 0 only (null elsewhere). */
    private final List<List<ModelSession>> sessions = new ArrayList<>();
    /** Every session in the order opened, the collector last: the order of {@link #sessionRuns} and {@link #endProfiling}. */
    private final List<ModelSession> opened = new ArrayList<>();
    /** Per replica and part, its session's place in {@link #opened} (-1: none). */
    private final int[][] place;
    private final int[] sessionRuns;
    private final ModelSession collector;
    private final int sliceRows;
    private final StageCrew crew;
    /** Per part, its outputs that are partial sums over slices, and the others. */
    private final List<List<String>> partialOutputs = new ArrayList<>();
    private final List<Set<String>> otherOutputs = new ArrayList<>();
    private final PartialSums partialSums = new PartialSums();

    private StagedStep(StagedGraphs graphs, int replicas, int sliceRows, RuntimeSettings settings) throws ModelLoadException {
        this.graphs = graphs;
        this.sliceRows = sliceRows;
        this.place = new int[replicas][graphs.parts().size()];
        RuntimeSettings each = settings.withThreads(1, 1);
        try {
            for (int r = 0; r < replicas; r++) {
                List<ModelSession> own = new ArrayList<>();
                for (int p = 0; p < graphs.parts().size(); p++) {
                    Part part = graphs.parts().get(p);
                    if (r > 0 && !part.perSlice()) {
                        own.add(null);
                        place[r][p] = -1;
                        continue;
                    }
                    own.add(OnnxRuntime.open(part.model().toByteArray(), "train step part " + p,
                            SliceSessions.profiledAs(each, "-replica" + r + "-part" + p)));
                    place[r][p] = opened.size();
                    opened.add(own.get(p));
                }
                sessions.add(own);
            }
            collector = OnnxRuntime.open(graphs.collector().toByteArray(), "train step outputs", SliceSessions.profiledAs(each, "-outputs"));
            opened.add(collector);
        } catch (ModelLoadException | RuntimeException e) {
            SliceSessions.closeAll(opened);
            throw e;
        }
        this.sessionRuns = new int[opened.size()];
        for (Part part : graphs.parts()) {
            partialOutputs.add(part.outputs().stream().filter(graphs.partials()::containsKey).toList());
            otherOutputs.add(part.outputs().stream().filter(o -> !graphs.partials().containsKey(o)).collect(java.util.stream.Collectors.toSet()));
        }
        crew = new StageCrew(replicas, "dendrite-train-stage");
    }

    /**
     * The step staged as the trainer runs it, or null: on the CPU, where the trainer chooses
     * ({@code automatic}, no replica count asked for), for convolutional networks with batch
     * normalisation (whose replicas {@link ReplicatedStep} refuses) at batches that give every core at
     * least {@link #MIN_ROWS_PER_REPLICA} samples, in slices of {@link #SLICE_ROWS}. Dense networks run whole:
     * their GEMMs split well over cores, and the batchnorm-mlp template trained at 55k samples/s
     * staged against 93k whole at batch 512. {@code said} hears the choice.
     */
    public static StagedStep openAsAsked(TrainingGraphs graphs, dev.dendrite.model.network.Network network, int requested, int threads,
            int batch, boolean automatic, RuntimeSettings settings, Consumer<String> said) {
        int cores = threads > 0 ? threads : dev.dendrite.runtime.CpuCores.available();
        if (!wouldStage(network, requested, threads, batch, automatic) || !graphs.roles().containsValue(ParameterRole.RUNNING_STATISTIC)) {
            return null;
        }
        try {
            StagedStep staged = open(graphs.trainStep(), cores, SLICE_ROWS, settings);
            said.accept("the train step runs in " + staged.sliceRows(batch).length + " slices of the batch on " + cores
                    + " replicas of 1 thread, cut into " + staged.parts() + " parts at its " + staged.graphs.partials().size()
                    + " reductions over the batch (batch normalisation's statistics stay the whole batch's)" + blockedSaid(staged.blockedConvolutions()));
            return staged;
        } catch (IllegalArgumentException | OrtException | ModelLoadException refused) {
            // A step that cannot be cut, or whose small-batch probe fails, runs whole as before.
            return null;
        }
    }

    /**
     * Whether {@link #openAsAsked} would stage a step of {@code network} (unless the step cannot be
     * cut), known before its graphs are built ({@link #graphOptions}).
     */
    public static boolean wouldStage(dev.dendrite.model.network.Network network, int requested, int threads, int batch, boolean automatic) {
        int cores = threads > 0 ? threads : dev.dendrite.runtime.CpuCores.available();
        return automatic && requested == 0 && cores >= 2 && ReplicatedStep.contains(network, BatchNorm.class)
                && ReplicatedStep.contains(network, Convolution.class)
                && batch >= cores * MIN_ROWS_PER_REPLICA;
    }

    /**
     * {@code options} as a step's graphs need them where {@link #openAsAsked} would stage it, with
     * BatchNorm's statistics in one pass (one stage per BatchNorm in the forward pass, not two); else
     * as given (whole steps keep two passes, faster there). The trainer and the bench build with these.
     */
    public static dev.dendrite.train.graph.GraphOptions graphOptions(dev.dendrite.train.graph.GraphOptions options,
            dev.dendrite.model.network.Network network, int requested, int threads, int batch, boolean automatic) {
        return wouldStage(network, requested, threads, batch, automatic) ? options.withStatisticsInOnePass(true) : options;
    }

    /**
     * Cuts {@code trainStep} (after running it at two small batch sizes to tell which tensors carry
     * the batch) and opens its parts for {@code replicas} replicas taking slices of at most {@code sliceRows}.
     *
     * @throws IllegalArgumentException naming why the step cannot be cut
     */
    public static StagedStep open(ModelProto trainStep, int replicas, int sliceRows, RuntimeSettings settings)
            throws ModelLoadException, OrtException {
        if (replicas < 1 || sliceRows < 1) {
            throw new IllegalArgumentException("replicas and slice rows must be at least 1, are " + replicas + " and " + sliceRows);
        }
        StagedGraphs.requireSliceable(trainStep);
        BatchProbe probe = BatchProbe.of(trainStep);
        return new StagedStep(StagedGraphs.cut(trainStep, probe.batchInputs(), probe.batched(), probe.types(), probe.bytesPerSample(),
                probe.fixedShapes()), replicas, sliceRows, settings);
    }

    @Override
    public int replicas() {
        return sessions.size();
    }

    @Override
    public int threadsEach() {
        return 1;
    }

    @Override
    public boolean splits(int rows) {
        return rows > sliceRows;
    }

    @Override
    public int[] sessionRuns() {
        return sessionRuns.clone();
    }

    @Override
    public List<String> endProfiling() throws OrtException {
        List<String> traces = new ArrayList<>();
        for (ModelSession session : opened) {
            traces.add(session.endProfiling());
        }
        return traces;
    }

    /**
     * How many convolutions the step's sessions run in ONNX Runtime's blocked layout
     * ({@link dev.dendrite.runtime.BlockedConvolutions}), counted over one replica's parts.
     */
    public int blockedConvolutions() {
        int count = 0;
        for (ModelSession session : sessions.get(0)) {
            count += session == null ? 0 : session.blockedConvolutions();
        }
        return count;
    }

    /** The clause the trainer's line about a step gets for its blocked convolutions ("" for none). */
    public static String blockedSaid(int count) {
        return count == 0 ? "" : "; " + count + (count == 1 ? " convolution runs" : " convolutions run") + " in ONNX Runtime's blocked layout";
    }

    /** The parts each step runs, in order. */
    public int parts() {
        return graphs.parts().size();
    }

    /** Sample counts of the slices of {@code rows}: as equal as they can be, at most the slice rows each. */
    @Override
    public int[] sliceRows(int rows) {
        int slices = Math.max(1, (rows + sliceRows - 1) / sliceRows);
        int[] counts = new int[slices];
        for (int i = 0; i < slices; i++) {
            counts[i] = rows / slices + (i < rows % slices ? 1 : 0);
        }
        return counts;
    }

    @Override
    public OrtSession.Result run(List<Map<String, OnnxTensor>> slices, int[] rows, Map<String, OnnxTensor> shared) throws OrtException {
        int total = 0;
        for (int count : rows) {
            total += count;
        }
        Map<String, OnnxTensor> once = new HashMap<>(shared);
        List<Map<String, OnnxTensor>> perSlice = new ArrayList<>();
        slices.forEach(slice -> perSlice.add(new HashMap<>(slice)));
        List<AutoCloseable> owned = new ArrayList<>();
        try {
            for (int p = 0; p < graphs.parts().size(); p++) {
                Part part = graphs.parts().get(p);
                if (!part.perSlice()) {
                    OrtSession.Result result = sessions.get(0).get(p).session().run(feeds(part, once, null));
                    sessionRuns[place[0][p]]++;
                    owned.add(result);
                    for (String o : part.outputs()) {
                        once.put(o, (OnnxTensor) result.get(o).orElseThrow());
                    }
                    continue;
                }
                boolean pinned = partialSums.prepare(partialOutputs.get(p), perSlice.size());
                OrtSession.Result[] results = runSlices(p, part, once, perSlice, pinned);
                for (OrtSession.Result result : results) {
                    owned.add(result);
                }
                for (String o : part.outputs()) {
                    Combine combine = graphs.partials().get(o);
                    if (combine == null) {
                        for (int j = 0; j < results.length; j++) {
                            perSlice.get(j).put(o, (OnnxTensor) results[j].get(o).orElseThrow());
                        }
                    } else {
                        once.put(o, partialSums.sum(o, combine, results, pinned, rows, total));
                    }
                }
            }
            Map<String, OnnxTensor> handed = new HashMap<>();
            for (String o : graphs.outputs()) {
                handed.put(StagedGraphs.collected(o), once.get(o));
            }
            OrtSession.Result outputs = collector.session().run(handed);
            sessionRuns[sessionRuns.length - 1]++;
            return outputs;
        } finally {
            for (AutoCloseable c : owned) {
                try {
                    c.close();
                } catch (Exception e) {
                    // Native memory only; the step's own failure, if any, is the one reported.
                }
            }
        }
    }

    private static Map<String, OnnxTensor> feeds(Part part, Map<String, OnnxTensor> once, Map<String, OnnxTensor> slice) {
        Map<String, OnnxTensor> feeds = new HashMap<>();
        for (String in : part.inputs()) {
            OnnxTensor t = slice != null && slice.containsKey(in) ? slice.get(in) : once.get(in);
            if (t == null) {
                throw new IllegalStateException("no value for " + in + ", an input of " + part.model().getGraph().getName());
            }
            feeds.put(in, t);
        }
        return feeds;
    }

    /**
     * Part {@code p} on every slice, each replica taking the next slice not yet taken (a faster core
     * takes more); the caller's thread is replica 0. The slices' results stay in slice order.
     */
    private OrtSession.Result[] runSlices(int p, Part part, Map<String, OnnxTensor> once, List<Map<String, OnnxTensor>> perSlice,
            boolean pinned) throws OrtException {
        AtomicInteger next = new AtomicInteger();
        OrtSession.Result[] results = new OrtSession.Result[perSlice.size()];
        try {
            crew.run(replica -> runReplica(replica, p, part, once, perSlice, results, next, pinned), () -> next.set(perSlice.size()));
        } catch (OrtException | RuntimeException e) {
            for (OrtSession.Result result : results) {
                if (result != null) {
                    result.close();
                }
            }
            throw e;
        }
        return results;
    }

    private void runReplica(int replica, int p, Part part, Map<String, OnnxTensor> once, List<Map<String, OnnxTensor>> perSlice,
            OrtSession.Result[] results, AtomicInteger next, boolean pinned) throws OrtException {
        OrtSession session = sessions.get(replica).get(p).session();
        for (int j = next.getAndIncrement(); j < perSlice.size(); j = next.getAndIncrement()) {
            results[j] = pinned ? session.run(feeds(part, once, perSlice.get(j)), otherOutputs.get(p), partialSums.outputs(partialOutputs.get(p), j))
                    : session.run(feeds(part, once, perSlice.get(j)));
            sessionRuns[place[replica][p]]++;
        }
    }

    @Override
    public void close() {
        crew.close();
        SliceSessions.closeAll(opened);
        partialSums.close();
    }
}
