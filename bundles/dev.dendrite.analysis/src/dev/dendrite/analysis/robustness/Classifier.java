package dev.dendrite.analysis.robustness;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OrtException;
import dev.dendrite.analysis.evaluation.ClassificationReport;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.data.Dataset;

/**
 * A classifier an attack reads: its session, the input's declared shape, its classes, and whether
 * its outputs are already probabilities (a softmax inside the model) or logits.
 */
final class Classifier implements AutoCloseable {

    private final ModelSession session;
    private final String input;
    private final long[] shape;
    private final int classes;
    private final boolean probabilities;

    private Classifier(ModelSession session, String input, long[] shape, int classes, boolean probabilities) {
        this.session = session;
        this.input = input;
        this.shape = shape;
        this.classes = classes;
        this.probabilities = probabilities;
    }

    /**
     * Opens {@code model} for the first {@code n} samples of {@code data}.
     *
     * @throws IllegalArgumentException for a model whose outputs are not the data's classes or whose input is not the data's samples
     */
    static Classifier open(ModelProto model, Dataset data, int n) throws OrtException, ModelLoadException {
        ModelSession session = OnnxRuntime.open(model.toByteArray(), "model", RuntimeSettings.forTrainer());
        try {
            String input = session.inputNames().iterator().next();
            long[] shape = dev.dendrite.train.run.ModelOutputs.inputShape(session, input, data.sampleSize()).clone();
            // A softmax inside the model: its outputs of every sample of the first batch are probabilities.
            int rows = Math.max(1, Math.min(n, AdversarialAttack.BATCH));
            float[] batch = new float[rows * data.sampleSize()];
            for (int i = 0; i < rows; i++) {
                data.features(i, batch, i * data.sampleSize());
            }
            shape[0] = rows;
            float[] outputs = AdversarialAttack.forward(session, input, batch, shape);
            int classes = outputs.length / rows;
            if (classes < 2 || classes != data.classes()) {
                throw new IllegalArgumentException("the model gives " + classes + " outputs per sample, " + data.name() + " has " + data.classes()
                        + " classes");
            }
            return new Classifier(session, input, shape, classes, ClassificationReport.areProbabilities(outputs, classes));
        } catch (OrtException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** The model's outputs at the rows of {@code x}. */
    float[] forward(float[] x, long[] rowsShape) throws OrtException {
        return AdversarialAttack.forward(session, input, x, rowsShape);
    }

    /** The input's shape, its first dimension to be set per batch. */
    long[] shape() {
        return shape.clone();
    }

    int classes() {
        return classes;
    }

    boolean probabilities() {
        return probabilities;
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
