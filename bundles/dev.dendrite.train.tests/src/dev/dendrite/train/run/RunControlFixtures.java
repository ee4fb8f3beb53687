package dev.dendrite.train.run;

import dev.dendrite.train.data.Dataset;

/** Shared data for tests in other packages. */
public final class RunControlFixtures {

    private RunControlFixtures() {
    }

    /** Two moons in the first two of 784 features, as the 784-input templates expect. */
    public static Dataset moonsAsImages(int n) {
        return TrainerTest.moonsAsImages(n);
    }
}
