package dev.dendrite.train.graph;

import java.util.ArrayList;
import java.util.List;

import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.GraphBuilder;

/** "clipping": scales every gradient by min(1, max/‖g‖) over the global norm when the config clips. Expects {@code gradients}. */
final class ClippingStep implements TrainStepStep {

    @Override
    public String name() {
        return "clipping";
    }

    @Override
    public void apply(TrainStepContext ctx) {
        double maxNorm = ctx.config().clipNorm();
        if (maxNorm <= 0 || ctx.gradients.isEmpty()) {
            return;
        }
        GraphBuilder g = ctx.graph();
        List<String> squares = new ArrayList<>();
        ctx.gradients.forEach((p, grad) -> squares.add(g.node("ReduceSumSquare", List.of(grad), p + "/g_sq_sum", Attr.i("keepdims", 0))));
        String norm = ctx.unscaled(g.node("Sqrt", List.of(squares.size() == 1 ? squares.get(0) : g.node("Sum", squares, "clip/sum")),
                "clip/norm_scaled"), "clip/norm");
        String scale = g.node("Min", List.of(g.scalar("clip/one", 1f), g.node("Div", List.of(g.scalar("clip/max", (float) maxNorm),
                g.node("Add", List.of(norm, g.scalar("clip/eps", 1e-6f)), "clip/norm_eps")), "clip/ratio")), "clip/scale");
        ctx.gradients.replaceAll((p, grad) -> g.node("Mul", List.of(grad, scale), p + "/clipped"));
    }
}
