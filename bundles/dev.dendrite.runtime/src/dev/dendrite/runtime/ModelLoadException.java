package dev.dendrite.runtime;

/** A model could not be read or is not a valid ONNX model; the message names the source and the reason. */
public class ModelLoadException extends Exception {
    private static final long serialVersionUID = 1L;

    public ModelLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
