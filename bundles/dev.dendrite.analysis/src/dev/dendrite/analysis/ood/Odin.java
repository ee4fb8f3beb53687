package dev.dendrite.analysis.ood;

import java.util.List;
import java.util.stream.IntStream;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnxruntime.OrtException;
import dev.dendrite.analysis.robustness.LossGradient;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.run.ModelOutputs;

/**
 * ODIN (Liang et al., 2018): the maximum softmax probability at a high temperature T, read after
 * each input is moved by ε against the sign of the gradient of its predicted class's negative log
 * probability. Both widen the gap between in-distribution samples, whose confidence the step raises
 * more, and other inputs. The gradient is the model's own graph differentiated by Dendrite.
 */
final class Odin implements AutoCloseable {

    private static final int BATCH = 250;

    private final ModelProto tempered;
    /** The tempered model's input gradient; null where no step is taken. */
    private final LossGradient gradient;
    private final int classes;

    /**
     * @param taps where the logits are
     * @throws IllegalArgumentException naming an operator Dendrite cannot differentiate
     */
    Odin(ModelProto model, ClassifierTaps taps, double temperature, double epsilon, int classes) throws ModelLoadException {
        this.tempered = tempered(model, taps.logits(), temperature);
        this.gradient = epsilon > 0 ? new LossGradient(tempered, false) : null;
        this.classes = classes;
    }

    /** The model whose output is its logits divided by {@code temperature} (a final softmax left out). */
    static ModelProto tempered(ModelProto model, String logits, double temperature) {
        GraphProto graph = model.getGraph();
        String output = "odin/tempered";
        GraphProto.Builder copy = graph.toBuilder();
        // A softmax after the logits would only be recomputed: the tempered logits are the output.
        String original = graph.getOutput(0).getName();
        if (!original.equals(logits)) {
            int last = -1;
            for (int i = 0; i < copy.getNodeCount(); i++) {
                if (copy.getNode(i).getOutputList().contains(original)) {
                    last = i;
                }
            }
            copy.removeNode(last);
        }
        copy.addInitializer(TensorProto.newBuilder().setName("odin/temperature").setDataType(TensorProto.DataType.FLOAT_VALUE).addFloatData(
                (float) temperature));
        copy.addNode(NodeProto.newBuilder().setOpType("Div").setName("odin/divide").addInput(logits).addInput("odin/temperature").addOutput(
                output));
        copy.setOutput(0, graph.getOutput(0).toBuilder().setName(output));
        return model.toBuilder().setGraph(copy).build();
    }

    /** The score of each of the first {@code n} samples of {@code data}, moved by {@code epsilon}. */
    double[] scores(Dataset data, int n, double epsilon) throws OrtException, ModelLoadException {
        int rows = Math.min(n, data.size());
        int size = data.sampleSize();
        Dataset first = rows == data.size() ? data : data.subset(IntStream.range(0, rows).toArray(), "");
        float[] before = ModelOutputs.of(tempered.toByteArray(), "ODIN", List.of(first)).get(0).values();
        if (gradient == null || epsilon == 0) {
            return IntStream.range(0, rows).mapToDouble(i -> largestProbability(before, i * classes)).toArray();
        }
        float[] moved = new float[rows * size];
        long[] shape = ModelOutputs.declaredInput(tempered.toByteArray(), "ODIN").clone();
        for (int from = 0; from < rows; from += BATCH) {
            int count = Math.min(BATCH, rows - from);
            float[] x = new float[count * size];
            for (int i = 0; i < count; i++) {
                first.features(from + i, x, i * size);
            }
            shape[0] = count;
            float[] g = gradient.gradient(x, shape, predicted(before, from, count), classes);
            for (int k = 0; k < x.length; k++) {
                // Against the cross-entropy's gradient: the predicted class's probability rises.
                moved[from * size + k] = (float) (x[k] - epsilon * Math.signum(g[k]));
            }
        }
        Dataset stepped = Dataset.classification("moved", data.sampleShape(), moved, new int[rows], Math.max(1, classes));
        float[] logits = ModelOutputs.of(tempered.toByteArray(), "ODIN", List.of(stepped)).get(0).values();
        return IntStream.range(0, rows).mapToDouble(i -> largestProbability(logits, i * classes)).toArray();
    }

    /** One-hot rows of the most likely class of samples {@code from} to {@code from + count}. */
    private float[] predicted(float[] logits, int from, int count) {
        float[] targets = new float[count * classes];
        for (int i = 0; i < count; i++) {
            int row = (from + i) * classes;
            int best = 0;
            for (int c = 1; c < classes; c++) {
                best = logits[row + c] > logits[row + best] ? c : best;
            }
            targets[i * classes + best] = 1;
        }
        return targets;
    }

    private double largestProbability(float[] logits, int from) {
        double largest = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            largest = Math.max(largest, logits[from + c]);
        }
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            sum += Math.exp(logits[from + c] - largest);
        }
        return 1 / sum;
    }

    @Override
    public void close() throws OrtException {
        if (gradient != null) {
            gradient.close();
        }
    }
}
