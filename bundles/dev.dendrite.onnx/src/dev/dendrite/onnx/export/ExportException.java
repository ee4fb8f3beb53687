package dev.dendrite.onnx.export;

/** A network cannot be exported (it has errors, or its weights do not fit); the message says why on one line. */
public class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }
}
