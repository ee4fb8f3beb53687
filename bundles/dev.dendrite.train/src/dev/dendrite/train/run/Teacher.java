package dev.dendrite.train.run;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.config.Distillation;
import dev.dendrite.train.data.HostTensor;

/**
 * A trained classifier whose class probabilities, softened by the distillation's temperature, a
 * student trains towards: its model runs on each training batch's own inputs (augmented ones
 * included), in a session of its own that does not spin, so that it leaves the cores to the step.
 */
final class Teacher implements AutoCloseable {

    private final ModelSession session;
    private final String input;
    private final long[] declared;
    private final int classes;
    private final double temperature;

    private Teacher(ModelSession session, long[] declared, int classes, double temperature) {
        this.session = session;
        this.input = session.inputNames().iterator().next();
        this.declared = declared;
        this.classes = classes;
        this.temperature = temperature;
    }

    /**
     * Opens the teacher of {@code distillation} for samples of {@code sampleSize} values and a student of {@code classes} outputs.
     *
     * @throws TrainingException (bad input) naming what does not fit: no model, several inputs, another sample size or class count
     */
    static Teacher open(Distillation distillation, int sampleSize, int classes) throws TrainingException {
        Path given = Path.of(distillation.teacher());
        Path model = Files.isDirectory(given) ? given.resolve(RunFiles.MODEL) : given;
        if (!Files.isRegularFile(model)) {
            throw TrainingException.badInput("the teacher " + given + (Files.isDirectory(given) ? " has no " + RunFiles.MODEL
                    + ": only a finished run has a model" : " does not exist"));
        }
        ModelSession session;
        try {
            session = OnnxRuntime.open(Files.readAllBytes(model), "the teacher " + model, RuntimeSettings.forTrainer().withSpinning(false));
        } catch (IOException | ModelLoadException e) {
            throw TrainingException.badInput("the teacher " + model + " cannot be loaded: " + e.getMessage());
        }
        try {
            if (session.inputNames().size() != 1) {
                throw TrainingException.badInput("the teacher " + model + " reads " + session.inputNames().size() + " inputs; a teacher reads "
                        + "the student's one input");
            }
            long[] declared = ModelOutputs.inputShape(session, session.inputNames().iterator().next(), sampleSize);
            long[] out = ((TensorInfo) session.session().getOutputInfo().values().iterator().next().getInfo()).getShape();
            if (out.length != 2 || out[1] > 0 && out[1] != classes) {
                throw TrainingException.badInput("the teacher " + model + " gives " + java.util.Arrays.toString(out).replace("-1", "N")
                        + " outputs per batch where the student has " + classes + " classes");
            }
            return new Teacher(session, declared, classes, distillation.temperature());
        } catch (IllegalArgumentException | OrtException e) {
            close(session);
            throw TrainingException.badInput("the teacher " + model + " does not fit the data: " + e.getMessage());
        } catch (TrainingException e) {
            close(session);
            throw e;
        }
    }

    int classes() {
        return classes;
    }

    /**
     * Each row's class probabilities at the temperature: softmax(t/T) of logits, or p^(1/T) renormalised where the teacher's
     * outputs are already probabilities (rows in [0, 1] summing to 1).
     */
    HostTensor probabilities(HostTensor features, int rows) {
        long[] shape = declared.clone();
        shape[0] = rows;
        long perRow = 1;
        for (int d = 1; d < features.shape().length; d++) {
            perRow *= features.shape()[d];
        }
        try (OnnxTensor x = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(features.floats(), 0, (int) (rows * perRow)),
                shape); OrtSession.Result result = session.session().run(Map.of(input, x))) {
            FloatBuffer buffer = ((OnnxTensor) result.get(0)).getFloatBuffer();
            float[] q = new float[rows * classes];
            buffer.get(q);
            soften(q, rows);
            return HostTensor.of(new long[] {rows, classes}, q);
        } catch (OrtException e) {
            throw new IllegalStateException("the teacher failed on a batch: " + e.getMessage(), e);
        }
    }

    private void soften(float[] q, int rows) {
        boolean probabilities = true;
        for (int r = 0; r < rows && probabilities; r++) {
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                float v = q[r * classes + c];
                probabilities &= v >= 0 && v <= 1;
                sum += v;
            }
            probabilities &= Math.abs(sum - 1) < 1e-3;
        }
        for (int r = 0; r < rows; r++) {
            double largest = Double.NEGATIVE_INFINITY;
            double[] z = new double[classes];
            for (int c = 0; c < classes; c++) {
                float v = q[r * classes + c];
                if (!Float.isFinite(v)) {
                    throw new IllegalStateException("the teacher gave " + v + " for a training sample: its weights are not finite");
                }
                z[c] = (probabilities ? Math.log(Math.max(v, 1e-30)) : v) / temperature;
                largest = Math.max(largest, z[c]);
            }
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                z[c] = Math.exp(z[c] - largest);
                sum += z[c];
            }
            for (int c = 0; c < classes; c++) {
                q[r * classes + c] = (float) (z[c] / sum);
            }
        }
    }

    @Override
    public void close() {
        close(session);
    }

    private static void close(ModelSession session) {
        try {
            session.close();
        } catch (OrtException e) {
            // Nothing to keep from a teacher that fails to close.
        }
    }
}
