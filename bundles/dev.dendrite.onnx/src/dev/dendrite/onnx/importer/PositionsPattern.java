package dev.dendrite.onnx.importer;

import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.model.network.sequence.PositionalEncoding;
import dev.dendrite.model.network.sequence.SequenceFactory;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.importer.ImportState.Source;

/**
 * A position table added to a sequence, as Dendrite exports a positional encoding and as models
 * with learned position embeddings compute it: {@code Add(x, Slice(table [L, F], 0, T, axis 0))},
 * or PyTorch's {@code x + table[:, :T]} of a {@code [1, L, F]} parameter (axis 1), where T is x's
 * sequence length (symbolic, or fixed where the input's steps are). Imported as one PositionalEncoding layer: fixed where the table
 * is the sinusoids, learned otherwise. The Slice alone has no layer input, so without the pattern
 * it could not be a layer at all.
 */
final class PositionsPattern {

    private PositionsPattern() {
    }

    /**
     * Maps the Slice and the Add consuming it when they form the pattern (the Add is then claimed);
     * false when they do not.
     */
    static boolean layer(NodeProto slice, ImportState s) throws OnnxFormatException {
        TensorProto table = s.constant(slice, 0);
        NodeProto add = s.onlyConsumer(slice.getOutput(0));
        boolean batched = table != null && table.getDimsCount() == 3 && table.getDims(0) == 1; // [1, L, F], sliced on axis 1
        if (table == null || table.getDataType() != TensorProto.DataType.FLOAT_VALUE || table.getDimsCount() != 2 && !batched || add == null
                || !add.getOpType().equals("Add") || add.getInputCount() != 2
                || slice.getInputCount() > 4 && !slice.getInput(4).isEmpty() && !ints(s, slice, 4, 1) || !ints(s, slice, 1, 0)
                || (batched ? slice.getInputCount() < 4 || !ints(s, slice, 3, 1) && !ints(s, slice, 3, -2)
                        : slice.getInputCount() > 3 && !slice.getInput(3).isEmpty() && !ints(s, slice, 3, 0))) {
            return false;
        }
        int features = table.getDimsCount() - 1;
        Source x = s.tensors.get(add.getInput(0).equals(slice.getOutput(0)) ? add.getInput(1) : add.getInput(0));
        var shape = x == null ? null : s.shapeOf(x);
        // Cut to the sequence's length: its symbolic T, or the fixed one where the input's steps are fixed.
        if (shape == null || shape.rank() != 3 || shape.size(-1) != table.getDims(features)
                || !ints(s, slice, 2, shape.dim(1).isFixed() ? shape.size(1) : ConstantFolding.SEQUENCE)) {
            return false;
        }
        FloatTensor values = s.floats(table);
        layer(add, x, new FloatTensor(new long[] {table.getDims(features - 1), table.getDims(features)}, values.values()), s);
        return true;
    }

    /**
     * An {@code Add} of a sequence [N, T, F] with fixed T and a constant table [T, F] or [1, T, F]
     * (a learned position table as large as the sequence, added whole, as a ViT adds it) as a
     * PositionalEncoding; false for any other Add.
     */
    static boolean wholeTable(NodeProto add, ImportState s) throws OnnxFormatException {
        if (add.getInputCount() != 2) {
            return false;
        }
        int data = s.data(add, 0) != null ? 0 : 1;
        Source x = s.data(add, data);
        TensorProto table = s.constant(add, 1 - data);
        var shape = x == null ? null : s.shapeOf(x);
        if (table == null || table.getDataType() != TensorProto.DataType.FLOAT_VALUE || shape == null || shape.rank() != 3
                || !shape.dim(1).isFixed() || table.getDimsCount() != 2 && (table.getDimsCount() != 3 || table.getDims(0) != 1)) {
            return false;
        }
        int features = table.getDimsCount() - 1;
        if (table.getDims(features - 1) != shape.size(1) || table.getDims(features) != shape.size(-1)) {
            return false;
        }
        layer(add, x, new FloatTensor(new long[] {shape.size(1), shape.size(-1)}, s.floats(table).values()), s);
        return true;
    }

    private static void layer(NodeProto add, Source x, FloatTensor values, ImportState s) {
        PositionalEncoding positions = SequenceFactory.eINSTANCE.createPositionalEncoding();
        positions.setMaxLength(Math.toIntExact(values.shape()[0]));
        positions.setLearned(!sinusoids(values));
        s.add(positions, add, x);
        if (positions.isLearned()) {
            s.weights.put(positions.getId(), "positions", values);
        }
        s.absorbed.add(add);
        s.tensors.put(add.getOutput(0), new Source(positions, Ports.OUT));
    }

    /** Whether input {@code i} is the one-value int64 constant {@code value}. */
    private static boolean ints(ImportState s, NodeProto node, int i, long value) throws OnnxFormatException {
        TensorProto constant = s.constant(node, i);
        if (constant == null || constant.getDataType() != TensorProto.DataType.INT64_VALUE) {
            return false;
        }
        long[] values = s.longs(constant);
        return values.length == 1 && values[0] == value;
    }

    private static boolean sinusoids(FloatTensor table) {
        FloatTensor expected = dev.dendrite.onnx.export.OnnxExporter.sinusoids((int) table.shape()[0], table.shape()[1]);
        for (int i = 0; i < expected.values().length; i++) {
            if (Math.abs(expected.values()[i] - table.values()[i]) > 1e-6f) {
                return false;
            }
        }
        return true;
    }
}
