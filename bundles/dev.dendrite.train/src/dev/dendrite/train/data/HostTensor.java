package dev.dendrite.train.data;

/**
 * A batch tensor in Java memory, of one element type: exactly one of the arrays is set.
 *
 * @param shape the concrete shape, batch dimension first
 */
public record HostTensor(Field.ElementType type, long[] shape, float[] floats, long[] longs, boolean[] bools) {

    public static HostTensor of(long[] shape, float[] values) {
        return new HostTensor(Field.ElementType.FLOAT, shape, values, null, null);
    }

    public static HostTensor of(long[] shape, long[] values) {
        return new HostTensor(Field.ElementType.INT64, shape, null, values, null);
    }

    public static HostTensor of(long[] shape, boolean[] values) {
        return new HostTensor(Field.ElementType.BOOL, shape, null, null, values);
    }

    public int length() {
        return floats != null ? floats.length : longs != null ? longs.length : bools.length;
    }

    /** Rows {@code from} to {@code from + count} (along the first axis), copied. */
    public HostTensor rows(int from, int count) {
        int perRow = (int) (length() / shape[0]);
        long[] sliced = shape.clone();
        sliced[0] = count;
        int start = from * perRow;
        int end = start + count * perRow;
        return new HostTensor(type, sliced, floats == null ? null : java.util.Arrays.copyOfRange(floats, start, end),
                longs == null ? null : java.util.Arrays.copyOfRange(longs, start, end),
                bools == null ? null : java.util.Arrays.copyOfRange(bools, start, end));
    }
}
