package dev.dendrite.train.graph;

import java.util.Map;

/**
 * Where a train step can be cut for data-parallel replicas: the tensors that depend on the batch
 * and that the rest of the step (penalties, clipping, norms, the optimizer) reads. Each is a mean
 * over the batch's samples, so replicas' values weighted by their share of the batch add up to
 * the whole batch's.
 *
 * @param gradients each trainable parameter's gradient of the data loss, before penalties
 * @param loss the data loss (mean over the samples), before penalties
 * @param accuracy the share of correct predictions, or null without one
 */
public record ReplicaCut(Map<String, String> gradients, String loss, String accuracy) {

    public ReplicaCut {
        gradients = Map.copyOf(gradients);
    }
}
