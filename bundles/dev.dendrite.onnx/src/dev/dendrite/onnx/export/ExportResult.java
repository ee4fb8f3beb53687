package dev.dendrite.onnx.export;

import java.util.List;
import java.util.Map;

import ai.onnx.proto.OnnxMl.ModelProto;
import dev.dendrite.onnx.weights.Weights;

/**
 * An exported model and what a summary shows.
 *
 * @param weights every parameter value the model holds (given ones plus fresh initialisations)
 * @param operators how often each ONNX operator occurs
 * @param parameters trainable parameters (as shape inference counts them)
 * @param outputOrigins for each output tensor, the {@code layerId:port} that produces it
 */
public record ExportResult(ModelProto model, Weights weights, List<String> inputs, List<String> outputs,
        Map<String, Integer> operators, long parameters, Map<String, String> outputOrigins) {
}
