package dev.dendrite.train.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.onnx.weights.Weights;

/**
 * "gradient-norms": the L2 norm of each layer's gradients (what the trainer checks for non-finite
 * values and the monitor plots). Expects {@code gradients}; guarantees {@code layerNorms}. ReduceSumSquare reads
 * each gradient once, where squaring first wrote a copy as large as the gradient and read it again.
 */
final class GradientNormStep implements TrainStepStep {

    @Override
    public String name() {
        return "gradient-norms";
    }

    @Override
    public void apply(TrainStepContext ctx) {
        GraphBuilder g = ctx.graph();
        Map<String, List<String>> byLayer = new LinkedHashMap<>();
        ctx.gradients.forEach((p, grad) -> byLayer.computeIfAbsent(Weights.split(p)[0], k -> new ArrayList<>())
                .add(g.node("ReduceSumSquare", List.of(grad), p + "/norm_sq_sum", Attr.i("keepdims", 0))));
        byLayer.forEach((layer, parts) -> ctx.layerNorms.put(layer, ctx.unscaled(g.node("Sqrt", List.of(parts.size() == 1 ? parts.get(0)
                : g.node("Sum", parts, layer + "/norm_parts")), layer + "/grad_norm_scaled"), layer + "/grad_norm")));
    }
}
