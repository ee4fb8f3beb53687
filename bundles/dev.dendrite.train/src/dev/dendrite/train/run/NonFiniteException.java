package dev.dendrite.train.run;

/** The loss or a gradient became NaN or infinite; {@link #layer()} is the first layer (forward order) affected, if known. */
public final class NonFiniteException extends TrainingException {
    private static final long serialVersionUID = 1L;

    private final String layer;

    NonFiniteException(String message, String layer) {
        super(message);
        this.layer = layer;
    }

    public String layer() {
        return layer;
    }
}
