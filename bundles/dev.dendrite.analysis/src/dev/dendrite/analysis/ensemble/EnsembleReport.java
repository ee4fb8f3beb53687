package dev.dendrite.analysis.ensemble;

import java.util.List;
import java.util.Map;

import dev.dendrite.analysis.ood.DetectionMetrics;

/**
 * A deep ensemble (Lakshminarayanan et al., 2017) on one split: each member's scores beside the
 * ensemble's, how much they disagree, the ensemble's uncertainty split into its parts, how well each
 * uncertainty abstains on mistakes, and how well it tells other data sets apart.
 *
 * @param samples the samples scored
 * @param members each member's scores, in the order given
 * @param ensemble the mean prediction's scores
 * @param oracleAccuracy the share of samples some member classifies rightly
 * @param disagreement the mean over member pairs of the share of samples they classify differently
 * @param uncertainty the mean entropy of the mean prediction, and its aleatoric and epistemic parts, over all, right and wrong samples
 * @param selective per confidence (see {@link #CONFIDENCES}), keeping the samples it is surest of: the ensemble's predictions, or the
 *        first member's own by its own confidence
 * @param sets per other data set, how well each confidence tells it from the split
 * @param single where the members are one model's stochastic passes (MC dropout), that model's own scores (dropout off), whose
 *        confidence is then the "member-msp" baseline; null for an ensemble of models trained apart
 * @param temperature the mean prediction's temperature fitted on a validation split no member trained on (its log probabilities
 *        as logits), with the split's scores once scaled; null where there was none
 */
public record EnsembleReport(int samples, List<Scores> members, Scores ensemble, double oracleAccuracy, double disagreement,
        Map<String, Parts> uncertainty, Map<String, SelectivePrediction> selective, List<OutSet> sets, Scores single,
        dev.dendrite.analysis.evaluation.TemperatureScaling temperature) {

    /**
     * The confidences compared, each higher the surer: the ensemble's maximum mean probability, its negative entropy and negative
     * mutual information (the members' disagreement alone), and the first member's maximum probability (one network's baseline; for
     * MC dropout the network's own, dropout off).
     */
    public static final List<String> CONFIDENCES = List.of("ensemble-msp", "ensemble-entropy", "mutual-information", "member-msp");

    /**
     * One model's scores.
     *
     * @param name the member (its run or file), or "ensemble"
     * @param accuracy its accuracy
     * @param logLoss its mean negative log-likelihood of the labels
     * @param calibrationError its expected calibration error (15 bins)
     */
    public record Scores(String name, double accuracy, double logLoss, double calibrationError) {
    }

    /** Mean uncertainties in nats: the entropy of the mean prediction, the members' mean entropy, and their difference. */
    public record Parts(double total, double aleatoric, double epistemic) {
    }

    /**
     * Another data set.
     *
     * @param name its name
     * @param samples its samples scored
     * @param uncertainty its mean uncertainties
     * @param metrics per confidence, how well it tells the set from the split
     */
    public record OutSet(String name, int samples, Parts uncertainty, Map<String, DetectionMetrics> metrics) {
    }

    /** The ensemble's gain in accuracy over its best member. */
    public double gainOverBest() {
        return ensemble.accuracy() - members.stream().mapToDouble(Scores::accuracy).max().orElse(Double.NaN);
    }
}
