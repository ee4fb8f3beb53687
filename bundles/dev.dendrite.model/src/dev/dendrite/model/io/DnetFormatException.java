package dev.dendrite.model.io;

/** A {@code .dnet} file cannot be read; the message names the file and the problem on one line. */
public class DnetFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public DnetFormatException(String message) {
        super(message);
    }
}
