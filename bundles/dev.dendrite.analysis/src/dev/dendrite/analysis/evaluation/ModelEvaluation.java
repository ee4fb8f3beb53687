package dev.dendrite.analysis.evaluation;

import java.util.List;

import ai.onnxruntime.OrtException;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.data.GraphDataset;
import dev.dendrite.train.data.TensorDataset;
import dev.dendrite.train.run.GreedyDecoding;
import dev.dendrite.train.run.GraphOutputs;
import dev.dendrite.train.run.ModelOutputs;
import dev.dendrite.train.run.SequenceOutputs;

/**
 * Runs a model over a data set's samples ({@link ModelOutputs}, {@link GraphOutputs}) and scores its
 * outputs as a classifier or a regression model; each model runs once over each data set.
 */
public final class ModelEvaluation {

    /**
     * An evaluation, each sample's predicted class for a comparison ({@link #compare}; null for a regression model), and with
     * test-time augmentation the accuracy on the pictures as they are (NaN without it).
     */
    public record Result(Evaluation evaluation, int[] predictions, double plainAccuracy) {
    }

    private ModelEvaluation() {
    }

    /**
     * Evaluates {@code model} on {@code data}: a {@link ClassificationReport} where the data has
     * labels, else a {@link RegressionReport}. A classifier's report adds {@link TemperatureScaling}
     * fitted on {@code validation} where that is given (the run's validation split, which it did not
     * train on, run in the same session).
     *
     * @throws IllegalArgumentException naming what does not fit (values per sample, outputs per class or target, non-finite outputs)
     */
    public static Result evaluate(byte[] model, String modelName, Dataset data, String dataset, String split, Dataset validation)
            throws OrtException, ModelLoadException {
        return evaluate(model, modelName, data, dataset, split, validation, null);
    }

    /**
     * As above; with {@code tta} a classifier's probabilities are averaged over the pictures as they are and the
     * augmentation's draws of them (the validation split's too, for temperature scaling).
     */
    public static Result evaluate(byte[] model, String modelName, Dataset data, String dataset, String split, Dataset validation,
            TestTimeAugmentation tta) throws OrtException, ModelLoadException {
        if (data.size() == 0) {
            throw new IllegalArgumentException("the " + split + " split of " + dataset + " has no samples");
        }
        if (tta != null && !data.hasLabels()) {
            throw new IllegalArgumentException("test-time augmentation averages a classifier's probabilities, and " + dataset + " has float targets");
        }
        boolean scaled = validation != null && data.hasLabels() && validation.hasLabels() && validation.size() > 0;
        List<Dataset> sets = tta != null ? tta.sets(data, scaled ? validation : null) : scaled ? List.of(data, validation) : List.of(data);
        List<ModelOutputs.Result> runs = ModelOutputs.of(model, modelName, sets);
        ModelOutputs.Result outputs = runs.get(0);
        // As many outputs as inputs, and not as many as the targets or classes: an autoencoder.
        boolean reconstructs = outputs.width() == data.sampleSize() && outputs.width() != (data.hasLabels() ? data.classes() : data.targetSize());
        if (!data.hasLabels() && !reconstructs) {
            if (outputs.width() != data.targetSize()) {
                throw new IllegalArgumentException("the model gives " + outputs.width() + " outputs per sample where the data has "
                        + data.targetSize() + " target(s) per sample");
            }
            float[] targets = new float[data.size() * data.targetSize()];
            for (int i = 0; i < data.size(); i++) {
                data.targets(i, targets, i * data.targetSize());
            }
            return new Result(new Evaluation(modelName, dataset, split, null, RegressionReport.of(targets, outputs.values(), data.targetSize())),
                    null, Double.NaN);
        }
        if (reconstructs && tta != null) {
            throw new IllegalArgumentException("test-time augmentation averages a classifier's probabilities, and the model reconstructs its input");
        }
        if (reconstructs) {
            // Scored by how well it reconstructs each sample.
            float[] features = new float[data.size() * data.sampleSize()];
            for (int i = 0; i < data.size(); i++) {
                data.features(i, features, i * data.sampleSize());
            }
            return new Result(new Evaluation(modelName, dataset, split, ReconstructionReport.of(features, outputs.values(), outputs.width(),
                    labels(data))), null, Double.NaN);
        }
        if (outputs.width() > 1 && outputs.width() < data.classes()) {
            throw new IllegalArgumentException("the model gives " + outputs.width() + " outputs per sample, the data has " + data.classes()
                    + " classes: evaluate a classifier on data with as many classes as its last layer's outputs");
        }
        int[] labels = labels(data);
        int classes = Math.max(2, outputs.width());
        List<float[]> scores = runs.stream().map(ModelEvaluation::classScores).toList();
        int group = tta == null ? 1 : tta.draws() + 1;
        float[] values = tta == null ? scores.get(0) : tta.averaged(scores, 0, classes);
        ClassificationReport report = ClassificationReport.of(labels, values, classes);
        TemperatureScaling scaling = null;
        if (scaled) {
            float[] held = tta == null ? scores.get(1) : tta.averaged(scores, group, classes);
            Finite.check(held, classes);
            scaling = TemperatureScaling.fit(labels(validation), held, labels, values, classes);
        }
        double plain = tta == null ? Double.NaN : ClassificationReport.of(labels, scores.get(0), classes).accuracy();
        return new Result(new Evaluation(modelName, dataset, split, report, null, scaling), predictions(values, classes), plain);
    }

    /**
     * McNemar's test of an evaluated classifier against {@code other} on the same labelled samples:
     * each one's predicted class (the highest output; a single output above 0.5 or, for logits, 0)
     * against the labels. Only {@code other} runs.
     *
     * @throws IllegalArgumentException where the evaluation is not a classifier's or {@code other} does not fit the data
     */
    public static McNemar compare(Result evaluated, byte[] other, String otherName, Dataset data) throws OrtException, ModelLoadException {
        if (evaluated.predictions() == null) {
            throw new IllegalArgumentException("comparing two models needs class labels; the data has float targets");
        }
        ModelOutputs.Result outputs = ModelOutputs.of(other, otherName, List.of(data)).get(0);
        return McNemar.of(labels(data), evaluated.predictions(), predictions(classScores(outputs), Math.max(2, outputs.width())));
    }

    /**
     * Evaluates a graph model on {@code data}: per graph where the data set labels graphs, per node
     * where it labels nodes (a mistake's sample is then the node's index over the split's graphs).
     *
     * @throws IllegalArgumentException naming what does not fit
     */
    public static Evaluation evaluateGraphs(byte[] model, String modelName, GraphDataset data, String dataset, String split)
            throws OrtException, ModelLoadException {
        if (data.size() == 0) {
            throw new IllegalArgumentException("the " + split + " split of " + dataset + " has no graphs");
        }
        GraphOutputs outputs = GraphOutputs.of(model, modelName, data);
        float[] values = outputs.width() == 1 ? twoClasses(outputs.values()) : outputs.values();
        return new Evaluation(modelName, dataset, split, ClassificationReport.of(outputs.labels(), values, Math.max(2, outputs.width())), null);
    }

    /**
     * Evaluates a sequence model on {@code data}: every real step (or every sequence, as the data
     * labels them) into one report, the same predictions by position and by length, and, where a
     * model input is the target shifted by one step, greedy decoding. Batches are padded to at
     * least {@code padTo} steps, as the trainer pads them ({@link SequenceOutputs}).
     *
     * @throws IllegalArgumentException naming what does not fit
     */
    public static Evaluation evaluateSequences(byte[] model, String modelName, TensorDataset data, long padTo, String dataset, String split)
            throws OrtException, ModelLoadException {
        if (data.size() == 0) {
            throw new IllegalArgumentException("the " + split + " split of " + dataset + " has no sequences");
        }
        SequenceScoring scoring = new SequenceScoring(SequenceOutputs.target(data));
        // One session for both passes: the model is loaded once per evaluation.
        try (ModelSession session = OnnxRuntime.open(model, modelName, RuntimeSettings.forTrainer())) {
            SequenceOutputs.forEachBatch(session, data, padTo, scoring::add);
            // Masked sequences GreedyDecoding decodes unpadded itself, one at a time.
            var greedy = GreedyDecoding.ofTeacherForced(session, padTo > 0 ? data.paddedTo(padTo) : data, SequenceOutputs.BATCH);
            return scoring.evaluation(modelName, dataset, split, greedy.map(java.util.Map.Entry::getValue).orElse(null),
                    greedy.map(java.util.Map.Entry::getKey).orElse(null));
        }
    }

    private static int[] labels(Dataset data) {
        if (!data.hasLabels()) {
            return null;
        }
        int[] labels = new int[data.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = data.label(i);
        }
        return labels;
    }

    /** A classifier's outputs, a single output as two classes. */
    private static float[] classScores(ModelOutputs.Result outputs) {
        return outputs.width() == 1 ? twoClasses(outputs.values()) : outputs.values();
    }

    /** Each row's class of the highest output (the same for logits and their probabilities). */
    private static int[] predictions(float[] values, int classes) {
        Finite.check(values, classes);
        int[] predicted = new int[values.length / classes];
        for (int i = 0; i < predicted.length; i++) {
            predicted[i] = ClassificationReport.argmax(values, i * classes, classes);
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
