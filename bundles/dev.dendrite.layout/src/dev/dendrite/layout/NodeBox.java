package dev.dendrite.layout;

/** Where a layer's figure goes: top-left corner and size, in diagram units. */
public record NodeBox(double x, double y, double width, double height) {

    public double right() {
        return x + width;
    }

    public boolean overlaps(NodeBox other) {
        return x < other.right() && other.x < right() && y < other.y + other.height && other.y < y + height;
    }
}
