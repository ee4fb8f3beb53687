package dev.dendrite.train.autodiff;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.NodeProto;

/** Reads node attributes with defaults, and copies them to backward nodes. */
final class Attrs {

    private Attrs() {
    }

    static AttributeProto get(NodeProto node, String name) {
        return node.getAttributeList().stream().filter(a -> a.getName().equals(name)).findFirst().orElse(null);
    }

    static long i(NodeProto node, String name, long fallback) {
        AttributeProto a = get(node, name);
        return a == null ? fallback : a.getI();
    }

    static float f(NodeProto node, String name, float fallback) {
        AttributeProto a = get(node, name);
        return a == null ? fallback : a.getF();
    }

    static long[] ints(NodeProto node, String name, long... fallback) {
        AttributeProto a = get(node, name);
        return a == null ? fallback : a.getIntsList().stream().mapToLong(Long::longValue).toArray();
    }

    /** The attributes named, as present on the node. */
    static AttributeProto[] copy(NodeProto node, String... names) {
        return java.util.Arrays.stream(names).map(n -> get(node, n)).filter(java.util.Objects::nonNull).toArray(AttributeProto[]::new);
    }
}
