package dev.dendrite.train.config;

/**
 * Adversarial training (Madry et al., 2018): each training batch is moved, before the step learns
 * from it, from a random point of the L∞ ball of radius ε around it by signed gradient steps of the
 * loss, each projected back into the ball and the valid range, so the network learns from inputs
 * that are hard for it. One step of 1.25·ε is the fast form of Wong, Rice and Kolter (2020); K steps
 * of 2.5·ε/K are Madry et al.'s PGD. Validation and test stay clean.
 *
 * @param epsilon the ball's radius ε in the input's units (0: none)
 * @param range the valid inputs the moved batch is clipped to: "" (pictures in [0, 1], vectors unclipped), "none", or "LO,HI"
 * @param steps the gradient steps from the random start (1: fast adversarial training; more: PGD, each costing a forward and
 *        backward pass more)
 */
public record Adversarial(double epsilon, String range, int steps) implements java.io.Serializable {

    /** No adversarial training. */
    public static final Adversarial NONE = new Adversarial(0, "");

    /** The most steps: each is a copy of the forward pass in the step's graph. */
    public static final int MAX_STEPS = 20;

    public Adversarial {
        range = range == null ? "" : range.strip();
    }

    /** One step: fast adversarial training. */
    public Adversarial(double epsilon, String range) {
        this(epsilon, range, 1);
    }

    /**
     * Each step as a share of ε: Wong et al.'s 1.25 for one step (larger ones overfit to the single step, catastrophically),
     * Madry et al.'s 2.5/K for K (the ball's edge from anywhere in it).
     */
    public double stepSize() {
        return steps == 1 ? 1.25 : 2.5 / steps;
    }

    public boolean none() {
        return epsilon == 0;
    }

    /** The valid range [low, high] for inputs that are {@code pictures} or not, or null where unclipped. */
    public double[] bounds(boolean pictures) {
        return bounds(range, pictures);
    }

    /**
     * The valid range [low, high] a range setting gives inputs that are {@code pictures} or not: "" (pictures [0, 1], vectors
     * unclipped), "none" or "LO,HI"; null where unclipped.
     */
    static double[] bounds(String range, boolean pictures) {
        if (range.equals("none") || range.isEmpty() && !pictures) {
            return null;
        }
        if (range.isEmpty()) {
            return new double[] {0, 1};
        }
        String[] parts = range.split(",");
        return new double[] {Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip())};
    }

    /** @throws IllegalArgumentException naming the setting out of range */
    void check() {
        if (!(epsilon >= 0) || !Double.isFinite(epsilon)) {
            throw new IllegalArgumentException("--adversarial takes a radius > 0 in the input's units, such as 0.1 for pictures in [0, 1], not "
                    + epsilon);
        }
        if (steps < 1 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("--adversarial-steps takes 1 to " + MAX_STEPS + " steps, not " + steps);
        }
        checkRange(range, "--adversarial-range");
    }

    /** @throws IllegalArgumentException where {@code range} is not "", "none" or LO,HI with LO below HI, naming {@code option} */
    static void checkRange(String range, String option) {
        if (range.isEmpty() || range.equals("none")) {
            return;
        }
        String[] parts = range.split(",");
        try {
            if (parts.length == 2 && Double.parseDouble(parts[0].strip()) < Double.parseDouble(parts[1].strip())) {
                return;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new IllegalArgumentException(option + " takes the valid inputs' LO,HI with LO below HI (e.g. 0,1), or none, not '"
                + range + "'");
    }
}
