package dev.dendrite.train.run;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.gnn.GraphInput;
import dev.dendrite.runtime.CpuCores;
import dev.dendrite.train.graph.FlopCounter;

/**
 * The intra-op threads of a train step that runs whole (not as replicas), where none were asked
 * for: every core when the step does enough arithmetic to share, else one. Measured alternately
 * on the 2-core VM (2026-12-01): two threads made the MLP 784-256-256-10 step 1.5× as fast at
 * batch 64 (78 MFLOP per step) and resnet-small 1.6×, but the GCN template's steps of a few
 * MFLOP, made of many small gathers and scatters, 10–20% slower at 8 to 128 graphs.
 */
public final class StepThreads {

    /** Floating-point operations per step from which a whole step gets every core. */
    public static final double SHARED_FROM_FLOPS = 16e6;

    private StepThreads() {
    }

    /**
     * The threads for a whole step of {@code network} at {@code batch}: {@code asked} where above
     * 0; one for graph networks (their steps are dominated by small gathers and scatters at the
     * batches graph training uses) and for steps under {@link #SHARED_FROM_FLOPS}, counted outside blocks as it was measured
     * ({@link FlopCounter#perSample(dev.dendrite.model.shape.ShapeResult, boolean, boolean)}); otherwise every
     * core ({@link CpuCores#available()}).
     */
    public static int wholeStep(Network network, int batch, int asked) {
        if (asked > 0) {
            return asked;
        }
        if (network.getLayers().stream().anyMatch(GraphInput.class::isInstance)) {
            return 1;
        }
        return FlopCounter.perSample(dev.dendrite.model.Networks.inspect(network).shapes(), true, false) * batch >= SHARED_FROM_FLOPS
                ? CpuCores.available() : 1;
    }
}
