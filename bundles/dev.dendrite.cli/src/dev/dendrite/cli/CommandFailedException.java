package dev.dendrite.cli;

/** The command ran but failed (a training run that stopped on an error): exit code 1, the message as its one line. */
public class CommandFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    public CommandFailedException(String message) {
        super(message);
    }
}
