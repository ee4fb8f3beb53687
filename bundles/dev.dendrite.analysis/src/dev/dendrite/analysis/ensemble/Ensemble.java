package dev.dendrite.analysis.ensemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OrtException;
import dev.dendrite.analysis.evaluation.ClassificationReport;
import dev.dendrite.analysis.evaluation.TemperatureScaling;
import dev.dendrite.analysis.ood.DetectionMetrics;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.train.data.Dataset;

/**
 * Scores an ensemble of classifiers trained apart (other seeds, other settings) as one model whose
 * prediction is their mean probability.
 */
public final class Ensemble {

    /** The index of the first member's confidence in {@link EnsembleReport#CONFIDENCES}. */
    private static final int MEMBER = 3;

    private Ensemble() {
    }

    /**
     * The report of {@code members} (named by {@code names}) on the first {@code n} samples of {@code data}, and against each of
     * {@code others} (their first {@code n}).
     *
     * @throws IllegalArgumentException for fewer than two members, data without labels, or a member whose outputs are not the data's classes
     */
    public static EnsembleReport evaluate(List<ModelProto> members, List<String> names, Dataset data, int n, Map<String, Dataset> others)
            throws OrtException, ModelLoadException {
        return evaluate(members, names, data, n, others, null, null);
    }

    /**
     * As {@link #evaluate(List, List, Dataset, int, Map)}, the members being stochastic passes of {@code single} (MC dropout) where
     * it is given: its own scores are reported beside them and its confidence is the one-network baseline; and with the mean
     * prediction's temperature fitted on {@code validation} where given (samples no member trained on).
     */
    public static EnsembleReport evaluate(List<ModelProto> members, List<String> names, Dataset data, int n, Map<String, Dataset> others,
            ModelProto single, Dataset validation) throws OrtException, ModelLoadException {
        if (members.size() < 2) {
            throw new IllegalArgumentException("an ensemble needs two members or more, not " + members.size());
        }
        if (!data.hasLabels()) {
            throw new IllegalArgumentException(data.name() + " has float targets; an ensemble of classifiers reads classes");
        }
        int classes = data.classes();
        float[][] p = MemberProbabilities.of(members, names, data, n);
        float[] alone = single == null ? p[0] : MemberProbabilities.of(List.of(single), List.of("model"), data, n)[0];
        int rows = p[0].length / classes;
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) {
            labels[i] = data.label(i);
        }
        List<EnsembleReport.Scores> scores = new ArrayList<>();
        int[][] predicted = new int[p.length][];
        for (int m = 0; m < p.length; m++) {
            scores.add(scores(names.get(m), labels, p[m], classes));
            predicted[m] = argmax(p[m], classes);
        }
        float[] mean = MemberProbabilities.mean(p);
        EnsembleReport.Scores ensemble = scores("ensemble", labels, mean, classes);
        int[] chosen = argmax(mean, classes);
        boolean[] right = new boolean[rows];
        int oracle = 0;
        for (int i = 0; i < rows; i++) {
            right[i] = chosen[i] == labels[i];
            boolean any = false;
            for (int[] member : predicted) {
                any |= member[i] == labels[i];
            }
            oracle += any ? 1 : 0;
        }
        double disagreement = 0;
        int pairs = 0;
        for (int a = 0; a < p.length; a++) {
            for (int b = a + 1; b < p.length; b++) {
                int differ = 0;
                for (int i = 0; i < rows; i++) {
                    differ += predicted[a][i] != predicted[b][i] ? 1 : 0;
                }
                disagreement += (double) differ / rows;
                pairs++;
            }
        }
        PredictiveUncertainty split = PredictiveUncertainty.of(p, classes);
        Map<String, EnsembleReport.Parts> uncertainty = new LinkedHashMap<>();
        uncertainty.put("all", parts(split, right, null));
        uncertainty.put("right", parts(split, right, true));
        uncertainty.put("wrong", parts(split, right, false));
        double[][] confidences = confidences(alone, mean, split, classes);
        Map<String, SelectivePrediction> selective = new LinkedHashMap<>();
        boolean[] memberRight = new boolean[rows];
        int[] alonePredicted = argmax(alone, classes);
        for (int i = 0; i < rows; i++) {
            memberRight[i] = alonePredicted[i] == labels[i];
        }
        for (int k = 0; k < confidences.length; k++) {
            // The first member abstains on its own predictions: one network's baseline.
            selective.put(EnsembleReport.CONFIDENCES.get(k), SelectivePrediction.of(confidences[k], k == MEMBER ? memberRight : right));
        }
        List<EnsembleReport.OutSet> sets = new ArrayList<>();
        for (var other : others.entrySet()) {
            if (other.getValue().sampleSize() != data.sampleSize()) {
                throw new IllegalArgumentException(other.getKey() + "'s samples have " + other.getValue().sampleSize() + " values, the members read "
                        + data.sampleSize());
            }
            Dataset relabelled = other.getValue().hasLabels() && other.getValue().classes() == classes ? other.getValue() : Dataset.classification(
                    other.getKey(), other.getValue().sampleShape(), features(other.getValue(), n), new int[Math.min(n, other.getValue().size())],
                    classes);
            float[][] q = MemberProbabilities.of(members, names, relabelled, n);
            PredictiveUncertainty outSplit = PredictiveUncertainty.of(q, classes);
            float[] outAlone = single == null ? q[0] : MemberProbabilities.of(List.of(single), List.of("model"), relabelled, n)[0];
            double[][] outConfidences = confidences(outAlone, MemberProbabilities.mean(q), outSplit, classes);
            Map<String, DetectionMetrics> metrics = new LinkedHashMap<>();
            for (int k = 0; k < confidences.length; k++) {
                metrics.put(EnsembleReport.CONFIDENCES.get(k), DetectionMetrics.of(confidences[k], outConfidences[k]));
            }
            sets.add(new EnsembleReport.OutSet(other.getKey(), q[0].length / classes, parts(outSplit, new boolean[q[0].length / classes], null),
                    metrics));
        }
        return new EnsembleReport(rows, scores, ensemble, (double) oracle / rows, pairs == 0 ? 0 : disagreement / pairs, uncertainty, selective,
                sets, single == null ? null : scores("model", labels, alone, classes), validation == null ? null : temperature(members, names,
                        validation, labels, mean, classes));
    }

    /** The mean prediction's temperature, fitted on the validation split's mean and applied to the split's. */
    private static TemperatureScaling temperature(List<ModelProto> members, List<String> names, Dataset validation, int[] labels, float[] mean,
            int classes) throws OrtException, ModelLoadException {
        float[] held = MemberProbabilities.mean(MemberProbabilities.of(members, names, validation, validation.size()));
        int[] heldLabels = new int[validation.size()];
        for (int i = 0; i < heldLabels.length; i++) {
            heldLabels[i] = validation.label(i);
        }
        return TemperatureScaling.fit(heldLabels, held, labels, mean, classes);
    }

    private static EnsembleReport.Scores scores(String name, int[] labels, float[] p, int classes) {
        ClassificationReport report = ClassificationReport.of(labels, p, classes);
        return new EnsembleReport.Scores(name, report.accuracy(), report.logLoss(), report.calibrationError());
    }

    /** Per {@link EnsembleReport#CONFIDENCES}, per sample: higher the surer. */
    private static double[][] confidences(float[] alone, float[] mean, PredictiveUncertainty split, int classes) {
        int rows = mean.length / classes;
        double[][] out = new double[4][rows];
        for (int i = 0; i < rows; i++) {
            out[0][i] = max(mean, i * classes, classes);
            out[1][i] = -split.total()[i];
            out[2][i] = -split.epistemic()[i];
            out[3][i] = max(alone, i * classes, classes);
        }
        return out;
    }

    private static EnsembleReport.Parts parts(PredictiveUncertainty split, boolean[] right, Boolean which) {
        double total = 0;
        double aleatoric = 0;
        double epistemic = 0;
        int count = 0;
        for (int i = 0; i < right.length; i++) {
            if (which == null || right[i] == which) {
                total += split.total()[i];
                aleatoric += split.aleatoric()[i];
                epistemic += split.epistemic()[i];
                count++;
            }
        }
        return count == 0 ? new EnsembleReport.Parts(Double.NaN, Double.NaN, Double.NaN) : new EnsembleReport.Parts(total / count, aleatoric
                / count, epistemic / count);
    }

    private static double max(float[] p, int from, int classes) {
        double best = 0;
        for (int c = 0; c < classes; c++) {
            best = Math.max(best, p[from + c]);
        }
        return best;
    }

    private static int[] argmax(float[] p, int classes) {
        int[] out = new int[p.length / classes];
        for (int i = 0; i < out.length; i++) {
            int best = 0;
            for (int c = 1; c < classes; c++) {
                best = p[i * classes + c] > p[i * classes + best] ? c : best;
            }
            out[i] = best;
        }
        return out;
    }

    private static float[] features(Dataset data, int n) {
        int rows = Math.min(n, data.size());
        float[] x = new float[rows * data.sampleSize()];
        for (int i = 0; i < rows; i++) {
            data.features(i, x, i * data.sampleSize());
        }
        return x;
    }
}
