package dev.dendrite.onnx.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.graph.GraphBuilder;

/**
 * The ONNX model zoo's classic CNN architectures at small widths on 3×32×32 inputs, written the
 * way the zoo's files are (opset 9: LRN, pools with ceil mode, weights from Constant nodes,
 * BatchNormalization with its statistics, Dropout, Gemm with transB, Softmax over the classes).
 */
final class ZooArchitectures {

    private final GraphBuilder g;
    private final Random random;
    private int channels = 3;
    private int size = 32;

    private ZooArchitectures(String name, long seed) {
        g = new GraphBuilder(name);
        random = new Random(seed);
        g.reserve("data");
        g.input("data", GraphBuilder.ElementType.FLOAT, List.of("N", 3L, 32L, 32L));
    }

    static List<String> names() {
        return List.of("alexnet", "zfnet", "vgg", "resnet50", "densenet121", "inception_v1", "squeezenet", "shufflenet");
    }

    static ModelProto build(String name) {
        ZooArchitectures z = new ZooArchitectures(name, name.hashCode());
        String x = "data";
        String out = switch (name) {
            case "alexnet" -> z.alexnet(x, 11, 4);
            case "zfnet" -> z.alexnet(x, 7, 2);
            case "vgg" -> z.vgg(x);
            case "resnet50" -> z.resnet(x);
            case "densenet121" -> z.densenet(x);
            case "inception_v1" -> z.inception(x);
            case "squeezenet" -> z.squeezenet(x);
            case "shufflenet" -> z.shufflenet(x);
            default -> throw new IllegalArgumentException(name);
        };
        z.g.nodeWithOutputs("Softmax", List.of(out), List.of("prob"));
        z.g.output("prob", GraphBuilder.ElementType.FLOAT, List.of("N", 10L));
        return z.g.model("zoo", "").toBuilder().setOpsetImport(0, OperatorSetIdProto.newBuilder().setVersion(9)).build();
    }

    private FloatTensor tensor(long... shape) {
        FloatTensor t = FloatTensor.zeros(shape);
        double scale = shape.length > 1 ? Math.sqrt(2.0 / (t.size() / shape[0])) : 0.1;
        for (int i = 0; i < t.size(); i++) {
            t.values()[i] = (float) (random.nextGaussian() * scale);
        }
        return t;
    }

    /** A kernel as a Constant node's value, as several zoo files hold their weights. */
    private String constantKernel(long... shape) {
        FloatTensor k = tensor(shape);
        TensorProto.Builder t = TensorProto.newBuilder().setDataType(TensorProto.DataType.FLOAT_VALUE);
        for (long d : shape) {
            t.addDims(d);
        }
        for (float v : k.values()) {
            t.addFloatData(v);
        }
        return g.node("Constant", List.of(), "kernel", Attr.tensor("value", t.build()));
    }

    private String conv(String x, int out, int k, int stride, int pad, int group, boolean bias) {
        List<String> in = new ArrayList<>(List.of(x, random.nextBoolean() ? constantKernel(out, channels / group, k, k)
                : g.initializer("w", tensor(out, channels / group, k, k))));
        if (bias) {
            in.add(g.initializer("b", tensor(out)));
        }
        String y = g.node("Conv", in, "conv", Attr.ints("kernel_shape", k, k), Attr.ints("strides", stride, stride), Attr.ints("pads", pad,
                pad, pad, pad), Attr.i("group", group));
        channels = out;
        size = (size + 2 * pad - k) / stride + 1;
        return y;
    }

    private String relu(String x) {
        return g.node("Relu", List.of(x), "relu");
    }

    private String bn(String x) {
        FloatTensor variance = tensor(channels);
        for (int i = 0; i < channels; i++) {
            variance.values()[i] = 0.5f + Math.abs(variance.values()[i]);
        }
        return g.node("BatchNormalization", List.of(x, g.initializer("gamma", tensor(channels)), g.initializer("beta", tensor(channels)),
                g.initializer("mean", tensor(channels)), g.initializer("var", variance)), "bn", Attr.f("epsilon", 1e-5));
    }

    private String maxPool(String x, int k, int stride, int pad, boolean ceil) {
        // Opset 9 has no ceil_mode: the zoo's Caffe2 models pad one more on the far side instead.
        int far = ceil ? pad + 1 : pad;
        String y = g.node("MaxPool", List.of(x), "pool", Attr.ints("kernel_shape", k, k), Attr.ints("strides", stride, stride),
                Attr.ints("pads", pad, pad, far, far));
        size = (size + 2 * pad + (ceil ? 1 : 0) - k) / stride + 1;
        return y;
    }

    private String lrn(String x) {
        return g.node("LRN", List.of(x), "lrn", Attr.i("size", 5), Attr.f("alpha", 1e-4), Attr.f("beta", 0.75), Attr.f("bias", 1));
    }

    private String classifier(String x, int hidden) {
        String flat = g.node("Flatten", List.of(x), "flat");
        long features = (long) channels * size * size;
        if (hidden > 0) {
            flat = g.node("Dropout", List.of(relu(g.node("Gemm", List.of(flat, g.initializer("fc_w", tensor(hidden, features)), g.initializer(
                    "fc_b", tensor(hidden))), "fc", Attr.i("transB", 1)))), "drop", Attr.f("ratio", 0.5));
            features = hidden;
        }
        return g.node("Gemm", List.of(flat, g.initializer("out_w", tensor(10, features)), g.initializer("out_b", tensor(10))), "logits",
                Attr.i("transB", 1));
    }

    private String alexnet(String x, int k, int stride) {
        x = maxPool(lrn(relu(conv(x, 8, k, stride, 2, 1, true))), 3, 2, 0, false);
        x = maxPool(lrn(relu(conv(x, 12, 5, 1, 2, 2, true))), 2, 1, 0, false);
        x = relu(conv(x, 16, 3, 1, 1, 1, true));
        return classifier(x, 32);
    }

    private String vgg(String x) {
        for (int width : new int[] {8, 16, 16}) {
            x = maxPool(relu(conv(relu(conv(x, width, 3, 1, 1, 1, true)), width, 3, 1, 1, 1, true)), 2, 2, 0, false);
        }
        return classifier(x, 32);
    }

    private String resnet(String x) {
        x = maxPool(relu(bn(conv(x, 8, 7, 2, 3, 1, false))), 3, 2, 1, false);
        for (int[] stage : new int[][] {{8, 1}, {16, 2}}) {
            int in = channels;
            int inSize = size;
            String shortcut = x;
            String y = relu(bn(conv(x, stage[0] / 2, 1, 1, 0, 1, false)));
            y = relu(bn(conv(y, stage[0] / 2, 3, stage[1], 1, 1, false)));
            y = bn(conv(y, stage[0] * 2, 1, 1, 0, 1, false));
            if (in != channels || stage[1] != 1) {
                int out = channels;
                int outSize = size;
                channels = in;
                size = inSize;
                shortcut = bn(conv(shortcut, out, 1, stage[1], 0, 1, false));
                size = outSize;
            }
            x = relu(g.node("Add", List.of(y, shortcut), "add"));
        }
        String pooled = g.node("GlobalAveragePool", List.of(x), "gap");
        size = 1;
        return classifier(pooled, 0);
    }

    private String densenet(String x) {
        x = maxPool(relu(bn(conv(x, 8, 3, 1, 1, 1, false))), 2, 2, 0, false);
        for (int block = 0; block < 2; block++) {
            for (int layer = 0; layer < 3; layer++) {
                int in = channels;
                String y = conv(relu(bn(x)), 16, 1, 1, 0, 1, false);
                y = conv(relu(bn(y)), 4, 3, 1, 1, 1, false);
                x = g.node("Concat", List.of(x, y), "dense_concat", Attr.i("axis", 1));
                channels = in + 4;
            }
            if (block == 0) {
                x = conv(relu(bn(x)), channels / 2, 1, 1, 0, 1, false);
                x = g.node("AveragePool", List.of(x), "transition", Attr.ints("kernel_shape", 2, 2), Attr.ints("strides", 2, 2));
                size /= 2;
            }
        }
        x = g.node("GlobalAveragePool", List.of(relu(bn(x))), "gap");
        size = 1;
        return classifier(x, 0);
    }

    private String inception(String x) {
        x = lrn(maxPool(relu(conv(x, 8, 7, 2, 3, 1, true)), 3, 2, 0, true));
        int in = channels;
        int s = size;
        String b1 = relu(conv(x, 4, 1, 1, 0, 1, true));
        channels = in;
        String b2 = relu(conv(relu(conv(x, 4, 1, 1, 0, 1, true)), 6, 3, 1, 1, 1, true));
        channels = in;
        String b3 = relu(conv(relu(conv(x, 2, 1, 1, 0, 1, true)), 3, 5, 1, 2, 1, true));
        channels = in;
        String b4 = relu(conv(g.node("MaxPool", List.of(x), "branch_pool", Attr.ints("kernel_shape", 3, 3), Attr.ints("strides", 1, 1),
                Attr.ints("pads", 1, 1, 1, 1)), 3, 1, 1, 0, 1, true));
        x = g.node("Concat", List.of(b1, b2, b3, b4), "inception_concat", Attr.i("axis", 1));
        channels = 4 + 6 + 3 + 3;
        size = s;
        x = g.node("AveragePool", List.of(x), "avg", Attr.ints("kernel_shape", size, size), Attr.ints("strides", 1, 1));
        size = 1;
        return classifier(g.node("Dropout", List.of(x), "drop_avg", Attr.f("ratio", 0.4)), 0);
    }

    private String fire(String x, int squeeze, int expand) {
        String s = relu(conv(x, squeeze, 1, 1, 0, 1, true));
        String e1 = relu(conv(s, expand, 1, 1, 0, 1, true));
        channels = squeeze;
        String e3 = relu(conv(s, expand, 3, 1, 1, 1, true));
        channels = 2 * expand;
        return g.node("Concat", List.of(e1, e3), "fire_concat", Attr.i("axis", 1));
    }

    private String squeezenet(String x) {
        x = maxPool(relu(conv(x, 8, 3, 2, 0, 1, true)), 3, 2, 0, true);
        x = maxPool(fire(fire(x, 4, 8), 4, 8), 3, 2, 0, true);
        x = fire(x, 6, 12);
        x = relu(conv(g.node("Dropout", List.of(x), "drop", Attr.f("ratio", 0.5)), 10, 1, 1, 0, 1, true));
        x = g.node("GlobalAveragePool", List.of(x), "gap");
        return g.node("Flatten", List.of(x), "logits_flat");
    }

    /** ShuffleNet units: grouped 1×1 convolutions and the channel shuffle (Reshape, Transpose, Reshape). */
    private String shufflenet(String x) {
        x = maxPool(relu(conv(x, 12, 3, 2, 1, 1, false)), 3, 2, 1, false);
        for (int unit = 0; unit < 2; unit++) {
            String shortcut = x;
            int in = channels;
            String y = relu(bn(conv(x, 12, 1, 1, 0, 3, false)));
            String grouped = g.node("Reshape", List.of(y, g.longs("groups_shape", 0, 3, 4, size, size)), "groups");
            String swapped = g.node("Transpose", List.of(grouped), "shuffle", Attr.ints("perm", 0, 2, 1, 3, 4));
            y = g.node("Reshape", List.of(swapped, g.longs("flat_shape", 0, 12, size, size)), "shuffled");
            y = bn(conv(y, 12, 3, 1, 1, 12, false));
            y = bn(conv(y, in, 1, 1, 0, 3, false));
            x = relu(g.node("Add", List.of(y, shortcut), "unit_add"));
        }
        x = g.node("AveragePool", List.of(x), "avg", Attr.ints("kernel_shape", size, size));
        size = 1;
        return classifier(x, 0);
    }
}
