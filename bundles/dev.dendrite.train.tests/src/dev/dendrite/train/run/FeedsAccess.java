package dev.dendrite.train.run;

/** Opens the trainer's random draws to tests of other packages. */
public final class FeedsAccess {

    private FeedsAccess() {
    }

    public static double beta(java.util.SplittableRandom random, double alpha) {
        return Feeds.beta(random, alpha);
    }
}
