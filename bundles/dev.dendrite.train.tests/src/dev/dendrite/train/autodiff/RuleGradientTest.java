package dev.dendrite.train.autodiff;

import static dev.dendrite.train.autodiff.GradientCheck.Input.real;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import ai.onnx.proto.OnnxMl.AttributeProto;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.train.autodiff.GradientCheck.Input;

/** Every vector-Jacobian rule against central finite differences in float64. */
class RuleGradientTest {

    private static final Random RANDOM = new Random(42);
    /** Values of cases added later, so that the cases after them keep the values they were written with. */
    private static final Random LARGE = new Random(43);

    private static Arguments rule(String name, List<Input> inputs, Function<GraphBuilder, String> forward) {
        return Arguments.of(name, inputs, forward);
    }

    private static Input x(long... shape) {
        return real("x", RANDOM, shape);
    }

    private static Input w(long... shape) {
        return real("w", RANDOM, shape);
    }

    /** Values in [0.5, 2.5): away from the poles and kinks of log, sqrt, 1/x and division. */
    private static Input positive(String name, long... shape) {
        Input input = real(name, RANDOM, shape);
        for (int i = 0; i < input.values().length; i++) {
            input.values()[i] = 0.5 + 2 * RANDOM.nextDouble();
        }
        return input;
    }

    private static Function<GraphBuilder, String> unary(String op, AttributeProto... attributes) {
        return g -> g.node(op, List.of("x"), "y", attributes);
    }

    private static Function<GraphBuilder, String> binary(String op, AttributeProto... attributes) {
        return g -> g.node(op, List.of("x", "w"), "y", attributes);
    }

    static Stream<Arguments> rules() {
        Stream.Builder<Arguments> all = Stream.builder();
        all.add(rule("Add with broadcasting", List.of(x(2, 3), w(3)), binary("Add")));
        all.add(rule("Sub with broadcasting", List.of(x(2, 3), w(2, 1)), binary("Sub")));
        all.add(rule("Mul with broadcasting", List.of(x(2, 3), w(3)), binary("Mul")));
        all.add(rule("Div", List.of(x(2, 3), positive("w", 2, 3)), binary("Div")));
        all.add(rule("Sum", List.of(x(2, 3), w(3), real("v", RANDOM, 2, 1)), g -> g.node("Sum", List.of("x", "w", "v"), "y")));
        all.add(rule("Neg", List.of(x(4)), unary("Neg")));
        all.add(rule("Abs", List.of(x(4)), unary("Abs")));
        all.add(rule("Identity", List.of(x(4)), unary("Identity")));
        all.add(rule("Exp", List.of(x(5)), unary("Exp")));
        all.add(rule("Log", List.of(positive("x", 5)), unary("Log")));
        all.add(rule("Sqrt", List.of(positive("x", 5)), unary("Sqrt")));
        all.add(rule("Reciprocal", List.of(positive("x", 5)), unary("Reciprocal")));
        all.add(rule("Where", List.of(x(2, 3), w(2, 3)), g -> g.node("Where",
                List.of(g.node("Greater", List.of("x", "w"), "mask"), "x", "w"), "y")));
        all.add(rule("Relu", List.of(x(3, 4)), unary("Relu")));
        all.add(rule("Sigmoid", List.of(x(3, 4)), unary("Sigmoid")));
        all.add(rule("Tanh", List.of(x(3, 4)), unary("Tanh")));
        all.add(rule("LeakyRelu", List.of(x(3, 4)), unary("LeakyRelu", Attr.f("alpha", 0.1))));
        all.add(rule("Elu", List.of(x(3, 4)), unary("Elu", Attr.f("alpha", 1.0))));
        all.add(rule("Gelu", List.of(x(3, 4)), unary("Gelu")));
        all.add(rule("Gelu tanh", List.of(x(3, 4)), unary("Gelu", Attr.s("approximate", "tanh"))));
        all.add(rule("Softmax last axis", List.of(x(3, 4)), unary("Softmax", Attr.i("axis", -1))));
        all.add(rule("Softmax axis 0", List.of(x(3, 4)), unary("Softmax", Attr.i("axis", 0))));
        all.add(rule("LogSoftmax", List.of(x(3, 4)), unary("LogSoftmax", Attr.i("axis", 1))));
        all.add(rule("MatMul", List.of(x(2, 3), w(3, 4)), binary("MatMul")));
        all.add(rule("MatMul on a 3-D input", List.of(x(2, 5, 3), w(3, 4)), binary("MatMul")));
        all.add(rule("MatMul of batches of matrices", List.of(x(2, 3, 4, 5), w(2, 3, 5, 4)), binary("MatMul")));
        // As attention multiplies: B's rank known only from the Transpose that makes it.
        all.add(rule("MatMul by a transposed batch", List.of(x(2, 3, 4, 5), w(2, 3, 4, 5)), g -> g.node("MatMul",
                List.of("x", g.node("Transpose", List.of("w"), "wt", Attr.ints("perm", 0, 1, 3, 2))), "y")));
        all.add(rule("Gemm with bias", List.of(x(2, 3), w(3, 4), real("b", RANDOM, 4)), g -> g.node("Gemm", List.of("x", "w", "b"), "y")));
        all.add(rule("Gemm transB", List.of(x(2, 3), w(4, 3)), g -> g.node("Gemm", List.of("x", "w"), "y", Attr.i("transB", 1))));
        all.add(rule("Reshape", List.of(x(2, 6)), g -> g.node("Reshape", List.of("x", g.longs("s", 3, 4)), "y")));
        all.add(rule("Flatten", List.of(x(2, 3, 2)), unary("Flatten", Attr.i("axis", 1))));
        all.add(rule("Transpose", List.of(x(2, 3, 4)), unary("Transpose", Attr.ints("perm", 2, 0, 1))));
        // No perm: ONNX reverses the axes, which is its own inverse.
        all.add(rule("Transpose without perm", List.of(x(2, 3, 4)), unary("Transpose")));
        all.add(rule("Concat", List.of(x(2, 3), w(2, 1), real("v", RANDOM, 2, 2)),
                g -> g.node("Concat", List.of("x", "w", "v"), "y", Attr.i("axis", 1))));
        all.add(rule("Unsqueeze", List.of(x(2, 3)), g -> g.node("Unsqueeze", List.of("x", g.longs("a", 1)), "y")));
        all.add(rule("Expand", List.of(x(1, 3, 1)), g -> g.node("Expand", List.of("x", g.longs("s", 4, 3, 2)), "y")));
        all.add(rule("Squeeze", List.of(x(2, 1, 3)), g -> g.node("Squeeze", List.of("x", g.longs("a", 1)), "y")));
        all.add(rule("ReduceSum keepdims", List.of(x(2, 3, 2)), g -> g.node("ReduceSum", List.of("x", g.longs("a", 1)), "y", Attr.i("keepdims", 1))));
        all.add(rule("ReduceSum dropping dims", List.of(x(2, 3, 2)), g -> g.node("ReduceSum", List.of("x", g.longs("a", 0, 2)), "y",
                Attr.i("keepdims", 0))));
        all.add(rule("ReduceSum of everything", List.of(x(2, 3)), g -> g.node("ReduceSum", List.of("x"), "y", Attr.i("keepdims", 0))));
        all.add(rule("ReduceMean", List.of(x(2, 3, 2)), g -> g.node("ReduceMean", List.of("x", g.longs("a", -1)), "y", Attr.i("keepdims", 0))));
        all.add(rule("GlobalAveragePool", List.of(x(2, 3, 3, 2)), unary("GlobalAveragePool")));
        all.add(rule("GlobalMaxPool", List.of(x(2, 3, 3, 2)), unary("GlobalMaxPool")));
        all.add(rule("Conv", List.of(x(2, 2, 5, 5), w(3, 2, 3, 3), real("b", RANDOM, 3)),
                g -> g.node("Conv", List.of("x", "w", "b"), "y", Attr.ints("kernel_shape", 3, 3), Attr.ints("pads", 1, 1, 1, 1))));
        all.add(rule("Conv stride 2", List.of(x(1, 2, 6, 6), w(2, 2, 3, 3)), g -> g.node("Conv", List.of("x", "w"), "y",
                Attr.ints("kernel_shape", 3, 3), Attr.ints("strides", 2, 2), Attr.ints("pads", 1, 1, 1, 1))));
        all.add(rule("Conv dilation 2", List.of(x(1, 1, 7, 7), w(2, 1, 3, 3)), g -> g.node("Conv", List.of("x", "w"), "y",
                Attr.ints("kernel_shape", 3, 3), Attr.ints("dilations", 2, 2))));
        all.add(rule("Conv groups 2", List.of(x(1, 4, 5, 5), w(4, 2, 3, 3)), g -> g.node("Conv", List.of("x", "w"), "y",
                Attr.ints("kernel_shape", 3, 3), Attr.i("group", 2))));
        // Up to three input channels the kernel gradient is a convolution grouped over the batch (padded to groups of four).
        all.add(rule("Conv 3 channels, batch 5, stride 2", List.of(x(5, 3, 6, 6), w(2, 3, 3, 3)), g -> g.node("Conv", List.of("x", "w"), "y",
                Attr.ints("kernel_shape", 3, 3), Attr.ints("strides", 2, 2), Attr.ints("pads", 1, 1, 1, 1))));
        all.add(rule("Conv 4 channels, 3x3 dilated", List.of(x(3, 4, 7, 7), w(2, 4, 3, 3)), g -> g.node("Conv",
                List.of("x", "w"), "y", Attr.ints("kernel_shape", 3, 3), Attr.ints("dilations", 2, 2), Attr.ints("pads", 1, 1, 1, 1))));
        // Kernels of up to nine taps: the gradient from input patches (strides, dilations and lopsided pads carried over).
        all.add(rule("Conv 3x3 from patches, stride 2, lopsided pads", List.of(x(3, 5, 7, 6), w(4, 5, 3, 3)), g -> g.node("Conv",
                List.of("x", "w"), "y", Attr.ints("kernel_shape", 3, 3), Attr.ints("strides", 2, 2), Attr.ints("pads", 1, 0, 0, 1))));
        // Stride-1 kernels on images of 256 output pixels or more: the gradient from separable shifts.
        all.add(rule("Conv 3x3 from separable shifts", List.of(x(2, 2, 16, 16), w(3, 2, 3, 3), real("b", RANDOM, 3)), g -> g.node("Conv",
                List.of("x", "w", "b"), "y", Attr.ints("kernel_shape", 3, 3), Attr.ints("pads", 1, 1, 1, 1))));
        all.add(rule("Conv 3x3 from separable shifts, lopsided pads", List.of(x(1, 2, 17, 17), w(2, 2, 3, 3)), g -> g.node("Conv",
                List.of("x", "w"), "y", Attr.ints("kernel_shape", 3, 3), Attr.ints("pads", 0, 1, 1, 0))));
        all.add(rule("Conv 2x3 from separable shifts, no padding", List.of(x(1, 3, 19, 18), w(2, 3, 2, 3)), g -> g.node("Conv",
                List.of("x", "w"), "y", Attr.ints("kernel_shape", 2, 3))));
        // Stride-1 kernels on smaller images: one product over the batch's stacked images (zero rows keep samples apart).
        all.add(rule("Conv 3x3 from stacked shifts, batch 3", List.of(x(3, 2, 5, 4), w(3, 2, 3, 3), real("b", RANDOM, 3)), g -> g.node("Conv",
                List.of("x", "w", "b"), "y", Attr.ints("kernel_shape", 3, 3), Attr.ints("pads", 1, 1, 1, 1))));
        all.add(rule("Conv 3x3 from stacked shifts, lopsided pads", List.of(x(2, 3, 6, 5), w(2, 3, 3, 3)), g -> g.node("Conv",
                List.of("x", "w"), "y", Attr.ints("kernel_shape", 3, 3), Attr.ints("pads", 2, 0, 0, 1))));
        all.add(rule("Conv 2x3 from stacked shifts, no padding", List.of(x(2, 2, 5, 6), w(3, 2, 2, 3)), g -> g.node("Conv",
                List.of("x", "w"), "y", Attr.ints("kernel_shape", 2, 3))));
        all.add(rule("Conv 3x1 from stacked shifts", List.of(x(2, 2, 5, 4), w(2, 2, 3, 1)), g -> g.node("Conv",
                List.of("x", "w"), "y", Attr.ints("kernel_shape", 3, 1), Attr.ints("pads", 1, 0, 1, 0))));
        all.add(rule("Conv 1x1 from patches", List.of(x(2, 4, 3, 3), w(2, 4, 1, 1)), g -> g.node("Conv", List.of("x", "w"), "y",
                Attr.ints("kernel_shape", 1, 1))));
        all.add(rule("Conv 5x5, 1 channel, batch 3 (batch groups)", List.of(x(3, 1, 7, 7), w(2, 1, 5, 5)), g -> g.node("Conv",
                List.of("x", "w"), "y", Attr.ints("kernel_shape", 5, 5), Attr.ints("strides", 2, 2), Attr.ints("pads", 2, 1, 1, 2))));
        // A batch that fills the groups: nothing to pad.
        all.add(rule("Conv 5x5, 1 channel, batch 4 (batch groups, no padding)", List.of(x(4, 1, 6, 6), w(2, 1, 5, 5)), g -> g.node("Conv",
                List.of("x", "w"), "y", Attr.ints("kernel_shape", 5, 5), Attr.ints("pads", 2, 2, 2, 2))));
        // Strided 1×1 kernels (projection shortcuts): an input size the strides divide, one they do not, strides 3.
        all.add(rule("Conv 1x1 stride 2", List.of(real("x", LARGE, 2, 3, 6, 6), real("w", LARGE, 4, 3, 1, 1)), g -> g.node("Conv",
                List.of("x", "w"), "y", Attr.ints("kernel_shape", 1, 1), Attr.ints("strides", 2, 2))));
        all.add(rule("Conv 1x1 stride 2, odd size", List.of(real("x", LARGE, 2, 3, 7, 5), real("w", LARGE, 4, 3, 1, 1)),
                g -> g.node("Conv", List.of("x", "w"), "y", Attr.ints("kernel_shape", 1, 1), Attr.ints("strides", 2, 2))));
        all.add(rule("Conv 1x1 stride 3 with bias", List.of(real("x", LARGE, 2, 2, 7, 8), real("w", LARGE, 3, 2, 1, 1),
                real("b", LARGE, 3)), g -> g.node("Conv", List.of("x", "w", "b"), "y", Attr.ints("kernel_shape", 1, 1),
                        Attr.ints("strides", 3, 3))));
        all.add(rule("Conv 5x5, 5 channels (transposed form)", List.of(x(2, 5, 6, 6), w(2, 5, 5, 5)), g -> g.node("Conv", List.of("x", "w"),
                "y", Attr.ints("kernel_shape", 5, 5), Attr.ints("pads", 2, 2, 2, 2))));
        all.add(rule("Conv1d stride 2", List.of(x(2, 2, 9), w(3, 2, 3)), g -> g.node("Conv", List.of("x", "w"), "y",
                Attr.ints("kernel_shape", 3), Attr.ints("strides", 2), Attr.ints("pads", 1, 1))));
        all.add(rule("MaxPool", List.of(x(2, 2, 4, 4)), unary("MaxPool", Attr.ints("kernel_shape", 2, 2), Attr.ints("strides", 2, 2))));
        // Tiled 3×3 and 4×4 windows: the window row from two and three comparisons (the blocks form).
        all.add(rule("MaxPool 3x3 tiled", List.of(x(2, 2, 6, 9)), unary("MaxPool", Attr.ints("kernel_shape", 3, 3), Attr.ints("strides", 3, 3))));
        all.add(rule("MaxPool 4x4 tiled", List.of(x(1, 2, 8, 4)), unary("MaxPool", Attr.ints("kernel_shape", 4, 4), Attr.ints("strides", 4, 4))));
        all.add(rule("MaxPool overlapping", List.of(x(1, 2, 5, 5)), unary("MaxPool", Attr.ints("kernel_shape", 3, 3),
                Attr.ints("strides", 2, 2), Attr.ints("pads", 1, 1, 1, 1))));
        all.add(rule("Conv lopsided padding", List.of(x(1, 2, 6, 6), w(3, 2, 3, 3)), g -> g.node("Conv", List.of("x", "w"), "y",
                Attr.ints("kernel_shape", 3, 3), Attr.ints("strides", 2, 2), Attr.ints("pads", 1, 1, 0, 0))));
        all.add(rule("MaxPool lopsided padding", List.of(x(1, 2, 5, 5)), unary("MaxPool", Attr.ints("kernel_shape", 2, 2),
                Attr.ints("strides", 2, 2), Attr.ints("pads", 0, 0, 1, 1))));
        all.add(rule("Conv 1x3 per-dim pads", List.of(x(1, 2, 5, 5), w(3, 2, 1, 3)), g -> g.node("Conv", List.of("x", "w"), "y",
                Attr.ints("kernel_shape", 1, 3), Attr.ints("pads", 0, 1, 0, 1))));
        all.add(rule("MaxPool dilated", List.of(x(1, 2, 6, 6)), unary("MaxPool", Attr.ints("kernel_shape", 2, 2),
                Attr.ints("dilations", 2, 2), Attr.ints("pads", 1, 1, 1, 1))));
        all.add(rule("MaxPool ceil mode", List.of(x(1, 2, 5, 5)), unary("MaxPool", Attr.ints("kernel_shape", 2, 2),
                Attr.ints("strides", 2, 2), Attr.i("ceil_mode", 1))));
        all.add(rule("AveragePool", List.of(x(2, 2, 4, 4)), unary("AveragePool", Attr.ints("kernel_shape", 2, 2), Attr.ints("strides", 2, 2))));
        all.add(rule("AveragePool padded", List.of(x(1, 2, 5, 5)), unary("AveragePool", Attr.ints("kernel_shape", 3, 3),
                Attr.ints("strides", 2, 2), Attr.ints("pads", 1, 1, 1, 1), Attr.i("count_include_pad", 1))));
        all.add(rule("Gather (embedding)", List.of(w(5, 3), Input.indices("ids", new long[] {2, 3}, 0, 4, 4, 1, 2, 0)),
                g -> g.node("Gather", List.of("w", "ids"), "y", Attr.i("axis", 0))));
        // Along other axes: a class token read at step 0 (a scalar index), steps picked twice, the last feature.
        all.add(rule("Gather axis 1, scalar", List.of(x(2, 4, 3), Input.indices("i", new long[] {}, 0)),
                g -> g.node("Gather", List.of("x", "i"), "y", Attr.i("axis", 1))));
        all.add(rule("Gather axis 1, repeated", List.of(x(2, 4, 3), Input.indices("i", new long[] {2, 2}, 3, 0, 0, 2)),
                g -> g.node("Gather", List.of("x", "i"), "y", Attr.i("axis", 1))));
        all.add(rule("Gather axis 1 into Gemm", List.of(x(2, 4, 3), w(3, 5), Input.indices("i", new long[] {}, 0)),
                g -> g.node("Gemm", List.of(g.node("Gather", List.of("x", "i"), "token", Attr.i("axis", 1)), "w"), "y")));
        all.add(rule("Gather axis -1", List.of(x(2, 3, 4), Input.indices("i", new long[] {2}, 1, -1)),
                g -> g.node("Gather", List.of("x", "i"), "y", Attr.i("axis", -1))));
        all.add(rule("ScatterND add", List.of(x(4, 3), w(5, 3), Input.indices("idx", new long[] {5, 1}, 0, 2, 2, 3, 0)),
                g -> g.node("ScatterND", List.of("x", "idx", "w"), "y", Attr.s("reduction", "add"))));
        // Row numbers unsqueezed on the last axis (the graph layers' form): the updates' gradient is a Gather of rows.
        all.add(rule("ScatterND add, unsqueezed rows", List.of(x(4, 3), w(5, 3), Input.indices("rows", new long[] {5}, 0, 2, 2, 3, 0)),
                g -> g.node("ScatterND", List.of("x", g.node("Unsqueeze", List.of("rows", g.longs("last", -1)), "idx"), "w"), "y",
                        Attr.s("reduction", "add"))));
        all.add(rule("ScatterND add, unsqueezed 2-D rows", List.of(x(4, 3), w(2, 3, 3), Input.indices("rows", new long[] {2, 3}, 3, 1, 1, 0, 2, 3)),
                g -> g.node("ScatterND", List.of("x", g.node("Unsqueeze", List.of("rows", g.longs("last", -1)), "idx"), "w"), "y",
                        Attr.s("reduction", "add"))));
        all.add(rule("ScatterND max", List.of(x(4, 3), w(5, 3), Input.indices("idx", new long[] {5, 1}, 0, 2, 2, 3, 0)),
                g -> g.node("ScatterND", List.of("x", "idx", "w"), "y", Attr.s("reduction", "max"))));
        // Rows 1 and 2 of the updates tie at index 2: each gets half the gradient (what central differences see).
        all.add(rule("ScatterND max with tied winners", List.of(x(4, 3), new Input("w", new long[] {5, 3},
                new double[] {0.3, -0.2, 0.1, 5, 5, 5, 5, 5, 5, -0.4, 0.8, 0.2, 0.5, -0.1, 0.9}, null),
                Input.indices("idx", new long[] {5, 1}, 0, 2, 2, 3, 0)),
                g -> g.node("ScatterND", List.of("x", "idx", "w"), "y", Attr.s("reduction", "max"))));
        all.add(rule("ReduceL2 of everything", List.of(x(3, 2)), g -> g.node("ReduceL2", List.of("x"), "y", Attr.i("keepdims", 1))));
        all.add(rule("ReduceL2 dropping an axis", List.of(x(3, 4)), g -> g.node("ReduceL2", List.of("x", g.longs("a", 1)), "y",
                Attr.i("keepdims", 0))));
        all.add(rule("Split into equal parts (num_outputs)", List.of(x(6, 2)), g -> {
            List<String> parts = g.node("Split", List.of("x"), 3, "parts", Attr.i("axis", 0), Attr.i("num_outputs", 3));
            return g.node("Mul", List.of(parts.get(0), parts.get(2)), "y");
        }));
        all.add(rule("LayerNormalization", List.of(x(3, 4), w(4), real("b", RANDOM, 4)),
                g -> g.node("LayerNormalization", List.of("x", "w", "b"), "y", Attr.i("axis", -1))));
        all.add(rule("LayerNormalization over two dims", List.of(x(2, 3, 4), w(3, 4), real("b", RANDOM, 3, 4)),
                g -> g.node("LayerNormalization", List.of("x", "w", "b"), "y", Attr.i("axis", -2))));
        all.add(rule("Split", List.of(x(2, 5)), g -> {
            List<String> parts = g.node("Split", List.of("x", g.longs("sizes", 2, 3)), 2, "parts", Attr.i("axis", 1));
            return g.node("Mul", List.of(parts.get(0), g.node("Slice", List.of(parts.get(1), g.longs("s0", 0), g.longs("s1", 2),
                    g.longs("sa", 1)), "first_two")), "y");
        }));
        all.add(rule("Slice with negative and clamped bounds", List.of(x(3, 6)), g -> g.node("Slice", List.of("x", g.longs("starts", 1, -4),
                g.longs("ends", 100, -1), g.longs("axes", 0, 1)), "y")));
        all.add(rule("BatchNorm composed (training statistics)", List.of(x(4, 3), w(3), real("b", RANDOM, 3)), RuleGradientTest::batchNorm));
        return all.build();
    }

    /**
     * (x - mean) / sqrt(var + eps) · w + b with batch statistics composed from generic operators (as imported
     * graphs may compose it; the training lowering's own form has its closed-form rule, checked by BatchNormGradientTest).
     */
    private static String batchNorm(GraphBuilder g) {
        String axes = g.longs("axes", 0);
        String mean = g.node("ReduceMean", List.of("x", axes), "mean", Attr.i("keepdims", 1));
        String centred = g.node("Sub", List.of("x", mean), "centred");
        String var = g.node("ReduceMean", List.of(g.node("Mul", List.of(centred, centred), "sq"), axes), "var", Attr.i("keepdims", 1));
        String eps = g.node("CastLike", List.of(g.scalar("eps", 1e-5f), "x"), "eps_like");
        String std = g.node("Sqrt", List.of(g.node("Add", List.of(var, eps), "var_eps")), "std");
        String normalized = g.node("Div", List.of(centred, std), "normalized");
        return g.node("Add", List.of(g.node("Mul", List.of(normalized, "w"), "scaled"), "b"), "y");
    }

    /** Rules that sum gradients over broadcast axes, with operands of each kind of broadcasting. */
    static Stream<Arguments> broadcastingRules() {
        // Its own values: drawing from RANDOM would change every later case's inputs (and put MaxPool's values within h of a tie).
        Random random = new Random(7);
        Stream.Builder<Arguments> all = Stream.builder();
        all.add(rule("Add, leading axis", List.of(real("x", random, 2, 3), real("w", random, 3)), binary("Add")));
        all.add(rule("Add, a dim of 1", List.of(real("x", random, 2, 3), real("w", random, 1, 3)), binary("Add")));
        all.add(rule("Add, same shape", List.of(real("x", random, 2, 3), real("w", random, 2, 3)), binary("Add")));
        all.add(rule("Add, a scalar", List.of(real("x", random, 2, 3), real("w", random)), binary("Add")));
        all.add(rule("Sub, a dim of 1", List.of(real("x", random, 2, 3), real("w", random, 2, 1)), binary("Sub")));
        all.add(rule("Mul, leading axis and a dim of 1", List.of(real("x", random, 2, 3, 4), real("w", random, 3, 1)), binary("Mul")));
        all.add(rule("Mul, both broadcast", List.of(real("x", random, 2, 1, 4), real("w", random, 3, 1)), binary("Mul")));
        Input divisor = real("w", random, 3);
        for (int i = 0; i < divisor.values().length; i++) {
            divisor.values()[i] = 0.5 + 2 * random.nextDouble();
        }
        all.add(rule("Div, leading axis", List.of(real("x", random, 2, 3), divisor), binary("Div")));
        all.add(rule("Sum, three kinds", List.of(real("x", random, 2, 3), real("w", random, 3), real("v", random, 2, 1)),
                g -> g.node("Sum", List.of("x", "w", "v"), "y")));
        all.add(rule("Where, broadcast branches", List.of(real("x", random, 2, 3), real("w", random, 3)), g -> g.node("Where",
                List.of(g.node("Greater", List.of("x", "w"), "mask"), "x", "w"), "y")));
        all.add(rule("Gemm with bias", List.of(real("x", random, 2, 3), real("w", random, 3, 4), real("b", random, 4)),
                g -> g.node("Gemm", List.of("x", "w", "b"), "y")));
        all.add(rule("LayerNormalization over two dims", List.of(real("x", random, 2, 3, 4), real("w", random, 3, 4), real("b", random, 3, 4)),
                g -> g.node("LayerNormalization", List.of("x", "w", "b"), "y", Attr.i("axis", -2))));
        all.add(rule("ConvTranspose stride 2, pads, output padding, bias", List.of(real("x", random, 2, 3, 4, 4), real("w", random, 3, 2, 3, 3),
                real("b", random, 2)), g -> g.node("ConvTranspose", List.of("x", "w", "b"), "y", Attr.ints("kernel_shape", 3, 3),
                        Attr.ints("strides", 2, 2), Attr.ints("pads", 1, 1, 1, 1), Attr.ints("output_padding", 1, 1))));
        all.add(rule("ConvTranspose groups 2, dilation 2, lopsided pads", List.of(real("x", random, 2, 4, 3, 4), real("w", random, 4, 1, 2, 2)),
                g -> g.node("ConvTranspose", List.of("x", "w"), "y", Attr.ints("kernel_shape", 2, 2), Attr.i("group", 2),
                        Attr.ints("dilations", 2, 2), Attr.ints("pads", 1, 0, 0, 1))));
        all.add(rule("Clip (ReLU6's bounds)", List.of(real("x", random, 3, 4)), g -> g.node("Clip", List.of("x",
                g.node("CastLike", List.of(g.scalar("low", -0.5f), "x"), "low_x"), g.node("CastLike", List.of(g.scalar("high", 0.6f), "x"),
                        "high_x")), "y")));
        all.add(rule("Clip with a max only", List.of(real("x", random, 3, 4)), g -> g.node("Clip", List.of("x", "",
                g.node("CastLike", List.of(g.scalar("high", 0.3f), "x"), "high_x")), "y")));
        all.add(rule("PRelu, a slope per channel", List.of(real("x", random, 2, 3, 2, 2), real("w", random, 3, 1, 1)), binary("PRelu")));
        all.add(rule("Erf", List.of(real("x", random, 2, 5)), unary("Erf")));
        all.add(rule("Softplus", List.of(real("x", random, 2, 5)), unary("Softplus")));
        all.add(rule("HardSigmoid", List.of(real("x", random, 2, 5)), unary("HardSigmoid", Attr.f("alpha", 0.3), Attr.f("beta", 0.4))));
        // Each of its three pieces, away from the kinks at ±3 (where finite differences straddle two slopes).
        all.add(rule("HardSwish", List.of(new Input("x", new long[] {2, 5}, new double[] {-5, -3.4, -2.6, -1.2, -0.1, 0.4, 1.9, 2.7, 3.3, 4.6},
                null)), unary("HardSwish")));
        all.add(rule("Max of three, broadcast", List.of(real("x", random, 2, 3), real("w", random, 3), real("v", random, 2, 1)),
                g -> g.node("Max", List.of("x", "w", "v"), "y")));
        all.add(rule("Max of an input and itself (a tie everywhere: one input takes the gradient)", List.of(real("x", random, 2, 3)),
                g -> g.node("Max", List.of("x", "x"), "y")));
        all.add(rule("Min of two", List.of(real("x", random, 2, 3), real("w", random, 2, 3)), g -> g.node("Min", List.of("x", "w"), "y")));
        all.add(rule("Pow, exponent broadcast", List.of(positive("x", 2, 3), real("w", random, 3)), binary("Pow")));
        all.add(rule("Resize nearest by 2 and 3 (PyTorch's Upsample)", List.of(real("x", random, 2, 2, 3, 2)), g -> g.node("Resize",
                List.of("x", "", g.initializer("scales", new dev.dendrite.onnx.graph.FloatTensor(new long[] {4}, new float[] {1, 1, 2, 3}))), "y",
                Attr.s("mode", "nearest"), Attr.s("coordinate_transformation_mode", "asymmetric"), Attr.s("nearest_mode", "floor"))));
        all.add(rule("Resize linear by 2 (bilinear, half_pixel)", List.of(real("x", random, 1, 2, 3, 4)), g -> g.node("Resize",
                List.of("x", "", g.initializer("scales", new dev.dendrite.onnx.graph.FloatTensor(new long[] {4}, new float[] {1, 1, 2, 2}))), "y",
                Attr.s("mode", "linear"))));
        all.add(rule("Resize linear, align_corners, to sizes", List.of(real("x", random, 1, 1, 3, 3)), g -> g.node("Resize",
                List.of("x", "", "", g.longs("sizes", 1, 1, 5, 7)), "y", Attr.s("mode", "linear"),
                Attr.s("coordinate_transformation_mode", "align_corners"))));
        all.add(rule("Resize linear, pytorch_half_pixel, down to 3 of 4", List.of(real("x", random, 2, 1, 3, 4)), g -> g.node("Resize",
                List.of("x", "", g.initializer("scales", new dev.dendrite.onnx.graph.FloatTensor(new long[] {4}, new float[] {1, 1, 1, 0.75f}))),
                "y", Attr.s("mode", "linear"), Attr.s("coordinate_transformation_mode", "pytorch_half_pixel"))));
        all.add(rule("Resize nearest by 1.5, asymmetric, floor", List.of(real("x", random, 1, 1, 4, 4)), g -> g.node("Resize",
                List.of("x", "", g.initializer("scales", new dev.dendrite.onnx.graph.FloatTensor(new long[] {4}, new float[] {1, 1, 1.5f, 1.5f}))),
                "y", Attr.s("mode", "nearest"), Attr.s("coordinate_transformation_mode", "asymmetric"), Attr.s("nearest_mode", "floor"))));
        all.add(rule("Resize nearest down by 2, round_prefer_ceil", List.of(real("x", random, 1, 1, 4, 6)), g -> g.node("Resize",
                List.of("x", "", g.initializer("scales", new dev.dendrite.onnx.graph.FloatTensor(new long[] {4}, new float[] {1, 1, 0.5f, 0.5f}))),
                "y", Attr.s("mode", "nearest"), Attr.s("nearest_mode", "round_prefer_ceil"))));
        all.add(rule("InstanceNormalization", List.of(real("x", random, 2, 3, 2, 3), real("w", random, 3), real("b", random, 3)),
                g -> g.node("InstanceNormalization", List.of("x", "w", "b"), "y", Attr.f("epsilon", 1e-3))));
        all.add(rule("Pad, constant, lopsided", List.of(real("x", random, 2, 3, 4)), g -> g.node("Pad", List.of("x",
                g.longs("pads", 0, 1, 2, 0, 2, 0)), "y")));
        all.add(rule("ConvTranspose 1-D stride 3", List.of(real("x", random, 2, 2, 5), real("w", random, 2, 3, 4)),
                g -> g.node("ConvTranspose", List.of("x", "w"), "y", Attr.ints("kernel_shape", 4), Attr.ints("strides", 3))));
        // Added last: drawing before the cases above would change their inputs.
        all.add(rule("Add, two leading axes", List.of(real("x", random, 2, 3, 4), real("w", random, 4)), binary("Add")));
        all.add(rule("Add, a leading axis and a dim of 1", List.of(real("x", random, 2, 3, 4), real("w", random, 1, 4)), binary("Add")));
        all.add(rule("Gemm with a bias reshaped to a vector", List.of(real("x", random, 2, 3), real("w", random, 3, 4), real("b", random, 1, 4)),
                g -> g.node("Gemm", List.of("x", "w", g.node("Reshape", List.of("b", g.longs("bias_shape", 4)), "bias")), "y")));
        // A slope below zero that flips the sign: the mask must come from the input, not the output.
        all.add(rule("LeakyRelu with a negative slope", List.of(real("x", random, 3, 4)), unary("LeakyRelu", Attr.f("alpha", -0.5))));
        all.add(rule("Elu with a negative alpha", List.of(real("x", random, 3, 4)), unary("Elu", Attr.f("alpha", -1.0))));
        return all.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broadcastingRules")
    void broadcastingRulesMatchFiniteDifferencesWhenTheOutputShapeIsKnown(String name, List<Input> inputs, Function<GraphBuilder, String> forward)
            throws Exception {
        GradientCheck.checkWithOutputShapeKnown(name, inputs, forward);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void ruleMatchesFiniteDifferences(String name, List<Input> inputs, Function<GraphBuilder, String> forward) throws Exception {
        GradientCheck.check(name, inputs, forward);
    }
}
