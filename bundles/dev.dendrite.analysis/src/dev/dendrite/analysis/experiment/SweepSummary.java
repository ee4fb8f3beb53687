package dev.dendrite.analysis.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a sweep's finished runs say: the best run (the lowest test loss) and, for every setting the
 * runs vary, how the test loss goes with it: for numbers Spearman's rank correlation (the sign says
 * which way is better; ties share their mean rank), for words the mean test loss per value. A
 * random search's first reading of which settings matter (seeds are not settings: their spread is
 * the noise to read the rest against).
 */
public record SweepSummary(RunOutcome best, List<Influence> influences) {

    /**
     * One varied setting: Spearman's ρ with the test loss over {@code runs} runs (NaN for a setting of words), or the mean
     * test loss per value (empty for numbers).
     */
    public record Influence(String setting, double spearman, int runs, Map<String, Double> meanLossByValue) {
    }

    /** The summary of the runs that finished with a test loss; null where none did. */
    public static SweepSummary of(List<RunOutcome> outcomes) {
        return by(outcomes, RunOutcome::testLoss);
    }

    /**
     * The summary by {@code figure} (lower is better; a judged GAN sweep's Fréchet distance, {@link SweepJudging#distance}) of the
     * finished runs that have it; null where none does.
     */
    public static SweepSummary by(List<RunOutcome> outcomes, java.util.function.ToDoubleFunction<RunOutcome> figure) {
        List<RunOutcome> scored = outcomes.stream().filter(o -> o.state().equals("finished") && Double.isFinite(figure.applyAsDouble(o)))
                .toList();
        if (scored.isEmpty()) {
            return null;
        }
        RunOutcome best = scored.stream().min(Comparator.comparingDouble(figure)).orElseThrow();
        return new SweepSummary(best, influences(scored.stream().map(o -> o.spec().settings()).toList(), scored.stream()
                .mapToDouble(figure).toArray()));
    }

    /**
     * How {@code values} (one per run: a test loss, or a rung's validation figure) go with each setting the runs vary: numbers
     * by Spearman's ρ, strongest first, words by their mean value after them.
     */
    public static List<Influence> influences(List<Map<String, Object>> settings, double[] losses) {
        Set<String> keys = new LinkedHashSet<>();
        settings.forEach(s -> keys.addAll(s.keySet()));
        List<Influence> influences = new ArrayList<>();
        for (String key : keys) {
            List<Object> values = settings.stream().map(s -> s.get(key)).toList();
            if (values.stream().distinct().count() < 2 || values.contains(null)) {
                continue;
            }
            if (values.stream().allMatch(v -> v instanceof Number)) {
                double[] x = values.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
                influences.add(new Influence(key, spearman(x, losses), settings.size(), Map.of()));
            } else {
                Map<String, double[]> sums = new TreeMap<>();
                for (int i = 0; i < values.size(); i++) {
                    double[] sum = sums.computeIfAbsent(String.valueOf(values.get(i)), v -> new double[2]);
                    sum[0] += losses[i];
                    sum[1]++;
                }
                Map<String, Double> means = new LinkedHashMap<>();
                sums.forEach((value, sum) -> means.put(value, sum[0] / sum[1]));
                influences.add(new Influence(key, Double.NaN, settings.size(), means));
            }
        }
        // Numbers by the strength of their correlation, words after them.
        influences.sort(Comparator.comparingDouble((Influence i) -> Double.isNaN(i.spearman()) ? -1 : Math.abs(i.spearman())).reversed());
        return List.copyOf(influences);
    }

    /** Spearman's ρ: Pearson's correlation of the ranks (ties their mean rank); 0 where either side is constant. */
    public static double spearman(double[] x, double[] y) {
        double[] rx = ranks(x);
        double[] ry = ranks(y);
        double mx = mean(rx);
        double my = mean(ry);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < rx.length; i++) {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }

    private static double[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        for (int from = 0; from < order.length;) {
            int to = from;
            while (to + 1 < order.length && values[order[to + 1]] == values[order[from]]) {
                to++;
            }
            for (int k = from; k <= to; k++) {
                ranks[order[k]] = (from + to) / 2.0 + 1;
            }
            from = to + 1;
        }
        return ranks;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
