package dev.dendrite.onnx.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.dendrite.model.network.Activation;
import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Add;
import dev.dendrite.model.network.Concat;
import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.ProjectionKind;
import dev.dendrite.model.network.Reshape;
import dev.dendrite.model.network.generative.RBM;
import dev.dendrite.model.network.normalization.BatchNorm;
import dev.dendrite.model.network.normalization.LayerNorm;
import dev.dendrite.model.network.normalization.RMSNorm;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.shape.LayerShapes;
import dev.dendrite.model.shape.Value;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.FloatTensor;

/** Inference-mode lowering of dense layers, activations, reshaping, merging, normalisation and RBM up-passes. */
final class CoreLowering {

    private CoreLowering() {
    }

    static String dense(Dense dense, String x, Value in, LoweringContext ctx) {
        String weight = ctx.weight(dense, "weight");
        if (in.rank() == 2) {
            List<String> inputs = dense.isBias() ? List.of(x, weight, ctx.weight(dense, "bias")) : List.of(x, weight);
            return ctx.op("Gemm", dense.getId(), inputs);
        }
        String product = ctx.op("MatMul", LoweringContext.hint(dense, "matmul"), List.of(x, weight));
        return dense.isBias() ? ctx.op("Add", dense.getId(), List.of(product, ctx.weight(dense, "bias"))) : product;
    }

    static String activation(Activation activation, String x, LoweringContext ctx) {
        return activation(activation.getFunction(), activation.getAlpha(), activation.getAxis(), activation.getId(), x, ctx);
    }

    /** One activation function as its ONNX operator; {@code name} names the output tensor. */
    static String activation(ActivationFunction function, double alpha, int axis, String name, String x, LoweringContext ctx) {
        return switch (function) {
            case SIGMOID -> ctx.op("Sigmoid", name, x);
            case TANH -> ctx.op("Tanh", name, x);
            case RELU -> ctx.op("Relu", name, x);
            case LEAKY_RELU -> ctx.op("LeakyRelu", name, x, Attr.f("alpha", alpha));
            case ELU -> ctx.op("Elu", name, x, Attr.f("alpha", alpha));
            case GELU -> ctx.op("Gelu", name, x);
            case SOFTMAX -> ctx.op("Softmax", name, x, Attr.i("axis", axis));
            case LOG_SOFTMAX -> ctx.op("LogSoftmax", name, x, Attr.i("axis", axis));
        };
    }

    static String reshape(Reshape reshape, String x, LoweringContext ctx) {
        long[] shape = new long[reshape.getDims().size() + 1];
        for (int i = 0; i < reshape.getDims().size(); i++) {
            shape[i + 1] = reshape.getDims().get(i);
        }
        return ctx.reshape(x, reshape.getId(), shape); // shape[0] = 0 keeps the batch dim
    }

    /** The product of the inputs, ONNX's Mul broadcasting them. */
    static String multiply(dev.dendrite.model.network.Multiply multiply, Map<String, String> inputs, LoweringContext ctx) {
        String product = inputs.get(Ports.IN + 0);
        for (int i = 1; i < multiply.getInputs(); i++) {
            product = ctx.op("Mul", i == multiply.getInputs() - 1 ? multiply.getId() : LoweringContext.hint(multiply, "product" + i),
                    List.of(product, inputs.get(Ports.IN + i)));
        }
        return product;
    }

    /** Sum of the inputs; inputs whose shape differs from in0 go through the projection first. */
    static String add(Add add, Map<String, String> inputs, LayerShapes shapes, LoweringContext ctx) {
        Value main = shapes.inputs().get(Ports.IN + 0);
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < add.getInputs(); i++) {
            String name = inputs.get(Ports.IN + i);
            Value value = shapes.inputs().get(Ports.IN + i);
            if (i > 0 && add.getProjection() != ProjectionKind.NONE && !value.shape().dims().equals(main.shape().dims())) {
                name = project(add, i, name, value, main, ctx);
            }
            terms.add(name);
        }
        return ctx.op("Sum", add.getId(), terms);
    }

    private static String project(Add add, int i, String x, Value from, Value to, LoweringContext ctx) {
        String weight = ctx.weight(add, "projection" + i + "_weight");
        if (add.getProjection() == ProjectionKind.DENSE) {
            return ctx.op("Gemm", LoweringContext.hint(add, "projection" + i), List.of(x, weight, ctx.weight(add, "projection" + i + "_bias")));
        }
        int spatial = from.rank() - 2;
        long stride = 1;
        if (spatial > 0) {
            long a = from.shape().size(2);
            long b = to.shape().size(2);
            stride = (a + b - 1) / b;
        }
        return ctx.op("Conv", LoweringContext.hint(add, "projection" + i), List.of(x, weight),
                Attr.repeated("kernel_shape", 1, spatial), Attr.repeated("strides", stride, spatial));
    }

    static String concat(Concat concat, Map<String, String> inputs, LoweringContext ctx) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < concat.getInputs(); i++) {
            parts.add(inputs.get(Ports.IN + i));
        }
        return ctx.op("Concat", concat.getId(), parts, Attr.i("axis", concat.getAxis()));
    }

    static String batchNorm(BatchNorm norm, String x, LoweringContext ctx) {
        List<String> inputs = List.of(x, ctx.weight(norm, "scale"), ctx.weight(norm, "bias"), ctx.weight(norm, "mean"),
                ctx.weight(norm, "var"));
        // ONNX momentum weighs the running statistic; Dendrite's (like PyTorch's) weighs the batch statistic.
        return ctx.op("BatchNormalization", norm.getId(), inputs, Attr.f("epsilon", norm.getEpsilon()),
                Attr.f("momentum", 1 - norm.getMomentum()));
    }

    static String layerNorm(LayerNorm norm, String x, Value in, LoweringContext ctx) {
        String scale;
        String bias;
        if (norm.isAffine()) {
            scale = ctx.weight(norm, "scale");
            bias = ctx.weight(norm, "bias");
        } else {
            long[] shape = new long[norm.getNormalizedDims()];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = in.shape().size(in.rank() - shape.length + i);
            }
            scale = ctx.graph().initializer(LoweringContext.hint(norm, "ones"), FloatTensor.filled(1f, shape));
            bias = ctx.graph().initializer(LoweringContext.hint(norm, "zeros"), FloatTensor.zeros(shape));
        }
        return ctx.op("LayerNormalization", norm.getId(), List.of(x, scale, bias), Attr.i("axis", -norm.getNormalizedDims()),
                Attr.f("epsilon", norm.getEpsilon()));
    }

    /** x / sqrt(mean(x²) + ε) · g, composed from standard ops. */
    static String rmsNorm(RMSNorm norm, String x, LoweringContext ctx) {
        String squares = ctx.op("Mul", LoweringContext.hint(norm, "squares"), List.of(x, x));
        String mean = ctx.op("ReduceMean", LoweringContext.hint(norm, "mean_square"), List.of(squares, ctx.longs(LoweringContext.hint(norm, "axes"), -1)),
                Attr.i("keepdims", 1));
        String shifted = ctx.op("Add", LoweringContext.hint(norm, "plus_eps"), List.of(mean, ctx.scalar(LoweringContext.hint(norm, "eps"), (float) norm.getEpsilon())));
        String rms = ctx.op("Sqrt", LoweringContext.hint(norm, "rms"), shifted);
        String normalized = ctx.op("Div", norm.isAffine() ? LoweringContext.hint(norm, "normalized") : norm.getId(), List.of(x, rms));
        return norm.isAffine() ? ctx.op("Mul", norm.getId(), List.of(normalized, ctx.weight(norm, "scale"))) : normalized;
    }

    static String inputNormalization(Layer norm, String x, LoweringContext ctx) {
        String centred = ctx.op("Sub", LoweringContext.hint(norm, "centred"), List.of(x, ctx.weight(norm, "shift")));
        return ctx.op("Mul", norm.getId(), List.of(centred, ctx.weight(norm, "scale")));
    }

    /** The up-pass: hidden unit probabilities sigmoid(x·W + c). */
    static String rbm(RBM rbm, String x, LoweringContext ctx) {
        String pre = ctx.op("Gemm", LoweringContext.hint(rbm, "activation"), List.of(x, ctx.weight(rbm, "weight"), ctx.weight(rbm, "hidden_bias")));
        return ctx.op("Sigmoid", rbm.getId(), pre);
    }
}
