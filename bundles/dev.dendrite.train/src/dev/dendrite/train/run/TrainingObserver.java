package dev.dendrite.train.run;

import dev.dendrite.onnx.weights.Weights;

/**
 * Receives a run's events on the trainer's thread, after the step or epoch they describe. An
 * observer may copy the weights (e.g. at iteration k, for rewinding) or ask the run to stop.
 */
public interface TrainingObserver {

    /** @param step steps completed in the whole run (1 after the first step) */
    record StepEvent(int epoch, long step, double loss, double accuracy, double learningRate, WeightSource weights, Cancellation control) {
    }

    /**
     * @param metrics the epoch's train and validation figures
     * @param records adds the observer's own records to the run's metrics (metrics.jsonl), beside the epoch's
     * @param say writes a line to the run's log and its progress, as the trainer's own
     * @param graphs the run's graphs (how its optimizer state is laid out, among others)
     * @param last whether this is the run's last epoch: the configured last, or the one early stopping ends at
     */
    record EpochEvent(EpochMetrics metrics, long step, WeightSource weights, Cancellation control, RecordSink records,
            java.util.function.Consumer<String> say, dev.dendrite.train.graph.TrainingGraphs graphs, boolean last) {
    }

    /** Appends a record to the run's metrics; its {@code "type"} names its kind, its {@code "epoch"} and {@code "step"} when. */
    @FunctionalInterface
    interface RecordSink {
        void add(java.util.Map<String, Object> record) throws TrainingException;
    }

    /** A copy of every current tensor (parameters, buffers, optimizer state), made only when asked for. */
    @FunctionalInterface
    interface WeightSource {
        Weights copy() throws TrainingException;
    }

    default void stepFinished(StepEvent event) throws TrainingException {
    }

    default void epochFinished(EpochEvent event) throws TrainingException {
    }
}
