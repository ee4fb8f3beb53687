package dev.dendrite.train.graph;

import java.util.Map;

/**
 * Where a train step can be cut for data-parallel replicas: the tensors that depend on the batch
 * and that the rest of the step (penalties, clipping, norms, the optimizer) reads. Each is a mean
 * over the batch, so replicas' values weighted by their share of what it is a mean over add up to
 * the whole batch's ({@link Shares}).
 *
 * @param gradients each trainable parameter's gradient of the data loss, before penalties
 * @param loss the data loss (a mean), before penalties
 * @param accuracy the share of correct predictions, or null without one
 * @param shares what the loss and the accuracy are means over; null where the step's losses divide by different counts
 * @param unevenShares why there are no shares, or null
 */
public record ReplicaCut(Map<String, String> gradients, String loss, String accuracy, Shares shares, String unevenShares) {

    public ReplicaCut {
        gradients = Map.copyOf(gradients);
    }

    /** A cut whose loss and accuracy are means over the samples. */
    public ReplicaCut(Map<String, String> gradients, String loss, String accuracy) {
        this(gradients, loss, accuracy, Shares.ROWS, null);
    }

    /**
     * What the loss and the accuracy are means over: a tensor of the step computed from the batch
     * alone (the real steps of padded sequences, the sum of the labels' class weights), or null for
     * the samples. A replica's slice weighs its values by its part of that over the whole batch.
     *
     * @param loss the loss's divisor, or null: the samples
     * @param accuracy the accuracy's divisor, or null: the samples
     */
    public record Shares(String loss, String accuracy) {

        /** Both means over the samples. */
        public static final Shares ROWS = new Shares(null, null);

        /** Whether both are means over the samples. */
        public boolean byRows() {
            return loss == null && accuracy == null;
        }
    }
}
