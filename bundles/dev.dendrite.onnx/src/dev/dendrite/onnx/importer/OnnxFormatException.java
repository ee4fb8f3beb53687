package dev.dendrite.onnx.importer;

/** An ONNX file or model cannot be read or imported; the message names the problem on one line. */
public class OnnxFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public OnnxFormatException(String message) {
        super(message);
    }
}
