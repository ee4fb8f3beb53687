package dev.dendrite.analysis.robustness;

import java.util.List;

/**
 * What an attack did to a classifier: its clean accuracy, and at each radius its accuracy under the
 * attack and under random noise of the same radius, with the examples it fooled.
 *
 * @param settings the attack
 * @param samples the samples attacked
 * @param cleanCorrect those the model classifies rightly unattacked
 * @param cleanLoss their mean cross-entropy unattacked
 * @param levels one per radius, ascending
 * @param medianEpsilon the median over the rightly classified samples of the smallest radius that fooled each (NaN where fewer than half were
 *        fooled at the largest)
 * @param classTotals the samples of each class
 * @param examples the first samples fooled, each at the smallest radius that fooled it
 * @param sampleShape a sample's shape, for drawing the examples
 * @param warnings signs that the gradient is masked (a robustness the attack only appears to find), in words
 * @param bounds the certification's bounds, null where none ran
 * @param smoothed the smoothed model's figures where it was certified, else null
 */
public record RobustnessReport(AttackSettings settings, int samples, int cleanCorrect, double cleanLoss, List<Level> levels, double medianEpsilon,
        int[] classTotals, List<Example> examples, long[] sampleShape, List<String> warnings, BoundMethod bounds, Smoothed smoothed) {

    /**
     * The smoothed model (randomized smoothing): its levels' certified counts are its own, not the attacked model's.
     *
     * @param accuracy the share it reads rightly (an abstention is wrong)
     * @param abstained the share it abstains on (no class above ½ at the confidence asked)
     * @param averageRadius the mean over all samples of the certified radius where right, 0 elsewhere (Zhai et al.'s ACR)
     */
    public record Smoothed(RandomizedSmoothing settings, double accuracy, double abstained, double averageRadius) {
    }

    /**
     * One radius.
     *
     * @param epsilon the radius
     * @param correct the samples still classified rightly under the attack
     * @param fooled the rightly classified samples the attack turned wrong
     * @param loss the mean cross-entropy at the attack's inputs
     * @param randomCorrect the samples classified rightly under random noise of the radius (each value ±ε)
     * @param meanLinf the mean L∞ norm of the perturbations that fooled (at most ε; FGSM's is ε but where clipped)
     * @param meanL2 their mean L2 norm
     * @param classCorrect per class, the samples still classified rightly under the attack
     * @param certified the samples the bounds prove no input of the ball can fool (-1: not computed)
     * @param intervalCertified those interval bounds alone prove (the same where they are the bounds; -1: not computed)
     */
    public record Level(double epsilon, int correct, int fooled, double loss, int randomCorrect, double meanLinf, double meanL2, int[] classCorrect,
            int certified, int intervalCertified) {
    }

    /**
     * A fooled sample.
     *
     * @param sample its index in the split
     * @param label its class
     * @param cleanProbability the probability the model gave its class unattacked
     * @param adversarialClass the class read from the adversarial input
     * @param adversarialProbability that class's probability
     * @param epsilon the smallest radius that fooled it
     * @param original the sample's values
     * @param adversarial the adversarial input's values
     */
    public record Example(int sample, int label, double cleanProbability, int adversarialClass, double adversarialProbability, double epsilon,
            float[] original, float[] adversarial) {
    }

    /** The share of samples classified rightly unattacked. */
    public double cleanAccuracy() {
        return (double) cleanCorrect / samples;
    }

    /** The share classified rightly under the attack of level {@code k}. */
    public double accuracy(int k) {
        return (double) levels.get(k).correct() / samples;
    }

    /** The share certified robust at level {@code k} (NaN where not computed). */
    public double certifiedAccuracy(int k) {
        return levels.get(k).certified() < 0 ? Double.NaN : (double) levels.get(k).certified() / samples;
    }

    /** The share interval bounds alone certify at level {@code k} (NaN where not computed). */
    public double intervalCertifiedAccuracy(int k) {
        return levels.get(k).intervalCertified() < 0 ? Double.NaN : (double) levels.get(k).intervalCertified() / samples;
    }

    /** The share classified rightly under random noise of level {@code k}'s radius. */
    public double randomAccuracy(int k) {
        return (double) levels.get(k).randomCorrect() / samples;
    }
}
