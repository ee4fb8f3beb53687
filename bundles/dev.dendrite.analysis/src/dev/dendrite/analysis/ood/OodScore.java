package dev.dendrite.analysis.ood;

/**
 * How a classifier can tell inputs like its training data from others, each a number per sample
 * that is higher the more in-distribution the sample looks.
 */
public enum OodScore {
    /** The maximum softmax probability (Hendrycks and Gimpel, 2017): the baseline. */
    MSP("msp", "maximum softmax probability", false, false),
    /** The largest logit (Hendrycks et al., 2022): not squashed by the softmax's normalisation. */
    MAX_LOGIT("max-logit", "largest logit", true, false),
    /** The negative free energy log Σ exp(logit) (Liu et al., 2020). */
    ENERGY("energy", "negative energy (log-sum-exp of the logits)", true, false),
    /** The negative entropy of the softmax. */
    ENTROPY("entropy", "negative entropy of the softmax", false, false),
    /**
     * The maximum softmax probability at a high temperature after a small input step that raises the predicted class's (Liang et al.,
     * 2018); it differentiates the model.
     */
    ODIN("odin", "maximum softmax probability at temperature T after a step of ε up its gradient (ODIN)", true, false),
    /** The negative smallest squared Mahalanobis distance to a class mean of the penultimate features, covariance shared (Lee et al., 2018). */
    MAHALANOBIS("mahalanobis", "negative squared Mahalanobis distance to the nearest class mean (penultimate features)", false, true),
    /** The negative distance to the k-th nearest training sample of the normalised penultimate features (Sun et al., 2022). */
    KNN("knn", "negative distance to the k-th nearest training sample (normalised penultimate features)", false, true),
    /** An autoencoder's negative reconstruction error: what it cannot rebuild, it did not learn (its only score). */
    RECONSTRUCTION("reconstruction", "negative reconstruction error (an autoencoder's mean squared difference from the input)", false, false),
    /**
     * A variational autoencoder's evidence lower bound as trained: minus the weighted reconstruction error and β times the code's KL
     * term (Nalisnick et al., 2019, found such likelihoods can rank other data higher).
     */
    ELBO("elbo", "negative loss as trained (a variational autoencoder's weighted reconstruction error plus β times its KL term)", false, false),
    /** A variational autoencoder's negative KL term: how far from the prior it places the sample's code. */
    KL("kl", "negative KL term of the code (how far from the prior a variational autoencoder places the sample)", false, false),
    /**
     * A variational autoencoder's typicality (Nalisnick et al., 2019): the negative distance of its loss as trained from that loss's
     * mean over training samples, so a sample the model finds too likely is as suspect as one it finds too unlikely.
     */
    TYPICALITY("typicality", "negative distance of the loss as trained from its mean over training samples (the typical set)", false, false),
    /** The same for the code's KL term alone: a code placed too near the prior is as suspect as one placed too far. */
    KL_TYPICALITY("kl-typicality", "negative distance of the code's KL term from its mean over training samples", false, false),
    /**
     * An autoencoder's likelihood ratio (Ren et al., 2019): the loss of a background model, trained on the same data with its values
     * perturbed, less the model's own. What both find likely alike (plain backgrounds, low complexity) cancels; what only the model
     * learnt of the data remains.
     */
    LIKELIHOOD_RATIO("likelihood-ratio", "a background model's loss less the model's (the background trained on perturbed inputs)", false,
            false);

    /** The scores of a classifier, in order. */
    public static final java.util.List<OodScore> CLASSIFIER = java.util.List.of(MSP, MAX_LOGIT, ENERGY, ENTROPY, ODIN, MAHALANOBIS, KNN);

    private final String key;
    private final String description;
    private final boolean needsLogits;
    private final boolean needsFeatures;

    OodScore(String key, String description, boolean needsLogits, boolean needsFeatures) {
        this.key = key;
        this.description = description;
        this.needsLogits = needsLogits;
        this.needsFeatures = needsFeatures;
    }

    /** The name in options and JSON. */
    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    /** Whether it needs the logits themselves (a model that outputs only probabilities gives them up to a shift per sample). */
    public boolean needsLogits() {
        return needsLogits;
    }

    /** Whether it reads the penultimate layer's features, fitted on training samples. */
    public boolean needsFeatures() {
        return needsFeatures;
    }

    /** The score of that key. */
    public static OodScore of(String key) {
        for (OodScore score : values()) {
            if (score.key.equals(key)) {
                return score;
            }
        }
        throw new IllegalArgumentException("unknown score '" + key + "'; the scores are msp, max-logit, energy, entropy, odin, mahalanobis, knn, "
                + "reconstruction, elbo, kl, typicality, kl-typicality and likelihood-ratio");
    }
}
