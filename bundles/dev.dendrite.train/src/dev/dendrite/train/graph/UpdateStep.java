package dev.dendrite.train.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.onnx.weights.Weights;

/**
 * "update": declares the "lr" (unless the gradients read it) and "step" inputs and the optimizer state (zeros at the start), and
 * emits the optimizer's update of every parameter with a gradient. Running statistics updated by
 * the forward pass join the feedback. Expects {@code gradients}; guarantees {@code initial},
 * {@code parameters}, {@code state}, {@code feedback}.
 */
final class UpdateStep implements TrainStepStep {

    @Override
    public String name() {
        return "update";
    }

    @Override
    public void apply(TrainStepContext ctx) {
        GraphBuilder g = ctx.graph();
        String lr = ctx.learningRate();
        g.input(g.reserve("step"), GraphBuilder.ElementType.FLOAT, List.of());
        ctx.parameters.addAll(ctx.gradients.keySet());
        OptimizerKind optimizer = ctx.config().optimizer();
        Weights initial = new Weights();
        ctx.lowered.weights().flat().forEach((key, tensor) -> {
            String[] parts = Weights.split(key);
            initial.put(parts[0], parts[1], tensor);
        });
        // Edge-popup scores start from a seeded Kaiming-uniform draw unless given (a resumed or continued run).
        for (var score : ctx.training.scores().entrySet()) {
            String[] parts = Weights.split(score.getKey());
            if (initial.get(parts[0], parts[1]).isEmpty()) {
                initial.put(parts[0], parts[1], CollectFeeds.initialScores(initial.flat().get(score.getValue()).shape(), ctx.config().seed(),
                        score.getKey()));
            }
        }
        long total = 0;
        for (String parameter : ctx.parameters) {
            total += initial.flat().get(parameter).size();
        }
        for (String name : Optimizers.flatState(optimizer, ctx.config().momentum())) {
            g.input(g.reserve(name), GraphBuilder.ElementType.FLOAT, List.of(total));
            String[] parts = Weights.split(name);
            initial.put(parts[0], parts[1], FloatTensor.zeros(total));
            ctx.state.add(name);
        }
        ctx.state.forEach(name -> ctx.roles.put(name, ParameterRole.OPTIMIZER_STATE));
        Map<String, long[]> shapes = new HashMap<>();
        ctx.parameters.forEach(p -> shapes.put(p, initial.flat().get(p).shape()));
        ctx.feedback.putAll(Optimizers.update(g, ctx.config(), ctx.gradients, lr, ctx.gradientScale, "step", shapes,
                ctx.rateFactors, ctx.gate));
        ctx.training.runningUpdates().forEach((buffer, updated) -> ctx.feedback.put(updated, buffer));
        ctx.initial = initial;
    }
}
