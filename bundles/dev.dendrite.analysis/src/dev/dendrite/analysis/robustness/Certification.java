package dev.dendrite.analysis.robustness;

import java.nio.FloatBuffer;
import java.util.Map;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.analysis.evaluation.Saliency;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;

/**
 * Which samples bounds certify robust in an L∞ ball: those whose class's lower bound exceeds every
 * other class's upper bound, so that no input of the ball is read as another class. A floor under
 * what any attack can leave. Interval bounds ({@link IntervalBounds}) run first, in ONNX Runtime;
 * linear bounds ({@link LinearBounds}), where asked, then try the samples they left, as neither
 * method's certificates contain the other's.
 */
final class Certification implements AutoCloseable {

    /**
     * Per sample, whether interval bounds certify it, and whether the chosen method does (interval's or, for linear bounds, either).
     */
    record Proof(boolean[] interval, boolean[] certified) {
    }

    private final ModelSession session;
    private final String input;
    private final IntervalBounds.Built built;
    private final AttackSettings settings;
    private final BoundMethod method;
    /** The network linear bounds pass through; null for interval bounds. */
    private BoundNetwork network;

    private Certification(ModelSession session, String input, IntervalBounds.Built built, AttackSettings settings, BoundMethod method) {
        this.session = session;
        this.input = input;
        this.built = built;
        this.settings = settings;
        this.method = method;
    }

    /** By interval bounds. */
    static Certification open(ModelProto model, AttackSettings settings) throws ModelLoadException, OrtException {
        return open(model, settings, BoundMethod.INTERVAL, null);
    }

    /**
     * @param shape the input's shape, batch first (any batch), for linear bounds' probe run; unused by interval bounds
     * @throws IllegalArgumentException naming an operator the bounds do not pass through, before any sample is attacked
     */
    static Certification open(ModelProto model, AttackSettings settings, BoundMethod method, long[] shape) throws ModelLoadException,
            OrtException {
        if (settings.norm() != Norm.LINF) {
            throw new IllegalArgumentException("certification bounds the L∞ ball; give --norm linf");
        }
        IntervalBounds.Built built = IntervalBounds.of(model, settings.low(), settings.high());
        Certification certification = new Certification(OnnxRuntime.open(built.model().toByteArray(), "interval bounds", RuntimeSettings
                .forTrainer()), Saliency.dataInputs(model.getGraph()).get(0).getName(), built, settings, method);
        if (method != BoundMethod.INTERVAL) {
            long[] one = shape.clone();
            one[0] = 1;
            long size = java.util.Arrays.stream(one).reduce(1, (a, b) -> a * b);
            try {
                certification.network = BoundNetwork.of(model, new float[(int) size], one);
            } catch (RuntimeException | OrtException | ModelLoadException e) {
                certification.close();
                throw e;
            }
        }
        return certification;
    }

    /**
     * Per row, whether interval bounds certify it and whether the chosen method does; linear bounds run only on {@code candidates}
     * (rows the attack did not fool and the model reads rightly: no other row can be certified) that intervals left, a row per
     * thread.
     *
     * @throws IllegalArgumentException naming an operator linear bounds do not pass through
     */
    Proof prove(float[] x, long[] shape, int[] labels, float epsilon, boolean[] candidates) throws OrtException {
        boolean[] interval = certified(x, shape, labels, epsilon);
        if (method == BoundMethod.INTERVAL) {
            return new Proof(interval, interval);
        }
        int size = (int) (x.length / shape[0]);
        boolean[] certified = interval.clone();
        java.util.stream.IntStream.range(0, labels.length).parallel().filter(i -> candidates[i] && !interval[i]).forEach(i -> {
            LinearBounds bounds = new LinearBounds(network, method == BoundMethod.CROWN);
            bounds.start(x, i * size, epsilon, settings.low(), settings.high());
            double[] margins = bounds.marginLowerBounds(labels[i]);
            boolean all = true;
            for (int j = 0; j < margins.length && all; j++) {
                all = j == labels[i] || margins[j] > 0;
            }
            certified[i] = all;
        });
        return new Proof(interval, certified);
    }

    /** The logits' bounds at radius ε for the rows of {@code x}: lower then upper, [rows, classes] each. */
    float[][] bounds(float[] x, long[] shape, float epsilon) throws OrtException {
        return run(x, shape, epsilon, IntervalBounds.LOWER, IntervalBounds.UPPER);
    }

    /** The bounds model's outputs {@code names} at radius ε for the rows of {@code x}. */
    private float[][] run(float[] x, long[] shape, float epsilon, String... names) throws OrtException {
        try (OnnxTensor features = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x), shape);
             OnnxTensor radius = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(new float[] {epsilon}), new long[0]);
             OrtSession.Result result = session.session().run(Map.of(input, features, IntervalBounds.EPSILON, radius), java.util.Set.of(names))) {
            float[][] values = new float[names.length][];
            for (int k = 0; k < names.length; k++) {
                values[k] = read(result, names[k]);
            }
            return values;
        }
    }

    /**
     * Per row, whether every margin z_label − z_j has a positive lower bound at radius ε: through the last dense layer's W_label − W_j
     * from its input's interval where the logits are one (elision), else as the label's lower bound less j's upper bound.
     */
    private boolean[] certified(float[] x, long[] shape, int[] labels, float epsilon) throws OrtException {
        if (built.weights() != null) {
            return marginsCertified(x, shape, labels, epsilon);
        }
        float[][] bounds = bounds(x, shape, epsilon);
        int classes = bounds[0].length / labels.length;
        boolean[] certified = new boolean[labels.length];
        for (int i = 0; i < labels.length; i++) {
            float floor = bounds[0][i * classes + labels[i]];
            boolean all = true;
            for (int c = 0; c < classes && all; c++) {
                all = c == labels[i] || bounds[1][i * classes + c] < floor;
            }
            certified[i] = all;
        }
        return certified;
    }

    private boolean[] marginsCertified(float[] x, long[] shape, int[] labels, float epsilon) throws OrtException {
        float[][] hidden = run(x, shape, epsilon, IntervalBounds.HIDDEN_CENTRE, IntervalBounds.HIDDEN_RADIUS);
        float[] centre = hidden[0];
        float[] radius = hidden[1];
        float[][] w = built.weights();
        float[] b = built.bias();
        int width = w[0].length;
        boolean[] certified = new boolean[labels.length];
        for (int i = 0; i < labels.length; i++) {
            int y = labels[i];
            boolean all = true;
            for (int j = 0; j < w.length && all; j++) {
                if (j == y) {
                    continue;
                }
                double margin = b[y] - b[j];
                for (int k = 0; k < width; k++) {
                    double d = w[y][k] - w[j][k];
                    margin += d * centre[i * width + k] - Math.abs(d) * radius[i * width + k];
                }
                all = margin > 0;
            }
            certified[i] = all;
        }
        return certified;
    }

    private static float[] read(OrtSession.Result result, String name) throws OrtException {
        FloatBuffer buffer = ((OnnxTensor) result.get(name).orElseThrow()).getFloatBuffer();
        float[] values = new float[buffer.remaining()];
        buffer.get(values);
        return values;
    }

    BoundMethod method() {
        return method;
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
