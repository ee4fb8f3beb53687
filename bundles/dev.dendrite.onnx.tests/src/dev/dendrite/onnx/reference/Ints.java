package dev.dendrite.onnx.reference;

/** An int64 tensor (token ids, edge index, graph assignment) for reference computations. */
public record Ints(long[] shape, long[] values) {

    /** Row {@code r} of a [2, E] edge index. */
    public long[] row(int r) {
        int width = (int) shape[1];
        long[] row = new long[width];
        System.arraycopy(values, r * width, row, 0, width);
        return row;
    }

    public static Ints edges(long[][] rows) {
        long[] values = new long[2 * rows[0].length];
        System.arraycopy(rows[0], 0, values, 0, rows[0].length);
        System.arraycopy(rows[1], 0, values, rows[0].length, rows[1].length);
        return new Ints(new long[] {2, rows[0].length}, values);
    }
}
