package dev.dendrite.analysis.evaluation;

import java.util.function.IntConsumer;

import ai.onnxruntime.OrtException;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.run.ModelOutputs;

/** Runs a model over a data set's samples ({@link ModelOutputs}) and scores its outputs as a classifier or a regression model. */
public final class ModelEvaluation {

    private ModelEvaluation() {
    }

    /**
     * Evaluates {@code model} on {@code data}: a {@link ClassificationReport} where the data has
     * labels, else a {@link RegressionReport}.
     *
     * @param done hears the samples run so far
     * @throws IllegalArgumentException naming what does not fit (values per sample, outputs per class or target, non-finite outputs)
     */
    public static Evaluation evaluate(byte[] model, String modelName, Dataset data, String dataset, String split, IntConsumer done)
            throws OrtException, ModelLoadException {
        return evaluate(model, modelName, data, dataset, split, null, done);
    }

    /**
     * As {@link #evaluate(byte[], String, Dataset, String, String, IntConsumer)}; a classifier's
     * report adds {@link TemperatureScaling} fitted on {@code validation} where that is given (the
     * run's validation split, which it did not train on).
     */
    public static Evaluation evaluate(byte[] model, String modelName, Dataset data, String dataset, String split, Dataset validation,
            IntConsumer done) throws OrtException, ModelLoadException {
        if (data.size() == 0) {
            throw new IllegalArgumentException("the " + split + " split of " + dataset + " has no samples");
        }
        ModelOutputs.Result outputs = ModelOutputs.of(model, modelName, data, done);
        if (data.hasLabels()) {
            if (outputs.width() == data.sampleSize() && outputs.width() != data.classes()) {
                throw new IllegalArgumentException("the model gives as many outputs as it reads (" + outputs.width() + "): it reconstructs its input"
                        + " (an autoencoder), which evaluate does not score as a classifier; a run trained with --hold-out CLASS reports its"
                        + " reconstruction errors as anomaly scores (anomaly-scores.csv, summary.json)");
            }
            if (outputs.width() > 1 && outputs.width() < data.classes()) {
                throw new IllegalArgumentException("the model gives " + outputs.width() + " outputs per sample, the data has " + data.classes()
                        + " classes: evaluate a classifier on data with as many classes as its last layer's outputs");
            }
            int[] labels = labels(data);
            float[] values = outputs.width() == 1 ? twoClasses(outputs.values()) : outputs.values();
            int classes = Math.max(2, outputs.width());
            ClassificationReport report = ClassificationReport.of(labels, values, classes);
            TemperatureScaling scaling = null;
            if (validation != null && validation.hasLabels() && validation.size() > 0) {
                ModelOutputs.Result held = ModelOutputs.of(model, modelName, validation, seen -> { });
                float[] heldValues = held.width() == 1 ? twoClasses(held.values()) : held.values();
                Finite.check(heldValues, classes);
                scaling = TemperatureScaling.fit(labels(validation), heldValues, labels, values, classes);
            }
            return new Evaluation(modelName, dataset, split, report, null, scaling);
        }
        if (outputs.width() != data.targetSize()) {
            throw new IllegalArgumentException("the model gives " + outputs.width() + " outputs per sample where the data has " + data.targetSize()
                    + " target(s) per sample");
        }
        float[] targets = new float[data.size() * data.targetSize()];
        for (int i = 0; i < data.size(); i++) {
            data.targets(i, targets, i * data.targetSize());
        }
        return new Evaluation(modelName, dataset, split, null, RegressionReport.of(targets, outputs.values(), data.targetSize()));
    }

    /**
     * Evaluates a graph model on {@code data}: per graph where the data set labels graphs, per node
     * where it labels nodes (a mistake's sample is then the node's index over the split's graphs).
     *
     * @throws IllegalArgumentException naming what does not fit
     */
    public static Evaluation evaluateGraphs(byte[] model, String modelName, dev.dendrite.train.data.GraphDataset data, String dataset,
            String split) throws OrtException, ModelLoadException {
        if (data.size() == 0) {
            throw new IllegalArgumentException("the " + split + " split of " + dataset + " has no graphs");
        }
        dev.dendrite.train.run.GraphOutputs outputs = dev.dendrite.train.run.GraphOutputs.of(model, modelName, data);
        float[] values = outputs.width() == 1 ? twoClasses(outputs.values()) : outputs.values();
        return new Evaluation(modelName, dataset, split, ClassificationReport.of(outputs.labels(), values, Math.max(2, outputs.width())), null);
    }

    /**
     * McNemar's test of {@code model} against {@code other} on the labelled samples of {@code data}:
     * each model's predicted class (the highest output; a single output above 0.5 or, for logits, 0)
     * against the labels.
     *
     * @throws IllegalArgumentException where the data has no labels or a model does not fit it
     */
    public static McNemar compare(byte[] model, byte[] other, String otherName, Dataset data) throws OrtException, ModelLoadException {
        if (!data.hasLabels()) {
            throw new IllegalArgumentException("comparing two models needs class labels; the data has float targets");
        }
        int[] labels = labels(data);
        return McNemar.of(labels, predictions(model, "model", data), predictions(other, otherName, data));
    }

    private static int[] labels(Dataset data) {
        int[] labels = new int[data.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = data.label(i);
        }
        return labels;
    }

    private static int[] predictions(byte[] model, String name, Dataset data) throws OrtException, ModelLoadException {
        ModelOutputs.Result outputs = ModelOutputs.of(model, name, data, done -> { });
        int width = outputs.width();
        float[] values = width == 1 ? twoClasses(outputs.values()) : outputs.values();
        int classes = Math.max(2, width);
        Finite.check(values, classes);
        int[] predicted = new int[data.size()];
        for (int i = 0; i < predicted.length; i++) {
            int best = 0;
            for (int c = 1; c < classes; c++) {
                if (values[i * classes + c] > values[i * classes + best]) {
                    best = c;
                }
            }
            predicted[i] = best;
        }
        return predicted;
    }

    /**
     * A binary classifier's single output as two classes' probabilities: read as the probability of
     * class 1 where it lies within [0, 1] (a sigmoid applied), else as its logit.
     */
    static float[] twoClasses(float[] single) {
        boolean probabilities = true;
        for (float p : single) {
            probabilities &= p >= 0 && p <= 1;
        }
        float[] two = new float[single.length * 2];
        for (int i = 0; i < single.length; i++) {
            float p = probabilities ? single[i] : (float) (1 / (1 + Math.exp(-single[i])));
            two[2 * i] = 1 - p;
            two[2 * i + 1] = Float.isNaN(single[i]) ? Float.NaN : p;
        }
        return two;
    }
}
