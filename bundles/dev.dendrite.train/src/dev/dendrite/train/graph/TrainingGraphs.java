package dev.dendrite.train.graph;

import java.util.List;
import java.util.Map;

import ai.onnx.proto.OnnxMl.ModelProto;
import dev.dendrite.model.shape.Value;
import dev.dendrite.onnx.weights.Weights;

/**
 * The generated graphs of one run and how to feed them.
 *
 * @param trainStep forward, loss, gradients and update: inputs are data, targets, "lr", "step",
 *        parameters, optimizer state and random inputs; outputs are "loss", maybe "accuracy",
 *        the updated tensors ({@link #feedback}) and per-layer gradient norms ("gradnorm:ID")
 * @param evaluation forward and loss in inference mode, parameters as inputs
 * @param feedback train-step output → the input it becomes in the next step
 * @param initial the starting value of every parameter, buffer and state tensor
 * @param dataInputs input name → its value (batch dim symbolic)
 * @param targets target input name → whether it holds class indices
 * @param layerOrder layer ids in forward order, for naming the first non-finite gradient
 * @param classes the class count of the first classification head (0 when none)
 * @param roles the role of every tensor in {@link #initial} (parameters, statistics, masks, optimizer state)
 * @param edgePopup the fraction of each layer's weights its scores keep (edge-popup), 0 when off
 * @param cut where data-parallel replicas of the train step hand over to the update ({@link ReplicaGraphs})
 * @param sliceRows the most samples per slice the step's forms run fast at (convolutions by patches,
 *        whose patches must stay in cache), 0 when any slice will do: replicas cut larger batches finer
 */
public record TrainingGraphs(ModelProto trainStep, ModelProto evaluation, Map<String, String> feedback, Weights initial,
        Map<String, Value> dataInputs, Map<String, Value> targetValues, Map<String, Boolean> targets, List<RandomInput> randomInputs,
        List<String> parameters, List<String> state, List<String> layerOrder, boolean classification, int classes,
        Map<String, ParameterRole> roles, double edgePopup, ReplicaCut cut, int sliceRows) {

    /** Adam's (and AdamW's) second moments, a discounted sum v/(1 − β2) over every trained parameter's gradient in {@link #flatStateOrder}. */
    public static final String ADAM_SECOND_MOMENT = Optimizers.ADAM_V;

    /** The ε Adam and RMSProp add to their root mean squares (Adam's betas are the run's, {@code TrainingConfig#beta1}). */
    public static final double ADAM_EPSILON = Optimizers.EPSILON;

    /** RMSProp's squared gradients, a discounted sum s/(1 − ρ) in {@link #flatStateOrder}, and its decay ρ. */
    public static final String RMSPROP_SQUARE_SUM = Optimizers.RMSPROP_SQUARE;
    public static final double RMSPROP_DECAY = Optimizers.RMS_DECAY;

    /**
     * The parameters whose gradients the optimizer's flat state tensors hold (Adam's moments, RMSProp's squares, momentum's
     * velocity), in their order: read from the step's concatenation of the flattened gradients. Empty where the optimizer
     * keeps no flat state (plain SGD).
     */
    public List<String> flatStateOrder() {
        List<String> flattened = new java.util.ArrayList<>();
        for (var node : trainStep.getGraph().getNodeList()) {
            if (node.getOpType().equals("Concat") && (node.getOutput(0).equals("adam/g") || node.getOutput(0).equals("optimizer/g"))) {
                return node.getInputList().stream().map(TrainingGraphs::flattenedOf).toList();
            }
            if (node.getOutputCount() == 1 && node.getOutput(0).endsWith(Optimizers.FLAT_SUFFIX)) {
                flattened.add(flattenedOf(node.getOutput(0)));
            }
        }
        // One trained parameter: its flattened gradient is the flat vector itself.
        return flattened.size() == 1 ? flattened : List.of();
    }

    private static String flattenedOf(String flat) {
        return flat.substring(0, flat.length() - Optimizers.FLAT_SUFFIX.length());
    }
}
