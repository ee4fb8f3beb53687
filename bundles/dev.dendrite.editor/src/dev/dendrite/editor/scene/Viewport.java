package dev.dendrite.editor.scene;

/**
 * Maps diagram coordinates to screen pixels: {@code screen = (diagram - origin) * zoom}. Zooming
 * keeps the point under the cursor fixed, as users of every map and diagram tool expect.
 */
public final class Viewport {

    public static final double MIN_ZOOM = 0.1;
    public static final double MAX_ZOOM = 4.0;

    private double zoom = 1.0;
    private double originX;
    private double originY;

    public double zoom() {
        return zoom;
    }

    public double originX() {
        return originX;
    }

    public double originY() {
        return originY;
    }

    public double toScreenX(double x) {
        return (x - originX) * zoom;
    }

    public double toScreenY(double y) {
        return (y - originY) * zoom;
    }

    public double toDiagramX(double screenX) {
        return screenX / zoom + originX;
    }

    public double toDiagramY(double screenY) {
        return screenY / zoom + originY;
    }

    public Box toScreen(Box box) {
        return new Box(toScreenX(box.x()), toScreenY(box.y()), box.width() * zoom, box.height() * zoom);
    }

    public Box toDiagram(Box screen) {
        return new Box(toDiagramX(screen.x()), toDiagramY(screen.y()), screen.width() / zoom, screen.height() / zoom);
    }

    /** Multiplies the zoom, keeping the diagram point under ({@code screenX}, {@code screenY}) where it is. */
    public void zoomAt(double factor, double screenX, double screenY) {
        double fixedX = toDiagramX(screenX);
        double fixedY = toDiagramY(screenY);
        zoom = clamp(zoom * factor);
        originX = fixedX - screenX / zoom;
        originY = fixedY - screenY / zoom;
    }

    /** Zoom 1 with the given diagram point at the top-left corner. */
    public void reset(double x, double y) {
        zoom = 1.0;
        originX = x;
        originY = y;
    }

    /** Shows the whole content with a margin, never magnified beyond 100%. */
    public void fit(Box content, double screenWidth, double screenHeight, double margin) {
        if (content.isEmpty() || screenWidth <= 2 * margin || screenHeight <= 2 * margin) {
            reset(content.x() - margin, content.y() - margin);
            return;
        }
        zoom = clamp(Math.min(1.0, Math.min((screenWidth - 2 * margin) / content.width(), (screenHeight - 2 * margin) / content.height())));
        originX = content.centerX() - screenWidth / 2 / zoom;
        originY = content.centerY() - screenHeight / 2 / zoom;
    }

    /** Moves the view by a distance in screen pixels. */
    public void pan(double screenDx, double screenDy) {
        originX -= screenDx / zoom;
        originY -= screenDy / zoom;
    }

    private static double clamp(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }
}
