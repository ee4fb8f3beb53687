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
}
