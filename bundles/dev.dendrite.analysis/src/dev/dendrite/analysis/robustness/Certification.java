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

    private Certification(ModelSession session, String input) {
        this.session = session;
        this.input = input;
    }

    /** @throws IllegalArgumentException naming an operator the bounds do not pass through */
    static Certification open(ModelProto model, AttackSettings settings) throws ModelLoadException {
        if (settings.norm() != Norm.LINF) {
            throw new IllegalArgumentException("certification bounds the L∞ ball; give --norm linf");
        }
        ModelProto bounds = IntervalBounds.of(model, settings.low(), settings.high());
        return new Certification(OnnxRuntime.open(bounds.toByteArray(), "interval bounds", RuntimeSettings.forTrainer()),
                Saliency.dataInputs(model.getGraph()).get(0).getName());
    }

    /** The logits' bounds at radius ε for the rows of {@code x}: lower then upper, [rows, classes] each. */
    float[][] bounds(float[] x, long[] shape, float epsilon) throws OrtException {
        try (OnnxTensor features = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x), shape);
             OnnxTensor radius = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(new float[] {epsilon}), new long[0]);
             OrtSession.Result result = session.session().run(Map.of(input, features, IntervalBounds.EPSILON, radius))) {
            return new float[][] {read(result, IntervalBounds.LOWER), read(result, IntervalBounds.UPPER)};
        }
    }

    /** Per row, whether its label's lower bound exceeds every other class's upper bound at radius ε. */
    boolean[] certified(float[] x, long[] shape, int[] labels, float epsilon) throws OrtException {
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
