package dev.dendrite.onnx.importer;

import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.onnx.importer.NodeInterpreter.Refused;
import dev.dendrite.onnx.importer.NodeInterpreter.Value;

/** MatMul (with batch broadcasting), Gemm and Softmax for {@link NodeInterpreter}. */
final class Products {

    private Products() {
    }

    static Value matMul(Value a, Value b) throws Refused {
        if (a.rank() < 2 || b.rank() < 2) {
            throw new Refused("MatMul of a vector");
        }
        int m = a.dims()[a.rank() - 2];
        int k = a.dims()[a.rank() - 1];
        int n = b.dims()[b.rank() - 1];
        if (b.dims()[b.rank() - 2] != k) {
            throw new Refused("MatMul of " + java.util.Arrays.toString(a.dims()) + " and " + java.util.Arrays.toString(b.dims()));
        }
        int[] batchA = java.util.Arrays.copyOf(a.dims(), a.rank() - 2);
        int[] batchB = java.util.Arrays.copyOf(b.dims(), b.rank() - 2);
        int[] batch = Broadcast.dims(batchA, batchB);
        int[] ia = Broadcast.index(batchA, batch);
        int[] ib = Broadcast.index(batchB, batch);
        int[] dims = java.util.Arrays.copyOf(batch, batch.length + 2);
        dims[batch.length] = m;
        dims[batch.length + 1] = n;
        double[] d = new double[NodeInterpreter.count(dims)];
        for (int p = 0; p < ia.length; p++) {
            int offA = ia[p] * m * k;
            int offB = ib[p] * k * n;
            int offC = p * m * n;
            for (int i = 0; i < m; i++) {
                for (int q = 0; q < k; q++) {
                    double v = a.data()[offA + i * k + q];
                    for (int j = 0; j < n; j++) {
                        d[offC + i * n + j] += v * b.data()[offB + q * n + j];
                    }
                }
            }
        }
        return new Value(dims, d, false);
    }

    static Value gemm(Value a, Value b, Value c, NodeProto node) throws Refused {
        if (a.rank() != 2 || b.rank() != 2) {
            throw new Refused("Gemm of rank " + a.rank() + " and " + b.rank());
        }
        Value left = ImportState.intAttribute(node, "transA", 0) != 0 ? Rearrangements.transpose(a, new long[] {1, 0}) : a;
        Value right = ImportState.intAttribute(node, "transB", 0) != 0 ? Rearrangements.transpose(b, new long[] {1, 0}) : b;
        double alpha = ImportState.floatAttribute(node, "alpha", 1);
        double beta = ImportState.floatAttribute(node, "beta", 1);
        Value product = matMul(left, right);
        Value scaled = Broadcast.binary(product, new Value(new int[0], new double[] {alpha}, false), (x, y) -> x * y);
        return c == null ? scaled : Broadcast.binary(scaled, c, (x, y) -> x + beta * y);
    }

    static Value softmax(Value a, int axisAttr) throws Refused {
        int axis = NodeInterpreter.axis(axisAttr, a.rank());
        int extent = a.dims()[axis];
        int inner = NodeInterpreter.count(java.util.Arrays.copyOfRange(a.dims(), axis + 1, a.rank()));
        int outer = a.size() / Math.max(1, extent * inner);
        double[] d = new double[a.size()];
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < inner; i++) {
                int base = o * extent * inner + i;
                double max = Double.NEGATIVE_INFINITY;
                for (int e = 0; e < extent; e++) {
                    max = Math.max(max, a.data()[base + e * inner]);
                }
                double sum = 0;
                for (int e = 0; e < extent; e++) {
                    double v = Math.exp(a.data()[base + e * inner] - max);
                    d[base + e * inner] = v;
                    sum += v;
                }
                for (int e = 0; e < extent; e++) {
                    d[base + e * inner] /= sum;
                }
            }
        }
        return new Value(a.dims(), d, false);
    }
}
