package dev.dendrite.train.run;

/** Training cannot start or had to stop; the message says why in one line (bad data, non-finite loss, ...). */
public class TrainingException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean badInput;

    public TrainingException(String message) {
        this(message, false);
    }

    private TrainingException(String message, boolean badInput) {
        super(message);
        this.badInput = badInput;
    }

    /** The network, data or settings are wrong: nothing was trained (the command line's exit code 2). */
    public static TrainingException badInput(String message) {
        return new TrainingException(message, true);
    }

    public boolean isBadInput() {
        return badInput;
    }
}
