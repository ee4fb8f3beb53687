package dev.dendrite.analysis.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.dendrite.analysis.evaluation.ClassificationReport;
import dev.dendrite.analysis.evaluation.Evaluation;
import dev.dendrite.analysis.evaluation.ReconstructionReport;
import dev.dendrite.analysis.evaluation.RegressionReport;
import dev.dendrite.analysis.evaluation.SequenceReport;

/** The Evaluation view's words: the table's columns and rows and the status line, for each kind of evaluation. */
final class EvaluationSummary {

    private EvaluationSummary() {
    }

    static String[] headers(Evaluation e) {
        if (e.classification() != null) {
            return new String[] {"Class", "Precision", "Recall", "F1", "Samples", "Predicted"};
        }
        return e.reconstruction() != null ? new String[] {"Class", "Samples", "Mean error", "ROC AUC"} : new String[] {"Output", "MSE", "MAE", "R²"};
    }

    static List<String[]> rows(Evaluation e) {
        List<String[]> rows = new ArrayList<>();
        if (e.classification() != null) {
            List<String> names = dev.dendrite.analysis.prediction.ClassNames.of(e.dataset(), e.classification().classCount());
            for (ClassificationReport.ClassScores s : e.classification().classes()) {
                String label = s.label() < names.size() ? s.label() + "  " + names.get(s.label()) : String.valueOf(s.label());
                rows.add(new String[] {label, fraction(s.precision()), fraction(s.recall()), fraction(s.f1()),
                    String.valueOf(s.support()), String.valueOf(s.predicted())});
            }
        } else if (e.reconstruction() != null) {
            for (ReconstructionReport.ClassErrors k : e.reconstruction().classes()) {
                rows.add(new String[] {String.valueOf(k.label()), String.valueOf(k.samples()), String.format(Locale.ROOT, "%.5f", k.meanError()),
                    fraction(k.auc())});
            }
        } else {
            for (RegressionReport.OutputScores s : e.regression().outputs()) {
                rows.add(new String[] {String.valueOf(s.index()), String.format(Locale.ROOT, "%.5g", s.meanSquaredError()), String.format(
                        Locale.ROOT, "%.5g", s.meanAbsoluteError()), fraction(s.r2())});
            }
        }
        return rows;
    }

    static String status(Evaluation e) {
        ClassificationReport c = e.classification();
        SequenceReport along = e.sequence();
        if (c != null) {
            var t = e.temperatureScaling();
            return String.format(Locale.ROOT, "%s split of %s, %s: accuracy %s%s, log loss %.4f, balanced accuracy %s, macro F1 %.3f, calibration "
                    + "error %.3f%s%s. Rows: actual class; columns: predicted; colour: share of the actual class.", e.split(), e.dataset(),
                    counted(e, c.samples()), percent(c.accuracy()), c.topK() == 0 ? "" : ", top-" + c.topK() + " " + percent(c.topKAccuracy()),
                    c.logLoss(), percent(c.balancedAccuracy()), c.macroF1(), c.calibrationError(), t == null ? "" : String.format(Locale.ROOT,
                            " (%.3f with the temperature %.2f fitted on the validation split)", t.calibrationError(), t.temperature()), along(along));
        }
        ReconstructionReport r = e.reconstruction();
        if (r != null) {
            return String.format(Locale.ROOT, "%s split of %s, %,d samples reconstructed: mean squared error %.5f, PSNR %.2f dB. ROC AUC: how "
                    + "well the errors alone tell a class from the others, as anomaly detection by reconstruction does (0.5: chance).", e.split(),
                    e.dataset(), r.samples(), r.meanSquaredError(), r.psnr());
        }
        RegressionReport g = e.regression();
        return String.format(Locale.ROOT, "%s split of %s, %s: MSE %.5g, RMSE %.5g, MAE %.5g, R² %s%s", e.split(), e.dataset(), counted(e,
                g.samples()), g.meanSquaredError(), g.rootMeanSquaredError(), g.meanAbsoluteError(), fraction(g.r2()), along == null
                        ? " (a regression model: no confusion matrix)" : "");
    }

    /** "N samples", or for a sequence model scored per step "N steps of M sequences". */
    private static String counted(Evaluation evaluation, int predictions) {
        SequenceReport along = evaluation.sequence();
        return along != null && SequenceReport.PER_STEP.equals(along.unit()) ? String.format(Locale.ROOT, "%,d steps of %,d sequences",
                predictions, along.sequences()) : String.format(Locale.ROOT, "%,d %s", predictions, along == null ? "samples" : "sequences");
    }

    /** A sequence classifier's whole-sequence accuracy and greedy decoding, for the status line. */
    private static String along(SequenceReport along) {
        if (along == null) {
            return "";
        }
        String text = Double.isNaN(along.sequenceAccuracy()) ? "" : String.format(Locale.ROOT, "; every step right in %s of the sequences",
                percent(along.sequenceAccuracy()));
        var g = along.greedy();
        return g == null ? text : text + String.format(Locale.ROOT, "; greedy decoding: token accuracy %s, %s of the sequences entirely right",
                percent(g.tokenAccuracy()), percent(g.sequenceAccuracy()));
    }

    private static String percent(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f%%", 100 * value);
    }

    private static String fraction(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.4f", value);
    }
}
