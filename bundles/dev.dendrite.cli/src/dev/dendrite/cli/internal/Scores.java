package dev.dendrite.cli.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.dendrite.analysis.evaluation.Evaluation;
import dev.dendrite.analysis.evaluation.ModelEvaluation;
import dev.dendrite.train.run.RunRecord;

/** What a model scored: a classifier's accuracy and predictions, or a regression model's or autoencoder's mean squared error. */
record Scores(Evaluation evaluation, int[] predictions, int[] labels) {

    static Scores of(ModelEvaluation.Result result) {
        return new Scores(result.evaluation(), result.predictions(), null);
    }

    boolean classifier() {
        return evaluation.classification() != null;
    }

    double value() {
        return classifier() ? evaluation.classification().accuracy()
                : evaluation.regression() != null ? evaluation.regression().meanSquaredError() : evaluation.reconstruction().meanSquaredError();
    }

    String metric() {
        return classifier() ? "accuracy" : "mse";
    }

    double agreement(Scores other) {
        if (predictions == null || other.predictions == null) {
            return Double.NaN;
        }
        int same = 0;
        for (int i = 0; i < predictions.length; i++) {
            same += predictions[i] == other.predictions[i] ? 1 : 0;
        }
        return (double) same / predictions.length;
    }

    Map<String, Object> json(Scores floats) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(metric(), value());
        if (classifier()) {
            row.put("logLoss", evaluation.classification().logLoss());
            if (floats != this) {
                row.put("agreement", agreement(floats));
            }
        }
        return row;
    }

    String format(double v) {
        return classifier() ? String.format(Locale.ROOT, "%.2f%%", 100 * v) : RunRecord.significant(v);
    }

    /** A p-value in words: "p = " and three significant digits, or "p < 0.0001" where it underflows. */
    static String pValue(double p) {
        return p < 1e-4 ? "p < 0.0001" : String.format(Locale.ROOT, "p = %.3g", p);
    }

    /** McNemar's test of these predictions against {@code other}'s on the same samples of {@code data}. */
    dev.dendrite.analysis.evaluation.McNemar mcnemar(dev.dendrite.train.data.Dataset data, Scores other) {
        int[] labels = new int[data.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = data.label(i);
        }
        return dev.dendrite.analysis.evaluation.McNemar.of(labels, predictions, other.predictions);
    }
}
