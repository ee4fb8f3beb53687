package dev.dendrite.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.dendrite.analysis.experiment.SuccessiveHalving;

/** A sweep's successive halving for {@code dendrite sweep}: each rung's runs, cut and figures, and the epochs it saved. */
final class HalvingText {

    private HalvingText() {
    }

    static void describe(SuccessiveHalving.Report report, Map<String, Object> json, StringBuilder text) {
        Map<String, Object> halving = new LinkedHashMap<>();
        halving.put("eta", report.halving().eta());
        halving.put("minEpochs", report.halving().minEpochs());
        halving.put("metric", report.halving().metric().id());
        halving.put("rankedBy", report.figure());
        halving.put("rungEpochs", report.halving().rungs());
        List<Map<String, Object>> rungs = new ArrayList<>();
        text.append(String.format(Locale.ROOT, "%nsuccessive halving (eta %d, rungs at epochs %s, ranked by %s):", report.halving().eta(),
                report.halving().rungs(), report.figure()));
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
            text.append(String.format(Locale.ROOT, "%n  rung %d, epoch %d: %d runs, the best %d went on (%s%s)", k + 1, rung.epochs(), rung
                    .entries().size(), kept.size(), range(kept), left.isEmpty() ? "" : "; left: " + range(left)));
        }
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

    private static String range(List<SuccessiveHalving.Entry> entries) {
        double low = entries.stream().mapToDouble(SuccessiveHalving.Entry::value).min().orElse(Double.NaN);
        double high = entries.stream().mapToDouble(SuccessiveHalving.Entry::value).max().orElse(Double.NaN);
        return low == high ? String.format(Locale.ROOT, "%.4f", low) : String.format(Locale.ROOT, "%.4f to %.4f", low, high);
    }
}
