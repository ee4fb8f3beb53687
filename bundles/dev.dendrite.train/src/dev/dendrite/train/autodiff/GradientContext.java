package dev.dendrite.train.autodiff;

import java.util.Arrays;
import java.util.List;

import ai.onnx.proto.OnnxMl.AttributeProto;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.GraphBuilder;

/**
 * Helpers for vector-Jacobian rules: emitting nodes into the graph being differentiated, constants
 * of the gradient's element type (float or double: built with CastLike), and un-broadcasting.
 */
public final class GradientContext {

    private final GraphBuilder graph;
    private java.util.function.Predicate<String> needed = t -> true;

    GradientContext(GraphBuilder graph) {
        this.graph = graph;
    }

    /** Static shapes known for tensors the graph does not declare (a lowering's layer outputs); symbolic dims as -1. */
    private java.util.Map<String, long[]> knownShapes = java.util.Map.of();

    void setKnownShapes(java.util.Map<String, long[]> shapes) {
        this.knownShapes = shapes;
    }

    /** The static shape of {@code tensor} (symbolic dims as -1) when known, else null: rules use it to pick a faster form. */
    public long[] staticShape(String tensor) {
        long[] known = knownShapes.get(tensor);
        return known != null ? known.clone() : declaredShape(tensor);
    }

    /** The shape a Reshape to constant, positive dims gives {@code tensor} (a lowering's bias as a vector), else null. */
    long[] reshapedShape(String tensor) {
        for (var node : graph.graph().getNodeList()) {
            if (node.getOutputList().contains(tensor)) {
                long[] dims = node.getOpType().equals("Reshape") ? constantLongs(node.getInput(1)) : null;
                return dims != null && Arrays.stream(dims).allMatch(d -> d > 0) ? dims : null;
            }
        }
        return null;
    }

    void setNeeded(java.util.function.Predicate<String> needed) {
        this.needed = needed;
    }

    /** Whether anything asks for the gradient of this tensor: rules skip costly gradients nobody reads (e.g. of the input image). */
    public boolean needs(String tensor) {
        return needed.test(tensor);
    }

    /**
     * x transposed by perm; x itself when perm keeps every axis in place: ONNX Runtime 1.29's
     * Gemm-Transpose fusion takes any 2-D Transpose before a Gemm for a swap.
     */
    public String transpose(String x, String hint, long... perm) {
        boolean identity = java.util.stream.IntStream.range(0, perm.length).allMatch(i -> perm[i] == i);
        return identity ? x : op("Transpose", hint, x, Attr.ints("perm", perm));
    }

    public String op(String type, String hint, List<String> inputs, AttributeProto... attributes) {
        return graph.node(type, inputs, "grad/" + hint, attributes);
    }

    public String op(String type, String hint, String input, AttributeProto... attributes) {
        return op(type, hint, List.of(input), attributes);
    }

    public List<String> ops(String type, String hint, List<String> inputs, int outputs, AttributeProto... attributes) {
        return graph.node(type, inputs, outputs, "grad/" + hint, attributes);
    }

    /** Scalars by value: every differentiable tensor of one graph has the same float type, so one cast serves all uses. */
    private final java.util.Map<Float, String> scalars = new java.util.HashMap<>();

    /** A scalar with the element type of {@code like} (the graph's float type). */
    public String scalarLike(float value, String like) {
        return scalars.computeIfAbsent(value, v -> op("CastLike", "const", List.of(graph.scalar("grad/c", v), like)));
    }

    public String longs(long... values) {
        return graph.longs("grad/axes", values);
    }

    public String mul(String a, String b) {
        return op("Mul", "mul", List.of(a, b));
    }

    public String shape(String x) {
        return op("Shape", "shape", x);
    }

    public String zerosLike(String x) {
        return op("Mul", "zeros", List.of(x, scalarLike(0f, x)));
    }

    /**
     * Sums a gradient over the dims along which {@code x} was broadcast, and gives it x's shape.
     * Works on shapes at run time: pad x's shape with leading ones to g's rank, reduce every axis
     * where they differ, reshape.
     */
    public String unbroadcast(String g, String x) {
        String sx = shape(x);
        String sg = shape(g);
        String rankDifference = op("Sub", "rank_diff", List.of(op("Size", "rank_g", sg), op("Size", "rank_x", sx)));
        String padding = op("ConstantOfShape", "pad", op("Reshape", "pad_len", List.of(rankDifference, longs(1))),
                longValue(1));
        String padded = op("Concat", "padded_shape", List.of(padding, sx), Attr.i("axis", 0));
        String differs = op("Not", "differs", op("Equal", "same", List.of(padded, sg)));
        String axes = op("Reshape", "axes", List.of(op("NonZero", "axes2d", differs), longs(-1)));
        String reduced = op("ReduceSum", "reduced", List.of(g, axes), Attr.i("keepdims", 1), Attr.i("noop_with_empty_axes", 1));
        return op("Reshape", "unbroadcast", List.of(reduced, sx));
    }

    /**
     * As {@link #unbroadcast(String, String)} for a gradient {@code g} of {@code like}'s shape (the
     * node's output). Where x's shape is known to the last dim and like's rank is known, the axes are
     * constants: one ReduceSum, or g itself when nothing was broadcast, instead of a dozen nodes
     * working the axes out every step (a dense layer's bias took twelve).
     */
    public String unbroadcast(String g, String x, String like) {
        long[] sx = staticShape(x);
        long[] sg = staticShape(like);
        if (sx == null || sg == null || sg.length < sx.length || Arrays.stream(sx).anyMatch(d -> d <= 0)) {
            return unbroadcast(g, x);
        }
        int leading = sg.length - sx.length;
        List<Long> axes = new java.util.ArrayList<>();
        for (int i = 0; i < sg.length; i++) {
            // A dim of 1 against anything but a known 1 was broadcast (summing one value where it was 1 after all is exact).
            if (i < leading || sx[i - leading] == 1 && sg[i] != 1) {
                axes.add((long) i);
            }
        }
        if (axes.isEmpty()) {
            return g;
        }
        if (axes.get(axes.size() - 1) == axes.size() - 1) {
            // Only a prefix of g's axes was broadcast (leading axes, then x's dims of 1): a bias.
            return sumOfRows(g, sg.length == 2 && axes.size() == 1, sx);
        }
        String reduced = op("ReduceSum", "reduced", List.of(g, longs(axes.stream().mapToLong(Long::longValue).toArray())),
                Attr.i("keepdims", leading == 0 ? 1 : 0));
        if (leading == 0) {
            return reduced;
        }
        // The leading axes are gone; x's own dims of 1 that were broadcast are kept as 1 by reshaping to x's shape.
        return axes.size() == leading ? reduced : op("Reshape", "unbroadcast", List.of(reduced, longs(sx)));
    }

    /**
     * The sum of {@code g} over a prefix of its axes, to {@code sx} (whose dims before the summed
     * ones' place are 1), as a product of g's rows with a vector of ones: a bias's gradient.
     * ONNX Runtime's ReduceSum over the first axis of [512, 256] took 72 µs, this product 14; of
     * [14336, 512] 2.4 ms against 0.5.
     */
    String sumOfRows(String g, boolean gIsRows, long[] sx) {
        String rows = gIsRows ? g : op("Reshape", "rows", List.of(g, longs(-1, Arrays.stream(sx).reduce(1, Math::multiplyExact))));
        String count = op("Shape", "row_count", rows, Attr.i("start", 0), Attr.i("end", 1));
        String ones = op("Expand", "ones", List.of(scalarLike(1f, g), count));
        String sum = op("MatMul", "row_sum", List.of(ones, rows));
        return sx.length == 1 ? sum : op("Reshape", "unbroadcast", List.of(sum, longs(sx)));
    }

    static AttributeProto longValue(long value) {
        var tensor = ai.onnx.proto.OnnxMl.TensorProto.newBuilder().setDataType(ai.onnx.proto.OnnxMl.TensorProto.DataType.INT64_VALUE)
                .addDims(1).addInt64Data(value).build();
        return AttributeProto.newBuilder().setName("value").setType(AttributeProto.AttributeType.TENSOR).setT(tensor).build();
    }

    /** The static shape a graph input declares for {@code tensor} (symbolic dims as -1), or null when it is not one. */
    public long[] declaredShape(String tensor) {
        for (var input : graph.graph().getInputList()) {
            if (input.getName().equals(tensor) && input.getType().hasTensorType()) {
                var dims = input.getType().getTensorType().getShape().getDimList();
                return dims.stream().mapToLong(d -> d.hasDimValue() ? d.getDimValue() : -1).toArray();
            }
        }
        return null;
    }

    /** The values of an int64 initializer named {@code tensor}, or null when it is not one. */
    public long[] constantLongs(String tensor) {
        var initializer = initializer(tensor);
        try {
            return initializer == null ? null : dev.dendrite.onnx.importer.TensorReader.longs(initializer, "the train step");
        } catch (dev.dendrite.onnx.importer.OnnxFormatException notInt64) {
            return null;
        }
    }

    /** The values of a float initializer named {@code tensor}, or null when it is not one. */
    public float[] constantFloats(String tensor) {
        var initializer = initializer(tensor);
        try {
            return initializer == null ? null : dev.dendrite.onnx.importer.TensorReader.floats(initializer, "the train step").values();
        } catch (dev.dendrite.onnx.importer.OnnxFormatException notFloat) {
            return null;
        }
    }

    /** The rank of {@code tensor}: its known shape's, or an initializer's dims; -1 when neither tells. */
    public int rank(String tensor) {
        long[] shape = staticShape(tensor);
        if (shape != null) {
            return shape.length;
        }
        var initializer = initializer(tensor);
        return initializer == null ? -1 : initializer.getDimsCount();
    }

    private ai.onnx.proto.OnnxMl.TensorProto initializer(String tensor) {
        return graph.graph().getInitializerList().stream().filter(i -> i.getName().equals(tensor)).findFirst().orElse(null);
    }

    public GraphBuilder graph() {
        return graph;
    }
}
