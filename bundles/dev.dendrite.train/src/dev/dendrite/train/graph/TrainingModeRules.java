package dev.dendrite.train.graph;

import java.util.List;
import java.util.Map;

import dev.dendrite.model.network.BatchNorm;
import dev.dendrite.model.network.Dropout;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Noise;
import dev.dendrite.model.network.NoiseKind;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.shape.LayerShapes;
import dev.dendrite.model.shape.Value;
import dev.dendrite.onnx.export.LoweringContext;
import dev.dendrite.onnx.graph.Attr;

/**
 * Training-mode computation of dropout, noise and BatchNorm: masks and noise are fed inputs drawn
 * from the run's seed; BatchNorm normalises with batch statistics composed from standard ops (so
 * the generic gradient rules differentiate it) and outputs its updated running statistics.
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

    static Map<String, String> batchNorm(Layer layer, Map<String, String> in, LayerShapes shapes, LoweringContext ctx,
            TrainingLayers training) {
        BatchNorm norm = (BatchNorm) layer;
        String x = in.get(Ports.IN);
        int rank = shapes.inputs().get(Ports.IN).rank();
        long[] axes = new long[rank - 1];
        long[] broadcast = new long[rank];
        axes[0] = 0;
        broadcast[0] = 1;
        broadcast[1] = -1;
        for (int d = 2; d < rank; d++) {
            axes[d - 1] = d;
            broadcast[d] = 1;
        }
        String id = norm.getId();
        String axesName = ctx.longs(id + "/axes", axes);
        String mean = ctx.op("ReduceMean", id + "/batch_mean", List.of(x, axesName), Attr.i("keepdims", 1));
        String centred = ctx.op("Sub", id + "/centred", List.of(x, mean));
        String var = ctx.op("ReduceMean", id + "/batch_var", List.of(ctx.op("Mul", id + "/squares", List.of(centred, centred)), axesName),
                Attr.i("keepdims", 1));
        String std = ctx.op("Sqrt", id + "/batch_std", ctx.op("Add", id + "/var_eps", List.of(var, ctx.scalar(id + "/eps", (float) norm.getEpsilon()))));
        String normalized = ctx.op("Div", id + "/normalized", List.of(centred, std));
        String scale = ctx.reshape(ctx.weight(norm, "scale"), id + "/scale_b", broadcast);
        String bias = ctx.reshape(ctx.weight(norm, "bias"), id + "/bias_b", broadcast);
        String y = ctx.op("Add", id, List.of(ctx.op("Mul", id + "/scaled", List.of(normalized, scale)), bias));
        // Running statistics: (1 - m)·running + m·batch, the variance unbiased as PyTorch keeps it.
        String count = ctx.op("Cast", id + "/count", ctx.op("Div", id + "/count_i", List.of(ctx.op("Size", id + "/size_x", x),
                ctx.op("Size", id + "/size_mean", mean))), Attr.i("to", ai.onnx.proto.OnnxMl.TensorProto.DataType.FLOAT_VALUE));
        String unbiased = ctx.op("Div", id + "/var_unbiased", List.of(ctx.op("Mul", id + "/var_n", List.of(var, count)),
                ctx.op("Sub", id + "/n_minus_1", List.of(count, ctx.scalar(id + "/one", 1f)))));
        training.runningUpdate(id + "/mean", blend(norm, "mean", ctx.reshape(mean, id + "/mean_flat", -1), ctx));
        training.runningUpdate(id + "/var", blend(norm, "var", ctx.reshape(unbiased, id + "/var_flat", -1), ctx));
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
