package dev.dendrite.analysis.features;

import java.nio.FloatBuffer;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.analysis.evaluation.ClassificationReport;
import dev.dendrite.analysis.evaluation.PathScaling;
import dev.dendrite.analysis.evaluation.Saliency;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.data.Dataset;

/**
 * How much a classifier needs each unit (Morcos et al., 2018): its accuracy with the unit's values
 * set to zero everywhere the next layers read them, unit by unit, or set to their mean over the
 * samples (mean ablation: the unit carries no information but its usual level, so a unit whose zero
 * lies far from its values is not judged by the shock of an input the next layers never saw). The
 * model reads the layer's tensor times a mask plus a shift, one value each per unit (a channel's
 * over all its positions), fed per run.
 *
 * @param accuracy the accuracy with no unit ablated
 * @param ablated per unit of the target (in its order) the accuracy without it
 * @param values per unit of the target the value it was set to: 0, or its mean
 * @param mean whether units were set to their means (else to zero)
 */
public record UnitAblation(int samples, double accuracy, double[] ablated, double[] values, boolean mean) {

    static final String MASK = "features/mask";
    static final String SHIFT = "features/shift";
    static final String SCALED = "features/scaled";
    static final String MASKED = "features/masked";

    private static final int BATCH = 500;

    /**
     * Ablates each unit of {@code target} in turn, scoring the first {@code samples} samples of {@code data}.
     *
     * @throws IllegalArgumentException for data without class labels
     */
    public static UnitAblation of(ModelProto model, FeatureTarget target, Dataset data, int samples) throws OrtException, ModelLoadException {
        return of(model, target, data, samples, false);
    }

    /**
     * As above, each unit set to its mean over the samples (and positions) where {@code mean}, else to zero.
     *
     * @throws IllegalArgumentException for data without class labels
     */
    public static UnitAblation of(ModelProto model, FeatureTarget target, Dataset data, int samples, boolean mean) throws OrtException,
            ModelLoadException {
        if (!data.hasLabels()) {
            throw new IllegalArgumentException("ablation scores a classifier's accuracy; the data set has float targets");
        }
        int n = Math.min(samples, data.size());
        int size = data.sampleSize();
        int count = target.count();
        TensorShapeProto.Builder dims = TensorShapeProto.newBuilder().addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(1))
                .addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(count));
        for (int d = 1; d < target.shape().length; d++) {
            dims.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(1));
        }
        TypeProto maskType = TypeProto.newBuilder().setTensorType(TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE)
                .setShape(dims)).build();
        GraphProto graph = PathScaling.appliedAt(PathScaling.multipliedAt(model.getGraph(), target.tensor(), MASK, maskType, SCALED), SCALED,
                "Add", SHIFT, maskType, MASKED);
        // Where the tensor is the model's output itself, the masked one is what is scored.
        String scored = model.getGraph().getOutput(0).getName().equals(target.tensor()) ? MASKED : model.getGraph().getOutput(0).getName();
        if (scored.equals(MASKED)) {
            graph = graph.toBuilder().addOutput(floatOutput(MASKED)).build();
        }
        if (mean && !graph.getOutputList().stream().anyMatch(o -> o.getName().equals(target.tensor()))) {
            graph = graph.toBuilder().addOutput(floatOutput(target.tensor())).build(); // the intact values, to average
        }
        String input = Saliency.dataInputs(model.getGraph()).get(0).getName();
        long[] maskShape = new long[target.shape().length + 1];
        java.util.Arrays.fill(maskShape, 1);
        maskShape[1] = count;
        try (ModelSession session = OnnxRuntime.open(model.toBuilder().setGraph(graph).build().toByteArray(), "ablation", RuntimeSettings
                .forTrainer())) {
            long[] shape = dev.dendrite.train.run.ModelOutputs.inputShape(session, input, size).clone();
            float[] x = new float[n * size];
            for (int s = 0; s < n; s++) {
                data.features(s, x, s * size);
            }
            float[] mask = new float[count];
            java.util.Arrays.fill(mask, 1);
            float[] shift = new float[count];
            Masked masked = new Masked(session, input, x, shape, size, mask, shift, maskShape);
            double[] means = mean ? means(masked, target.tensor(), n, count) : null;
            double intact = accuracy(masked, scored, data, n);
            double[] ablated = new double[target.units().length];
            double[] values = new double[ablated.length];
            for (int k = 0; k < ablated.length; k++) {
                int unit = target.units()[k];
                mask[unit] = 0;
                shift[unit] = mean ? (float) means[unit] : 0;
                values[k] = shift[unit];
                ablated[k] = accuracy(masked, scored, data, n);
                mask[unit] = 1;
                shift[unit] = 0;
            }
            return new UnitAblation(n, intact, ablated, values, mean);
        }
    }

    private static ValueInfoProto floatOutput(String name) {
        return ValueInfoProto.newBuilder().setName(name).setType(TypeProto.newBuilder().setTensorType(TypeProto.Tensor.newBuilder()
                .setElemType(TensorProto.DataType.FLOAT_VALUE))).build();
    }

    /** The masked model over the samples: runs a batch with the mask and shift as they stand. */
    private record Masked(ModelSession session, String input, float[] x, long[] shape, int size, float[] mask, float[] shift,
            long[] maskShape) {

        /** {@code output} for samples {@code from} to {@code from + rows}. */
        float[] run(String output, int from, int rows) throws OrtException {
            shape[0] = rows;
            try (OnnxTensor feed = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x, from * size, rows * size), shape);
                 OnnxTensor masks = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(mask), maskShape);
                 OnnxTensor shifts = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(shift), maskShape);
                 OrtSession.Result result = session.session().run(Map.of(input, feed, MASK, masks, SHIFT, shifts), Set.of(output))) {
                FloatBuffer out = ((OnnxTensor) result.get(0)).getFloatBuffer();
                float[] values = new float[out.remaining()];
                out.get(values);
                return values;
            }
        }
    }

    /** Each unit's mean value over the samples and its positions (axis 1 of the tensor), read intact. */
    private static double[] means(Masked model, String tensor, int n, int count) throws OrtException {
        double[] sums = new double[count];
        long values = 0;
        for (int from = 0; from < n; from += BATCH) {
            int rows = Math.min(BATCH, n - from);
            float[] out = model.run(tensor, from, rows);
            int inner = out.length / (rows * count);
            for (int i = 0; i < out.length; i++) {
                sums[i / inner % count] += out[i];
            }
            values += (long) rows * inner;
        }
        for (int u = 0; u < count; u++) {
            sums[u] /= values;
        }
        return sums;
    }

    /** Per unit what its ablation costs: the intact accuracy less the accuracy without it. */
    public double[] drops() {
        return java.util.Arrays.stream(ablated).map(a -> accuracy - a).toArray();
    }

    /**
     * Spearman's ρ of the units' {@code selectivity} ({@link DatasetExamples#selectivity}, in the same order) and their ablation's cost,
     * over the units that have a selectivity; NaN for fewer than 3.
     */
    public double selectivitySpearman(double[] selectivity) {
        double[] drops = drops();
        int[] with = java.util.stream.IntStream.range(0, drops.length).filter(k -> !Double.isNaN(selectivity[k])).toArray();
        if (with.length < 3) {
            return Double.NaN;
        }
        return dev.dendrite.analysis.experiment.SweepSummary.spearman(java.util.Arrays.stream(with).mapToDouble(k -> selectivity[k]).toArray(),
                java.util.Arrays.stream(with).mapToDouble(k -> drops[k]).toArray());
    }

    private static double accuracy(Masked model, String scored, Dataset data, int n) throws OrtException {
        int correct = 0;
        for (int from = 0; from < n; from += BATCH) {
            int rows = Math.min(BATCH, n - from);
            float[] scores = model.run(scored, from, rows);
            int width = scores.length / rows;
            for (int r = 0; r < rows; r++) {
                correct += ClassificationReport.argmax(scores, r * width, width) == data.label(from + r) ? 1 : 0;
            }
        }
        return (double) correct / n;
    }
}
