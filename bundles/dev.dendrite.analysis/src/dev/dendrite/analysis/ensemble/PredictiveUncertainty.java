package dev.dendrite.analysis.ensemble;

/**
 * The entropy of an ensemble's mean prediction split in two (Depeweg et al., 2018): the members'
 * mean entropy, the uncertainty each member has (aleatoric: noise in the data, ambiguous inputs), and
 * the rest, the mutual information between the prediction and the member (epistemic: the members
 * disagree, as they do where training data did not pin the function down). In nats.
 *
 * @param total per sample, the entropy of the mean prediction
 * @param aleatoric per sample, the members' mean entropy
 * @param epistemic per sample, total − aleatoric (≥ 0 by Jensen's inequality)
 */
public record PredictiveUncertainty(double[] total, double[] aleatoric, double[] epistemic) {

    /** The split of {@code members}' probabilities ({@code [member][sample × classes]}). */
    public static PredictiveUncertainty of(float[][] members, int classes) {
        int n = members[0].length / classes;
        double[] total = new double[n];
        double[] aleatoric = new double[n];
        double[] epistemic = new double[n];
        for (int i = 0; i < n; i++) {
            double meanEntropy = 0;
            for (float[] p : members) {
                meanEntropy += entropy(p, i * classes, classes) / members.length;
            }
            double entropyOfMean = 0;
            for (int c = 0; c < classes; c++) {
                double mean = 0;
                for (float[] p : members) {
                    mean += p[i * classes + c] / (double) members.length;
                }
                entropyOfMean -= mean > 0 ? mean * Math.log(mean) : 0;
            }
            total[i] = entropyOfMean;
            aleatoric[i] = meanEntropy;
            epistemic[i] = Math.max(0, entropyOfMean - meanEntropy);
        }
        return new PredictiveUncertainty(total, aleatoric, epistemic);
    }

    static double entropy(float[] p, int from, int classes) {
        double h = 0;
        for (int c = 0; c < classes; c++) {
            double v = p[from + c];
            h -= v > 0 ? v * Math.log(v) : 0;
        }
        return h;
    }
}
