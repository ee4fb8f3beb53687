package dev.dendrite.analysis.ensemble;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Selective prediction (Geifman and El-Yaniv, 2017): a classifier that may abstain keeps the samples
 * it is surest of; the risk–coverage curve is its error rate on the kept share. A good uncertainty
 * abstains on the mistakes first.
 *
 * @param aurc the area under the risk–coverage curve: the mean error rate over every number of samples kept (lower is better)
 * @param coverages the shares kept the accuracies are read at
 * @param accuracies the accuracy on each share kept
 * @param curve the accuracy on 5%, 10%, ... 100% kept (the curve drawn)
 */
public record SelectivePrediction(double aurc, double[] coverages, double[] accuracies, double[] curve) {

    /** The shares kept that reports read. */
    public static final double[] COVERAGES = {1.0, 0.95, 0.9, 0.8, 0.5};

    /** The points of the drawn curve. */
    public static final int CURVE_POINTS = 20;

    /**
     * The curve of keeping samples by {@code confidence} (highest first; ties keep their order), {@code right} telling which are
     * classified rightly.
     */
    public static SelectivePrediction of(double[] confidence, boolean[] right) {
        int n = confidence.length;
        if (n == 0 || right.length != n) {
            throw new IllegalArgumentException("selective prediction needs as many confidences as samples, at least one");
        }
        Integer[] order = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(i -> -confidence[i])).toArray(Integer[]::new);
        int[] errorsKept = new int[n + 1];
        for (int k = 0; k < n; k++) {
            errorsKept[k + 1] = errorsKept[k] + (right[order[k]] ? 0 : 1);
        }
        double area = 0;
        for (int k = 1; k <= n; k++) {
            area += (double) errorsKept[k] / k;
        }
        double[] accuracies = Arrays.stream(COVERAGES).map(c -> accuracy(errorsKept, c, n)).toArray();
        double[] curve = IntStream.rangeClosed(1, CURVE_POINTS).mapToDouble(k -> accuracy(errorsKept, (double) k / CURVE_POINTS, n)).toArray();
        return new SelectivePrediction(area / n, COVERAGES.clone(), accuracies, curve);
    }

    private static double accuracy(int[] errorsKept, double coverage, int n) {
        int kept = Math.max(1, (int) Math.round(coverage * n));
        return 1 - (double) errorsKept[kept] / kept;
    }
}
