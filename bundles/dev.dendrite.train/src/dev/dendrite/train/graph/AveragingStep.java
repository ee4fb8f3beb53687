package dev.dendrite.train.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.onnx.weights.Weights;

/**
 * "average": with {@code --ema D}, an exponential moving average of every trained parameter and
 * running statistic ({@code key:average}), updated inside the train step after the optimizer:
 * a ← a + (1 − d)·(p − a), with d = min(D, (1 + t)/(10 + t)) at step t, so the average follows the
 * fast-changing early weights and settles to D later (as timm's model EMA does). The averages
 * start at the initial values, are optimizer state to everything else (checkpointed, resumed,
 * averaged by data-parallel workers, never exported as such) and are what validation, the test
 * and the trained model use. Expects {@code feedback}, {@code parameters}, {@code initial};
 * guarantees an averaged tensor in {@code state} and {@code feedback} per parameter and statistic.
 */
public final class AveragingStep implements TrainStepStep {

    /** The suffix of an averaged tensor's key: {@code layer/weight:average}. */
    public static final String SUFFIX = ":average";

    @Override
    public String name() {
        return "average";
    }

    @Override
    public void apply(TrainStepContext ctx) throws ExportException {
        double decay = ctx.config().emaDecay();
        if (decay <= 0) {
            return;
        }
        if (!ctx.training.scores().isEmpty()) {
            throw new ExportException("--ema averages trained weights, and edge-popup trains scores over fixed random weights: leave --ema out");
        }
        Map<String, String> updatedOf = new HashMap<>();
        ctx.feedback.forEach((updated, input) -> updatedOf.put(input, updated));
        List<String> averaged = new ArrayList<>(ctx.parameters);
        averaged.addAll(ctx.training.runningUpdates().keySet());
        GraphBuilder g = ctx.graph();
        // d_t = min(D, (1 + t)/(10 + t)) once per step; the tensors then take one Sub, Mul and Add each.
        String t = "step";
        String warming = g.node("Div", List.of(g.node("Add", List.of(t, g.scalar("ema/one", 1f)), "ema/t_plus_1"),
                g.node("Add", List.of(t, g.scalar("ema/ten", 10f)), "ema/t_plus_10")), "ema/warming");
        String d = g.node("Min", List.of(warming, g.scalar("ema/decay", (float) decay)), "ema/d");
        String rate = g.node("Sub", List.of(g.scalar("ema/one_", 1f), d), "ema/rate");
        Map<String, String> added = new LinkedHashMap<>();
        for (String key : averaged) {
            String updated = updatedOf.get(key);
            FloatTensor start = ctx.initial.flat().get(key);
            if (updated == null || start == null) {
                continue;
            }
            String name = key + SUFFIX;
            List<Object> dims = new ArrayList<>();
            for (long dim : start.shape()) {
                dims.add(dim);
            }
            g.input(g.reserve(name), GraphBuilder.ElementType.FLOAT, dims);
            String moved = g.node("Mul", List.of(g.node("Sub", List.of(updated, name), name + "/gap"), rate), name + "/move");
            added.put(g.node("Add", List.of(name, moved), name + ":new"), name);
            String[] parts = Weights.split(name);
            ctx.initial.put(parts[0], parts[1], start);
            ctx.state.add(name);
            ctx.roles.put(name, ParameterRole.OPTIMIZER_STATE);
        }
        ctx.feedback.putAll(added);
    }

    /** The averaged tensor's key for a parameter's or statistic's key. */
    public static String averageOf(String key) {
        return key + SUFFIX;
    }
}
