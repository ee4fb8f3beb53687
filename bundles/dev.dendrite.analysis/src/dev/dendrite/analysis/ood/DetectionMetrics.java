package dev.dendrite.analysis.ood;

import java.util.Arrays;

/**
 * How well a score tells in-distribution samples (higher scores) from out-of-distribution ones.
 *
 * @param auroc the ROC AUC: the chance that a random in-distribution sample scores above a random out-of-distribution one (ties
 *        half); 0.5 is chance, 1 perfect
 * @param auprOut the average precision of finding the out-of-distribution samples by the lowest scores
 * @param fprAt95 the share of out-of-distribution samples accepted when the threshold keeps 95% of the in-distribution ones: lower is
 *        better
 * @param threshold that threshold
 */
public record DetectionMetrics(double auroc, double auprOut, double fprAt95, double threshold) {

    /** The share of in-distribution samples a detector keeps. */
    public static final double KEPT = 0.95;

    /** The metrics of {@code in} against {@code out}, both scored higher for in-distribution. */
    public static DetectionMetrics of(double[] in, double[] out) {
        if (in.length == 0 || out.length == 0) {
            throw new IllegalArgumentException("detection needs samples of both sides");
        }
        double[] sortedIn = in.clone();
        Arrays.sort(sortedIn);
        double[] sortedOut = out.clone();
        Arrays.sort(sortedOut);
        double threshold = sortedIn[(int) Math.floor((1 - KEPT) * in.length)];
        int accepted = out.length - lowerCount(sortedOut, threshold);
        return new DetectionMetrics(auroc(sortedIn, sortedOut), auprOut(in, out), (double) accepted / out.length, threshold);
    }

    /** Mann-Whitney U over both sorted sides, ties counting one half. */
    private static double auroc(double[] in, double[] out) {
        double wins = 0;
        for (double s : in) {
            int below = lowerCount(out, s);
            int atOrBelow = lowerOrEqualCount(out, s);
            wins += below + 0.5 * (atOrBelow - below);
        }
        return wins / ((double) in.length * out.length);
    }

    /** Average precision with the out-of-distribution samples as positives, ranked by ascending score (ties broken against them). */
    private static double auprOut(double[] in, double[] out) {
        int n = in.length + out.length;
        double[] scores = new double[n];
        boolean[] positive = new boolean[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            scores[i] = i < in.length ? in[i] : out[i - in.length];
            positive[i] = i >= in.length;
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> scores[a] != scores[b] ? Double.compare(scores[a], scores[b]) : Boolean.compare(positive[a], positive[b]));
        double sum = 0;
        int found = 0;
        for (int r = 0; r < n; r++) {
            if (positive[order[r]]) {
                found++;
                sum += (double) found / (r + 1);
            }
        }
        return sum / out.length;
    }

    /** How many values of {@code sorted} are below {@code v}. */
    private static int lowerCount(double[] sorted, double v) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < v) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** How many values of {@code sorted} are at most {@code v}. */
    private static int lowerOrEqualCount(double[] sorted, double v) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= v) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
