package dev.dendrite.model.shape;

import dev.dendrite.model.network.ProjectionKind;

/** Checks that an Add's shortcut projection can map one input to the shape of in0 (ResNet's option B). */
final class Projections {

    private Projections() {
    }

    /** The stride a 1×1 convolution needs to map {@code from} to {@code to}'s spatial size. */
    static long conv1x1Stride(Value from, Value to) {
        long stride = 0;
        for (int d = 2; d < from.rank(); d++) {
            long a = from.shape().size(d);
            long b = to.shape().size(d);
            if (a < 0 || b <= 0) {
                return -1;
            }
            long s = (a + b - 1) / b;
            if ((a - 1) / s + 1 != b || (stride != 0 && s != stride)) {
                return -1;
            }
            stride = s;
        }
        return stride == 0 ? 1 : stride;
    }

    static void check(ProjectionKind kind, Value from, Value to, String port) {
        if (kind == ProjectionKind.CONV1X1) {
            if (from.rank() != to.rank() || from.rank() < 3 || from.rank() > 4) {
                throw new ShapeException(port, "a conv1x1 projection maps [N, C, (H,) W] inputs, but " + port + " is "
                        + from.shape() + " and in0 is " + to.shape());
            }
            if (from.shape().size(1) < 0 || to.shape().size(1) < 0) {
                throw new ShapeException(port, "a conv1x1 projection needs known channel counts");
            }
            if (conv1x1Stride(from, to) < 0) {
                throw new ShapeException(port, "no 1×1 convolution stride maps " + from.shape() + " onto " + to.shape());
            }
        } else if (kind == ProjectionKind.DENSE) {
            if (from.rank() != 2 || to.rank() != 2 || from.shape().size(1) < 0 || to.shape().size(1) < 0) {
                throw new ShapeException(port, "a dense projection maps [N, F] to [N, F'], but " + port + " is "
                        + from.shape() + " and in0 is " + to.shape());
            }
        }
    }
}
