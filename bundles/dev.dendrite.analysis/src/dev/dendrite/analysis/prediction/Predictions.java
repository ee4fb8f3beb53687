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
 * softmax, as evaluate reads them), a regression model's values, or, for a model that gives as many
 * values as it reads (an autoencoder), its reconstruction and the reconstruction error: the
 * anomaly score. A model of sequences runs over each input sequence alone, as long as it is.
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
     * @param reconstructionError an autoencoder's mean squared error per value against the input, else NaN
     */
    public record Prediction(List<Ranked> top, float[] values, double reconstructionError) {

        /** Whether the model reconstructed the input. */
        public boolean reconstructed() {
            return !Double.isNaN(reconstructionError);
        }

        /** The predicted class, or -1 for a regression model. */
        public int label() {
            return top.isEmpty() ? -1 : top.get(0).label();
        }

        /** The predicted class's probability, or NaN. */
        public double probability() {
            return top.isEmpty() ? Double.NaN : top.get(0).probability();
        }
    }

    /**
     * Inputs from which a model that gives as many values as it reads (and is not known to classify)
     * is taken for an autoencoder: the smallest toys give as many as they read without reconstructing
     * anything (two features and two classes; sin(x) of x).
     */
    static final int RECONSTRUCTION_FROM = 16;

    private Predictions() {
    }

    /**
     * Runs {@code model} over {@code inputs} (each {@code shape}'s values) and reads its outputs as
     * class scores (keeping the {@code topK} most likely), as values, or as reconstructions.
     *
     * @param classifier whether the model is a classifier, where known (a run knows); null reads several outputs as class
     *        scores; either way a model of as many outputs as inputs (at least {@link #RECONSTRUCTION_FROM}) not known to
     *        classify is read as an autoencoder
     *
     * @throws IllegalArgumentException naming what does not fit: values per input, or non-finite outputs
     */
    public static List<Prediction> of(byte[] model, String modelName, long[] shape, List<float[]> inputs, Boolean classifier, int topK)
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
        boolean reconstructs = outputs.width() == size && size >= RECONSTRUCTION_FROM && !Boolean.TRUE.equals(classifier);
        return read(outputs.values(), outputs.width(), inputs, reconstructs, classifier, topK);
    }

    /**
     * Runs a model of sequences (its input [N, T, ...]) over each of {@code inputs} alone, as long as
     * it is: token ids for an int64 input, else {@code perStep} values a step. The model must give one
     * output row per sequence (a classifier's scores or a regression's values), not one per step.
     *
     * @throws IllegalArgumentException naming what does not fit: a token id that is no whole number, outputs per step
     */
    public static List<Prediction> ofSequences(byte[] model, String modelName, long[] perStep, List<float[]> inputs, Boolean classifier,
            int topK) throws OrtException, ModelLoadException {
        if (inputs.isEmpty()) {
            return List.of();
        }
        float[][] rows = SequenceRuns.outputs(model, modelName, perStep, inputs);
        int width = rows[0].length;
        float[] values = new float[rows.length * width];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, values, i * width, width);
        }
        return read(values, width, inputs, false, classifier, topK);
    }

    /** The outputs of every input, {@code width} each, read as reconstructions, class scores or values. */
    static List<Prediction> read(float[] values, int width, List<float[]> inputs, boolean reconstructs, Boolean classifier,
            int topK) {
        int size = inputs.get(0).length;
        boolean classes = !Boolean.FALSE.equals(classifier) && width >= 2 && !reconstructs;
        if (classes) {
            Finite.check(values, width);
        }
        boolean already = classes && ClassificationReport.areProbabilities(values, width);
        List<Prediction> predictions = new ArrayList<>();
        double[] row = new double[width];
        for (int i = 0; i < inputs.size(); i++) {
            float[] own = java.util.Arrays.copyOfRange(values, i * width, (i + 1) * width);
            if (reconstructs) {
                double squared = 0;
                for (int k = 0; k < size; k++) {
                    double d = own[k] - inputs.get(i)[k];
                    squared += d * d;
                }
                predictions.add(new Prediction(List.of(), own, squared / size));
                continue;
            }
            if (!classes) {
                predictions.add(new Prediction(List.of(), own, Double.NaN));
                continue;
            }
            ClassificationReport.probabilities(values, i * width, width, already, row);
            List<Ranked> ranked = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                ranked.add(new Ranked(c, row[c]));
            }
            // Most likely first; equal probabilities keep the lower class first, as the arg-max does.
            ranked.sort((a, b) -> Double.compare(b.probability(), a.probability()));
            predictions.add(new Prediction(List.copyOf(ranked.subList(0, Math.min(Math.max(1, topK), width))), own, Double.NaN));
        }
        return predictions;
    }
}
