package dev.dendrite.analysis.ensemble;

import java.util.List;

/**
 * An ensemble of regressors on one split: each member's errors beside those of their mean
 * prediction, the members' spread (the ensemble's epistemic uncertainty) and whether it points at the
 * errors, and for one input and one output, the mean and spread along the input beyond the data.
 *
 * @param samples the samples scored
 * @param members each member's errors, in the order given
 * @param ensemble the mean prediction's errors
 * @param meanVariance the members' variance about their mean, averaged over samples and outputs
 * @param errorRankCorrelation Spearman's correlation between a sample's variance and its squared error: how well the spread points at
 *        the errors (0: not at all)
 * @param coverages the shares of samples kept, those of least variance first
 * @param keptError the mean squared error of the mean prediction on each share kept
 * @param allKeptError the mean over every number of samples kept of that error (the risk-coverage curve's area; lower is better)
 * @param band for a model of one input and one output, the prediction along the input; else null
 */
public record RegressionEnsembleReport(int samples, List<Errors> members, Errors ensemble, double meanVariance, double errorRankCorrelation,
        double[] coverages, double[] keptError, double allKeptError, Band band) {

    /** One model's mean squared and absolute errors. */
    public record Errors(String name, double mse, double mae) {
    }

    /**
     * The ensemble along its one input, over the data's span and half as far again on each side.
     *
     * @param x the inputs
     * @param mean the mean prediction at each
     * @param std the members' standard deviation about it
     * @param low the smallest input of the split
     * @param high the largest
     */
    public record Band(double[] x, double[] mean, double[] std, double low, double high) {
    }
}
