package dev.dendrite.train.autodiff;

import java.util.List;

import ai.onnx.proto.OnnxMl.NodeProto;

/**
 * The vector-Jacobian product of one ONNX operator: given the gradients of its outputs (null for
 * outputs nothing depends on), emits nodes computing the gradients of its inputs.
 */
@FunctionalInterface
public interface VjpRule {

    /**
     * @param outputGradients one entry per node output, null where no gradient flows
     * @return one entry per node input: the gradient tensor's name, or null where none is needed
     */
    List<String> apply(NodeProto node, List<String> outputGradients, GradientContext ctx);
}
