package dev.dendrite.analysis.robustness;

import java.util.Arrays;

/**
 * How a model is attacked: within an L∞ ball of radius ε around each sample, by one signed gradient
 * step (FGSM, Goodfellow et al., 2015) or by projected gradient descent (PGD, Madry et al., 2018).
 *
 * @param attack the method
 * @param epsilons the radii tried, ascending, in the input's units
 * @param steps PGD's steps (FGSM takes one)
 * @param stepSize PGD's step as a share of ε (Madry et al.'s 2.5 / steps reaches the ball's edge from anywhere in it)
 * @param randomStart whether PGD starts at a uniformly drawn point of the ball (else at the sample)
 * @param samples the samples attacked: the split's first ones
 * @param seed draws the random starts and the random-noise control
 * @param low the smallest valid input value (the adversarial input is clipped to it), NaN for none
 * @param high the largest, NaN for none
 * @param norm the ball: L∞ or L2
 */
public record AttackSettings(Attack attack, double[] epsilons, int steps, double stepSize, boolean randomStart, int samples, long seed, double low,
        double high, Norm norm) {

    /** An L∞ attack. */
    public AttackSettings(Attack attack, double[] epsilons, int steps, double stepSize, boolean randomStart, int samples, long seed, double low,
            double high) {
        this(attack, epsilons, steps, stepSize, randomStart, samples, seed, low, high, Norm.LINF);
    }

    /** The attacks. */
    public enum Attack {
        /** The fast gradient sign method: x + ε·sign(∇ₓL) (L2: x + ε·∇ₓL / ‖∇ₓL‖), one gradient per sample for every ε. */
        FGSM("fgsm"),
        /** Projected gradient descent: signed steps of the loss's gradient, each projected back into the ball and the valid range. */
        PGD("pgd");

        private final String word;

        Attack(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        /** @throws IllegalArgumentException naming the attacks */
        public static Attack of(String word) {
            for (Attack a : values()) {
                if (a.word.equals(word)) {
                    return a;
                }
            }
            throw new IllegalArgumentException("--attack must be pgd or fgsm, not '" + word + "'");
        }
    }

    /** PGD's steps unless told. */
    public static final int DEFAULT_STEPS = 10;
    /** The radii tried unless told, as shares of the input's range (for pictures in [0, 1]: the radii MNIST papers report). */
    public static final double[] DEFAULT_EPSILONS = {0.01, 0.02, 0.05, 0.1, 0.2, 0.3};
    /** The L2 radii tried unless told, as shares of the input's range (MNIST papers report 0.5 to 3). */
    public static final double[] DEFAULT_L2_EPSILONS = {0.25, 0.5, 1, 1.5, 2, 3};

    /** @throws IllegalArgumentException naming the setting out of range */
    public AttackSettings {
        norm = norm == null ? Norm.LINF : norm;
        if (epsilons.length == 0) {
            throw new IllegalArgumentException("an attack needs one radius at least");
        }
        epsilons = epsilons.clone();
        Arrays.sort(epsilons);
        if (!(epsilons[0] > 0) || !Double.isFinite(epsilons[epsilons.length - 1])) {
            throw new IllegalArgumentException("the radii must be positive numbers, not " + Arrays.toString(epsilons));
        }
        if (steps < 1) {
            throw new IllegalArgumentException("PGD takes 1 step or more, not " + steps);
        }
        if (!(stepSize > 0)) {
            throw new IllegalArgumentException("the step size is a positive share of the radius, not " + stepSize);
        }
        if (samples < 1) {
            throw new IllegalArgumentException("an attack needs 1 sample or more, not " + samples);
        }
        if (Double.isNaN(low) != Double.isNaN(high) || low >= high) {
            throw new IllegalArgumentException("the valid range needs its low end below its high end, not " + low + " to " + high);
        }
    }

    /** Madry et al.'s step for {@code steps} steps: 2.5 / steps of the radius. */
    public static double defaultStepSize(int steps) {
        return 2.5 / steps;
    }

    /** Whether inputs are clipped to a valid range. */
    public boolean clipped() {
        return !Double.isNaN(low);
    }

    /** The steps the attack takes: 1 for FGSM. */
    public int effectiveSteps() {
        return attack == Attack.FGSM ? 1 : steps;
    }
}
