package dev.dendrite.analysis.robustness;

/**
 * Two lines around a nonlinear layer's outputs over its input's interval, one per output each way: lowerSlope·x[lowerIndex] +
 * lowerIntercept ≤ y ≤ upperSlope·x[upperIndex] + upperIntercept for every x within the interval (an index of -1 reads no input:
 * a constant line). CROWN's relaxations (Zhang et al., 2018): a bound's positive coefficients go through the lower line, its
 * negative ones through the upper.
 */
record Relaxation(int[] lowerIndex, double[] lowerSlope, double[] lowerIntercept, int[] upperIndex, double[] upperSlope,
        double[] upperIntercept) {

    static Relaxation of(int outputs) {
        return new Relaxation(new int[outputs], new double[outputs], new double[outputs], new int[outputs], new double[outputs],
                new double[outputs]);
    }

    void lower(int o, int index, double slope, double intercept) {
        lowerIndex[o] = index;
        lowerSlope[o] = slope;
        lowerIntercept[o] = intercept;
    }

    void upper(int o, int index, double slope, double intercept) {
        upperIndex[o] = index;
        upperSlope[o] = slope;
        upperIntercept[o] = intercept;
    }
}
