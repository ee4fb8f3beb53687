package dev.dendrite.train.autodiff;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.onnx.graph.NodeAttributes;

/** Attribute access for the gradient rules, and copying attributes to backward nodes. */
final class Attrs {

    private Attrs() {
    }

    static AttributeProto get(NodeProto node, String name) {
        return NodeAttributes.get(node, name);
    }

    static long i(NodeProto node, String name, long fallback) {
        return NodeAttributes.i(node, name, fallback);
    }

    static float f(NodeProto node, String name, float fallback) {
        return NodeAttributes.f(node, name, fallback);
    }

    static long[] ints(NodeProto node, String name, long... fallback) {
        return NodeAttributes.ints(node, name, fallback);
    }

    /** The attributes named, as present on the node. */
    static AttributeProto[] copy(NodeProto node, String... names) {
        return java.util.Arrays.stream(names).map(n -> get(node, n)).filter(java.util.Objects::nonNull).toArray(AttributeProto[]::new);
    }
}
