package dev.dendrite.onnx.importer;

import java.util.List;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.onnx.graph.Attr;

/**
 * Rewrites the old forms of operators that become generic layers into their current form, with
 * the same meaning, so a model from an old opset re-exports at the current one: Pad's and Clip's
 * attributes become inputs, axes attributes of Squeeze, Unsqueeze and the reductions become an
 * input, Slice's attributes become inputs, and Upsample becomes the Resize that computes the same
 * (asymmetric coordinates; nearest rounding down).
 */
final class OperatorUpgrades {

    private OperatorUpgrades() {
    }

    /** The node in its current form (new constant inputs added to the import's constants), or null when it needs no upgrade. */
    static NodeProto upgrade(NodeProto node, ImportState s) throws OnnxFormatException {
        String op = node.getOpType();
        long opset = s.opset;
        if (op.equals("Pad") && opset < 11) {
            long[] pads = ImportState.intsAttribute(node, "pads").length > 0 ? ImportState.intsAttribute(node, "pads")
                    : ImportState.intsAttribute(node, "paddings");
            return rebuild(node, List.of("pads", "value", "paddings"), s, ints(pads), floats(ImportState.floatAttribute(node, "value", 0f)));
        }
        if (op.equals("Clip") && opset < 11) {
            return rebuild(node, List.of("min", "max"), s, floats(ImportState.floatAttribute(node, "min", -Float.MAX_VALUE)),
                    floats(ImportState.floatAttribute(node, "max", Float.MAX_VALUE)));
        }
        boolean axesAsInput = op.equals("Squeeze") || op.equals("Unsqueeze") ? opset < 13 : op.equals("ReduceSum") ? opset < 13
                : op.startsWith("Reduce") && opset < 18;
        if (axesAsInput && ImportState.attribute(node, "axes") != null) {
            return rebuild(node, List.of("axes"), s, ints(ImportState.intsAttribute(node, "axes")));
        }
        if (op.equals("Slice") && opset < 10) {
            long[] starts = ImportState.intsAttribute(node, "starts");
            long[] axes = ImportState.intsAttribute(node, "axes");
            if (axes.length == 0) {
                axes = new long[starts.length];
                for (int i = 0; i < axes.length; i++) {
                    axes[i] = i;
                }
            }
            return rebuild(node, List.of("starts", "ends", "axes"), s, ints(starts), ints(ImportState.intsAttribute(node, "ends")), ints(axes));
        }
        if (op.equals("Upsample")) {
            return upsample(node, s);
        }
        return null;
    }

    private static NodeProto upsample(NodeProto node, ImportState s) throws OnnxFormatException {
        TensorProto scales;
        if (node.getInputCount() > 1) {
            scales = s.constant(node, 1);
            if (scales == null) {
                return null;
            }
        } else if (ImportState.attribute(node, "scales") != null) {
            var list = ImportState.attribute(node, "scales").getFloatsList();
            float[] values = new float[list.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = list.get(i);
            }
            scales = floats(values);
        } else {
            scales = floats(1, 1, ImportState.floatAttribute(node, "height_scale", 1), ImportState.floatAttribute(node, "width_scale", 1));
        }
        String mode = ImportState.stringAttribute(node, "mode", "nearest");
        String name = fresh(node, "scales", s);
        s.constants.put(name, scales.toBuilder().setName(name).build());
        NodeProto.Builder resize = NodeProto.newBuilder().setOpType("Resize").setName(node.getName()).addInput(node.getInput(0)).addInput("")
                .addInput(name).addAllOutput(node.getOutputList())
                .addAttribute(Attr.s("mode", mode.equals("nearest") ? "nearest" : "linear"))
                .addAttribute(Attr.s("coordinate_transformation_mode", "asymmetric"));
        if (mode.equals("nearest")) {
            resize.addAttribute(Attr.s("nearest_mode", "floor"));
        }
        return resize.build();
    }

    /** The node without the named attributes, reading the given constants as extra inputs after its own. */
    private static NodeProto rebuild(NodeProto node, List<String> dropped, ImportState s, TensorProto... inputs) {
        NodeProto.Builder upgraded = node.toBuilder().clearAttribute();
        for (AttributeProto attribute : node.getAttributeList()) {
            if (!dropped.contains(attribute.getName())) {
                upgraded.addAttribute(attribute);
            }
        }
        for (int i = 0; i < inputs.length; i++) {
            String name = fresh(node, "input" + (node.getInputCount() + i), s);
            s.constants.put(name, inputs[i].toBuilder().setName(name).build());
            upgraded.addInput(name);
        }
        return upgraded.build();
    }

    private static String fresh(NodeProto node, String what, ImportState s) {
        String base = node.getOutput(0) + "/" + what;
        String name = base;
        for (int i = 2; s.constants.containsKey(name) || s.tensors.containsKey(name); i++) {
            name = base + "_" + i;
        }
        return name;
    }

    private static TensorProto ints(long... values) {
        TensorProto.Builder t = TensorProto.newBuilder().setDataType(TensorProto.DataType.INT64_VALUE).addDims(values.length);
        for (long v : values) {
            t.addInt64Data(v);
        }
        return t.build();
    }

    /** One value: a scalar (rank 0); several: a vector. */
    private static TensorProto floats(float... values) {
        TensorProto.Builder t = TensorProto.newBuilder().setDataType(TensorProto.DataType.FLOAT_VALUE);
        if (values.length != 1) {
            t.addDims(values.length);
        }
        for (float v : values) {
            t.addFloatData(v);
        }
        return t.build();
    }
}
