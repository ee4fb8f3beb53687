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
 * Which samples interval bounds certify robust in an L∞ ball: those whose class's lower bound
 * exceeds every other class's upper bound ({@link IntervalBounds}), so that no input of the ball is
 * read as another class. A floor under what any attack can leave.
 */
final class Certification implements AutoCloseable {

    private final ModelSession session;
    private final String input;
    private final IntervalBounds.Built built;

    private Certification(ModelSession session, String input, IntervalBounds.Built built) {
        this.session = session;
        this.input = input;
        this.built = built;
    }

    /** @throws IllegalArgumentException naming an operator the bounds do not pass through */
    static Certification open(ModelProto model, AttackSettings settings) throws ModelLoadException {
        if (settings.norm() != Norm.LINF) {
            throw new IllegalArgumentException("certification bounds the L∞ ball; give --norm linf");
        }
        IntervalBounds.Built built = IntervalBounds.of(model, settings.low(), settings.high());
        return new Certification(OnnxRuntime.open(built.model().toByteArray(), "interval bounds", RuntimeSettings.forTrainer()),
                Saliency.dataInputs(model.getGraph()).get(0).getName(), built);
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
    boolean[] certified(float[] x, long[] shape, int[] labels, float epsilon) throws OrtException {
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

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
