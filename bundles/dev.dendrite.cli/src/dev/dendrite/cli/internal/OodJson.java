package dev.dendrite.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.dendrite.analysis.ood.DetectionMetrics;
import dev.dendrite.analysis.ood.OodReport;
import dev.dendrite.analysis.ood.OodScore;
import dev.dendrite.analysis.prediction.ClassNames;

/** An out-of-distribution report as ood's JSON (kept in the run as ood.json) and as its text. */
final class OodJson {

    /** Bins of each score's histogram, over the range both sides span. */
    static final int BINS = 30;

    private OodJson() {
    }

    static Map<String, Object> of(ModelTarget target, OodReport report, dev.dendrite.analysis.ood.OodSettings settings, Path picture) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", target.model().toString());
        json.put("dataset", target.spec());
        json.put("split", target.split());
        json.put("in", report.inName());
        json.put("samples", report.inSamples());
        boolean autoencoder = report.reconstruction();
        json.put("accuracy", autoencoder ? null : report.inAccuracy());
        json.put("confidence", autoencoder ? null : report.inConfidence());
        json.put("meanError", autoencoder ? report.inConfidence() : null);
        json.put("fitSamples", report.fitSamples());
        json.put("k", report.k());
        Map<String, Object> odin = new LinkedHashMap<>();
        odin.put("temperature", settings.temperature());
        odin.put("epsilon", settings.epsilon());
        json.put("odin", report.scores().contains(OodScore.ODIN) ? odin : null);
        json.put("classNames", ClassNames.of(target.spec(), report.classes()));
        json.put("scores", report.scores().stream().map(OodScore::key).toList());
        Map<String, Object> skipped = new LinkedHashMap<>();
        report.skipped().forEach((score, why) -> skipped.put(score.key(), why));
        json.put("skipped", skipped);
        List<Map<String, Object>> sets = new ArrayList<>();
        for (OodReport.OutSet set : report.sets()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", set.name());
            row.put("samples", set.samples());
            row.put("confidence", autoencoder ? null : set.confidence());
            row.put("meanError", autoencoder ? set.confidence() : null);
            row.put("predicted", intList(set.predicted()));
            row.put("best", set.best().key());
            Map<String, Object> metrics = new LinkedHashMap<>();
            Map<String, Object> histograms = new LinkedHashMap<>();
            for (int s = 0; s < report.scores().size(); s++) {
                OodScore score = report.scores().get(s);
                DetectionMetrics m = set.metrics().get(score);
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("auroc", m.auroc());
                values.put("auprOut", m.auprOut());
                values.put("fprAt95", m.fprAt95());
                values.put("threshold", m.threshold());
                metrics.put(score.key(), values);
                histograms.put(score.key(), histogram(report.inScores()[s], set.scores()[s]));
            }
            row.put("metrics", metrics);
            row.put("histograms", histograms);
            List<Map<String, Object>> examples = new ArrayList<>();
            for (OodReport.Example e : set.examples()) {
                Map<String, Object> example = new LinkedHashMap<>();
                example.put("sample", e.sample());
                example.put("predicted", autoencoder ? null : e.predicted());
                example.put("probability", autoencoder ? null : e.probability());
                example.put("error", autoencoder ? e.probability() : null);
                examples.add(example);
            }
            row.put("examples", examples);
            sets.add(row);
        }
        json.put("sets", sets);
        json.put("examplesFile", picture == null ? null : picture.toString());
        return json;
    }

    /** Both sides' counts over {@link #BINS} equal bins from the lowest value to the highest. */
    static Map<String, Object> histogram(double[] in, double[] out) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double[] side : List.of(in, out)) {
            for (double v : side) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("low", low);
        json.put("high", high);
        json.put("in", intList(counts(in, low, high)));
        json.put("out", intList(counts(out, low, high)));
        return json;
    }

    private static int[] counts(double[] values, double low, double high) {
        int[] counts = new int[BINS];
        double width = high > low ? (high - low) / BINS : 1;
        for (double v : values) {
            counts[Math.min(BINS - 1, Math.max(0, (int) ((v - low) / width)))]++;
        }
        return counts;
    }

    private static List<Integer> intList(int[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    static String text(ModelTarget target, OodReport report, Path picture) {
        StringBuilder text = new StringBuilder();
        List<String> names = ClassNames.of(target.spec(), report.classes());
        boolean autoencoder = report.reconstruction();
        if (autoencoder) {
            text.append(String.format(Locale.ROOT, "In-distribution: %,d samples of %s, rebuilt by the autoencoder with a mean squared error of "
                    + "%.4g%n", report.inSamples(), report.inName(), report.inConfidence()));
        } else {
            text.append(String.format(Locale.ROOT, "In-distribution: %,d samples of %s (accuracy %s, mean confidence %.3f)%s%n", report
                    .inSamples(), report.inName(), RobustnessCommand.percent(report.inAccuracy()), report.inConfidence(), report.fitSamples() > 0
                            ? String.format(Locale.ROOT, "; feature scores fitted on %,d training samples, k = %d", report.fitSamples(), report.k())
                            : ""));
        }
        String mean = autoencoder ? "error" : "conf.";
        for (String metric : List.of("ROC AUC (1 is perfect, 0.5 chance)", "FPR at 95% TPR (the share let through, lower is better)")) {
            text.append('\n').append(metric).append('\n');
            text.append(String.format(Locale.ROOT, "%-28s %9s", "set", mean));
            report.scores().forEach(s -> text.append(String.format(Locale.ROOT, " %11s", s.key())));
            text.append('\n');
            for (OodReport.OutSet set : report.sets()) {
                text.append(String.format(Locale.ROOT, autoencoder ? "%-28s %9.4g" : "%-28s %9.3f", set.name(), set.confidence()));
                for (OodScore score : report.scores()) {
                    DetectionMetrics m = set.metrics().get(score);
                    double value = metric.startsWith("ROC") ? m.auroc() : m.fprAt95();
                    text.append(String.format(Locale.ROOT, " %10.3f%s", value, score == set.best() ? "*" : " "));
                }
                text.append('\n');
            }
        }
        text.append(autoencoder ? "(error: the mean reconstruction error)\n" : "(* the set's best score by ROC AUC; conf.: the mean maximum "
                + "softmax probability)\n");
        report.skipped().forEach((score, why) -> text.append("not computed: ").append(score.key()).append(": ").append(why).append('\n'));
        for (OodReport.OutSet set : autoencoder ? List.<OodReport.OutSet>of() : report.sets()) {
            int top = 0;
            for (int c = 1; c < set.predicted().length; c++) {
                top = set.predicted()[c] > set.predicted()[top] ? c : top;
            }
            String share = RobustnessCommand.percent((double) set.predicted()[top] / set.samples());
            text.append(set.name()).append(": read mostly as ").append(names.isEmpty() ? "class " + top + " (" + share + ")" : names.get(top)
                    + " (class " + top + ", " + share + ")");
            if (set.confidence() >= report.inConfidence() - 0.02) {
                text.append(", as surely as its own data: the confidence alone cannot tell it apart");
            }
            text.append('\n');
        }
        if (picture != null) {
            text.append(autoencoder ? "the samples of each set it rebuilds best drawn in " : "the surest samples of each set drawn in ").append(
                    picture).append(" (a row per set)\n");
        }
        return text.toString().stripTrailing();
    }
}
