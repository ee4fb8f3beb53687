package dev.dendrite.analysis.pruning;

import java.util.List;

/**
 * An iterative-magnitude-pruning experiment.
 *
 * @param rounds pruning rounds after the dense run (round 0)
 * @param rewindStep 0: rewind to initialisation; k > 0: to the weights after step k of the dense run ("late rewinding")
 * @param controls besides IMP: {@link Control#REINIT}, {@link Control#RANDOM}, {@link Control#SNIP} and {@link Control#SYNFLOW}
 * @param seeds independent repetitions (seed, seed + 1, ...)
 */
public record LotterySettings(int rounds, PruningRates rates, long rewindStep, List<Control> controls, int seeds)
        implements java.io.Serializable {

    /** What a round trains. */
    public enum Control {
        /** The winning ticket: the pruned structure, rewound to initialisation (or step k). */
        IMP("imp"),
        /** The same structure, freshly re-initialised: does the ticket's initialisation matter? */
        REINIT("reinit"),
        /** Random masks with the ticket's per-layer sparsity, from the same initialisation: does the structure matter? */
        RANDOM("random"),
        /**
         * Pruning at initialisation (SNIP, Lee et al. 2019): the ticket's per-layer sparsity, keeping the weights of largest
         * connection sensitivity |g·w| at initialisation, trained from it: can a subnetwork be found without training first?
         */
        SNIP("snip"),
        /**
         * Pruning at initialisation with no data (SynFlow, Tanaka et al. 2020): the ticket's per-layer sparsity, reached over 100
         * rounds that each keep the weights of largest synaptic flow |θ·∂R/∂θ| (R the output of the network of |θ| on ones), trained
         * from the initialisation.
         */
        SYNFLOW("synflow");

        private final String id;

        Control(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Control parse(String id) {
            for (Control c : values()) {
                if (c.id.equals(id.strip())) {
                    return c;
                }
            }
            throw new IllegalArgumentException("unknown control '" + id.strip() + "': use reinit, random, snip or synflow");
        }
    }

    public LotterySettings {
        if (rounds < 0 || seeds < 1 || rewindStep < 0) {
            throw new IllegalArgumentException("rounds ≥ 0, seeds ≥ 1 and a rewind step ≥ 0 are needed");
        }
        controls = List.copyOf(controls);
    }
}
