package dev.dendrite.train.autodiff;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.DoubleBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;

/**
 * Checks a vector-Jacobian rule against central finite differences in float64: the loss is
 * L = Σ y ⊙ R for a fixed random R, so the seed gradient is R; every element of every
 * differentiable input is perturbed by ±h and the numeric slope compared with the rule's.
 * ONNX Runtime's CPU build has no float64 kernels for a few operators (Conv, AveragePool, the
 * global pools, LeakyRelu, Elu, Erf, the fused RNN, LSTM and GRU); those are checked in float32 with h = 1e-2 and a 2e-3
 * tolerance, and {@link #lastPrecision} says which precision a check used.
 */
final class GradientCheck {

    /** Step and tolerance of one precision. */
    enum Precision {
        FLOAT64(1e-5, 1e-6), FLOAT32(1e-2, 2e-3);

        final double h;
        final double tolerance;

        Precision(double h, double tolerance) {
            this.h = h;
            this.tolerance = tolerance;
        }
    }

    static Precision lastPrecision;
    private static Precision precision = Precision.FLOAT64;

    /** A double input (differentiated) or an int64 input (indices, not differentiated). */
    record Input(String name, long[] shape, double[] values, long[] indices) {

        static Input real(String name, Random random, long... shape) {
            double[] values = new double[(int) count(shape)];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextGaussian();
            }
            return new Input(name, shape, values, null);
        }

        static Input indices(String name, long[] shape, long... values) {
            return new Input(name, shape, null, values);
        }

        boolean differentiable() {
            return values != null;
        }
    }

    private GradientCheck() {
    }

    static long count(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }

    /**
     * @param forward builds the operator(s) on the inputs (named as given) and returns the output tensor
     */
    static void check(String name, List<Input> inputs, Function<GraphBuilder, String> forward) throws Exception {
        check(name, inputs, (graph, overrides) -> forward.apply(graph));
    }

    /**
     * As {@link #check(String, List, Function)}, for a forward pass that registers gradient
     * overrides (a custom rule) while it builds.
     */
    static void check(String name, List<Input> inputs, BiFunction<GraphBuilder, GradientOverrides, String> forward) throws Exception {
        try {
            precision = Precision.FLOAT64;
            checkAt(name, inputs, forward);
        } catch (dev.dendrite.runtime.ModelLoadException | ai.onnxruntime.OrtException e) {
            // Missing float64 kernels fail at load (NOT_IMPLEMENTED) or, for the fused recurrent ops, at the first run.
            if (!e.getMessage().contains("NOT_IMPLEMENTED") && !e.getMessage().contains("does not support double")) {
                throw e;
            }
            precision = Precision.FLOAT32;
            checkAt(name, inputs, forward);
        }
        lastPrecision = precision;
    }

    /** Whether the rules are told the output's static shape, as a training graph tells them its layers' (constant un-broadcast axes). */
    private static boolean outputShapeKnown;

    /** As {@link #check(String, List, Function)}, with the output's static shape known to the rules. */
    static void checkWithOutputShapeKnown(String name, List<Input> inputs, Function<GraphBuilder, String> forward) throws Exception {
        outputShapeKnown = true;
        try {
            check(name, inputs, forward);
        } finally {
            outputShapeKnown = false;
        }
    }

    private static void checkAt(String name, List<Input> inputs, BiFunction<GraphBuilder, GradientOverrides, String> forward) throws Exception {
        Random random = new Random(name.hashCode());
        ModelProto plain = build(inputs, forward, null);
        double[] y0;
        long[] yShape;
        try (ModelSession session = OnnxRuntime.open(plain.toByteArray(), name, RuntimeSettings.forIde())) {
            Map<String, OnnxTensor> feeds = feeds(inputs, null, null);
            try (OrtSession.Result result = session.session().run(feeds)) {
                OnnxTensor y = (OnnxTensor) result.get(0);
                yShape = y.getInfo().getShape();
                y0 = doubles(y);
            } finally {
                feeds.values().forEach(OnnxTensor::close);
            }
        }
        double[] r = new double[y0.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = random.nextGaussian();
        }
        Input seed = new Input("seed", yShape, r, null);
        ModelProto withGradients = build(inputs, forward, seed);
        try (ModelSession analytic = OnnxRuntime.open(withGradients.toByteArray(), name + " gradients", RuntimeSettings.forIde());
             ModelSession numeric = OnnxRuntime.open(plain.toByteArray(), name, RuntimeSettings.forIde())) {
            List<Input> all = new ArrayList<>(inputs);
            all.add(seed);
            Map<String, OnnxTensor> feeds = feeds(all, null, null);
            Map<String, double[]> gradients = new HashMap<>();
            try (OrtSession.Result result = analytic.session().run(feeds)) {
                for (Input input : inputs) {
                    if (input.differentiable()) {
                        OnnxTensor gradient = (OnnxTensor) result.get("grad_" + input.name()).orElseThrow();
                        // A gradient of another shape with the same values would broadcast wrongly where contributions add up.
                        if (!java.util.Arrays.equals(gradient.getInfo().getShape(), input.shape())) {
                            fail(name + ": the gradient of " + input.name() + " has shape " + java.util.Arrays.toString(gradient.getInfo().getShape())
                                    + ", the input " + java.util.Arrays.toString(input.shape()));
                        }
                        gradients.put(input.name(), doubles(gradient));
                    }
                }
            } finally {
                feeds.values().forEach(OnnxTensor::close);
            }
            for (Input input : inputs) {
                if (!input.differentiable()) {
                    continue;
                }
                double[] expected = gradients.get(input.name());
                for (int i = 0; i < input.values().length; i++) {
                    double h = precision.h;
                    double slope = (loss(numeric, inputs, input, i, h, r) - loss(numeric, inputs, input, i, -h, r)) / (2 * h);
                    double error = Math.abs(slope - expected[i]);
                    if (error > precision.tolerance * (1 + Math.abs(slope))) {
                        fail(name + ": d/d" + input.name() + "[" + i + "] rule " + expected[i] + " vs finite difference " + slope
                                + " (" + precision + ")");
                    }
                }
            }
        }
    }

    /** The rule's gradient of input {@code x} for a seed of ones (the slope of Σ y), in float32. */
    static double[] ruleGradient(String name, Input x, Function<GraphBuilder, String> forward) throws Exception {
        precision = Precision.FLOAT32;
        try {
            double[] ones = new double[(int) count(x.shape())];
            java.util.Arrays.fill(ones, 1);
            Input seed = new Input("seed", x.shape(), ones, null);
            ModelProto withGradients = build(List.of(x), (graph, overrides) -> forward.apply(graph), seed);
            try (ModelSession analytic = OnnxRuntime.open(withGradients.toByteArray(), name + " gradients", RuntimeSettings.forIde())) {
                Map<String, OnnxTensor> feeds = feeds(List.of(x, seed), null, null);
                try (OrtSession.Result result = analytic.session().run(feeds)) {
                    return doubles((OnnxTensor) result.get("grad_" + x.name()).orElseThrow());
                } finally {
                    feeds.values().forEach(OnnxTensor::close);
                }
            }
        } finally {
            precision = Precision.FLOAT64;
        }
    }

    private static double loss(ModelSession session, List<Input> inputs, Input perturbed, int index, double h, double[] r)
            throws Exception {
        Map<String, OnnxTensor> feeds = feeds(inputs, perturbed, new double[] {index, h});
        try (OrtSession.Result result = session.session().run(feeds)) {
            double[] y = doubles((OnnxTensor) result.get(0));
            double sum = 0;
            for (int i = 0; i < y.length; i++) {
                sum += y[i] * r[i];
            }
            return sum;
        } finally {
            feeds.values().forEach(OnnxTensor::close);
        }
    }

    private static Map<String, OnnxTensor> feeds(List<Input> inputs, Input perturbed, double[] change) throws Exception {
        OrtEnvironment env = OnnxRuntime.environment();
        Map<String, OnnxTensor> feeds = new LinkedHashMap<>();
        for (Input input : inputs) {
            if (input.differentiable()) {
                double[] values = input.values().clone();
                if (input == perturbed) {
                    values[(int) change[0]] += change[1];
                }
                feeds.put(input.name(), precision == Precision.FLOAT64 ? OnnxTensor.createTensor(env, DoubleBuffer.wrap(values), input.shape())
                        : OnnxTensor.createTensor(env, java.nio.FloatBuffer.wrap(toFloats(values)), input.shape()));
            } else {
                feeds.put(input.name(), OnnxTensor.createTensor(env, LongBuffer.wrap(input.indices()), input.shape()));
            }
        }
        return feeds;
    }

    private static float[] toFloats(double[] values) {
        float[] floats = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            floats[i] = (float) values[i];
        }
        return floats;
    }

    private static double[] doubles(OnnxTensor tensor) {
        if (precision == Precision.FLOAT32) {
            java.nio.FloatBuffer floats = tensor.getFloatBuffer();
            double[] values = new double[floats.remaining()];
            for (int i = 0; i < values.length; i++) {
                values[i] = floats.get(i);
            }
            return values;
        }
        DoubleBuffer buffer = tensor.getDoubleBuffer();
        double[] values = new double[buffer.remaining()];
        buffer.get(values);
        return values;
    }

    private static GraphBuilder.ElementType type() {
        return precision == Precision.FLOAT64 ? GraphBuilder.ElementType.DOUBLE : GraphBuilder.ElementType.FLOAT;
    }

    private static ModelProto build(List<Input> inputs, BiFunction<GraphBuilder, GradientOverrides, String> forward, Input seed) {
        GraphBuilder graph = new GraphBuilder("gradient_check");
        for (Input input : inputs) {
            graph.reserve(input.name());
            List<Object> dims = new ArrayList<>();
            for (long d : input.shape()) {
                dims.add(d);
            }
            graph.input(input.name(), input.differentiable() ? type() : GraphBuilder.ElementType.INT64, dims);
        }
        GradientOverrides overrides = GradientOverrides.none();
        String y = forward.apply(graph, overrides);
        List<NodeProto> forwardNodes = List.copyOf(graph.graph().getNodeList());
        graph.output(y, type());
        if (seed != null) {
            graph.reserve(seed.name());
            List<Object> dims = new ArrayList<>();
            for (long d : seed.shape()) {
                dims.add(d);
            }
            graph.input(seed.name(), type(), dims);
            Set<String> wrt = new java.util.HashSet<>();
            inputs.stream().filter(Input::differentiable).forEach(i -> wrt.add(i.name()));
            Map<String, String> grads = Autodiff.backward(graph, forwardNodes, Map.of(y, seed.name()), wrt, overrides,
                    outputShapeKnown ? Map.of(y, seed.shape()) : Map.of());
            for (Input input : inputs) {
                if (input.differentiable()) {
                    String g = grads.get(input.name());
                    assertTrue(g != null, "no gradient reaches " + input.name());
                    graph.nodeWithOutputs("Identity", List.of(g), List.of("grad_" + input.name()));
                    graph.output("grad_" + input.name(), type());
                }
            }
        }
        return graph.model("test", "");
    }
}
