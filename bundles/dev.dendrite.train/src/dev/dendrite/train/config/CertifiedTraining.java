package dev.dendrite.train.config;

/**
 * Certified training by interval bound propagation (IBP; Gowal et al., 2018): beside the batch's
 * cross-entropy, the step bounds every logit over the L∞ ball of radius ε around each sample and
 * learns from the worst case the bounds allow, κ·CE(z) + (1 − κ)·CE(ẑ), where ẑ_j bounds z_j − z_y
 * from above (the last dense layer elided into the margins, so ẑ_y = 0). A network trained so is one
 * that interval bounds can certify, which normally trained networks almost never are. ε rises
 * linearly from 0 and κ from 1 to 1 − {@code weight} over the ramp, after clean warm-up epochs
 * (Gowal et al.'s schedule; large ε from the start does not train).
 *
 * @param epsilon the ball's radius ε in the input's units (0: none)
 * @param range the valid inputs the ball is clipped to: "" (pictures in [0, 1], and vectors of one square channel, as
 *        robustness reads them; other vectors unclipped), "none", or "LO,HI"
 * @param warmupEpochs clean epochs before the ramp (−1: one where the run has at least three epochs, else none)
 * @param rampEpochs epochs over which ε and the robust share rise to their ends (−1: half the epochs after the warm-up, at least one)
 * @param weight the robust loss's share 1 − κ at the ramp's end
 * @param stepsPerEpoch the train steps per epoch, which the trainer sets from the data (0: unknown, so no schedule: full ε and
 *        share from the first step)
 * @param bounds {@link #INTERVAL}, or {@link #CROWN_IBP}: the margins' bounds mix CROWN-IBP's linear bounds through the dense
 *        layers before the last with the intervals', β·CROWN-IBP + (1 − β)·IBP, β falling from 1 to 0 over the ramp (Zhang et
 *        al., 2020)
 */
public record CertifiedTraining(double epsilon, String range, int warmupEpochs, int rampEpochs, double weight, int stepsPerEpoch,
        String bounds) implements java.io.Serializable {

    public static final String INTERVAL = "interval";
    public static final String CROWN_IBP = "crown-ibp";

    /** No certified training. */
    public static final CertifiedTraining NONE = new CertifiedTraining(0, "", -1, -1, 0.5, 0);

    public CertifiedTraining {
        range = range == null ? "" : range.strip();
        bounds = bounds == null || bounds.isBlank() ? INTERVAL : bounds.strip();
    }

    /** Interval bounds alone. */
    public CertifiedTraining(double epsilon, String range, int warmupEpochs, int rampEpochs, double weight, int stepsPerEpoch) {
        this(epsilon, range, warmupEpochs, rampEpochs, weight, stepsPerEpoch, INTERVAL);
    }

    /** Whether the bounds mix in CROWN-IBP's linear bounds. */
    public boolean linear() {
        return bounds.equals(CROWN_IBP);
    }

    /** This setting with {@code kind} of bounds. */
    public CertifiedTraining withBounds(String kind) {
        return new CertifiedTraining(epsilon, range, warmupEpochs, rampEpochs, weight, stepsPerEpoch, kind);
    }

    /** Certified training at radius ε with the default schedule and a robust share of one half. */
    public static CertifiedTraining at(double epsilon) {
        return new CertifiedTraining(epsilon, "", -1, -1, 0.5, 0);
    }

    public boolean none() {
        return epsilon == 0;
    }

    /** This setting with the trainer's count of steps per epoch. */
    public CertifiedTraining withStepsPerEpoch(int steps) {
        return new CertifiedTraining(epsilon, range, warmupEpochs, rampEpochs, weight, steps, bounds);
    }

    /** The clean warm-up in epochs of a run of {@code epochs}. */
    public int warmup(int epochs) {
        return warmupEpochs >= 0 ? warmupEpochs : epochs >= 3 ? 1 : 0;
    }

    /** The ramp in epochs of a run of {@code epochs}. */
    public int ramp(int epochs) {
        return rampEpochs >= 0 ? rampEpochs : Math.max(1, (epochs - warmup(epochs)) / 2);
    }

    /** The valid range [low, high] for inputs that are {@code pictures} or not, or null where unclipped. */
    public double[] bounds(boolean pictures) {
        return Adversarial.bounds(range, pictures);
    }

    /** @throws IllegalArgumentException naming the setting out of range */
    void check() {
        if (!(epsilon >= 0) || !Double.isFinite(epsilon)) {
            throw new IllegalArgumentException("--certified takes a radius > 0 in the input's units, such as 0.1 for pictures in [0, 1], not "
                    + epsilon);
        }
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException("--certified-weight takes the robust loss's share in (0, 1], such as 0.5, not " + weight);
        }
        if (warmupEpochs < -1 || rampEpochs < -1) {
            throw new IllegalArgumentException("--certified-warmup and --certified-ramp take epochs ≥ 0, not " + Math.min(warmupEpochs,
                    rampEpochs));
        }
        if (!bounds.equals(INTERVAL) && !bounds.equals(CROWN_IBP)) {
            throw new IllegalArgumentException("--certified-bounds must be interval or crown-ibp, not '" + bounds + "'");
        }
        Adversarial.checkRange(range, "--certified-range");
    }
}
