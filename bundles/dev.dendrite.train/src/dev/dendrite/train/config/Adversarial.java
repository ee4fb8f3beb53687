package dev.dendrite.train.config;

/**
 * Adversarial training (Madry et al., 2018), in its fast single-step form (Wong, Rice and Kolter,
 * 2020): each training batch is moved, before the step learns from it, by one signed gradient step
 * of the loss from a random point of the L∞ ball of radius ε around it (FGSM from a random start,
 * step 1.25·ε, projected back into the ball and the valid range), so the network learns from inputs
 * that are hard for it. Validation and test stay clean.
 *
 * @param epsilon the ball's radius ε in the input's units (0: none)
 * @param range the valid inputs the moved batch is clipped to: "" (pictures in [0, 1], vectors unclipped), "none", or "LO,HI"
 */
public record Adversarial(double epsilon, String range) implements java.io.Serializable {

    /** No adversarial training. */
    public static final Adversarial NONE = new Adversarial(0, "");

    /** The step from the random start, as a share of ε: Wong et al.'s 1.25 (larger steps overfit to the single step, catastrophically). */
    public static final double STEP = 1.25;

    public Adversarial {
        range = range == null ? "" : range.strip();
    }

    public boolean none() {
        return epsilon == 0;
    }

    /** The valid range [low, high] for inputs that are {@code pictures} or not, or null where unclipped. */
    public double[] bounds(boolean pictures) {
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
        throw new IllegalArgumentException("--adversarial-range takes the valid inputs' LO,HI with LO below HI (e.g. 0,1), or none, not '"
                + range + "'");
    }
}
