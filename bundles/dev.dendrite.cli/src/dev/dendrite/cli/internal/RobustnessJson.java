package dev.dendrite.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.dendrite.analysis.robustness.AttackSettings;
import dev.dendrite.analysis.robustness.RobustnessReport;
import dev.dendrite.train.run.RunRecord;

/** A robustness report as robustness's JSON (kept in the run as robustness.json) and as its text. */
final class RobustnessJson {

    private RobustnessJson() {
    }

    static Map<String, Object> of(ModelTarget target, RobustnessReport report, Path picture) {
        AttackSettings s = report.settings();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", target.model().toString());
        json.put("dataset", target.spec());
        json.put("split", target.split());
        json.put("attack", s.attack().word());
        json.put("norm", s.norm().word());
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("epsilons", RobustnessCommand.list(s.epsilons()));
        settings.put("steps", s.effectiveSteps());
        settings.put("stepSize", s.attack() == AttackSettings.Attack.FGSM ? 1.0 : s.stepSize());
        settings.put("randomStart", s.attack() == AttackSettings.Attack.PGD && s.randomStart());
        settings.put("samples", report.samples());
        settings.put("seed", s.seed());
        settings.put("range", s.clipped() ? List.of(s.low(), s.high()) : null);
        json.put("settings", settings);
        json.put("bounds", report.bounds() == null ? null : report.bounds().word());
        Map<String, Object> smoothing = null;
        if (report.smoothed() != null) {
            smoothing = new LinkedHashMap<>();
            smoothing.put("sigma", report.smoothed().settings().sigma());
            smoothing.put("noiseSamples", report.smoothed().settings().noise());
            smoothing.put("selectionSamples", report.smoothed().settings().selection());
            smoothing.put("alpha", report.smoothed().settings().alpha());
            smoothing.put("accuracy", report.smoothed().accuracy());
            smoothing.put("abstained", report.smoothed().abstained());
            smoothing.put("averageCertifiedRadius", report.smoothed().averageRadius());
        }
        json.put("smoothing", smoothing);
        Map<String, Object> clean = new LinkedHashMap<>();
        clean.put("accuracy", report.cleanAccuracy());
        clean.put("correct", report.cleanCorrect());
        clean.put("loss", report.cleanLoss());
        json.put("clean", clean);
        List<Map<String, Object>> levels = new ArrayList<>();
        for (int k = 0; k < report.levels().size(); k++) {
            RobustnessReport.Level level = report.levels().get(k);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("epsilon", level.epsilon());
            row.put("accuracy", report.accuracy(k));
            row.put("randomAccuracy", report.randomAccuracy(k));
            row.put("certifiedAccuracy", Double.isNaN(report.certifiedAccuracy(k)) ? null : report.certifiedAccuracy(k));
            row.put("intervalCertifiedAccuracy", Double.isNaN(report.intervalCertifiedAccuracy(k)) ? null : report.intervalCertifiedAccuracy(k));
            row.put("fooled", level.fooled());
            row.put("fooledShare", report.cleanCorrect() == 0 ? null : (double) level.fooled() / report.cleanCorrect());
            row.put("loss", level.loss());
            row.put("meanLinf", Double.isNaN(level.meanLinf()) ? null : level.meanLinf());
            row.put("meanL2", Double.isNaN(level.meanL2()) ? null : level.meanL2());
            double[] perClass = new double[level.classCorrect().length];
            for (int c = 0; c < perClass.length; c++) {
                perClass[c] = report.classTotals()[c] == 0 ? Double.NaN : (double) level.classCorrect()[c] / report.classTotals()[c];
            }
            row.put("classAccuracy", RobustnessCommand.list(perClass));
            levels.add(row);
        }
        json.put("levels", levels);
        json.put("medianEpsilon", Double.isNaN(report.medianEpsilon()) ? null : report.medianEpsilon());
        List<Map<String, Object>> examples = new ArrayList<>();
        for (RobustnessReport.Example e : report.examples()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("sample", e.sample());
            row.put("label", e.label());
            row.put("cleanProbability", e.cleanProbability());
            row.put("adversarialClass", e.adversarialClass());
            row.put("adversarialProbability", e.adversarialProbability());
            row.put("epsilon", e.epsilon());
            examples.add(row);
        }
        json.put("examples", examples);
        json.put("examplesFile", picture == null ? null : picture.toString());
        json.put("warnings", report.warnings());
        return json;
    }

    static String text(ModelTarget target, RobustnessReport report, Path picture) {
        AttackSettings s = report.settings();
        StringBuilder text = new StringBuilder();
        String how = s.attack() == AttackSettings.Attack.FGSM ? "FGSM (one step of the radius)"
                : String.format(Locale.ROOT, "PGD (%d steps of %s of the radius%s)", s.steps(), RunRecord.significant(s.stepSize()),
                        s.randomStart() ? ", random start" : "");
        text.append(String.format(Locale.ROOT, "%s in the %s ball on %d samples of the %s split of %s, %s%n", how, s.norm() == dev.dendrite.analysis
                .robustness.Norm.L2 ? "L2" : "L∞", report.samples(), target.split(), target.spec(),
                s.clipped() ? "inputs clipped to [" + RunRecord.significant(s.low()) + ", " + RunRecord.significant(s.high()) + "]" : "inputs not clipped"));
        text.append(String.format(Locale.ROOT, "unattacked: accuracy %s, loss %.4f%n", RobustnessCommand.percent(report.cleanAccuracy()),
                report.cleanLoss()));
        boolean certified = !report.levels().isEmpty() && report.levels().get(0).certified() >= 0;
        boolean linear = report.bounds() != null && report.bounds() != dev.dendrite.analysis.robustness.BoundMethod.INTERVAL && report
                .smoothed() == null;
        if (report.smoothed() != null) {
            RobustnessReport.Smoothed m = report.smoothed();
            text.append(String.format(Locale.ROOT, "smoothed model (noise σ %s, %,d copies, α %s): accuracy %s, abstains on %s, average certified "
                    + "radius %.4g; its certificates below%n", RunRecord.significant(m.settings().sigma()), m.settings().noise(), RunRecord
                            .significant(m.settings().alpha()), RobustnessCommand.percent(m.accuracy()), RobustnessCommand.percent(m
                                    .abstained()), m.averageRadius()));
        }
        if (linear) {
            text.append("certified by ").append(report.bounds().word()).append(" (or by interval bounds, shown apart)\n");
        }
        text.append(String.format(Locale.ROOT, "%-10s %9s %9s %8s %9s %9s%s%s%n", "radius", "attacked", "noise", "fooled", "loss", "mean L2",
                certified ? String.format(Locale.ROOT, " %9s", "certified") : "", linear ? String.format(Locale.ROOT, " %9s", "interval") : ""));
        for (int k = 0; k < report.levels().size(); k++) {
            RobustnessReport.Level level = report.levels().get(k);
            text.append(String.format(Locale.ROOT, "%-10s %9s %9s %8d %9.4f %9s%s%s%n", RunRecord.significant(level.epsilon()), RobustnessCommand
                    .percent(report.accuracy(k)), RobustnessCommand.percent(report.randomAccuracy(k)), level.fooled(), level.loss(), Double.isNaN(level
                            .meanL2()) ? "-" : String.format(Locale.ROOT, "%.4g", level.meanL2()), certified ? String.format(Locale.ROOT, " %9s",
                                    RobustnessCommand.percent(report.certifiedAccuracy(k))) : "", linear ? String.format(Locale.ROOT,
                                            " %9s", RobustnessCommand.percent(report.intervalCertifiedAccuracy(k))) : ""));
        }
        double[] epsilons = s.epsilons();
        text.append(Double.isNaN(report.medianEpsilon())
                ? "half the rightly classified samples or more withstand the largest radius, " + RunRecord.significant(epsilons[epsilons.length - 1]) + "\n"
                : "half the rightly classified samples are fooled at a radius of " + RunRecord.significant(report.medianEpsilon()) + " or less\n");
        for (String warning : report.warnings()) {
            text.append("warning: ").append(warning).append('\n');
        }
        if (picture != null) {
            text.append(report.examples().size()).append(" fooled samples drawn in ").append(picture).append('\n');
        }
        return text.toString().stripTrailing();
    }
}
