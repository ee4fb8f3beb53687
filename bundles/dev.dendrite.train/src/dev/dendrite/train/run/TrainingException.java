package dev.dendrite.train.run;

/** Training cannot start or had to stop; the message says why in one line (bad data, non-finite loss, ...). */
public class TrainingException extends Exception {
    private static final long serialVersionUID = 1L;

    public TrainingException(String message) {
        super(message);
    }
}
