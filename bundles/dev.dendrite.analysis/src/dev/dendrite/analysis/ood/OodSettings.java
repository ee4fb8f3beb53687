package dev.dendrite.analysis.ood;

/**
 * How an out-of-distribution check runs.
 *
 * @param samples the samples scored of each side (the first of each set)
 * @param fitSamples the training samples the feature scores are fitted on (0: no feature scores)
 * @param k the neighbour the kNN score reads
 * @param examples the surest out-of-distribution samples kept per set
 */
public record OodSettings(int samples, int fitSamples, int k, int examples) {

    public static final int DEFAULT_SAMPLES = 2000;
    public static final int DEFAULT_FIT_SAMPLES = 5000;
    /** Sun et al. read the 50th neighbour among 50,000 CIFAR-10 samples and scale k with the share kept: 5,000 gives 5; 10 is steadier. */
    public static final int DEFAULT_K = 10;
    public static final int DEFAULT_EXAMPLES = 8;
    /** The widest penultimate layer the feature scores fit a covariance for (its Cholesky factor grows with the cube). */
    public static final int MAX_WIDTH = 2048;

    public OodSettings {
        if (samples < 1) {
            throw new IllegalArgumentException("the samples scored are 1 or more, not " + samples);
        }
        if (fitSamples < 0) {
            throw new IllegalArgumentException("the fitted samples are 0 or more, not " + fitSamples);
        }
        if (fitSamples > 0 && (k < 1 || k > fitSamples)) {
            throw new IllegalArgumentException("k is between 1 and the fitted samples (" + fitSamples + "), not " + k);
        }
        if (examples < 0) {
            throw new IllegalArgumentException("the examples kept are 0 or more, not " + examples);
        }
    }

    public static OodSettings defaults() {
        return new OodSettings(DEFAULT_SAMPLES, DEFAULT_FIT_SAMPLES, DEFAULT_K, DEFAULT_EXAMPLES);
    }
}
