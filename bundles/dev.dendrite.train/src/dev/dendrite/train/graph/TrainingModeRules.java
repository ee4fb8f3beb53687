package dev.dendrite.train.graph;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.dendrite.model.network.Dropout;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Noise;
import dev.dendrite.model.network.NoiseKind;
import dev.dendrite.model.network.gnn.GraphAttention;
import dev.dendrite.model.network.normalization.BatchNorm;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.shape.Dim;
import dev.dendrite.model.shape.LayerShapes;
import dev.dendrite.model.shape.Shape;
import dev.dendrite.model.shape.Value;
import dev.dendrite.onnx.export.GraphAttentionLowering;
import dev.dendrite.onnx.export.LoweringContext;
import dev.dendrite.onnx.graph.Attr;

/**
 * Training-mode computation of dropout, noise and BatchNorm: masks and noise are fed inputs drawn
 * from the run's seed; BatchNorm normalises with batch statistics (standard reductions feeding the
 * inference-form operator, with a closed-form gradient rule) and outputs its updated running statistics.
 */
final class TrainingModeRules {

    private TrainingModeRules() {
    }

    static Map<String, String> dropout(Layer layer, Map<String, String> in, LayerShapes shapes, LoweringContext ctx, TrainingLayers training) {
        Dropout dropout = (Dropout) layer;
        String x = in.get(Ports.IN);
        if (dropout.getRate() == 0) {
            return out(ctx.op("Identity", dropout.getId(), x));
        }
        Value value = shapes.inputs().get(Ports.IN);
        String mask = training.randomInput(ctx, dropout.getId() + "/mask", RandomInput.Kind.SCALED_KEEP_MASK, dropout.getRate(), value);
        return out(ctx.op("Mul", dropout.getId(), List.of(x, mask)));
    }

    /**
     * Graph attention with dropout on its coefficients (GATConv's {@code dropout}): α times a fed keep-mask scaled by
     * 1/(1 − p), one [E, H] for the input's edges and one [V, H] for the self-loops, bound per batch by its edges and nodes.
     */
    static Map<String, String> graphAttention(Layer layer, Map<String, String> in, LayerShapes shapes, LoweringContext ctx,
            TrainingLayers training) {
        GraphAttention gat = (GraphAttention) layer;
        UnaryOperator<String> drop = UnaryOperator.identity();
        if (gat.getDropout() > 0) {
            Dim heads = Dim.of(gat.getHeads());
            drop = alpha -> {
                String mask = training.randomInput(ctx, gat.getId() + "/attention_mask", RandomInput.Kind.SCALED_KEEP_MASK, gat.getDropout(),
                        Value.tensor(Shape.of(Dim.EDGES, heads)));
                if (gat.isSelfLoops()) {
                    String loops = training.randomInput(ctx, gat.getId() + "/attention_loop_mask", RandomInput.Kind.SCALED_KEEP_MASK,
                            gat.getDropout(), Value.tensor(Shape.of(Dim.NODES, heads)));
                    mask = ctx.op("Concat", gat.getId() + "/attention_masks", List.of(mask, loops), Attr.i("axis", 0));
                }
                return ctx.op("Mul", gat.getId() + "/weights_dropped", List.of(alpha, mask));
            };
        }
        return Map.of(Ports.NODES, GraphAttentionLowering.lower(gat, in.get(Ports.NODES), in.get(Ports.EDGES), in.get(Ports.EDGE_FEATURES),
                ctx, drop));
    }

    static Map<String, String> noise(Layer layer, Map<String, String> in, LayerShapes shapes, LoweringContext ctx, TrainingLayers training) {
        Noise noise = (Noise) layer;
        String x = in.get(Ports.IN);
        Value value = shapes.inputs().get(Ports.IN);
        if (noise.getKind() == NoiseKind.MASKING) {
            String mask = training.randomInput(ctx, noise.getId() + "/noise", RandomInput.Kind.KEEP_MASK, noise.getAmount(), value);
            return out(ctx.op("Mul", noise.getId(), List.of(x, mask)));
        }
        String gaussian = training.randomInput(ctx, noise.getId() + "/noise", RandomInput.Kind.GAUSSIAN, 0, value);
        String scaled = ctx.op("Mul", noise.getId() + "/scaled", List.of(gaussian, ctx.scalar(noise.getId() + "/amount", (float) noise.getAmount())));
        return out(ctx.op("Add", noise.getId(), List.of(x, scaled)));
    }

    /** z = μ + exp(½·log σ²)·ε, ε fed from the run's seed: the reparameterisation trick, differentiable in μ and log σ². */
    static Map<String, String> gaussianLatent(Layer layer, Map<String, String> in, LayerShapes shapes, LoweringContext ctx, TrainingLayers training) {
        String id = layer.getId();
        String mean = in.get(Ports.MEAN);
        String standardDeviation = ctx.op("Exp", id + "/standard_deviation", List.of(ctx.op("Mul", id + "/half_log_variance",
                List.of(in.get(Ports.LOG_VARIANCE), ctx.scalar(id + "/half", 0.5f)))));
        String epsilon = training.randomInput(ctx, id + "/epsilon", RandomInput.Kind.GAUSSIAN, 0, shapes.inputs().get(Ports.MEAN));
        String spread = ctx.op("Mul", id + "/spread", List.of(standardDeviation, epsilon));
        return out(ctx.op("Add", id, List.of(mean, spread)));
    }

    static Map<String, String> batchNorm(Layer layer, Map<String, String> in, LayerShapes shapes, LoweringContext ctx,
            TrainingLayers training) {
        BatchNorm norm = (BatchNorm) layer;
        String x = in.get(Ports.IN);
        int rank = shapes.inputs().get(Ports.IN).rank();
        long[] broadcast = new long[rank];
        java.util.Arrays.fill(broadcast, 1);
        broadcast[1] = -1;
        String id = norm.getId();
        BatchStatistics statistics = BatchStatistics.of(ctx, x, shapes.inputs().get(Ports.IN).shape(), broadcast,
                training.statisticsInOnePass(), id);
        String meanFlat = statistics.mean();
        String varFlat = statistics.variance();
        String count = statistics.count();
        String centred = statistics.centred();
        // One pass normalises, scales and shifts: the inference-form operator fed the batch statistics,
        // differentiated by the closed form (which also spares the backward pass most of its passes).
        float epsilon = (float) norm.getEpsilon();
        String y = ctx.op("BatchNormalization", id, List.of(x, ctx.weight(norm, "scale"), ctx.weight(norm, "bias"), meanFlat, varFlat),
                Attr.f("epsilon", epsilon));
        String var = ctx.reshape(varFlat, id + "/batch_var", broadcast);
        training.overrides().batchStatistics(y, centred, var, count, broadcast, epsilon);
        // Running statistics: (1 - m)·running + m·batch, the variance unbiased as PyTorch keeps it.
        String unbiased = ctx.op("Div", id + "/var_unbiased", List.of(ctx.op("Mul", id + "/var_n", List.of(varFlat, count)),
                ctx.op("Sub", id + "/n_minus_1", List.of(count, ctx.scalar(id + "/one", 1f)))));
        training.runningUpdate(id + "/mean", blend(norm, "mean", meanFlat, ctx));
        training.runningUpdate(id + "/var", blend(norm, "var", unbiased, ctx));
        return out(y);
    }

    private static String blend(BatchNorm norm, String buffer, String batchValue, LoweringContext ctx) {
        String id = norm.getId();
        float m = (float) norm.getMomentum();
        String kept = ctx.op("Mul", id + "/" + buffer + "_kept", List.of(ctx.weight(norm, buffer), ctx.scalar(id + "/keep", 1 - m)));
        String added = ctx.op("Mul", id + "/" + buffer + "_added", List.of(batchValue, ctx.scalar(id + "/momentum", m)));
        return ctx.op("Add", id + "/" + buffer + "_running", List.of(kept, added));
    }

    private static Map<String, String> out(String name) {
        return Map.of(Ports.OUT, name);
    }
}
