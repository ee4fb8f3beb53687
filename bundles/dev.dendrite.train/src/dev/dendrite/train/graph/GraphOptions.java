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
 * @param edgePopup when in (0, 1]: edge-popup (Ramanujan et al. 2020): every weight matrix and kernel is masked by the top
 *        fraction of a learned score ({@code layerId/param:score}) per layer, the scores learn through a straight-through
 *        gradient; 0: off
 * @param sequenceLength the length bound to the sequence dimension T where a layer needs it fixed (recurrent layers unroll
 *        over it in training; the data's sequences are padded to it); 0: unbound
 * @param maskedInputs network inputs whose padded sequences come with a mask ({@code ID:mask}, bool [N, T], true at real
 *        steps): recurrent layers reading them carry their state over padding, and sequence losses and accuracy skip it
 * @param statisticsInOnePass BatchNorm's batch statistics over pixels in one pass ({@code BatchStatistics}): for steps run
 *        in stages, which then end one stage per BatchNorm in the forward pass, not two; whole steps keep two passes (faster there)
 */
public record GraphOptions(boolean pruningMasks, boolean activationStatistics, Set<String> frozenLayers, Set<ParameterRole> frozenRoles,
        double edgePopup, long sequenceLength, Set<String> maskedInputs, boolean statisticsInOnePass) {

    public static final GraphOptions DEFAULT = new GraphOptions(false, false);

    public GraphOptions {
        frozenLayers = Set.copyOf(frozenLayers);
        frozenRoles = Set.copyOf(frozenRoles);
        maskedInputs = Set.copyOf(maskedInputs);
        if (!(edgePopup >= 0 && edgePopup <= 1)) {
            throw new IllegalArgumentException("the edge-popup fraction k must be in (0, 1], is " + edgePopup);
        }
        if (sequenceLength < 0) {
            throw new IllegalArgumentException("a sequence length must be ≥ 0, is " + sequenceLength);
        }
    }

    public GraphOptions(boolean pruningMasks, boolean activationStatistics, Set<String> frozenLayers, Set<ParameterRole> frozenRoles,
            double edgePopup) {
        this(pruningMasks, activationStatistics, frozenLayers, frozenRoles, edgePopup, 0, Set.of(), false);
    }

    public GraphOptions(boolean pruningMasks, boolean activationStatistics) {
        this(pruningMasks, activationStatistics, Set.of(), Set.of(), 0);
    }

    public GraphOptions freezing(Set<String> layers, Set<ParameterRole> roles) {
        return new GraphOptions(pruningMasks, activationStatistics, layers, roles, edgePopup, sequenceLength, maskedInputs, statisticsInOnePass);
    }

    /** The same options with the activation and update statistics outputs on or off. */
    public GraphOptions withActivationStatistics(boolean on) {
        return new GraphOptions(pruningMasks, on, frozenLayers, frozenRoles, edgePopup, sequenceLength, maskedInputs, statisticsInOnePass);
    }

    /** The same options with the sequence dimension T bound to {@code length} (0 unbinds it). */
    public GraphOptions withSequenceLength(long length) {
        return new GraphOptions(pruningMasks, activationStatistics, frozenLayers, frozenRoles, edgePopup, length, maskedInputs, statisticsInOnePass);
    }

    /** The same options with these inputs' sequences masked (the data gives {@code ID:mask} for each). */
    public GraphOptions withMaskedInputs(Set<String> inputs) {
        return new GraphOptions(pruningMasks, activationStatistics, frozenLayers, frozenRoles, edgePopup, sequenceLength, inputs, statisticsInOnePass);
    }

    /** The same options with BatchNorm's statistics in one pass (for steps run in stages) or in two. */
    public GraphOptions withStatisticsInOnePass(boolean on) {
        return new GraphOptions(pruningMasks, activationStatistics, frozenLayers, frozenRoles, edgePopup, sequenceLength, maskedInputs, on);
    }

    /** Edge-popup with the top {@code k} of each layer's scores kept; weights and biases frozen (only scores learn). */
    public static GraphOptions edgePopup(double k) {
        return new GraphOptions(false, false, Set.of(), Set.of(ParameterRole.WEIGHT, ParameterRole.BIAS), k);
    }
}
