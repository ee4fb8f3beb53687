package dev.dendrite.onnx.importer;

import java.util.Arrays;

import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.model.network.sequence.ClassToken;
import dev.dendrite.model.network.sequence.SequenceFactory;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.importer.ImportState.Source;

/**
 * A vision transformer's class token: {@code Concat(Expand(cls [1, k, F], [N, k, F]), x)} on the
 * steps' axis, PyTorch's {@code torch.cat([cls.expand(N, -1, -1), x], dim=1)}. The pre-pass claims
 * the Expand (its shape arithmetic then goes with it); when the Concat is mapped, the Expand is run
 * for two batch sizes and must give [N, k, F] both times before it becomes a ClassToken layer.
 */
final class ClassTokenPattern {

    private ClassTokenPattern() {
    }

    /** Claims the Expand feeding a Concat of this form; false for any other Concat. */
    static boolean claim(NodeProto concat, ImportState s) {
        NodeProto expand = concat.getInputCount() == 2 ? s.producers.get(concat.getInput(0)) : null;
        TensorProto table = expand == null || !expand.getOpType().equals("Expand") || expand.getInputCount() != 2 ? null
                : s.constants.get(expand.getInput(0));
        if (table == null || table.getDataType() != TensorProto.DataType.FLOAT_VALUE || table.getDimsCount() != 3 || table.getDims(0) != 1
                || s.onlyConsumer(expand.getOutput(0)) != concat || ImportState.intAttribute(concat, "axis", 0) != 1) {
            return false;
        }
        s.absorbed.add(expand);
        s.classTokens.put(concat, expand);
        return true;
    }

    /** The Concat of a claimed Expand as a ClassToken layer; false when the Expand does not give [N, k, F]. */
    static boolean layer(NodeProto concat, ImportState s) throws OnnxFormatException {
        NodeProto expand = s.classTokens.get(concat);
        Source x = expand == null ? null : s.data(concat, 1);
        var shape = x == null ? null : s.shapeOf(x);
        TensorProto table = expand == null ? null : s.constants.get(expand.getInput(0));
        if (shape == null || shape.rank() != 3 || !shape.dim(1).isFixed() || !shape.dim(2).isFixed() || table.getDims(2) != shape.size(2)) {
            return false;
        }
        long count = table.getDims(1);
        for (int batch : new int[] {2, 3}) {
            long[] dims = expandedDims(expand, concat.getInput(1), new int[] {batch, (int) shape.size(1), (int) shape.size(2)}, s);
            if (!Arrays.equals(dims, new long[] {batch, count, shape.size(2)})) {
                return false;
            }
        }
        ClassToken token = SequenceFactory.eINSTANCE.createClassToken();
        token.setCount(Math.toIntExact(count));
        s.add(token, concat, x);
        s.weights.put(token.getId(), "tokens", new FloatTensor(new long[] {count, table.getDims(2)}, s.floats(table).values()));
        s.tensors.put(concat.getOutput(0), new Source(token, Ports.OUT));
        return true;
    }

    /** The dims the Expand gives when x has {@code xDims}: its target computed ({@link ShapeArithmetic}) and broadcast with the table's. */
    private static long[] expandedDims(NodeProto expand, String x, int[] xDims, ImportState s) {
        long[] target = ShapeArithmetic.evaluate(s, expand.getInput(1), t -> t.equals(x) ? xDims : ShapeArithmetic.declared(s, t, xDims[0], 0));
        long[] table = s.constants.get(expand.getInput(0)).getDimsList().stream().mapToLong(Long::longValue).toArray();
        if (target == null || target.length != 3) {
            return null;
        }
        // Expand broadcasts the table against the target: each dim is the larger of the pair.
        long[] out = new long[3];
        for (int i = 0; i < 3; i++) {
            out[i] = Math.max(target[i], table[i]);
        }
        return out;
    }
}
