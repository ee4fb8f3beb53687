package dev.dendrite.train.run;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.model.network.Network;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.graph.TrainingGraphs;

/**
 * A train step run on slices of the batch whose result is the whole step's, to float rounding:
 * {@link ReplicatedStep} (slices from start to end, gradients added before one update) and
 * {@link StagedStep} (slices stage by stage, for steps that read the whole batch mid-way).
 */
public interface SlicedStep extends AutoCloseable {

    /**
     * The step cut into slices as the trainer runs it: replicas where they compute the whole step
     * ({@link ReplicatedStep#openAsAsked}), else stages ({@link StagedStep#openAsAsked}); null where it
     * runs whole. {@code said} hears the choice.
     */
    static SlicedStep openAsAsked(TrainingGraphs graphs, Network network, int requested, int threads, int batch, boolean automatic,
            RuntimeSettings settings, Consumer<String> said) throws ModelLoadException {
        SlicedStep replicated = ReplicatedStep.openAsAsked(graphs, network, requested, threads, batch, automatic, settings, said);
        return replicated != null ? replicated
                : StagedStep.openAsAsked(graphs, network, requested, threads, batch, automatic, settings, said);
    }

    /** The sessions that run slices side by side, one per thread group. */
    int replicas();

    /** Intra-op threads of each replica's sessions. */
    int threadsEach();

    /** Sample counts of the slices a batch of {@code rows} is cut into. */
    int[] sliceRows(int rows);

    /** Whether a batch of {@code rows} samples is worth cutting (else the whole step runs it). */
    boolean splits(int rows);

    /**
     * One step.
     *
     * @param slices per slice ({@link #sliceRows}), its part of every batch input
     * @param rows   per slice, its sample count
     * @param shared parameters, state, "lr" and "step" (extra entries are ignored)
     * @return the train step's outputs, to be closed by the caller
     */
    OrtSession.Result run(List<Map<String, OnnxTensor>> slices, int[] rows, Map<String, OnnxTensor> shared) throws OrtException;

    /** Graph runs so far of each session, in the order of {@link #endProfiling()}. Read between steps. */
    int[] sessionRuns();

    /** Ends the profiling of every session opened with profiling: the trace files, in the order of {@link #sessionRuns()}. */
    List<String> endProfiling() throws OrtException;

    @Override
    void close();
}
