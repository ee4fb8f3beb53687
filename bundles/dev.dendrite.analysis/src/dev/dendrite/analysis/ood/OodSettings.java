package dev.dendrite.analysis.ood;

/**
 * How an out-of-distribution check runs.
 *
 * @param samples the samples scored of each side (the first of each set)
 * @param fitSamples the training samples the feature scores are fitted on (0: no feature scores)
 * @param k the neighbour the kNN score reads
 * @param examples the surest out-of-distribution samples kept per set
 * @param odin whether to compute ODIN (a gradient pass per sample)
 * @param temperature ODIN's temperature
 * @param epsilon ODIN's step, in the input's units (0: temperature scaling alone)
 */
public record OodSettings(int samples, int fitSamples, int k, int examples, boolean odin, double temperature, double epsilon) {

    public static final int DEFAULT_SAMPLES = 2000;
    public static final int DEFAULT_FIT_SAMPLES = 5000;
    /** Sun et al. read the 50th neighbour among 50,000 CIFAR-10 samples and scale k with the share kept: 5,000 gives 5; 10 is steadier. */
    public static final int DEFAULT_K = 10;
    public static final int DEFAULT_EXAMPLES = 8;
    /** The widest penultimate layer the feature scores fit a covariance for (its Cholesky factor grows with the cube). */
    public static final int MAX_WIDTH = 2048;

    /** Liang et al.'s temperature. */
    public static final double DEFAULT_TEMPERATURE = 1000;
    /**
     * ODIN's step: none, the temperature alone. On the course's MNIST and Fashion-MNIST networks every step from 0.0005 to 0.01 lowered
     * the ROC AUC a little (docs/ood.md); Liang et al. tuned it per data set.
     */
    public static final double DEFAULT_EPSILON = 0;

    /** The settings with ODIN at its defaults. */
    public OodSettings(int samples, int fitSamples, int k, int examples) {
        this(samples, fitSamples, k, examples, true, DEFAULT_TEMPERATURE, DEFAULT_EPSILON);
    }

    public OodSettings {
        if (!(temperature > 0) || !(epsilon >= 0) || Double.isInfinite(temperature) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("ODIN's temperature is positive and its step 0 or more, not " + temperature + " and " + epsilon);
        }
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
