package dev.dendrite.analysis.robustness;

/** A constant spread over one sample's values by ONNX's (numpy's) broadcasting, dims aligned from the right. */
final class ConstantBroadcast {

    private ConstantBroadcast() {
    }

    /**
     * @param values the constant's values
     * @param dims its shape
     * @param shape the tensor's, batch first
     * @return one value per value of a sample
     * @throws IllegalArgumentException where the constant does not broadcast to one sample (it varies along the batch, or a dim differs)
     */
    static double[] to(float[] values, long[] dims, long[] shape) {
        if (dims.length > shape.length) {
            throw new IllegalArgumentException("a constant of " + dims.length + " dims does not broadcast to a tensor of " + shape.length);
        }
        int offset = shape.length - dims.length;
        long[] strides = new long[shape.length];
        long stride = 1;
        for (int d = shape.length - 1; d >= offset; d--) {
            long size = dims[d - offset];
            if (size != 1 && size != shape[d] || d == 0 && size != 1) {
                throw new IllegalArgumentException("a constant of shape " + java.util.Arrays.toString(dims) + " does not broadcast to one sample of "
                        + java.util.Arrays.toString(shape));
            }
            strides[d] = size == 1 ? 0 : stride;
            stride *= size;
        }
        int sample = 1;
        for (int d = 1; d < shape.length; d++) {
            sample *= (int) shape[d];
        }
        double[] out = new double[sample];
        for (int v = 0; v < sample; v++) {
            int rest = v;
            long index = 0;
            for (int d = shape.length - 1; d >= 1; d--) {
                int at = (int) (rest % shape[d]);
                rest /= (int) shape[d];
                index += at * strides[d];
            }
            out[v] = values[(int) index];
        }
        return out;
    }
}
