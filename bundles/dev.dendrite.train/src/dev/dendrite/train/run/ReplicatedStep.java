package dev.dendrite.train.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.sequence.Attention;
import dev.dendrite.model.network.sequence.Recurrent;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.graph.ReplicaGraphs;
import dev.dendrite.train.graph.TrainingGraphs;

/**
 * Runs a train step as {@link ReplicaGraphs}: each replica's session runs on its own thread (the
 * caller's thread runs the first) and computes slices of the batch, each taking the next slice not
 * yet taken, and hands over that slice's gradients and losses times its share of the batch; then the
 * update session adds them in slice order and updates the parameters once. Its result has the
 * train step's outputs, so callers treat it as the train step's. With as many slices as replicas each replica gets one; with
 * more ({@link #tailSlices}), a replica on a faster core takes more of them, and the floats stay
 * the same whichever replica ran a slice. A step whose forms prefer small slices
 * ({@link TrainingGraphs#sliceRows()}: convolutions by patches; attention, {@link #ATTENTION_SLICE_ROWS}) is cut into
 * equal slices of at most that many samples ({@link #evenSlices}), on one core too, where a single replica takes them in turn.
 */
public final class ReplicatedStep implements SlicedStep {

    /** The fewest samples a replica gets: smaller slices cost more in per-operator overhead than the second core gives. */
    public static final int MIN_ROWS_PER_REPLICA = 32;

    /**
     * The share of the batch in the small tail slices, when there are any: one per replica, after one
     * large slice per replica. On a VM whose second core runs at 0.6 of the first for minutes at a time
     * (docs/benchmarks/replicas.md), equal halves take 1/0.6 of a half's time on the fast core; with
     * a quarter of the batch in two tail slices the fast core takes both tails while the slow one
     * finishes its large slice, and both end at 1.25.
     */
    static final double TAIL_SHARE = 0.25;

    /**
     * The most samples per slice of a replicated attention network without convolutions by patches or
     * recurrent cells: a slice's activations (every token's queries, keys, values, scores and feed-forward
     * hidden values) outgrow the cache as it grows. The transformer-generator template on an Intel Xeon
     * (2026-12-06, alternated twice, samples/s at 128 / 256 / 512): one large slice per replica and tails
     * 6.0-6.2k / 5.8-5.9k / 4.9-5.0k, slices of 32 6.3-6.8k / 6.4-7.0k / 6.0-6.4k, of 64 6.0-6.4k /
     * 6.1-6.3k / 6.3-6.5k; at 64 the same two slices either way.
     */
    static final int ATTENTION_SLICE_ROWS = 32;

    private final ReplicaGraphs graphs;
    private final List<ModelSession> replicas = new ArrayList<>();
    private final ModelSession update;
    /** Graph runs of each replica session (each writes only its own), then of the update. */
    private final int[] sessionRuns;
    /** The replicas' threads but the caller's: spinning between steps, so a step starts on every core at once. */
    private final StageCrew crew;
    private final int threadsEach;
    /** Whether the slices are all of one size (the step's {@code sliceRows}), else one large per replica and the tails. */
    private final boolean even;
    /** Each slice's replica outputs, written in place step after step. */
    private final SliceOutputs outputs = new SliceOutputs();
    /** The update's outputs, written into the one of two sets the step does not read. */
    private final UpdateOutputs updateOutputs = new UpdateOutputs();
    /** Whether outputs are pinned at all (session option {@code pinned=0} turns it off, to measure it). */
    private final boolean pinning;
    /** Each slice's share of what the loss and accuracy are means over. */
    private final SliceWeights sliceWeights;

    private ReplicatedStep(ReplicaGraphs graphs, int sessions, RuntimeSettings settings, int threadsEach, boolean even) throws ModelLoadException {
        if (sessions < 1 || sessions > graphs.replicas() || sessions == 1 && graphs.replicas() < 2) {
            throw new IllegalArgumentException("replicas must be at least 2 (1 taking at least 2 slices) and at most the slices ("
                    + graphs.replicas() + "), are " + sessions);
        }
        this.graphs = graphs;
        this.sessionRuns = new int[sessions + 1];
        this.threadsEach = threadsEach;
        this.even = even;
        this.pinning = dev.dendrite.runtime.SessionTuning.pinnedOutputs(settings.sessionOptions());
        byte[] replica = graphs.replica().toByteArray();
        RuntimeSettings each = settings.withThreads(threadsEach, 1);
        try {
            for (int r = 0; r < sessions; r++) {
                replicas.add(OnnxRuntime.open(replica, "train step replica " + r, SliceSessions.profiledAs(each, "-replica" + r)));
            }
            update = OnnxRuntime.open(graphs.update().toByteArray(), "train step update", SliceSessions.profiledAs(each, "-update"));
        } catch (ModelLoadException | RuntimeException e) {
            SliceSessions.closeAll(replicas);
            throw e;
        }
        try {
            sliceWeights = new SliceWeights(graphs, settings);
        } catch (ModelLoadException | RuntimeException e) {
            List<ModelSession> opened = new ArrayList<>(replicas);
            opened.add(update);
            SliceSessions.closeAll(opened);
            throw e;
        }
        crew = new StageCrew(sessions, "dendrite-train-replica");
    }

    /**
     * Opens {@code replicas} replica sessions of {@code threadsEach} intra-op threads each, and the update session.
     *
     * @throws IllegalArgumentException naming why the step cannot be replicated
     */
    public static ReplicatedStep open(TrainingGraphs graphs, int replicas, int threadsEach, RuntimeSettings settings) throws ModelLoadException {
        return open(graphs, replicas, replicas, threadsEach, settings);
    }

    /**
     * As {@link #open(TrainingGraphs, int, int, RuntimeSettings)}, the batch cut into {@code slices}
     * slices (at least {@code replicas}) that the replicas take in turn.
     */
    public static ReplicatedStep open(TrainingGraphs graphs, int replicas, int slices, int threadsEach, RuntimeSettings settings)
            throws ModelLoadException {
        return new ReplicatedStep(ReplicaGraphs.split(graphs, slices), replicas, settings, threadsEach, false);
    }

    /**
     * As {@link #open(TrainingGraphs, int, int, int, RuntimeSettings)}, the batch cut into {@code slices}
     * slices of equal size (within one sample); {@code replicas} may be 1, which then takes them in turn.
     */
    public static ReplicatedStep openEven(TrainingGraphs graphs, int replicas, int slices, int threadsEach, RuntimeSettings settings)
            throws ModelLoadException {
        return new ReplicatedStep(ReplicaGraphs.split(graphs, slices), replicas, settings, threadsEach, true);
    }

    /** As {@link #open}, with batch normalisation on each slice's statistics ({@link ReplicaGraphs#split(TrainingGraphs, int, boolean)}). */
    public static ReplicatedStep openWithSliceStatistics(TrainingGraphs graphs, int replicas, int threadsEach, RuntimeSettings settings)
            throws ModelLoadException {
        return new ReplicatedStep(ReplicaGraphs.split(graphs, replicas, true), replicas, settings, threadsEach, false);
    }

    /**
     * The step as the trainer runs it, or null to run it whole: {@code requested} replicas (0: the
     * {@link #automaticReplicas automatic} count where {@code automatic} allows, else 1) over
     * {@code threads} threads (0: every core). A step that cannot be cut runs whole; asked for
     * explicitly, batch normalisation runs on each slice's statistics. {@code said} hears the choice
     * (a refusal only when replicas were asked for).
     */
    public static ReplicatedStep openAsAsked(TrainingGraphs graphs, dev.dendrite.model.network.Network network, int requested, int threads,
            int batch, boolean automatic, RuntimeSettings settings, java.util.function.Consumer<String> said) throws ModelLoadException {
        int cores = threads > 0 ? threads : dev.dendrite.runtime.CpuCores.available();
        int count = requested > 0 ? requested : automatic ? automaticReplicas(network, cores, batch) : 1;
        int sliceRows = preferredSliceRows(graphs, network);
        int evenSlices = requested == 1 || !automatic && requested == 0 ? 0 : evenSlices(sliceRows, count, batch);
        if (count < 2 && evenSlices < 2) {
            return null;
        }
        int threadsEach = Math.max(1, cores / count);
        // Mixup's λ is one number for the whole step; each slice is mixed with itself reversed (other pairs than the whole batch's).
        String pairs = graphs.randomInputs().stream().anyMatch(r -> r.value().shape().dims().isEmpty())
                ? "; mixup pairs the samples within each slice" : "";
        java.util.function.Consumer<String> runs = message -> said.accept(message + pairs);
        String replicasOf = "the train step runs as " + count + (count == 1 ? " replica of " : " replicas of ") + threadsEach + " thread(s)";
        String runsAs = replicasOf + ", each on a slice of the batch";
        if (evenSlices > 0) {
            try {
                ReplicatedStep opened = openEven(graphs, count, evenSlices, threadsEach, settings);
                runs.accept(replicasOf + ", taking " + evenSlices + " slices of the batch in turn (at most " + sliceRows
                        + " samples each, where its " + (graphs.sliceRows() > 0 ? "convolutions by patches" : "attention") + " run fastest)");
                return opened;
            } catch (IllegalArgumentException refused) {
                // As below: a step that cannot be cut runs whole, or on slice statistics when replicas were asked for.
            }
        }
        if (count < 2) {
            return null;
        }
        int slices = count + tailSlices(network, count, batch);
        try {
            ReplicatedStep opened = open(graphs, count, slices, threadsEach, settings);
            runs.accept(slices == count ? runsAs : replicasOf + ", taking " + slices + " slices of the batch in turn (one large each, then "
                    + (slices - count) + " small)");
            return opened;
        } catch (IllegalArgumentException refused) {
            if (requested < 2) {
                return null;
            }
            try {
                ReplicatedStep opened = openWithSliceStatistics(graphs, count, threadsEach, settings);
                runs.accept(runsAs + "; batch normalisation uses each slice's statistics (ghost batch normalisation), its running"
                        + " statistics the slices' weighted mean");
                return opened;
            } catch (IllegalArgumentException stillRefused) {
                said.accept("the train step runs whole, not as " + requested + " replicas: " + refused.getMessage());
                return null;
            }
        }
    }

    /**
     * How many replicas to run {@code network}'s step as on {@code cores} cores for batches of
     * {@code batch}: for convolutional, recurrent and attention networks one per core while each keeps
     * {@link #MIN_ROWS_PER_REPLICA} samples, else 1. Their steps are many small operators (im2col,
     * pooling, the cells of an unrolled sequence, attention's per-head products, softmax and
     * transposes) that one session splits poorly over cores: measured on 2 cores, LeNet-5 and an
     * LSTM ran 1.5 times as fast as replicas, the transformer-generator template 1.6-1.8 times
     * (3.6-4.5k against 6.4-7.2k samples/s at batches 64-512). A dense network's
     * step is a few large GEMMs that split well, and ran up to a third slower as replicas.
     */
    public static int automaticReplicas(dev.dendrite.model.network.Network network, int cores, int batch) {
        boolean manySmallOperators = contains(network, Convolution.class)
                || contains(network, Recurrent.class)
                || contains(network, Attention.class);
        return manySmallOperators ? Math.max(1, Math.min(cores, batch / MIN_ROWS_PER_REPLICA)) : 1;
    }

    static boolean contains(dev.dendrite.model.network.Network network, Class<?> kind) {
        for (var contents = network.eAllContents(); contents.hasNext();) {
            if (kind.isInstance(contents.next())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Slices of at most {@code sliceRows} samples for batches of {@code batch} over {@code replicas},
     * a multiple of the replicas so that each takes as many: 0 when the step has no preference
     * ({@code sliceRows} 0) or the batch is a single slice's.
     */
    static int evenSlices(int sliceRows, int replicas, int batch) {
        if (sliceRows <= 0 || replicas < 1) {
            return 0;
        }
        int slices = (batch + sliceRows - 1) / sliceRows;
        slices = (slices + replicas - 1) / replicas * replicas;
        return slices < 2 ? 0 : slices;
    }

    /**
     * The most samples per even slice {@code network}'s step runs fastest at: its forms' own
     * ({@link TrainingGraphs#sliceRows()}), else {@link #ATTENTION_SLICE_ROWS} for attention networks
     * without recurrent cells (an unrolled sequence per slice is hundreds of small operators), else 0: no preference.
     */
    static int preferredSliceRows(TrainingGraphs graphs, dev.dendrite.model.network.Network network) {
        if (graphs.sliceRows() > 0) {
            return graphs.sliceRows();
        }
        return contains(network, Attention.class) && !contains(network, Recurrent.class)
                ? ATTENTION_SLICE_ROWS : 0;
    }

    /**
     * Tail slices for {@code network}'s step: as {@link #tailSlices(int, int)}, none for recurrent
     * networks (an unrolled sequence is hundreds of small operators per slice: the LSTM case ran
     * 8–19% slower at batch 256 with tails in the fast phase). Ghost batch normalisation keeps one
     * slice per replica too: its statistics are each replica's.
     */
    static int tailSlices(dev.dendrite.model.network.Network network, int replicas, int batch) {
        return contains(network, Recurrent.class) ? 0 : tailSlices(replicas, batch);
    }

    /**
     * Tail slices for {@code replicas} replicas at batches of {@code batch}: one per replica where
     * each keeps {@link #MIN_ROWS_PER_REPLICA} samples, else none.
     */
    static int tailSlices(int replicas, int batch) {
        return batch * TAIL_SHARE / replicas >= MIN_ROWS_PER_REPLICA ? replicas : 0;
    }

    /** The replicas' sessions, one per thread. */
    @Override
    public int replicas() {
        return replicas.size();
    }

    /** The slices each batch is cut into (at least {@link #replicas}). */
    public int slices() {
        return graphs.replicas();
    }

    /** Intra-op threads of each replica's session. */
    @Override
    public int threadsEach() {
        return threadsEach;
    }

    /** Whether a batch of {@code rows} samples is worth splitting (else the whole step runs it). */
    @Override
    public boolean splits(int rows) {
        return rows >= slices() * 2;
    }

    /**
     * Sample counts of the slices of {@code rows}: with tail slices, {@link #TAIL_SHARE} of the rows
     * (at least one each) go to them and the rest to one large slice per replica; each group as
     * equal as it can be, the larger ones first.
     */
    @Override
    public int[] sliceRows(int rows) {
        if (even) {
            int[] counts = new int[slices()];
            spread(rows, counts, 0, slices());
            return counts;
        }
        int tails = slices() - replicas();
        int tailRows = tails == 0 ? 0 : Math.max(tails, (int) Math.round(rows * TAIL_SHARE));
        int[] counts = new int[slices()];
        spread(rows - tailRows, counts, 0, replicas());
        spread(tailRows, counts, replicas(), tails);
        return counts;
    }

    private static void spread(int rows, int[] counts, int from, int n) {
        for (int i = 0; i < n; i++) {
            counts[from + i] = rows / n + (i < rows % n ? 1 : 0);
        }
    }

    /**
     * One step.
     *
     * @param slices per slice ({@link #sliceRows}), its part of every batch input (data, targets, random inputs)
     * @param rows per slice, its sample count
     * @param shared parameters, state, "lr" and "step" (extra entries are ignored)
     * @return the update's result: the train step's outputs, to be closed by the caller
     */
    @Override
    public OrtSession.Result run(List<Map<String, OnnxTensor>> slices, int[] rows, Map<String, OnnxTensor> shared) throws OrtException {
        OrtSession.Result[] results = new OrtSession.Result[slices()];
        AtomicInteger next = new AtomicInteger();
        int total = java.util.Arrays.stream(rows).sum();
        List<SliceWeights.Weights> weights = sliceWeights.of(slices, rows);
        List<Map<String, OnnxTensor>> pinned = new ArrayList<>();
        for (int r = 0; r < slices(); r++) {
            pinned.add(pinning ? outputs.pinned(r, rows[r]) : null);
        }
        try {
            // Every slice, each replica taking the next not yet taken; no result is closed under a running replica.
            crew.run(replica -> takeSlices(replica, next, slices, weights, shared, pinned, results), () -> next.set(slices()));
            for (int r = 0; r < slices(); r++) {
                if (pinning && pinned.get(r) == null) {
                    outputs.learn(r, rows[r], results[r]);
                }
            }
            Map<String, OnnxTensor> feeds = new HashMap<>();
            shared.forEach((name, tensor) -> {
                if (update.inputNames().contains(name)) {
                    feeds.put(name, tensor);
                }
            });
            for (int r = 0; r < slices(); r++) {
                for (String tensor : graphs.cut()) {
                    feeds.put(ReplicaGraphs.input(tensor, r), (OnnxTensor) results[r].get(ReplicaGraphs.weighted(tensor)).orElseThrow());
                }
            }
            Map<String, OnnxTensor> into = pinning ? updateOutputs.target(total, feeds.values()) : null;
            OrtSession.Result updated = into == null ? update.session().run(feeds) : update.session().run(feeds, Set.of(), into);
            sessionRuns[replicas()]++;
            if (pinning && into == null) {
                updateOutputs.learn(total, updated);
            }
            return updated;
        } finally {
            // A pinned result's values stay open: they are the slice's buffers, rewritten next step.
            for (OrtSession.Result result : results) {
                if (result != null) {
                    result.close();
                }
            }
        }
    }

    private static Map<String, OnnxTensor> feeds(ModelSession session, Map<String, OnnxTensor> slice, SliceWeights.Weights weight,
            Map<String, OnnxTensor> shared) {
        Map<String, OnnxTensor> feeds = new HashMap<>(slice);
        feeds.put(ReplicaGraphs.WEIGHT, weight.loss());
        if (session.inputNames().contains(ReplicaGraphs.ACCURACY_WEIGHT)) {
            feeds.put(ReplicaGraphs.ACCURACY_WEIGHT, weight.accuracy());
        }
        shared.forEach((name, tensor) -> {
            if (session.inputNames().contains(name)) {
                feeds.putIfAbsent(name, tensor);
            }
        });
        return feeds;
    }

    /** Runs replica {@code replica} on every slice not yet taken, in turn, until none is left; into a slice's buffers where it has them. */
    private void takeSlices(int replica, AtomicInteger next, List<Map<String, OnnxTensor>> slices, List<SliceWeights.Weights> weights,
            Map<String, OnnxTensor> shared, List<Map<String, OnnxTensor>> pinned, OrtSession.Result[] results) throws OrtException {
        ModelSession session = replicas.get(replica);
        for (int i = next.getAndIncrement(); i < slices(); i = next.getAndIncrement()) {
            Map<String, OnnxTensor> feeds = feeds(session, slices.get(i), weights.get(i), shared);
            results[i] = pinned.get(i) == null ? session.session().run(feeds) : session.session().run(feeds, Set.of(), pinned.get(i));
            sessionRuns[replica]++;
        }
    }

    /**
     * Graph runs so far of each replica session (one per slice it took; which replica takes a slice
     * depends on timing), then of the update (one per step). Read between steps.
     */
    @Override
    public int[] sessionRuns() {
        return sessionRuns.clone();
    }

    /**
     * Ends the profiling of every session, opened with {@link dev.dendrite.runtime.RuntimeSettings#withProfiling}:
     * the trace files, in the order of {@link #sessionRuns()}.
     */
    @Override
    public List<String> endProfiling() throws OrtException {
        List<String> traces = new ArrayList<>();
        for (ModelSession replica : replicas) {
            traces.add(replica.endProfiling());
        }
        traces.add(update.endProfiling());
        return traces;
    }

    @Override
    public void close() {
        crew.close();
        outputs.close();
        updateOutputs.close();
        sliceWeights.close();
        List<ModelSession> sessions = new ArrayList<>(replicas);
        sessions.add(update);
        SliceSessions.closeAll(sessions);
    }
}
