package dev.dendrite.train.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.dendrite.model.network.Block;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Regularization;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.onnx.weights.Weights;

/**
 * "penalties": L1 and L2 penalties of each layer's (or the network's) regularisation on weight
 * matrices and kernels (not biases or gains), added to the loss and, in closed form
 * (λ1·sign(w), λ2·w), to the gradients. Expects {@code loss}, {@code gradients}, {@code roles}.
 */
final class PenaltyStep implements TrainStepStep {

    @Override
    public String name() {
        return "penalties";
    }

    @Override
    public void apply(TrainStepContext ctx) {
        GraphBuilder g = ctx.graph();
        List<String> terms = new ArrayList<>(List.of(ctx.loss));
        Map<String, Regularization> byLayer = new HashMap<>();
        List<Layer> layers = new ArrayList<>(ctx.network().getLayers());
        for (Block block : ctx.network().getBlocks()) {
            layers.addAll(block.getLayers());
        }
        layers.forEach(l -> byLayer.put(l.getId(), l.getRegularization() != null ? l.getRegularization() : ctx.network().getRegularization()));
        for (Map.Entry<String, String> entry : new ArrayList<>(ctx.gradients.entrySet())) {
            String p = entry.getKey();
            Regularization r = byLayer.get(Weights.split(p)[0]);
            if (r == null || ctx.roles.get(p) != ParameterRole.WEIGHT || (r.getL1() == 0 && r.getL2() == 0)) {
                continue;
            }
            String grad = entry.getValue();
            if (r.getL1() > 0) {
                String l1 = g.scalar(p + "/l1", (float) r.getL1());
                terms.add(g.node("Mul", List.of(g.node("ReduceL1", List.of(p), p + "/l1_sum", Attr.i("keepdims", 0)), l1), p + "/l1_penalty"));
                grad = g.node("Add", List.of(grad, g.node("Mul", List.of(g.node("Sign", List.of(p), p + "/sign"), ctx.scaled(l1, p + "/l1_scaled")),
                        p + "/l1_grad")), p + "/grad_l1");
            }
            if (r.getL2() > 0) {
                String l2 = g.scalar(p + "/l2", (float) r.getL2());
                terms.add(g.node("Mul", List.of(g.node("ReduceSumSquare", List.of(p), p + "/l2_sum", Attr.i("keepdims", 0)),
                        g.scalar(p + "/half_l2", (float) r.getL2() / 2)), p + "/l2_penalty"));
                grad = g.node("Add", List.of(grad, g.node("Mul", List.of(p, ctx.scaled(l2, p + "/l2_scaled")), p + "/l2_grad")), p + "/grad_l2");
            }
            ctx.gradients.put(p, grad);
        }
        if (terms.size() > 1) {
            ctx.loss = g.node("Sum", terms, "loss_with_penalties");
        }
    }
}
