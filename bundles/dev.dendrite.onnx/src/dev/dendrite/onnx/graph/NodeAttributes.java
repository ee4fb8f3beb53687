package dev.dendrite.onnx.graph;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.NodeProto;

/** Reads a node's attributes with the defaults the ONNX specification gives them. */
public final class NodeAttributes {

    private NodeAttributes() {
    }

    public static AttributeProto get(NodeProto node, String name) {
        return node.getAttributeList().stream().filter(a -> a.getName().equals(name)).findFirst().orElse(null);
    }

    public static long i(NodeProto node, String name, long fallback) {
        AttributeProto attribute = get(node, name);
        return attribute == null ? fallback : attribute.getI();
    }

    public static float f(NodeProto node, String name, float fallback) {
        AttributeProto attribute = get(node, name);
        return attribute == null ? fallback : attribute.getF();
    }

    public static String s(NodeProto node, String name, String fallback) {
        AttributeProto attribute = get(node, name);
        return attribute == null ? fallback : attribute.getS().toStringUtf8();
    }

    public static long[] ints(NodeProto node, String name, long... fallback) {
        AttributeProto attribute = get(node, name);
        return attribute == null ? fallback : attribute.getIntsList().stream().mapToLong(Long::longValue).toArray();
    }
}
