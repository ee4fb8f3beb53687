package dev.dendrite.analysis.evaluation;

/**
 * Whether two classifiers' accuracies on the same samples differ by more than chance: McNemar's
 * exact test, which looks only at the samples on which they disagree about being right. Under the
 * hypothesis that both are equally accurate, each such sample is equally likely to favour either,
 * so the count favouring one is Binomial(disagreements, 1/2); the p-value is the two-sided tail.
 *
 * @param samples samples both classified
 * @param accuracy the first classifier's accuracy
 * @param otherAccuracy the second's
 * @param onlyFirstRight samples the first got right and the second wrong
 * @param onlyOtherRight samples the second got right and the first wrong
 * @param pValue the exact two-sided p-value (1 when they never disagree)
 */
public record McNemar(int samples, double accuracy, double otherAccuracy, int onlyFirstRight, int onlyOtherRight, double pValue) {

    /** The level below which the difference is called significant. */
    public static final double LEVEL = 0.05;

    /** @throws IllegalArgumentException when the three arrays differ in length */
    public static McNemar of(int[] labels, int[] first, int[] other) {
        if (first.length != labels.length || other.length != labels.length) {
            throw new IllegalArgumentException("the two models classified " + first.length + " and " + other.length + " of " + labels.length
                    + " samples");
        }
        int a = 0;
        int b = 0;
        int rightFirst = 0;
        int rightOther = 0;
        for (int i = 0; i < labels.length; i++) {
            boolean x = first[i] == labels[i];
            boolean y = other[i] == labels[i];
            rightFirst += x ? 1 : 0;
            rightOther += y ? 1 : 0;
            a += x && !y ? 1 : 0;
            b += !x && y ? 1 : 0;
        }
        int n = labels.length;
        return new McNemar(n, n == 0 ? Double.NaN : (double) rightFirst / n, n == 0 ? Double.NaN : (double) rightOther / n, a, b,
                exactTwoSided(Math.min(a, b), a + b));
    }

    /** Whether the accuracies differ at {@link #LEVEL}. */
    public boolean significant() {
        return pValue < LEVEL;
    }

    /** 2·P(X ≤ k) for X ~ Binomial(n, 1/2), at most 1; summed in logs so thousands of disagreements stay exact enough. */
    static double exactTwoSided(int k, int n) {
        if (n == 0) {
            return 1;
        }
        double logHalf = n * Math.log(0.5);
        double tail = 0;
        double logChoose = 0;
        for (int i = 0; i <= k; i++) {
            if (i > 0) {
                logChoose += Math.log(n - i + 1) - Math.log(i);
            }
            tail += Math.exp(logChoose + logHalf);
        }
        return Math.min(1, 2 * tail);
    }
}
