package dev.dendrite.train.run;

import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * A train step run on slices of the batch whose result is the whole step's, to float rounding:
 * {@link ReplicatedStep} (slices from start to end, gradients added before one update) and
 * {@link StagedStep} (slices stage by stage, for steps that read the whole batch mid-way).
 */
public interface SlicedStep extends AutoCloseable {

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
