package dev.dendrite.analysis.prediction;

import java.util.ArrayList;
import java.util.List;

import ai.onnxruntime.OrtException;
import dev.dendrite.analysis.evaluation.ClassificationReport;
import dev.dendrite.analysis.evaluation.Finite;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.run.ModelOutputs;

/**
 * A model's predictions for given inputs (pictures, rows of numbers): a classifier's most likely
 * classes with their probabilities (outputs that are not probabilities read as logits through a
 * softmax, as evaluate reads them), or a regression model's values.
 */
public final class Predictions {

    /** A class and its probability. */
    public record Ranked(int label, double probability) {
    }

    /**
     * One input's prediction.
     *
     * @param top the most likely classes, most likely first (empty for values)
     * @param values the model's raw outputs
     */
    public record Prediction(List<Ranked> top, float[] values) {

        /** The predicted class, or -1 for a regression model. */
        public int label() {
            return top.isEmpty() ? -1 : top.get(0).label();
        }

        /** The predicted class's probability, or NaN. */
        public double probability() {
            return top.isEmpty() ? Double.NaN : top.get(0).probability();
        }
    }

    private Predictions() {
    }

    /**
     * Runs {@code model} over {@code inputs} (each {@code shape}'s values) and reads its outputs as
     * class scores ({@code classifier}, keeping the {@code topK} most likely) or as values.
     *
     * @throws IllegalArgumentException naming what does not fit: values per input, or non-finite outputs
     */
    public static List<Prediction> of(byte[] model, String modelName, long[] shape, List<float[]> inputs, boolean classifier, int topK)
            throws OrtException, ModelLoadException {
        if (inputs.isEmpty()) {
            return List.of();
        }
        int size = inputs.get(0).length;
        float[] features = new float[inputs.size() * size];
        for (int i = 0; i < inputs.size(); i++) {
            System.arraycopy(inputs.get(i), 0, features, i * size, size);
        }
        Dataset data = Dataset.regression("inputs", shape, features, new float[inputs.size()], 1);
        ModelOutputs.Result outputs = ModelOutputs.of(model, modelName, List.of(data)).get(0);
        int width = outputs.width();
        float[] values = outputs.values();
        boolean classes = classifier && width >= 2;
        if (classes) {
            Finite.check(values, width);
        }
        boolean already = classes && ClassificationReport.areProbabilities(values, width);
        List<Prediction> predictions = new ArrayList<>();
        double[] row = new double[width];
        for (int i = 0; i < inputs.size(); i++) {
            float[] own = java.util.Arrays.copyOfRange(values, i * width, (i + 1) * width);
            if (!classes) {
                predictions.add(new Prediction(List.of(), own));
                continue;
            }
            ClassificationReport.probabilities(values, i * width, width, already, row);
            List<Ranked> ranked = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                ranked.add(new Ranked(c, row[c]));
            }
            // Most likely first; equal probabilities keep the lower class first, as the arg-max does.
            ranked.sort((a, b) -> Double.compare(b.probability(), a.probability()));
            predictions.add(new Prediction(List.copyOf(ranked.subList(0, Math.min(Math.max(1, topK), width))), own));
        }
        return predictions;
    }
}
