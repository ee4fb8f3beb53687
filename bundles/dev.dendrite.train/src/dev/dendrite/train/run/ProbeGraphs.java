package dev.dendrite.train.run;

import dev.dendrite.model.network.Network;
import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.graph.GraphOptions;
import dev.dendrite.train.graph.TrainStepPipeline;
import dev.dendrite.train.graph.TrainingGraphs;

/**
 * What the probes of a network at given weights ({@link LossProbe}, {@link ParameterGradients}) share: its graphs built as the
 * trainer builds them (sequences padded and masked as they were unrolled, input statistics from the data) and the data's
 * feed plan.
 *
 * @param data the data as fed: padded to the unrolled length for a recurrent network
 */
record ProbeGraphs(TrainingGraphs graphs, BatchSource data, FeedPlan plan) {

    /**
     * @param unrolled for sequences, the steps a recurrent network unrolls over (what the trainer pads every batch to), else 0
     * @throws TrainingException with one line where the network cannot be built for the data (bad input)
     */
    static ProbeGraphs build(Network network, TrainingConfig config, Weights weights, BatchSource data, long unrolled) throws TrainingException {
        long length = Trainer.recurrent(network) ? unrolled : 0;
        if (length > 0) {
            data = data.paddedTo(length);
        }
        GraphOptions options = (length > 0 ? GraphOptions.DEFAULT.withSequenceLength(length) : GraphOptions.DEFAULT)
                .withMaskedInputs(Trainer.maskedInputs(network, data));
        TrainingGraphs graphs;
        try {
            graphs = TrainStepPipeline.standard().build(network, InputStatistics.fill(network, weights, data), config, options);
        } catch (ExportException e) {
            throw TrainingException.badInput(e.getMessage());
        }
        return new ProbeGraphs(graphs, data, DataCheck.check(graphs, data));
    }

    /**
     * How many of the data's first {@code samples} a probe takes.
     *
     * @throws TrainingException (bad input) where the data has none, naming {@code what} they were for
     */
    int samples(int samples, String what) throws TrainingException {
        int n = Math.min(samples, data.size());
        if (n < 1) {
            throw TrainingException.badInput(data.name() + " has no samples to " + what);
        }
        return n;
    }
}
