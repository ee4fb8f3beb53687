package dev.dendrite.analysis.ood;

import java.util.List;

/** Each score of each sample from what the model gave: logits (or probabilities) and features. */
final class Scorer {

    private final List<OodScore> scores;
    private final int classes;
    /** Whether the values read are probabilities rather than logits. */
    private final boolean probabilities;
    private final FeatureDensity density;

    Scorer(List<OodScore> scores, int classes, boolean probabilities, FeatureDensity density) {
        this.scores = scores;
        this.classes = classes;
        this.probabilities = probabilities;
        this.density = density;
    }

    /** Per score, per sample: higher the more in-distribution. */
    double[][] score(Readout.Values values) {
        double[][] out = new double[scores.size()][values.n()];
        double[] p = new double[classes];
        for (int i = 0; i < values.n(); i++) {
            int from = i * classes;
            double logSumExp = softmax(values.logits(), from, p);
            double largest = Double.NEGATIVE_INFINITY;
            double top = 0;
            double entropy = 0;
            for (int c = 0; c < classes; c++) {
                largest = Math.max(largest, values.logits()[from + c]);
                top = Math.max(top, p[c]);
                entropy -= p[c] > 0 ? p[c] * Math.log(p[c]) : 0;
            }
            for (int s = 0; s < scores.size(); s++) {
                out[s][i] = switch (scores.get(s)) {
                    case MSP -> top;
                    case MAX_LOGIT -> largest;
                    case ENERGY -> logSumExp;
                    case ENTROPY -> -entropy;
                    case MAHALANOBIS -> density.mahalanobis(values.features(), i * values.width());
                    case KNN -> density.knn(values.features(), i * values.width());
                    // Computed from the inputs apart (Odin); the others are an autoencoder's.
                    case ODIN, RECONSTRUCTION, ELBO, KL, TYPICALITY, KL_TYPICALITY, LIKELIHOOD_RATIO -> Double.NaN;
                };
            }
        }
        return out;
    }

    /** The class the model reads for sample {@code i}. */
    int predicted(Readout.Values values, int i) {
        int best = 0;
        for (int c = 1; c < classes; c++) {
            if (values.logits()[i * classes + c] > values.logits()[i * classes + best]) {
                best = c;
            }
        }
        return best;
    }

    /** The softmax of one sample's row into {@code p} (the row itself where it already holds probabilities); returns log Σ exp. */
    private double softmax(float[] logits, int from, double[] p) {
        if (probabilities) {
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                p[c] = Math.max(0, logits[from + c]);
                sum += p[c];
            }
            for (int c = 0; c < classes; c++) {
                p[c] = sum > 0 ? p[c] / sum : 1.0 / classes;
            }
            return Double.NaN;
        }
        double largest = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            largest = Math.max(largest, logits[from + c]);
        }
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            p[c] = Math.exp(logits[from + c] - largest);
            sum += p[c];
        }
        for (int c = 0; c < classes; c++) {
            p[c] /= sum;
        }
        return largest + Math.log(sum);
    }
}
