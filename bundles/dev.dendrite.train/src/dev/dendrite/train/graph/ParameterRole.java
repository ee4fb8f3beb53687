package dev.dendrite.train.graph;

import dev.dendrite.onnx.weights.ParameterSpec;

/**
 * What a tensor the train step carries from step to step is for. Exports, checkpoints, penalties,
 * pruning and optimizers select tensors by role, and a role can be frozen as a whole.
 */
public enum ParameterRole {
    /** Weight matrices and kernels (recurrent W and R too): what penalties and pruning apply to. */
    WEIGHT,
    /** Biases, gains and shifts: trained, but neither penalised nor pruned. */
    BIAS,
    /** BatchNorm running mean and variance, input-normalisation statistics: updated without gradients, exported. */
    RUNNING_STATISTIC,
    /** Pruning masks ({@code key:mask}): 1 keeps a weight, 0 prunes it; multiplied into exported weights. */
    MASK,
    /** Edge-popup scores ({@code key:score}): trained, then turned into a mask; never exported. */
    SCORE,
    /** Optimizer state (momentum, Adam moments, RMSProp squares): checkpointed, never exported. */
    OPTIMIZER_STATE;

    /** Whether a trained model file (model.onnx, final.weights.onnx) carries tensors of this role. */
    public boolean exported() {
        return this == WEIGHT || this == BIAS || this == RUNNING_STATISTIC;
    }

    /** The role of a network parameter from its spec and key ({@code layerId/param}). */
    public static ParameterRole of(String key, ParameterSpec spec) {
        if (key.endsWith(":mask")) {
            return MASK;
        }
        if (key.endsWith(":score")) {
            return SCORE;
        }
        if (key.indexOf(':') >= 0) {
            return OPTIMIZER_STATE;
        }
        if (spec != null && !spec.trainable()) {
            return RUNNING_STATISTIC;
        }
        return weightLike(key) ? WEIGHT : BIAS;
    }

    /** Weight matrices and kernels by name (not biases, gains or statistics). */
    public static boolean weightLike(String key) {
        String param = key.substring(key.lastIndexOf('/') + 1);
        return param.equals("weight") || param.endsWith("_weight") || param.equals("W") || param.equals("R");
    }
}
