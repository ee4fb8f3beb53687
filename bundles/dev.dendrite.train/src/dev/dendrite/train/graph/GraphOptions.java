package dev.dendrite.train.graph;

import java.util.Set;

/**
 * Optional parts of the train step.
 *
 * @param pruningMasks every weight matrix and kernel is multiplied by a fed mask {@code layerId/param:mask}
 *        (1 keeps a weight, 0 prunes it: what magnitude pruning and lottery tickets need)
 * @param activationStatistics outputs {@code act_mean:ID} and {@code act_std:ID} of every layer's primary output
 * @param frozenLayers ids of layers whose parameters receive no gradient and no update
 * @param frozenRoles roles whose parameters receive no gradient and no update (e.g. {@link ParameterRole#WEIGHT} for strong LTH)
 */
public record GraphOptions(boolean pruningMasks, boolean activationStatistics, Set<String> frozenLayers, Set<ParameterRole> frozenRoles) {

    public static final GraphOptions DEFAULT = new GraphOptions(false, false);

    public GraphOptions {
        frozenLayers = Set.copyOf(frozenLayers);
        frozenRoles = Set.copyOf(frozenRoles);
    }

    public GraphOptions(boolean pruningMasks, boolean activationStatistics) {
        this(pruningMasks, activationStatistics, Set.of(), Set.of());
    }

    public GraphOptions freezing(Set<String> layers, Set<ParameterRole> roles) {
        return new GraphOptions(pruningMasks, activationStatistics, layers, roles);
    }
}
