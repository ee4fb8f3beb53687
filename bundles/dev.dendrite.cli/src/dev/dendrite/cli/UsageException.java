package dev.dendrite.cli;

/** Bad input on the command line or in a file it names; the message is the one line the user sees. */
public class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
