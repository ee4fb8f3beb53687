package dev.dendrite.train.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dendrite.model.network.BatchNorm;
import dev.dendrite.model.network.Dropout;
import dev.dendrite.model.network.Noise;
import dev.dendrite.model.network.NoiseKind;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.shape.LayerShapes;
import dev.dendrite.model.shape.Value;
import dev.dendrite.onnx.export.LoweringContext;
import dev.dendrite.onnx.export.TrainingHooks;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.GraphBuilder;

/**
 * Training-mode computation of dropout, noise and BatchNorm: masks and noise are fed inputs drawn
 * from the run's seed; BatchNorm normalises with batch statistics composed from standard ops (so
 * the generic gradient rules differentiate it) and outputs its updated running statistics.
 */
final class TrainingLayers implements TrainingHooks {

    private final List<RandomInput> randomInputs = new ArrayList<>();
    private final boolean pruningMasks;
    /** Mask input → the parameter it masks. */
    private final Map<String, String> masks = new LinkedHashMap<>();

    TrainingLayers(boolean pruningMasks) {
        this.pruningMasks = pruningMasks;
    }

    Map<String, String> masks() {
        return masks;
    }

    /** Weight matrices and kernels: what penalties and pruning apply to (not biases, gains or statistics). */
    static boolean weightLike(String key) {
        String param = key.substring(key.lastIndexOf('/') + 1);
        return param.equals("weight") || param.endsWith("_weight") || param.equals("W") || param.equals("R");
    }

    @Override
    public String parameter(String key, LoweringContext ctx) {
        if (!pruningMasks || !weightLike(key)) {
            return key;
        }
        String mask = key + ":mask";
        GraphBuilder graph = ctx.graph();
        List<Object> dims = new ArrayList<>();
        for (long d : ctx.parameterShape(key)) {
            dims.add(d);
        }
        graph.input(graph.reserve(mask), GraphBuilder.ElementType.FLOAT, dims);
        masks.put(mask, key);
        return ctx.op("Mul", key + "/masked", List.of(key, mask));
    }
    /** Running-statistic buffer ({@code layerId/mean}) → its updated value. */
    private final Map<String, String> runningUpdates = new LinkedHashMap<>();

    List<RandomInput> randomInputs() {
        return randomInputs;
    }

    Map<String, String> runningUpdates() {
        return runningUpdates;
    }

    @Override
    public String dropout(Dropout dropout, String x, LayerShapes shapes, LoweringContext ctx) {
        if (dropout.getRate() == 0) {
            return ctx.op("Identity", dropout.getId(), x);
        }
        String mask = declare(ctx, dropout.getId() + "/mask", shapes.inputs().get(Ports.IN));
        randomInputs.add(new RandomInput(mask, RandomInput.Kind.SCALED_KEEP_MASK, dropout.getRate(), shapes.inputs().get(Ports.IN)));
        return ctx.op("Mul", dropout.getId(), List.of(x, mask));
    }

    @Override
    public String noise(Noise noise, String x, LayerShapes shapes, LoweringContext ctx) {
        Value value = shapes.inputs().get(Ports.IN);
        String input = declare(ctx, noise.getId() + "/noise", value);
        if (noise.getKind() == NoiseKind.MASKING) {
            randomInputs.add(new RandomInput(input, RandomInput.Kind.KEEP_MASK, noise.getAmount(), value));
            return ctx.op("Mul", noise.getId(), List.of(x, input));
        }
        randomInputs.add(new RandomInput(input, RandomInput.Kind.GAUSSIAN, 0, value));
        String scaled = ctx.op("Mul", noise.getId() + "/scaled", List.of(input, ctx.scalar(noise.getId() + "/amount", (float) noise.getAmount())));
        return ctx.op("Add", noise.getId(), List.of(x, scaled));
    }

    @Override
    public String batchNorm(BatchNorm norm, String x, LayerShapes shapes, LoweringContext ctx) {
        Value in = shapes.inputs().get(Ports.IN);
        int rank = in.rank();
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
        runningUpdates.put(id + "/mean", blend(norm, "mean", ctx.reshape(mean, id + "/mean_flat", -1), ctx));
        runningUpdates.put(id + "/var", blend(norm, "var", ctx.reshape(unbiased, id + "/var_flat", -1), ctx));
        return y;
    }

    private static String blend(BatchNorm norm, String buffer, String batchValue, LoweringContext ctx) {
        String id = norm.getId();
        float m = (float) norm.getMomentum();
        String kept = ctx.op("Mul", id + "/" + buffer + "_kept", List.of(ctx.weight(norm, buffer), ctx.scalar(id + "/keep", 1 - m)));
        String added = ctx.op("Mul", id + "/" + buffer + "_added", List.of(batchValue, ctx.scalar(id + "/momentum", m)));
        return ctx.op("Add", id + "/" + buffer + "_running", List.of(kept, added));
    }

    private static String declare(LoweringContext ctx, String name, Value value) {
        List<Object> dims = new ArrayList<>();
        value.shape().dims().forEach(d -> dims.add(d.isFixed() ? (Object) d.size() : d.toString()));
        GraphBuilder graph = ctx.graph();
        graph.input(graph.reserve(name), GraphBuilder.ElementType.FLOAT, dims);
        return name;
    }
}
