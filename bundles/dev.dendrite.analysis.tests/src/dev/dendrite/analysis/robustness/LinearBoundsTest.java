package dev.dendrite.analysis.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.ModelProto;
import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;

/**
 * Linear bounds (CROWN, CROWN-IBP): sound for every input of the ball through every operator they pass, exact through linear layers
 * where intervals are not, tighter than intervals, and the lines around each nonlinear layer hold over its interval.
 */
class LinearBoundsTest {

    /**
     * Every operator linear bounds pass (convolution with padding and bias, LeakyReLU, average and max pools, ELU, sigmoid, a sum of
     * two branches, flatten, MatMul, tanh, a constant divisor, a constant less the input, Gemm, ReLU, a difference of two branches), and the templates of
     * standardised tanh layers, LeNet-5, inference BatchNorm and a residual network with projections: the model's outputs at random
     * points and corners of the ball lie within both methods' bounds (the residual network's within CROWN-IBP's: CROWN takes a minute
     * on its untrained, mostly unstable units); at radius 0 the bounds are the outputs.
     */
    @Test
    void everyOutputWithinTheBallLiesWithinTheBounds() throws Exception {
        check(zoo(), new long[] {1, 1, 6, 6}, 0.15f, true);
        for (String template : new String[] {"mlp-classifier", "lenet-5", "batchnorm-mlp", "resnet-fashion"}) {
            ModelProto model = OnnxExporter.export(TemplateLibrary.find(template).orElseThrow().create(), new Weights(), "test").model();
            long[] shape = template.equals("mlp-classifier") ? new long[] {1, 2} : template.equals("batchnorm-mlp") ? new long[] {1, 784}
                    : new long[] {1, 1, 28, 28};
            check(model, shape, template.equals("mlp-classifier") ? 0.2f : 0.01f, !template.equals("resnet-fashion"));
        }
    }

    private static void check(ModelProto model, long[] shape, float epsilon, boolean crown) throws Exception {
        int size = (int) (shape.length == 2 ? shape[1] : shape[1] * shape[2] * shape[3]);
        SplittableRandom random = new SplittableRandom(3);
        float[] x = new float[size];
        for (int i = 0; i < size; i++) {
            x[i] = (float) random.nextDouble();
        }
        BoundNetwork network = BoundNetwork.of(model, x, shape);
        try (ModelSession plain = OnnxRuntime.open(model.toByteArray(), "plain", RuntimeSettings.forTrainer())) {
            String input = plain.inputNames().iterator().next();
            float[] output = AdversarialAttack.forward(plain, input, x, shape);
            for (boolean tighten : crown ? new boolean[] {false, true} : new boolean[] {false}) {
                LinearBounds bounds = new LinearBounds(network, tighten);
                bounds.start(x, 0, 0, Double.NaN, Double.NaN);
                double[][] atZero = bounds.logitBounds();
                for (int c = 0; c < output.length; c++) {
                    assertEquals(output[c], atZero[0][c], 1e-4, "radius 0: the output itself");
                    assertEquals(output[c], atZero[1][c], 1e-4);
                }
                bounds.start(x, 0, epsilon, Double.NaN, Double.NaN);
                double[][] ball = bounds.logitBounds();
                for (int trial = 0; trial < 40; trial++) {
                    float[] moved = new float[size];
                    for (int v = 0; v < size; v++) {
                        double step = trial % 2 == 0 ? (random.nextBoolean() ? 1 : -1) : 2 * random.nextDouble() - 1;
                        moved[v] = (float) (x[v] + epsilon * step);
                    }
                    float[] out = AdversarialAttack.forward(plain, input, moved, shape);
                    for (int c = 0; c < out.length; c++) {
                        assertTrue(out[c] >= ball[0][c] - 1e-4 && out[c] <= ball[1][c] + 1e-4, (tighten ? "CROWN" : "CROWN-IBP") + " output "
                                + c + ": " + out[c] + " outside [" + ball[0][c] + ", " + ball[1][c] + "]");
                    }
                }
                assertTrue(ball[1][0] - ball[0][0] > 1e-4, "the ball widens the bounds");
            }
        }
    }

    /**
     * Two linear layers (a convolution, then a dense layer) make one linear map M: each output's exact range over the ball is
     * z ± ε·‖Mᵀe_c‖₁, which linear bounds give to float rounding; intervals, taking the convolution's radius through |W| first, are
     * wider.
     */
    @Test
    void throughLinearLayersTheBoundsAreExactWhereIntervalsAreNot() throws Exception {
        NetworkBuilder b = new NetworkBuilder("linear", "two linear layers");
        b.loss(b.dense(b.flatten(b.conv(b.input("x", 1, 5, 5), "conv", 3, 3, 1, 1)), "scores", 4), LossKind.CROSS_ENTROPY);
        ModelProto model = OnnxExporter.export(b.network(), new Weights(), "test").model();
        long[] shape = {1, 1, 5, 5};
        float[] x = new float[25];
        SplittableRandom random = new SplittableRandom(8);
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        float epsilon = 0.1f;
        double[] l1 = new double[4];
        try (ModelSession plain = OnnxRuntime.open(model.toByteArray(), "plain", RuntimeSettings.forTrainer())) {
            String input = plain.inputNames().iterator().next();
            float[] z = AdversarialAttack.forward(plain, input, x, shape);
            for (int i = 0; i < 25; i++) {
                float[] moved = x.clone();
                moved[i] += 1;
                float[] zi = AdversarialAttack.forward(plain, input, moved, shape);
                for (int c = 0; c < 4; c++) {
                    l1[c] += Math.abs(zi[c] - z[c]);
                }
            }
            LinearBounds bounds = new LinearBounds(BoundNetwork.of(model, x, shape), true);
            bounds.start(x, 0, epsilon, Double.NaN, Double.NaN);
            double[][] linear = bounds.logitBounds();
            AttackSettings settings = new AttackSettings(AttackSettings.Attack.FGSM, new double[] {epsilon}, 1, 1, false, 1, 0, Double.NaN,
                    Double.NaN);
            try (Certification intervals = Certification.open(model, settings)) {
                float[][] ibp = intervals.bounds(x, shape, epsilon);
                for (int c = 0; c < 4; c++) {
                    assertEquals(z[c] - epsilon * l1[c], linear[0][c], 2e-4, "the exact lower end of output " + c);
                    assertEquals(z[c] + epsilon * l1[c], linear[1][c], 2e-4, "the exact upper end");
                    assertTrue(ibp[0][c] < linear[0][c] - 1e-3 && ibp[1][c] > linear[1][c] + 1e-3, "intervals are wider: [" + ibp[0][c] + ", "
                            + ibp[1][c] + "] against [" + linear[0][c] + ", " + linear[1][c] + "]");
                }
            }
        }
    }

    /**
     * On a random ReLU network of three hidden layers, CROWN's own intermediate bounds make every output's range narrower than
     * CROWN-IBP's, whose final backward pass makes them narrower than intervals'.
     */
    @Test
    void crownTightensWhatCrownIbpAndIntervalsLeave() throws Exception {
        NetworkBuilder b = new NetworkBuilder("deep", "three ReLU layers");
        var h = b.dense(b.dense(b.dense(b.input("x", 20), "h1", 30, ActivationFunction.RELU), "h2", 30, ActivationFunction.RELU), "h3", 30,
                ActivationFunction.RELU);
        b.loss(b.dense(h, "scores", 5), LossKind.CROSS_ENTROPY);
        ModelProto model = OnnxExporter.export(b.network(), new Weights(), "test").model();
        long[] shape = {1, 20};
        float[] x = new float[20];
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        float epsilon = 0.05f;
        BoundNetwork network = BoundNetwork.of(model, x, shape);
        double[] widths = new double[3];
        for (int k = 0; k < 2; k++) {
            LinearBounds bounds = new LinearBounds(network, k == 1);
            bounds.start(x, 0, epsilon, Double.NaN, Double.NaN);
            double[][] range = bounds.logitBounds();
            double[][] interval = bounds.logitInterval();
            for (int c = 0; c < 5; c++) {
                widths[k + 1] += range[1][c] - range[0][c];
                if (k == 0) {
                    widths[0] += interval[1][c] - interval[0][c];
                }
            }
        }
        assertTrue(widths[2] < 0.9 * widths[1] && widths[1] < 0.9 * widths[0], "CROWN, CROWN-IBP, intervals: " + java.util.Arrays.toString(
                widths));
    }

    /** Each activation's two lines hold at every point of random intervals (stable, unstable, wide and narrow), max pools' too. */
    @Test
    void theLinesHoldOverTheirIntervals() {
        SplittableRandom random = new SplittableRandom(5);
        int n = 400;
        double[] lo = new double[n];
        double[] hi = new double[n];
        for (int i = 0; i < n; i++) {
            double a = 4 * random.nextGaussian();
            double width = i % 4 == 0 ? 1e-13 : Math.abs(3 * random.nextGaussian());
            lo[i] = a;
            hi[i] = a + width;
        }
        for (String op : List.of("Relu", "LeakyRelu", "Elu", "Softplus", "Sigmoid", "Tanh")) {
            NonlinearLayer.Activation layer = new NonlinearLayer.Activation(op, op.equals("Elu") ? 0.7 : 0.1, n);
            Relaxation lines = layer.relax(lo, hi);
            for (int i = 0; i < n; i++) {
                for (int k = 0; k <= 20; k++) {
                    double x = lo[i] + (hi[i] - lo[i]) * k / 20;
                    double y = layer.f(x);
                    double below = (lines.lowerIndex()[i] < 0 ? 0 : lines.lowerSlope()[i] * x) + lines.lowerIntercept()[i];
                    double above = (lines.upperIndex()[i] < 0 ? 0 : lines.upperSlope()[i] * x) + lines.upperIntercept()[i];
                    assertTrue(below <= y + 1e-9 && y <= above + 1e-9, op + " on [" + lo[i] + ", " + hi[i] + "] at " + x + ": " + below + " ≤ " + y
                            + " ≤ " + above);
                }
            }
        }
        int[][] windows = new int[n / 4][];
        for (int o = 0; o < windows.length; o++) {
            windows[o] = new int[] {4 * o, 4 * o + 1, 4 * o + 2, 4 * o + 3};
        }
        NonlinearLayer.MaxPool pool = new NonlinearLayer.MaxPool(n, windows);
        Relaxation lines = pool.relax(lo, hi);
        double[] x = new double[n];
        for (int trial = 0; trial < 200; trial++) {
            for (int i = 0; i < n; i++) {
                x[i] = lo[i] + (hi[i] - lo[i]) * (trial % 2 == 0 ? random.nextInt(2) : random.nextDouble());
            }
            for (int o = 0; o < windows.length; o++) {
                double y = Math.max(Math.max(x[4 * o], x[4 * o + 1]), Math.max(x[4 * o + 2], x[4 * o + 3]));
                double below = (lines.lowerIndex()[o] < 0 ? 0 : lines.lowerSlope()[o] * x[lines.lowerIndex()[o]]) + lines.lowerIntercept()[o];
                double above = (lines.upperIndex()[o] < 0 ? 0 : lines.upperSlope()[o] * x[lines.upperIndex()[o]]) + lines.upperIntercept()[o];
                assertTrue(below <= y + 1e-12 && y <= above + 1e-12, "max pool window " + o + ": " + below + " ≤ " + y + " ≤ " + above);
            }
        }
    }

    /** An operator the bounds do not pass is named before any sample is attacked, as a one-line message. */
    @Test
    void namesWhatItCannotBound() throws Exception {
        GraphBuilder g = new GraphBuilder("joined");
        g.input("x", GraphBuilder.ElementType.FLOAT, List.of("N", 3));
        String h = g.node("Relu", List.of("x"), "h");
        String joined = g.node("Concat", List.of("x", h), "joined", Attr.i("axis", 1));
        String w = g.initializer("w", new FloatTensor(new long[] {2, 6}, new float[] {1, 0, 1, 0, 1, 0, 0, 1, 0, 1, 0, 1}));
        g.nodeWithOutputs("Gemm", List.of(joined, w), List.of("scores"), Attr.i("transB", 1));
        g.output("scores", GraphBuilder.ElementType.FLOAT);
        ModelProto model = g.model("test", null);
        AttackSettings settings = new AttackSettings(AttackSettings.Attack.FGSM, new double[] {0.1}, 1, 1, false, 1, 0, Double.NaN, Double.NaN);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Certification.open(model, settings,
                BoundMethod.CROWN, new long[] {-1, 3}).close());
        assertTrue(refused.getMessage().startsWith("certification by linear bounds does not bound the operator Concat"), refused.getMessage());
        assertEquals("--bounds must be interval, crown-ibp, crown or smoothing, not 'lp'", assertThrows(IllegalArgumentException.class, () -> BoundMethod
                .of("lp")).getMessage());
    }

    /** A graph of every operator linear bounds pass, with drawn weights: [N, 1, 6, 6] in, 4 scores out. */
    private static ModelProto zoo() {
        SplittableRandom random = new SplittableRandom(11);
        GraphBuilder g = new GraphBuilder("zoo");
        g.input("x", GraphBuilder.ElementType.FLOAT, List.of("N", 1, 6, 6));
        String c1 = g.node("Conv", List.of("x", weights(g, random, 3, 1, 3, 3), weights(g, random, 3)), "c1", Attr.ints("pads", 1, 1, 1, 1));
        String a1 = g.node("LeakyRelu", List.of(c1), "a1", Attr.f("alpha", 0.1));
        String p1 = g.node("AveragePool", List.of(a1), "p1", Attr.ints("kernel_shape", 2, 2), Attr.ints("strides", 2, 2));
        String e1 = g.node("Elu", List.of(p1), "e1", Attr.f("alpha", 0.7));
        String m1 = g.node("MaxPool", List.of(e1), "m1", Attr.ints("kernel_shape", 2, 2));
        String s1 = g.node("Sigmoid", List.of(m1), "s1");
        String scaled = g.node("Mul", List.of(s1, g.scalar("two", 2f)), "scaled");
        String sum = g.node("Add", List.of(m1, scaled), "sum");
        String flat = g.node("Flatten", List.of(sum), "flat");
        String product = g.node("MatMul", List.of(flat, weights(g, random, 12, 5)), "product");
        String shifted = g.node("Add", List.of(product, weights(g, random, 5)), "shifted");
        String t = g.node("Tanh", List.of(shifted), "t");
        String halved = g.node("Div", List.of(t, g.scalar("half", 0.5f)), "halved");
        String flipped = g.node("Sub", List.of(g.scalar("one", 1f), halved), "flipped");
        String scores = g.node("Gemm", List.of(flipped, weights(g, random, 4, 5), weights(g, random, 4)), "gemm", Attr.i("transB", 1));
        String positive = g.node("Relu", List.of(scores), "positive");
        g.nodeWithOutputs("Sub", List.of(scores, positive), List.of("out"));
        g.output("out", GraphBuilder.ElementType.FLOAT);
        return g.model("test", null);
    }

    private static String weights(GraphBuilder g, SplittableRandom random, long... shape) {
        int size = (int) java.util.Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return g.initializer("w", new FloatTensor(shape, values));
    }
}
