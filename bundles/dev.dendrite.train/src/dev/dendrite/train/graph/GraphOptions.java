package dev.dendrite.train.graph;

/**
 * Optional parts of the train step.
 *
 * @param pruningMasks every weight matrix and kernel is multiplied by a fed mask {@code layerId/param:mask}
 *        (1 keeps a weight, 0 prunes it: what magnitude pruning and lottery tickets need)
 * @param activationStatistics outputs {@code act_mean:ID} and {@code act_std:ID} of every layer's primary output
 */
public record GraphOptions(boolean pruningMasks, boolean activationStatistics) {

    public static final GraphOptions DEFAULT = new GraphOptions(false, false);
}
