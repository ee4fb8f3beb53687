package dev.dendrite.analysis.robustness;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.analysis.evaluation.Saliency;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.graph.NodeAttributes;
import dev.dendrite.onnx.importer.OnnxFormatException;
import dev.dendrite.onnx.importer.TensorReader;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;

/**
 * A classifier's ONNX graph as the layers linear bounds pass through, in order: tensors numbered from the input (0), each step an
 * affine map, a nonlinear layer or the sum of two tensors. Reshapes are the identity on a sample's flattened values; a final softmax
 * is left out (the logits are bounded). Shapes come from one probe run of the model.
 */
final class BoundNetwork {

    /** One layer: an affine map or a nonlinear layer of {@code inputs[0]}, or the sum of the inputs times their signs. */
    record Step(String name, int[] inputs, int output, AffineMap affine, NonlinearLayer nonlinear, double[] signs) {
    }

    private static final Set<String> RESHAPING = Set.of("Identity", "Dropout", "Flatten", "Reshape", "Squeeze", "Unsqueeze");
    private static final Set<String> ACTIVATIONS = Set.of("Relu", "LeakyRelu", "Elu", "Softplus", "Sigmoid", "Tanh");
    /** The operators whose first output is a float tensor the bounds may pass through. */
    private static final Set<String> PROBED = Set.of("Sum", "Identity", "Dropout", "Flatten", "Reshape", "Squeeze", "Unsqueeze", "Relu",
            "LeakyRelu", "Elu", "Softplus", "Sigmoid", "Tanh", "Gemm", "MatMul", "Conv", "BatchNormalization", "AveragePool",
            "GlobalAveragePool", "MaxPool", "GlobalMaxPool", "Add", "Sub", "Mul", "Div", "Neg");

    final List<Step> steps = new ArrayList<>();
    final List<Integer> sizes = new ArrayList<>();
    int logits = -1;

    private final GraphProto graph;
    private final Map<String, Integer> tensors = new HashMap<>();
    private final Map<String, TensorProto> constants = new HashMap<>();
    private final Map<String, long[]> shapes;

    private BoundNetwork(GraphProto graph, Map<String, long[]> shapes) {
        this.graph = graph;
        this.shapes = shapes;
        for (TensorProto t : graph.getInitializerList()) {
            constants.put(t.getName(), t);
        }
    }

    /**
     * The network of {@code model}, its shapes probed on one sample {@code x} of shape {@code sampleShape} (batch first, 1).
     *
     * @throws IllegalArgumentException naming an operator or a form the bounds do not pass through
     */
    static BoundNetwork of(ModelProto model, float[] x, long[] sampleShape) throws OrtException, ModelLoadException {
        GraphProto source = model.getGraph();
        String input = Saliency.dataInputs(source).get(0).getName();
        String output = source.getOutput(0).getName();
        NodeProto last = source.getNodeList().stream().filter(n -> n.getOutputList().contains(output)).findFirst().orElse(null);
        boolean softmax = last != null && (last.getOpType().equals("Softmax") || last.getOpType().equals("LogSoftmax"));
        BoundNetwork network = new BoundNetwork(source, probe(model, input, x, sampleShape));
        network.tensor(input, input);
        for (NodeProto node : source.getNodeList()) {
            if (!(node == last && softmax)) {
                network.pass(node);
            }
        }
        Integer target = network.tensors.get(softmax ? last.getInput(0) : output);
        if (target == null) {
            throw new IllegalArgumentException("the model's output does not depend on its input");
        }
        network.logits = target;
        return network;
    }

    /**
     * Every float tensor's shape at one sample, by a run of the model with them as outputs: the first outputs of the operators the
     * bounds pass through, wherever the input reaches them (shapes, indices and masks stay internal).
     */
    private static Map<String, long[]> probe(ModelProto model, String input, float[] x, long[] shape) throws OrtException,
            ModelLoadException {
        GraphProto.Builder graph = model.getGraph().toBuilder();
        Set<String> declared = new java.util.HashSet<>();
        graph.getOutputList().forEach(o -> declared.add(o.getName()));
        Set<String> reached = new java.util.HashSet<>(Set.of(input));
        for (NodeProto node : model.getGraph().getNodeList()) {
            if (node.getInputList().stream().anyMatch(reached::contains) && !node.getOpType().equals("Shape") && !node.getOpType().equals(
                    "Size")) {
                String out = node.getOutput(0);
                reached.add(out);
                if (PROBED.contains(node.getOpType()) && declared.add(out)) {
                    graph.addOutput(ValueInfoProto.newBuilder().setName(out).setType(TypeProto.newBuilder().setTensorType(TypeProto.Tensor
                            .newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE))));
                }
            }
        }
        Map<String, long[]> shapes = new HashMap<>();
        try (ModelSession session = OnnxRuntime.open(model.toBuilder().setGraph(graph).build().toByteArray(), "shape probe",
                RuntimeSettings.forTrainer());
             OnnxTensor tensor = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x), shape);
             OrtSession.Result result = session.session().run(Map.of(input, tensor))) {
            for (Map.Entry<String, ai.onnxruntime.OnnxValue> e : result) {
                shapes.put(e.getKey(), ((OnnxTensor) e.getValue()).getInfo().getShape());
            }
        }
        shapes.put(input, shape.clone());
        return shapes;
    }

    private void pass(NodeProto node) {
        String op = node.getOpType();
        List<String> in = node.getInputList();
        if (op.equals("Constant")) {
            TensorProto value = NodeAttributes.get(node, "value") == null ? null : NodeAttributes.get(node, "value").getT();
            if (value != null) {
                constants.put(node.getOutput(0), value);
            }
            return;
        }
        if (in.stream().noneMatch(tensors::containsKey)) {
            return;
        }
        String out = node.getOutput(0);
        boolean sum = op.equals("Sum") || (op.equals("Add") || op.equals("Sub")) && in.stream().allMatch(tensors::containsKey);
        // A constant may come first only where the operator reads its operands alike, or as k − x.
        if (!sum && (!tensors.containsKey(in.get(0)) && !Set.of("Add", "Mul", "Sub").contains(op) || in.stream().filter(
                tensors::containsKey).count() > 1)) {
            throw refused(node, "where the input reaches an operand it cannot bound");
        }
        if (RESHAPING.contains(op)) {
            tensors.put(out, tensors.get(in.get(0)));
        } else if (ACTIVATIONS.contains(op)) {
            double alpha = NodeAttributes.f(node, "alpha", op.equals("Elu") ? 1f : 0.01f);
            if ((op.equals("LeakyRelu") || op.equals("Elu")) && !(alpha >= 0 && alpha <= 1)) {
                throw refused(node, "with an alpha outside [0, 1]");
            }
            add(node, new int[] {tensors.get(in.get(0))}, null, new NonlinearLayer.Activation(op, alpha, size(in.get(0))), null);
        } else if (op.equals("Gemm")) {
            float[][] w = DenseLayer.weights(node, graph);
            if (w == null || in.size() > 2 && !constants.containsKey(in.get(2))) {
                throw refused(node, "with weights that are not constants of the model");
            }
            affine(node, new AffineMap.Dense(doubles(w), doubles(DenseLayer.bias(node, graph, w.length))));
        } else if (op.equals("MatMul")) {
            float[] b = floats(in.get(1), node);
            long[] dims = constants.get(in.get(1)).getDimsList().stream().mapToLong(Long::longValue).toArray();
            if (dims.length != 2 || shape(in.get(0)).length != 2) {
                throw refused(node, "other than a batch of vectors times a constant matrix");
            }
            double[][] w = new double[(int) dims[1]][(int) dims[0]];
            for (int i = 0; i < dims[0]; i++) {
                for (int o = 0; o < dims[1]; o++) {
                    w[o][i] = b[(int) (i * dims[1] + o)];
                }
            }
            affine(node, new AffineMap.Dense(w, null));
        } else if (op.equals("Conv")) {
            affine(node, convolution(node));
        } else if (op.equals("BatchNormalization")) {
            affine(node, batchNorm(node));
        } else if (op.equals("AveragePool") || op.equals("GlobalAveragePool")) {
            affine(node, averagePool(node));
        } else if (op.equals("MaxPool") || op.equals("GlobalMaxPool")) {
            if (node.getOutputCount() > 1 && !node.getOutput(1).isEmpty()) {
                throw refused(node, "with its indices output");
            }
            add(node, new int[] {tensors.get(in.get(0))}, null, new NonlinearLayer.MaxPool(size(in.get(0)), PoolWindows.of(node, shape(in.get(
                    0)), shape(out)).windows()), null);
        } else if (sum) {
            if (in.stream().anyMatch(i -> !tensors.containsKey(i) || size(i) != size(out))) {
                throw refused(node, "of tensors of different shapes, or with a constant");
            }
            double[] signs = new double[in.size()];
            java.util.Arrays.fill(signs, 1);
            signs[signs.length - 1] = op.equals("Sub") ? -1 : 1;
            add(node, in.stream().mapToInt(tensors::get).toArray(), null, null, signs);
        } else if (Set.of("Add", "Sub", "Mul", "Div", "Neg").contains(op)) {
            affine(node, elementwise(node));
        } else {
            throw new IllegalArgumentException("certification by linear bounds does not bound the operator " + op + " (" + node.getName()
                    + ") yet");
        }
    }

    private void affine(NodeProto node, AffineMap map) {
        add(node, new int[] {tensors.get(reached(node))}, map, null, null);
    }

    private void add(NodeProto node, int[] inputs, AffineMap affine, NonlinearLayer nonlinear, double[] signs) {
        String out = node.getOutput(0);
        int id = tensor(out, out);
        steps.add(new Step(node.getName().isEmpty() ? node.getOpType() : node.getName(), inputs, id, affine, nonlinear, signs));
    }

    private int tensor(String name, String shapeOf) {
        int id = sizes.size();
        sizes.add(size(shapeOf));
        tensors.put(name, id);
        return id;
    }

    private String reached(NodeProto node) {
        return node.getInputList().stream().filter(tensors::containsKey).findFirst().orElseThrow();
    }

    private AffineMap convolution(NodeProto node) {
        long[] x = shape(node.getInput(0));
        long[] y = shape(node.getOutput(0));
        TensorProto w = constants.get(node.getInput(1));
        if (x.length != 4 || w == null) {
            throw refused(node, x.length != 4 ? "other than over pictures (2-D)" : "with weights that are not constants of the model");
        }
        String autoPad = NodeAttributes.s(node, "auto_pad", "NOTSET");
        if (!autoPad.equals("NOTSET") && !autoPad.equals("VALID")) {
            throw refused(node, "with auto_pad " + autoPad);
        }
        long[] pads = NodeAttributes.ints(node, "pads", 0, 0, 0, 0);
        long[] strides = NodeAttributes.ints(node, "strides", 1, 1);
        long[] dilations = NodeAttributes.ints(node, "dilations", 1, 1);
        double[] bias = node.getInputCount() > 2 && !node.getInput(2).isEmpty() ? doubles(floats(node.getInput(2), node)) : null;
        double[] perValue = bias == null ? null : new double[(int) (y[1] * y[2] * y[3])];
        if (bias != null) {
            for (int v = 0; v < perValue.length; v++) {
                perValue[v] = bias[(int) (v / (y[2] * y[3]))];
            }
        }
        return new ConvolutionMap(doubles(floats(node.getInput(1), node)), ints(x, 1), ints(y, 1), new int[] {(int) w.getDims(2), (int) w
                .getDims(3)}, new int[] {(int) strides[0], (int) strides[1]}, new int[] {(int) pads[0], (int) pads[1]}, new int[] {(int) dilations[0],
                        (int) dilations[1]}, (int) NodeAttributes.i(node, "group", 1), perValue);
    }

    private AffineMap batchNorm(NodeProto node) {
        if (NodeAttributes.i(node, "training_mode", 0) != 0) {
            throw refused(node, "in training mode");
        }
        long[] x = shape(node.getInput(0));
        float[] gamma = floats(node.getInput(1), node);
        float[] beta = floats(node.getInput(2), node);
        float[] mean = floats(node.getInput(3), node);
        float[] variance = floats(node.getInput(4), node);
        double epsilon = NodeAttributes.f(node, "epsilon", 1e-5f);
        int size = size(node.getInput(0));
        int perChannel = size / (int) x[1];
        double[] scale = new double[size];
        double[] shift = new double[size];
        for (int v = 0; v < size; v++) {
            int c = v / perChannel;
            scale[v] = gamma[c] / Math.sqrt(variance[c] + epsilon);
            shift[v] = beta[c] - mean[c] * scale[v];
        }
        return new AffineMap.Diagonal(scale, shift);
    }

    private AffineMap averagePool(NodeProto node) {
        long[] x = shape(node.getInput(0));
        if (x.length != 4) {
            throw refused(node, "other than over pictures (2-D)");
        }
        int[][] windows = PoolWindows.of(node, x, shape(node.getOutput(0))).windows();
        boolean countPadding = NodeAttributes.i(node, "count_include_pad", 0) != 0;
        long[] kernel = NodeAttributes.ints(node, "kernel_shape", x[2], x[3]);
        double[][] weights = new double[windows.length][];
        for (int o = 0; o < windows.length; o++) {
            weights[o] = new double[windows[o].length];
            java.util.Arrays.fill(weights[o], 1.0 / (countPadding ? kernel[0] * kernel[1] : windows[o].length));
        }
        return new AffineMap.Sparse(size(node.getInput(0)), windows, weights, null);
    }

    /** A constant added, subtracted, multiplied or divided value by value (broadcast to the sample's shape), or a sign. */
    private AffineMap elementwise(NodeProto node) {
        String op = node.getOpType();
        String x = reached(node);
        int size = size(x);
        double[] scale = new double[size];
        double[] shift = new double[size];
        java.util.Arrays.fill(scale, 1);
        if (op.equals("Neg")) {
            java.util.Arrays.fill(scale, -1);
            return new AffineMap.Diagonal(scale, shift);
        }
        boolean first = node.getInput(0).equals(x);
        String k = node.getInput(first ? 1 : 0);
        if (op.equals("Div") && !first) {
            throw refused(node, "dividing by the input");
        }
        double[] c = ConstantBroadcast.to(floats(k, node), dims(k), shape(x));
        for (int v = 0; v < size; v++) {
            switch (op) {
                case "Add" -> shift[v] = c[v];
                case "Sub" -> {
                    scale[v] = first ? 1 : -1;
                    shift[v] = first ? -c[v] : c[v];
                }
                case "Mul" -> scale[v] = c[v];
                default -> scale[v] = 1 / c[v];
            }
        }
        return new AffineMap.Diagonal(scale, shift);
    }

    private long[] dims(String constant) {
        return constants.get(constant).getDimsList().stream().mapToLong(Long::longValue).toArray();
    }

    private float[] floats(String constant, NodeProto node) {
        TensorProto t = constants.get(constant);
        if (t == null) {
            throw refused(node, "reading a computed tensor where it needs a constant");
        }
        try {
            return TensorReader.floats(t, "the model").values();
        } catch (OnnxFormatException e) {
            throw refused(node, "reading a constant that is not float");
        }
    }

    private long[] shape(String tensor) {
        long[] shape = shapes.get(tensor);
        if (shape == null) {
            throw new IllegalArgumentException("certification by linear bounds cannot tell the shape of " + tensor);
        }
        return shape;
    }

    private int size(String tensor) {
        long size = 1;
        long[] shape = shape(tensor);
        for (int d = 1; d < shape.length; d++) {
            size *= shape[d];
        }
        return Math.toIntExact(size);
    }

    private static IllegalArgumentException refused(NodeProto node, String why) {
        return new IllegalArgumentException("certification by linear bounds does not bound the operator " + node.getOpType() + " ("
                + node.getName() + ") " + why);
    }

    private static int[] ints(long[] shape, int from) {
        int[] out = new int[shape.length - from];
        for (int d = from; d < shape.length; d++) {
            out[d - from] = (int) shape[d];
        }
        return out;
    }

    private static double[] doubles(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    private static double[][] doubles(float[][] values) {
        double[][] out = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            out[i] = doubles(values[i]);
        }
        return out;
    }
}
