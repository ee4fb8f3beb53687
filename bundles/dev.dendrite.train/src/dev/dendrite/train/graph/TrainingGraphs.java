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
}
