package dev.dendrite.analysis.evaluation;

import java.util.HashMap;
import java.util.Map;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.train.autodiff.GradientOverrides;

/**
 * A quantized model's rounding has no gradient; differentiated straight through, each DequantizeLinear of a QuantizeLinear's
 * integers hands its gradient to what was quantized, as if the pair were the identity it approximates (BPDA, Athalye et al.,
 * 2018). Attacks, ODIN and saliency then see the gradient of the float model the integers round.
 */
public final class StraightThrough {

    private StraightThrough() {
    }

    /** The overrides of every QuantizeLinear–DequantizeLinear pair of {@code source} (none for a float model). */
    public static GradientOverrides rounding(GraphProto source) {
        GradientOverrides overrides = GradientOverrides.none();
        Map<String, String> quantized = new HashMap<>();
        for (NodeProto node : source.getNodeList()) {
            if (node.getOpType().equals("QuantizeLinear")) {
                quantized.put(node.getOutput(0), node.getInput(0));
            }
        }
        for (NodeProto node : source.getNodeList()) {
            if (node.getOpType().equals("DequantizeLinear") && quantized.containsKey(node.getInput(0))) {
                overrides.straightThrough(node.getOutput(0), quantized.get(node.getInput(0)));
            }
        }
        return overrides;
    }
}
