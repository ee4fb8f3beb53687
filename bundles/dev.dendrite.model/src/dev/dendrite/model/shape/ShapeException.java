package dev.dendrite.model.shape;

/** Thrown by a shape rule when a layer cannot compute its outputs; becomes an error diagnostic naming the layer and port. */
public class ShapeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String port;

    public ShapeException(String port, String message) {
        super(message);
        this.port = port;
    }

    /** The port the problem is at, or null when it concerns the layer's settings. */
    public String port() {
        return port;
    }
}
