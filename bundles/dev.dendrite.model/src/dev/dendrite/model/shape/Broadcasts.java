package dev.dendrite.model.shape;

import static dev.dendrite.model.shape.LayerInputs.atLeast;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.dendrite.model.network.Multiply;
import dev.dendrite.model.ports.Ports;

/** Shape rules of element-wise layers that broadcast as ONNX does: aligned at the last dim, each dim equal or 1. */
final class Broadcasts {

    private Broadcasts() {
    }

    /** The product of in0..in(n-1): every input's float values, broadcast together, batch first. */
    static Map<String, Value> multiply(Multiply multiply, LayerInputs in) {
        atLeast("inputs", multiply.getInputs(), 2);
        Value first = in.primary();
        Shape shape = first.shape();
        for (int i = 0; i < multiply.getInputs(); i++) {
            String port = Ports.IN + i;
            Value value = in.value(port);
            if (value == null) {
                continue;
            }
            if (value.type() != Value.ElementType.FLOAT) {
                throw new ShapeException(port, "multiplies float values, got token ids " + value.shape() + " (add an Embedding before it)");
            }
            if (value.rank() != first.rank()) {
                throw new ShapeException(port, port + " has shape " + value.shape() + " but in0 has " + first.shape()
                        + ": a Multiply's inputs have the same rank, batch first (reshape a gate of [N, C] to [N, C, 1, 1] for images)");
            }
            shape = broadcast(shape, value.shape(), port, first.shape());
        }
        return CoreShapeRules.out(first.withShape(shape));
    }

    private static Shape broadcast(Shape a, Shape b, String port, Shape first) {
        List<Dim> dims = new ArrayList<>();
        for (int d = 0; d < a.rank(); d++) {
            Dim x = a.dim(d);
            Dim y = b.dim(d);
            if (x.equals(y) || y.isFixed() && y.size() == 1) {
                dims.add(x);
            } else if (x.isFixed() && x.size() == 1) {
                dims.add(y);
            } else {
                throw new ShapeException(port, port + " has shape " + b + ", which does not broadcast with in0 " + first + " at dim " + d
                        + " (" + y + " against " + x + "): each dim equal or 1");
            }
        }
        return new Shape(dims);
    }
}
