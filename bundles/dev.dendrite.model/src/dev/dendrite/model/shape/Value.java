package dev.dendrite.model.shape;

/** What flows along a connection: shape, element type and kind. */
public record Value(Shape shape, ElementType type, ValueKind kind) {

    public enum ElementType {
        FLOAT, INT64
    }

    public static Value tensor(Shape shape) {
        return new Value(shape, ElementType.FLOAT, ValueKind.TENSOR);
    }

    public Value withShape(Shape newShape) {
        return new Value(newShape, type, kind);
    }

    public int rank() {
        return shape.rank();
    }

    @Override
    public String toString() {
        String text = shape.toString();
        if (type == ElementType.INT64) {
            text += " int64";
        }
        return kind == ValueKind.TENSOR || kind == ValueKind.LOSS ? text : text + " (" + kind.name().toLowerCase().replace('_', ' ') + ")";
    }
}
