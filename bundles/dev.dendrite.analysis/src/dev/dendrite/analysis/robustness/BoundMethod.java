package dev.dendrite.analysis.robustness;

/** How certification bounds a network over the L∞ ball. */
public enum BoundMethod {
    /** Interval bound propagation (Gowal et al., 2018): one forward pass, loose for deep networks. */
    INTERVAL("interval"),
    /** Linear bounds carried backward from the margins, over interval bounds of the hidden layers (Zhang et al., 2020). */
    CROWN_IBP("crown-ibp"),
    /** Linear bounds carried backward from the margins and from every hidden layer's loose units (Zhang et al., 2018). */
    CROWN("crown"),
    /** Randomized smoothing (Cohen et al., 2019): a certificate of the smoothed classifier in the L2 ball, by noisy forward passes. */
    SMOOTHING("smoothing");

    private final String word;

    BoundMethod(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** @throws IllegalArgumentException naming the methods */
    public static BoundMethod of(String word) {
        for (BoundMethod m : values()) {
            if (m.word.equals(word)) {
                return m;
            }
        }
        throw new IllegalArgumentException("--bounds must be interval, crown-ibp, crown or smoothing, not '" + word + "'");
    }
}
