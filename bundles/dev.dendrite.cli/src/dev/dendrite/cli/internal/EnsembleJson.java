package dev.dendrite.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.dendrite.analysis.ensemble.EnsembleReport;
import dev.dendrite.analysis.ensemble.RegressionEnsembleReport;
import dev.dendrite.analysis.ensemble.SelectivePrediction;
import dev.dendrite.analysis.ood.DetectionMetrics;

/** An ensemble report as ensemble's JSON and as its text. */
final class EnsembleJson {

    private EnsembleJson() {
    }

    static Map<String, Object> of(ModelTarget target, EnsembleReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("dataset", target.spec());
        json.put("split", target.split());
        json.put("samples", report.samples());
        List<Map<String, Object>> members = new ArrayList<>();
        report.members().forEach(m -> members.add(scores(m)));
        json.put("members", members);
        json.put("ensemble", scores(report.ensemble()));
        json.put("single", report.single() == null ? null : scores(report.single()));
        var t = report.temperature();
        if (t == null) {
            json.put("temperature", null);
        } else {
            Map<String, Object> scaled = new LinkedHashMap<>();
            scaled.put("temperature", t.temperature());
            scaled.put("logLoss", t.logLoss());
            scaled.put("calibrationError", t.calibrationError());
            scaled.put("atEdge", t.atEdge());
            json.put("temperature", scaled);
        }
        json.put("gainOverBest", report.gainOverBest());
        json.put("oracleAccuracy", report.oracleAccuracy());
        json.put("disagreement", report.disagreement());
        Map<String, Object> uncertainty = new LinkedHashMap<>();
        report.uncertainty().forEach((which, parts) -> uncertainty.put(which, parts(parts)));
        json.put("uncertainty", uncertainty);
        Map<String, Object> selective = new LinkedHashMap<>();
        report.selective().forEach((confidence, curve) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("aurc", curve.aurc());
            row.put("coverages", RobustnessCommand.list(curve.coverages()));
            row.put("accuracies", RobustnessCommand.list(curve.accuracies()));
            row.put("curve", RobustnessCommand.list(curve.curve()));
            selective.put(confidence, row);
        });
        json.put("selective", selective);
        List<Map<String, Object>> sets = new ArrayList<>();
        for (EnsembleReport.OutSet set : report.sets()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", set.name());
            row.put("samples", set.samples());
            row.put("uncertainty", parts(set.uncertainty()));
            Map<String, Object> metrics = new LinkedHashMap<>();
            set.metrics().forEach((confidence, m) -> {
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("auroc", m.auroc());
                values.put("auprOut", m.auprOut());
                values.put("fprAt95", m.fprAt95());
                metrics.put(confidence, values);
            });
            row.put("metrics", metrics);
            sets.add(row);
        }
        json.put("sets", sets);
        return json;
    }

    private static Map<String, Object> scores(EnsembleReport.Scores s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", s.name());
        json.put("accuracy", s.accuracy());
        json.put("logLoss", s.logLoss());
        json.put("calibrationError", s.calibrationError());
        return json;
    }

    private static Map<String, Object> parts(EnsembleReport.Parts p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total", Double.isNaN(p.total()) ? null : p.total());
        json.put("aleatoric", Double.isNaN(p.aleatoric()) ? null : p.aleatoric());
        json.put("epistemic", Double.isNaN(p.epistemic()) ? null : p.epistemic());
        return json;
    }

    static String text(ModelTarget target, EnsembleReport report) {
        StringBuilder text = new StringBuilder();
        boolean mc = report.single() != null;
        text.append(String.format(Locale.ROOT, mc ? "MC dropout: %d passes with dropout on, on %,d samples of the %s split of %s%n"
                : "Ensemble of %d members on %,d samples of the %s split of %s%n", report.members().size(), report.samples(), target.split(),
                target.spec()));
        // Room for the members' names and the temperature's row.
        int width = Math.max(mc || report.temperature() != null ? 22 : 12, report.members().stream().mapToInt(m -> m.name().length()).max()
                .orElse(0));
        String row = "%-" + width + "s %9s %9s %12s%n";
        text.append(String.format(Locale.ROOT, row, "model", "accuracy", "log loss", "calib. error"));
        if (mc) {
            row(text, row, "dropout off", report.single());
            List<EnsembleReport.Scores> passes = report.members();
            text.append(String.format(Locale.ROOT, row, "one pass (range)", range(passes, EnsembleReport.Scores::accuracy, true), range(passes,
                    EnsembleReport.Scores::logLoss, false), range(passes, EnsembleReport.Scores::calibrationError, false)));
            row(text, row, "mean of the passes", report.ensemble());
            scaledRow(text, row, report);
            text.append(String.format(Locale.ROOT, "%+.2f points over dropout off; oracle (some pass right) %s; passes disagree on %s of samples "
                    + "(mean over pairs)%n", 100 * (report.ensemble().accuracy() - report.single().accuracy()), RobustnessCommand.percent(report
                            .oracleAccuracy()), RobustnessCommand.percent(report.disagreement())));
        } else {
            report.members().forEach(m -> row(text, row, m.name(), m));
            row(text, row, "ensemble", report.ensemble());
            scaledRow(text, row, report);
            text.append(String.format(Locale.ROOT, "%+.2f points over the best member; oracle (some member right) %s; members disagree on %s of "
                    + "samples (mean over pairs)%n", 100 * report.gainOverBest(), RobustnessCommand.percent(report.oracleAccuracy()),
                    RobustnessCommand.percent(report.disagreement())));
        }
        text.append(String.format(Locale.ROOT, "%nuncertainty (nats) %9s %10s %10s%n", "total", "aleatoric", "epistemic"));
        report.uncertainty().forEach((which, p) -> text.append(String.format(Locale.ROOT, "%-18s %9.4f %10.4f %10.4f%n", which + " samples", p
                .total(), p.aleatoric(), p.epistemic())));
        text.append(String.format(Locale.ROOT, "%nselective prediction: accuracy on the share kept, AURC (lower is better)%n%-20s", "confidence"));
        for (double c : SelectivePrediction.COVERAGES) {
            text.append(String.format(Locale.ROOT, " %7s", Math.round(100 * c) + "%"));
        }
        text.append(String.format(Locale.ROOT, " %8s%n", "AURC"));
        report.selective().forEach((confidence, curve) -> {
            text.append(String.format(Locale.ROOT, "%-20s", confidence));
            for (double accuracy : curve.accuracies()) {
                text.append(String.format(Locale.ROOT, " %7s", RobustnessCommand.percent(accuracy)));
            }
            text.append(String.format(Locale.ROOT, " %8.4f%n", curve.aurc()));
        });
        if (!report.sets().isEmpty()) {
            text.append(String.format(Locale.ROOT, "%nother data sets: ROC AUC by confidence, mean epistemic uncertainty%n%-16s", "set"));
            EnsembleReport.CONFIDENCES.forEach(c -> text.append(String.format(Locale.ROOT, " %18s", c)));
            text.append(String.format(Locale.ROOT, " %10s%n", "epistemic"));
            for (EnsembleReport.OutSet set : report.sets()) {
                text.append(String.format(Locale.ROOT, "%-16s", set.name()));
                for (String c : EnsembleReport.CONFIDENCES) {
                    DetectionMetrics m = set.metrics().get(c);
                    text.append(String.format(Locale.ROOT, " %18.3f", m.auroc()));
                }
                text.append(String.format(Locale.ROOT, " %10.4f%n", set.uncertainty().epistemic()));
            }
        }
        return text.toString().stripTrailing();
    }

    /** The mean prediction divided by its fitted temperature: the same predictions, other confidences. */
    private static void scaledRow(StringBuilder text, String row, EnsembleReport report) {
        var t = report.temperature();
        if (t != null) {
            text.append(String.format(Locale.ROOT, row, String.format(Locale.ROOT, "  ÷ temperature %.2f", t.temperature()), RobustnessCommand
                    .percent(report.ensemble().accuracy()), String.format(Locale.ROOT, "%.4f", t.logLoss()), String.format(Locale.ROOT, "%.4f", t
                            .calibrationError())));
        }
    }

    private static void row(StringBuilder text, String row, String name, EnsembleReport.Scores s) {
        text.append(String.format(Locale.ROOT, row, name, RobustnessCommand.percent(s.accuracy()), String.format(Locale.ROOT, "%.4f", s
                .logLoss()), String.format(Locale.ROOT, "%.4f", s.calibrationError())));
    }

    /** The lowest to the highest of the passes' figure, as percentages or four decimals. */
    private static String range(List<EnsembleReport.Scores> passes, java.util.function.ToDoubleFunction<EnsembleReport.Scores> figure,
            boolean percent) {
        double low = passes.stream().mapToDouble(figure).min().orElse(Double.NaN);
        double high = passes.stream().mapToDouble(figure).max().orElse(Double.NaN);
        return percent ? String.format(Locale.ROOT, "%.1f-%.1f%%", 100 * low, 100 * high) : String.format(Locale.ROOT, "%.3f-%.3f", low, high);
    }

    private static String range(List<RegressionEnsembleReport.Errors> passes, java.util.function.ToDoubleFunction<RegressionEnsembleReport.Errors>
            figure) {
        return String.format(Locale.ROOT, "%.4f-%.4f", passes.stream().mapToDouble(figure).min().orElse(Double.NaN), passes.stream().mapToDouble(
                figure).max().orElse(Double.NaN));
    }

    static Map<String, Object> of(ModelTarget target, RegressionEnsembleReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("dataset", target.spec());
        json.put("split", target.split());
        json.put("task", "regression");
        json.put("samples", report.samples());
        List<Map<String, Object>> members = new ArrayList<>();
        report.members().forEach(m -> members.add(errors(m)));
        json.put("members", members);
        json.put("ensemble", errors(report.ensemble()));
        json.put("meanVariance", report.meanVariance());
        json.put("errorRankCorrelation", report.errorRankCorrelation());
        Map<String, Object> selective = new LinkedHashMap<>();
        selective.put("coverages", RobustnessCommand.list(report.coverages()));
        selective.put("mse", RobustnessCommand.list(report.keptError()));
        selective.put("area", report.allKeptError());
        json.put("selective", selective);
        RegressionEnsembleReport.Band band = report.band();
        if (band != null) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("low", band.low());
            row.put("high", band.high());
            row.put("x", RobustnessCommand.list(band.x()));
            row.put("mean", RobustnessCommand.list(band.mean()));
            row.put("std", RobustnessCommand.list(band.std()));
            json.put("band", row);
        } else {
            json.put("band", null);
        }
        return json;
    }

    private static Map<String, Object> errors(RegressionEnsembleReport.Errors e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", e.name());
        json.put("mse", e.mse());
        json.put("mae", e.mae());
        return json;
    }

    /** @param mc whether the members are MC dropout passes (folded into one row of their range) */
    static String text(ModelTarget target, RegressionEnsembleReport report, boolean mc) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, mc ? "MC dropout: %d passes with dropout on, on %,d samples of the %s split of %s%n"
                : "Ensemble of %d regressors on %,d samples of the %s split of %s%n", report.members().size(), report.samples(), target.split(),
                target.spec()));
        int width = Math.max(mc ? 20 : 12, report.members().stream().mapToInt(m -> m.name().length()).max().orElse(0));
        String row = "%-" + width + "s %12s %12s%n";
        text.append(String.format(Locale.ROOT, row, "model", "MSE", "MAE"));
        if (mc) {
            var passes = report.members();
            text.append(String.format(Locale.ROOT, row, "one pass (range)", range(passes, RegressionEnsembleReport.Errors::mse), range(passes,
                    RegressionEnsembleReport.Errors::mae)));
        } else {
            for (RegressionEnsembleReport.Errors e : report.members()) {
                text.append(String.format(Locale.ROOT, row, e.name(), String.format(Locale.ROOT, "%.6f", e.mse()), String.format(Locale.ROOT,
                        "%.6f", e.mae())));
            }
        }
        text.append(String.format(Locale.ROOT, row, mc ? "mean of the passes" : "ensemble", String.format(Locale.ROOT, "%.6f", report.ensemble()
                .mse()), String.format(Locale.ROOT, "%.6f", report.ensemble().mae())));
        text.append(String.format(Locale.ROOT, "members' variance about their mean %.3g; its rank correlation with the squared error %.2f%n",
                report.meanVariance(), report.errorRankCorrelation()));
        text.append("MSE on the samples of least variance kept:");
        for (int k = 0; k < report.coverages().length; k++) {
            text.append(String.format(Locale.ROOT, " %d%% %.3g", Math.round(100 * report.coverages()[k]), report.keptError()[k]));
        }
        text.append('\n');
        RegressionEnsembleReport.Band band = report.band();
        if (band != null) {
            text.append(String.format(Locale.ROOT, "along the input (the data spans [%.3g, %.3g]):%n%10s %10s %10s%n", band.low(), band.high(), "x",
                    "mean", "std"));
            for (int i = 0; i < band.x().length; i += band.x().length / 10) {
                text.append(String.format(Locale.ROOT, "%10.3f %10.4f %10.4f%s%n", band.x()[i], band.mean()[i], band.std()[i], band.x()[i] < band
                        .low() || band.x()[i] > band.high() ? "   (beyond the data)" : ""));
            }
        }
        return text.toString().stripTrailing();
    }
}
