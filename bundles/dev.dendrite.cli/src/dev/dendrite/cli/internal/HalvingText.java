package dev.dendrite.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.dendrite.analysis.experiment.Halving;
import dev.dendrite.analysis.experiment.SuccessiveHalving;

/** A sweep's successive halving (or Hyperband's brackets) for {@code dendrite sweep}: each rung's runs, cut and figures, and the epochs it saved. */
final class HalvingText {

    private HalvingText() {
    }

    /** The settings of a halving as the sweep file gives them: eta, minEpochs, metric (what a report and a plan both start with). */
    static Map<String, Object> settings(Halving halving) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("eta", halving.eta());
        settings.put("minEpochs", halving.minEpochs());
        settings.put("metric", halving.metric().id());
        return settings;
    }

    static void describe(SuccessiveHalving.Report report, Map<String, Object> json, StringBuilder text) {
        Map<String, Object> halving = settings(report.halving());
        halving.put("rankedBy", report.figure());
        halving.put("rungEpochs", report.halving().rungs());
        text.append(String.format(Locale.ROOT, "%nsuccessive halving (eta %d, rungs at epochs %s, ranked by %s):", report.halving().eta(),
                report.halving().rungs(), report.figure()));
        List<Map<String, Object>> rungs = rungs(report, text, "  ");
        halving.put("rungs", rungs);
        halving.put("epochsTrained", report.epochsTrained());
        halving.put("epochsWhole", report.epochsWhole());
        halving.put("stopped", report.stopped());
        json.put("halving", halving);
        if (report.stopped()) {
            text.append(String.format(Locale.ROOT, "%n  stopped in rung %d: running the sweep again continues it", report.rungs().size() + 1));
        }
        text.append(String.format(Locale.ROOT, "%n  %d epochs trained, %.0f%% of the %d the sweep would take whole", report.epochsTrained(),
                100.0 * report.epochsTrained() / report.epochsWhole(), report.epochsWhole()));
        if (!report.firstRung().isEmpty()) {
            halving.put("influence", SweepCommand.influence(report.firstRung(), text, report.figure() + " at epoch " + report.rungs().get(0)
                    .epochs(), "runs, the first rung", report.figure().endsWith("accuracy") ? "+ means larger is better"
                            : "+ means larger is worse"));
        }
    }

    /**
     * Hyperband's brackets: each one's rungs as plain successive halving's, the epochs and the influence over all brackets.
     *
     * @param runs the sweep's runs (every bracket's trials with every seed)
     */
    static void describeBrackets(Halving hyperband, List<SuccessiveHalving.Report> brackets, int runs, Map<String, Object> json,
            StringBuilder text) {
        String figure = brackets.stream().map(SuccessiveHalving.Report::figure).filter(f -> !f.isEmpty()).findFirst().orElse("validation "
                + hyperband.metric().id());
        Map<String, Object> described = settings(hyperband);
        described.put("rankedBy", figure);
        text.append(String.format(Locale.ROOT, "%nHyperband (eta %d, %d brackets over %d epochs, ranked by %s):", hyperband.eta(), hyperband
                .brackets().size(), hyperband.maxEpochs(), figure));
        List<Map<String, Object>> list = new ArrayList<>();
        long trained = 0;
        long whole = (long) runs * hyperband.maxEpochs(); // every bracket's, run or not yet (a stopped sweep)
        boolean stopped = false;
        for (int b = 0; b < brackets.size(); b++) {
            SuccessiveHalving.Report report = brackets.get(b);
            Halving.Bracket plan = hyperband.brackets().get(b);
            Map<String, Object> bracket = new LinkedHashMap<>();
            bracket.put("bracket", b + 1);
            bracket.put("trials", plan.trials());
            bracket.put("firstEpochs", plan.firstEpochs());
            bracket.put("rungEpochs", report.halving() == null ? List.of(hyperband.maxEpochs()) : report.halving().rungs());
            if (report.halving() == null) {
                text.append(String.format(Locale.ROOT, "%n  bracket %d: %d trials trained whole to epoch %d", b + 1, plan.trials(), hyperband
                        .maxEpochs()));
                bracket.put("rungs", List.of());
            } else {
                text.append(String.format(Locale.ROOT, "%n  bracket %d: %d trials from epoch %d, rungs at epochs %s", b + 1, plan.trials(), plan
                        .firstEpochs(), report.halving().rungs()));
                bracket.put("rungs", rungs(report, text, "    "));
            }
            bracket.put("epochsTrained", report.epochsTrained());
            bracket.put("stopped", report.stopped());
            list.add(bracket);
            trained += report.epochsTrained();
            stopped |= report.stopped();
        }
        described.put("brackets", list);
        described.put("epochsTrained", trained);
        described.put("epochsWhole", whole);
        described.put("stopped", stopped);
        json.put("hyperband", described);
        if (stopped) {
            text.append(String.format(Locale.ROOT, "%n  stopped in bracket %d: running the sweep again continues it", brackets.size()));
        }
        text.append(String.format(Locale.ROOT, "%n  %d epochs trained, %.0f%% of the %d the sweep would take whole", trained, 100.0 * trained
                / whole, whole));
        SuccessiveHalving.Report widest = brackets.get(0);
        if (!widest.firstRung().isEmpty()) {
            described.put("influence", SweepCommand.influence(widest.firstRung(), text, figure + " at epoch " + widest.rungs().get(0).epochs(),
                    "runs, bracket 1's first rung", figure.endsWith("accuracy") ? "+ means larger is better" : "+ means larger is worse"));
        }
    }

    /** A report's rungs into the text, each on a line after {@code indent}, and as JSON. */
    private static List<Map<String, Object>> rungs(SuccessiveHalving.Report report, StringBuilder text, String indent) {
        List<Map<String, Object>> rungs = new ArrayList<>();
        for (int k = 0; k < report.rungs().size(); k++) {
            SuccessiveHalving.Rung rung = report.rungs().get(k);
            List<Map<String, Object>> entries = new ArrayList<>();
            for (SuccessiveHalving.Entry e : rung.entries()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("run", e.run());
                entry.put("value", Double.isNaN(e.value()) ? null : e.value());
                entry.put("epoch", e.epoch());
                entry.put("promoted", e.promoted());
                entries.add(entry);
            }
            rungs.add(Map.of("epochs", rung.epochs(), "runs", entries));
            List<SuccessiveHalving.Entry> kept = rung.entries().stream().filter(SuccessiveHalving.Entry::promoted).toList();
            List<SuccessiveHalving.Entry> left = rung.entries().stream().filter(e -> !e.promoted() && !Double.isNaN(e.value())).toList();
            text.append(String.format(Locale.ROOT, "%n%srung %d, epoch %d: %d runs, the best %d went on (%s%s)", indent, k + 1, rung.epochs(),
                    rung.entries().size(), kept.size(), range(kept), left.isEmpty() ? "" : "; left: " + range(left)));
        }
        return rungs;
    }

    private static String range(List<SuccessiveHalving.Entry> entries) {
        double low = entries.stream().mapToDouble(SuccessiveHalving.Entry::value).min().orElse(Double.NaN);
        double high = entries.stream().mapToDouble(SuccessiveHalving.Entry::value).max().orElse(Double.NaN);
        return low == high ? String.format(Locale.ROOT, "%.4f", low) : String.format(Locale.ROOT, "%.4f to %.4f", low, high);
    }
}
