package dev.dendrite.analysis.pruning;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.SparseTensorProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.model.Networks;
import dev.dendrite.model.network.Activation;
import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Connection;
import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.convolution.Pooling;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;

/**
 * Makes a pruned network's sparsity real: dense units that no longer matter are removed (a unit
 * whose outgoing weights are all pruned contributes nothing; a unit whose incoming weights are
 * all pruned is a constant, folded into the next layer's bias), so are convolution channels that
 * nothing reads, and initializers with more zeros than values are stored as ONNX sparse
 * initializers (values and their positions).
 */
public final class CompactExport {

    /** A network with fewer units and its weights, computing what the pruned one computes. */
    public record Compacted(Network network, Weights weights, int unitsRemoved) {
    }

    private CompactExport() {
    }

    /** Removes dead units between dense layers joined directly or through element-wise activations. */
    public static Compacted removeDeadUnits(Network original, Weights trained) {
        Network network = EcoreUtil.copy(Networks.withIds(original));
        Weights weights = copy(trained);
        int removed = 0;
        for (Layer layer : List.copyOf(network.getLayers())) {
            if (!(layer instanceof Dense first)) {
                continue;
            }
            List<Activation> between = new ArrayList<>();
            Dense next = follow(network, first, between);
            if (next == null || between.stream().anyMatch(a -> !elementwise(a.getFunction()))) {
                continue;
            }
            removed += compact(first, next, between, weights);
        }
        removed += removeDeadChannels(network, weights);
        return new Compacted(network, weights, removed);
    }

    /**
     * Output channels of a convolution that nothing reads any more: the next convolution's kernels
     * for that channel, or the next dense layer's rows for it after a Flatten, are all pruned. Only
     * per-channel layers (activations, pooling) may stand between.
     */
    private static int removeDeadChannels(Network network, Weights weights) {
        int removed = 0;
        var shapes = Networks.inspect(network).shapes();
        for (Layer layer : List.copyOf(network.getLayers())) {
            if (!(layer instanceof Convolution conv) || conv.getGroups() != 1 || conv.getDimensions() != 2) {
                continue;
            }
            Layer current = conv;
            Layer reader = null;
            dev.dendrite.model.network.Flatten flatten = null;
            while (reader == null) {
                Layer from = current;
                List<Connection> out = network.getConnections().stream().filter(c -> c.getSource() == from).toList();
                if (out.size() != 1) {
                    break;
                }
                Layer target = out.get(0).getTarget();
                if (target instanceof Activation a && elementwise(a.getFunction()) || target instanceof Pooling) {
                    current = target;
                } else if (target instanceof dev.dendrite.model.network.Flatten f && flatten == null) {
                    flatten = f;
                    current = target;
                } else if (target instanceof Convolution || target instanceof Dense) {
                    reader = target;
                } else {
                    break;
                }
            }
            if (reader == null || (reader instanceof Dense) != (flatten != null)
                    || reader instanceof Convolution next && next.getGroups() != 1) {
                continue;
            }
            int perChannel = 1;
            if (flatten != null) {
                var dims = shapes.of(flatten).inputs().get(dev.dendrite.model.ports.Ports.IN).shape().dims();
                for (int d = 2; d < dims.size(); d++) {
                    perChannel *= (int) dims.get(d).size();
                }
            }
            removed += dropChannels(conv, reader, perChannel, weights);
        }
        return removed;
    }

    private static int dropChannels(Convolution conv, Layer reader, int perChannel, Weights weights) {
        FloatTensor w = weights.flat().get(conv.getId() + "/weight"); // [C, in, k, k]
        FloatTensor r = weights.flat().get(reader.getId() + "/weight"); // conv [out, C, k, k] or dense [C·S, units]
        if (w == null || r == null) {
            return 0;
        }
        int channels = (int) w.shape()[0];
        int perFilter = w.size() / channels;
        boolean dense = reader instanceof Dense;
        int readerOut = (int) r.shape()[dense ? 1 : 0];
        int readerWindow = dense ? perChannel : r.size() / (readerOut * channels);
        List<Integer> keep = new ArrayList<>();
        for (int c = 0; c < channels; c++) {
            boolean read = false;
            for (int o = 0; o < readerOut && !read; o++) {
                for (int k = 0; k < readerWindow && !read; k++) {
                    read = r.values()[dense ? ((c * perChannel + k) * readerOut + o) : ((o * channels + c) * readerWindow + k)] != 0;
                }
            }
            if (read) {
                keep.add(c);
            }
        }
        if (keep.size() == channels || keep.isEmpty()) {
            return 0;
        }
        int n = keep.size();
        float[] newW = new float[n * perFilter];
        float[] bias = conv.isBias() ? weights.flat().get(conv.getId() + "/bias").values() : null;
        float[] newBias = new float[n];
        float[] newR = new float[dense ? n * perChannel * readerOut : readerOut * n * readerWindow];
        for (int k = 0; k < n; k++) {
            int c = keep.get(k);
            System.arraycopy(w.values(), c * perFilter, newW, k * perFilter, perFilter);
            if (bias != null) {
                newBias[k] = bias[c];
            }
            if (dense) {
                System.arraycopy(r.values(), c * perChannel * readerOut, newR, k * perChannel * readerOut, perChannel * readerOut);
            } else {
                for (int o = 0; o < readerOut; o++) {
                    System.arraycopy(r.values(), (o * channels + c) * readerWindow, newR, (o * n + k) * readerWindow, readerWindow);
                }
            }
        }
        long[] wShape = w.shape().clone();
        wShape[0] = n;
        weights.put(conv.getId(), "weight", new FloatTensor(wShape, newW));
        if (bias != null) {
            weights.put(conv.getId(), "bias", new FloatTensor(new long[] {n}, newBias));
        }
        long[] rShape = r.shape().clone();
        rShape[dense ? 0 : 1] = dense ? (long) n * perChannel : n;
        weights.put(reader.getId(), "weight", new FloatTensor(rShape, newR));
        conv.setOutChannels(n);
        if (reader instanceof Convolution next && next.getInChannels() > 0) {
            next.setInChannels(n);
        }
        return channels - n;
    }

    /** The next dense layer after {@code from} through element-wise activations, when that chain is the only consumer. */
    private static Dense follow(Network network, Layer from, List<Activation> between) {
        List<Connection> out = network.getConnections().stream().filter(c -> c.getSource() == from).toList();
        if (out.size() != 1) {
            return null;
        }
        Layer target = out.get(0).getTarget();
        if (target instanceof Dense dense) {
            return dense;
        }
        if (!(target instanceof Activation activation)) {
            return null;
        }
        between.add(activation);
        return follow(network, activation, between);
    }

    private static boolean elementwise(ActivationFunction f) {
        return f == ActivationFunction.RELU || f == ActivationFunction.TANH || f == ActivationFunction.SIGMOID;
    }

    private static double apply(List<Activation> chain, double x) {
        for (Activation a : chain) {
            x = switch (a.getFunction()) {
                case RELU -> Math.max(0, x);
                case TANH -> Math.tanh(x);
                case SIGMOID -> 1 / (1 + Math.exp(-x));
                default -> throw new IllegalStateException("not element-wise: " + a.getFunction());
            };
        }
        return x;
    }

    private static int compact(Dense first, Dense next, List<Activation> between, Weights weights) {
        FloatTensor wa = weights.flat().get(first.getId() + "/weight");
        FloatTensor wb = weights.flat().get(next.getId() + "/weight");
        if (wa == null || wb == null || wa.rank() != 2 || wb.rank() != 2) {
            return 0;
        }
        int in = (int) wa.shape()[0];
        int units = (int) wa.shape()[1];
        int out = (int) wb.shape()[1];
        float[] ba = first.isBias() ? weights.flat().get(first.getId() + "/bias").values() : new float[units];
        float[] bb = next.isBias() ? weights.flat().get(next.getId() + "/bias").values().clone() : null;
        List<Integer> keep = new ArrayList<>();
        for (int j = 0; j < units; j++) {
            boolean noOutput = true;
            for (int o = 0; o < out && noOutput; o++) {
                noOutput = wb.values()[j * out + o] == 0;
            }
            boolean noInput = true;
            for (int i = 0; i < in && noInput; i++) {
                noInput = wa.values()[i * units + j] == 0;
            }
            if (noOutput) {
                continue;
            }
            if (noInput && bb != null) {
                double constant = apply(between, ba[j]);
                for (int o = 0; o < out; o++) {
                    bb[o] += (float) (constant * wb.values()[j * out + o]);
                }
                continue;
            }
            keep.add(j);
        }
        if (keep.size() == units || keep.isEmpty()) {
            return 0;
        }
        int n = keep.size();
        float[] newA = new float[in * n];
        float[] newBa = new float[n];
        float[] newB = new float[n * out];
        for (int k = 0; k < n; k++) {
            int j = keep.get(k);
            for (int i = 0; i < in; i++) {
                newA[i * n + k] = wa.values()[i * units + j];
            }
            newBa[k] = ba[j];
            System.arraycopy(wb.values(), j * out, newB, k * out, out);
        }
        first.setUnits(n);
        weights.put(first.getId(), "weight", new FloatTensor(new long[] {in, n}, newA));
        if (first.isBias()) {
            weights.put(first.getId(), "bias", new FloatTensor(new long[] {n}, newBa));
        }
        weights.put(next.getId(), "weight", new FloatTensor(new long[] {n, out}, newB));
        if (bb != null) {
            weights.put(next.getId(), "bias", new FloatTensor(new long[] {out}, bb));
        }
        return units - n;
    }

    /** The model with every float initializer that is more than half zeros stored as a sparse initializer. */
    public static ModelProto sparsify(ModelProto model) {
        GraphProto.Builder graph = model.getGraph().toBuilder();
        List<TensorProto> dense = new ArrayList<>();
        for (TensorProto tensor : graph.getInitializerList()) {
            FloatTensor values = floats(tensor);
            if (values == null) {
                dense.add(tensor);
                continue;
            }
            int nonZero = 0;
            for (float v : values.values()) {
                nonZero += v != 0 ? 1 : 0;
            }
            // Values (4 bytes) and positions (8 bytes each): smaller only when fewer than a third remain.
            if (nonZero * 3 >= values.size()) {
                dense.add(tensor);
                continue;
            }
            TensorProto.Builder kept = TensorProto.newBuilder().setName(tensor.getName()).setDataType(TensorProto.DataType.FLOAT_VALUE)
                    .addDims(nonZero);
            TensorProto.Builder positions = TensorProto.newBuilder().setDataType(TensorProto.DataType.INT64_VALUE).addDims(nonZero);
            for (int i = 0; i < values.size(); i++) {
                if (values.values()[i] != 0) {
                    kept.addFloatData(values.values()[i]);
                    positions.addInt64Data(i);
                }
            }
            graph.addSparseInitializer(SparseTensorProto.newBuilder().setValues(kept).setIndices(positions).addAllDims(tensor.getDimsList()));
        }
        graph.clearInitializer().addAllInitializer(dense);
        return model.toBuilder().setGraph(graph).build();
    }

    private static FloatTensor floats(TensorProto tensor) {
        if (tensor.getDataType() != TensorProto.DataType.FLOAT_VALUE) {
            return null;
        }
        long[] shape = tensor.getDimsList().stream().mapToLong(Long::longValue).toArray();
        int size = (int) java.util.Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        float[] values = new float[size];
        if (tensor.hasRawData()) {
            java.nio.ByteBuffer.wrap(tensor.getRawData().toByteArray()).order(java.nio.ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        } else if (tensor.getFloatDataCount() == size) {
            for (int i = 0; i < size; i++) {
                values[i] = tensor.getFloatData(i);
            }
        } else {
            return null;
        }
        return new FloatTensor(shape, values);
    }

    private static Weights copy(Weights weights) {
        Weights copy = new Weights();
        weights.flat().forEach((key, tensor) -> {
            String[] parts = Weights.split(key);
            copy.put(parts[0], parts[1], new FloatTensor(tensor.shape(), tensor.values().clone()));
        });
        return copy;
    }
}
