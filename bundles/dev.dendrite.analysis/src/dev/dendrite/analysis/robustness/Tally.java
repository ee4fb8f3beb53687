package dev.dendrite.analysis.robustness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.dendrite.train.run.RunRecord;

/** The counts an attack adds up over its batches, and the report they make. */
final class Tally {

    int cleanCorrect;
    double cleanLoss;
    final int[] correct;
    final int[] fooled;
    final double[] loss;
    final int[] randomCorrect;
    final double[] linf;
    final double[] l2;
    final int[][] classCorrect;
    /** Per level, the samples certified robust; -1 where not computed. */
    final int[] certified;
    /** Per level, those interval bounds certify (the same as above unless linear bounds ran too); -1 where not computed. */
    final int[] intervalCertified;
    final int[] classTotals;
    /** Randomized smoothing: the samples the smoothed model reads rightly, those it abstains on, the sum of the right ones' radii. */
    int smoothedCorrect;
    int abstained;
    double radiusSum;
    /** Per sample, the smallest radius that fooled it; NaN where none did (or it was wrong unattacked). */
    final double[] firstFooling;
    /** Per sample, whether the model classifies it rightly unattacked. */
    final boolean[] rightUnattacked;

    Tally(int levels, int classes, int samples) {
        correct = new int[levels];
        fooled = new int[levels];
        loss = new double[levels];
        randomCorrect = new int[levels];
        linf = new double[levels];
        l2 = new double[levels];
        classCorrect = new int[levels][classes];
        certified = new int[levels];
        Arrays.fill(certified, -1);
        intervalCertified = new int[levels];
        Arrays.fill(intervalCertified, -1);
        classTotals = new int[classes];
        firstFooling = new double[samples];
        Arrays.fill(firstFooling, Double.NaN);
        rightUnattacked = new boolean[samples];
    }

    RobustnessReport report(AttackSettings settings, int samples, List<RobustnessReport.Example> examples, long[] sampleShape,
            BoundMethod bounds, RandomizedSmoothing smoothing) {
        double[] epsilons = settings.epsilons();
        List<RobustnessReport.Level> levels = new ArrayList<>();
        for (int k = 0; k < epsilons.length; k++) {
            int f = fooled[k];
            levels.add(new RobustnessReport.Level(epsilons[k], correct[k], f, loss[k] / samples, randomCorrect[k], f == 0 ? Double.NaN : linf[k] / f,
                    f == 0 ? Double.NaN : l2[k] / f, classCorrect[k].clone(), certified[k], intervalCertified[k]));
        }
        return new RobustnessReport(settings, samples, cleanCorrect, cleanLoss / samples, levels, medianEpsilon(), classTotals.clone(), examples,
                sampleShape, warnings(settings, samples, levels), bounds, smoothing == null ? null : new RobustnessReport.Smoothed(smoothing,
                        (double) smoothedCorrect / samples, (double) abstained / samples, radiusSum / samples));
    }

    /** The median over the samples classified rightly unattacked of the smallest radius that fooled each; NaN where half or more held. */
    private double medianEpsilon() {
        double[] smallest = new double[firstFooling.length];
        int at = 0;
        for (int i = 0; i < firstFooling.length; i++) {
            if (rightUnattacked[i]) {
                // Samples never fooled count as beyond every radius tried.
                smallest[at++] = Double.isNaN(firstFooling[i]) ? Double.POSITIVE_INFINITY : firstFooling[i];
            }
        }
        if (at == 0) {
            return Double.NaN;
        }
        Arrays.sort(smallest, 0, at);
        double median = smallest[(at - 1) / 2];
        return Double.isInfinite(median) ? Double.NaN : median;
    }

    /**
     * Signs that the attack's gradient is masked, so that the accuracy it leaves overstates robustness (Athalye et al., 2018;
     * Carlini et al., 2019): accuracy rising with the radius, random noise doing more harm than the attack, and accuracy above
     * chance at a radius that can turn any input into a flat one.
     */
    private static List<String> warnings(AttackSettings settings, int samples, List<RobustnessReport.Level> levels) {
        List<String> warnings = new ArrayList<>();
        int slack = Math.max(1, samples / 200);
        for (int k = 1; k < levels.size(); k++) {
            if (levels.get(k).correct() > levels.get(k - 1).correct() + slack) {
                warnings.add(String.format(Locale.ROOT, "accuracy rises from radius %s (%d right) to %s (%d right): a larger ball holds every "
                        + "input of the smaller one, so the attack misses what it could find; its gradient may be masked", RunRecord.significant(levels.get(k - 1)
                                .epsilon()), levels.get(k - 1).correct(), RunRecord.significant(levels.get(k).epsilon()), levels.get(k).correct()));
            }
        }
        for (RobustnessReport.Level level : levels) {
            if (level.randomCorrect() + slack < level.correct()) {
                warnings.add(String.format(Locale.ROOT, "random noise of radius %s leaves fewer right (%d) than the attack (%d): the loss's "
                        + "gradient points the attack the wrong way; it may be masked", RunRecord.significant(level.epsilon()), level.randomCorrect(), level.correct()));
            }
        }
        int classes = levels.get(0).classCorrect().length;
        // Only an L∞ ball of half the range reaches a flat input from every one.
        if (settings.clipped() && settings.norm() == Norm.LINF) {
            for (RobustnessReport.Level level : levels) {
                double accuracy = (double) level.correct() / samples;
                if (level.epsilon() >= (settings.high() - settings.low()) / 2 && accuracy > 1.0 / classes + 0.1) {
                    warnings.add(String.format(Locale.ROOT, "at radius %s (half the input's range) any input can be moved to a flat one, yet %.1f%% "
                            + "stay right: the attack fails where it cannot; its gradient may be masked", RunRecord.significant(level.epsilon()), 100 * accuracy));
                    break;
                }
            }
        }
        return warnings;
    }
}
