package dev.dendrite.analysis.prediction;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;

/** A model of sequences run over sequences of their own lengths, one at a time, as a user gives them. */
final class SequenceRuns {

    private SequenceRuns() {
    }

    /** The first output of each input sequence run alone ([1, T, perStep...]); each must be one row, not one per step. */
    static float[][] outputs(byte[] model, String name, long[] perStep, List<float[]> inputs) throws OrtException, ModelLoadException {
        long stepSize = 1;
        for (int d = 1; d < perStep.length; d++) {
            stepSize *= perStep[d];
        }
        float[][] rows = new float[inputs.size()][];
        try (ModelSession session = OnnxRuntime.open(model, name, RuntimeSettings.forTrainer())) {
            if (session.inputNames().size() != 1) {
                throw new IllegalArgumentException("the model reads " + session.inputNames().size() + " inputs " + session.inputNames()
                        + ": predict feeds models of one input");
            }
            String input = session.inputNames().iterator().next();
            boolean tokens = ((TensorInfo) session.session().getInputInfo().get(input).getInfo()).type == OnnxJavaType.INT64;
            for (int i = 0; i < inputs.size(); i++) {
                float[] values = inputs.get(i);
                long[] shape = new long[perStep.length + 1];
                shape[0] = 1;
                shape[1] = values.length / stepSize;
                System.arraycopy(perStep, 1, shape, 2, perStep.length - 1);
                try (OnnxTensor tensor = tokens ? OnnxTensor.createTensor(OnnxRuntime.environment(), LongBuffer.wrap(ids(values, i)), shape)
                        : OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(values), shape);
                     OrtSession.Result result = session.session().run(Map.of(input, tensor))) {
                    OnnxTensor output = (OnnxTensor) result.get(0);
                    long[] outShape = output.getInfo().getShape();
                    if (outShape.length > 2) {
                        throw new IllegalArgumentException("the model gives an output per step " + java.util.Arrays.toString(outShape)
                                + ": predict reads one per sequence (evaluate scores per-step outputs)");
                    }
                    FloatBuffer buffer = output.getFloatBuffer();
                    rows[i] = new float[buffer.remaining()];
                    buffer.get(rows[i]);
                }
            }
        }
        return rows;
    }

    private static long[] ids(float[] values, int input) {
        long[] ids = new long[values.length];
        for (int k = 0; k < values.length; k++) {
            if (values[k] != Math.rint(values[k]) || values[k] < 0) {
                throw new IllegalArgumentException("input " + (input + 1) + " has " + values[k] + " at step " + (k + 1)
                        + ": the model reads token ids, whole numbers from 0");
            }
            ids[k] = (long) values[k];
        }
        return ids;
    }
}
