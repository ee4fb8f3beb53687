package dev.dendrite.analysis.evaluation;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.data.Dataset;

/**
 * Occlusion sensitivity (Zeiler and Fergus, 2014): how much the explained class's output drops
 * when part of the input is set to zero. A square patch slides over a picture (all channels at
 * once) in strides of half a patch, and each pixel scores the mean drop of the patches that cover
 * it; a vector's values are set to zero a stretch of {@code patch} at a time. It needs no gradient,
 * so it explains any model that runs, and it is slow in proportion: one run per patch.
 */
final class Occlusion {

    /** Occluded copies per run. */
    private static final int BATCH = 64;

    private Occlusion() {
    }

    /** The default patch: a seventh of a picture's shorter side (4 pixels of MNIST's 28), one value of a vector. */
    static int defaultPatch(long[] sampleShape) {
        return sampleShape.length == 3 ? (int) Math.max(1, Math.round(Math.min(sampleShape[1], sampleShape[2]) / 7.0)) : 1;
    }

    /** The occlusion maps of the samples {@code x} ({@code size} values each), in the input's layout: a picture's in its first channel. */
    static Saliency.Result of(ModelProto model, Dataset data, int[] samples, int[] classes, float[] x, int size, int patch)
            throws OrtException, ModelLoadException {
        long[] sampleShape = data.sampleShape();
        if (patch < 1) {
            throw new IllegalArgumentException("--patch must be 1 or more, not " + patch);
        }
        int n = samples.length;
        try (ModelSession session = OnnxRuntime.open(model.toByteArray(), "model", RuntimeSettings.forTrainer())) {
            String input = session.inputNames().iterator().next();
            long[] shape = dev.dendrite.train.run.ModelOutputs.inputShape(session, input, size).clone();
            shape[0] = n;
            float[] logits = outputs(session, input, x, shape);
            int width = logits.length / n;
            Saliency.Explained read = Saliency.Explained.of(logits, width, classes);
            List<int[]> patches = patches(sampleShape, size, patch);
            float[] maps = new float[n * size];
            for (int i = 0; i < n; i++) {
                double[] sum = new double[size];
                int[] count = new int[size];
                double before = logits[i * width + read.classes()[i]];
                for (int from = 0; from < patches.size(); from += BATCH) {
                    int m = Math.min(BATCH, patches.size() - from);
                    float[] copies = new float[m * size];
                    for (int c = 0; c < m; c++) {
                        System.arraycopy(x, i * size, copies, c * size, size);
                        for (int k : patches.get(from + c)) {
                            copies[c * size + k] = 0;
                        }
                    }
                    long[] copyShape = shape.clone();
                    copyShape[0] = m;
                    float[] after = outputs(session, input, copies, copyShape);
                    for (int c = 0; c < m; c++) {
                        double drop = before - after[c * width + read.classes()[i]];
                        for (int k : patches.get(from + c)) {
                            int at = sampleShape.length == 3 ? k % (size / (int) sampleShape[0]) : k;
                            sum[at] += drop;
                            count[at]++;
                        }
                    }
                }
                for (int k = 0; k < size; k++) {
                    maps[i * size + k] = count[k] == 0 ? 0 : (float) (sum[k] / count[k]);
                }
            }
            double[] none = new double[n];
            Arrays.fill(none, Double.NaN);
            return new Saliency.Result(samples.clone(), read.classes(), read.probabilities(), maps, size, sampleShape, none, none.clone(), null);
        }
    }

    /**
     * The value indices each patch zeroes: a picture's squares (every channel; a last row and column of patches reaches the
     * far edges), a vector's stretches of {@code patch} values, both in strides of half a patch.
     */
    static List<int[]> patches(long[] sampleShape, int size, int patch) {
        int stride = Math.max(1, patch / 2);
        List<int[]> patches = new ArrayList<>();
        if (sampleShape.length == 3) {
            int channels = (int) sampleShape[0];
            int height = (int) sampleShape[1];
            int width = (int) sampleShape[2];
            int p = Math.min(patch, Math.min(height, width));
            for (int top : starts(height, p, stride)) {
                for (int left : starts(width, p, stride)) {
                    int[] indices = new int[channels * p * p];
                    int k = 0;
                    for (int c = 0; c < channels; c++) {
                        for (int y = top; y < top + p; y++) {
                            for (int xx = left; xx < left + p; xx++) {
                                indices[k++] = (c * height + y) * width + xx;
                            }
                        }
                    }
                    patches.add(indices);
                }
            }
            return patches;
        }
        int p = Math.min(patch, size);
        for (int start : starts(size, p, stride)) {
            int[] indices = new int[p];
            for (int k = 0; k < p; k++) {
                indices[k] = start + k;
            }
            patches.add(indices);
        }
        return patches;
    }

    /** Patch starts along a side of {@code length}: every {@code stride}, and the last one flush with the far edge. */
    private static List<Integer> starts(int length, int patch, int stride) {
        List<Integer> starts = new ArrayList<>();
        for (int s = 0; s + patch <= length; s += stride) {
            starts.add(s);
        }
        if (starts.get(starts.size() - 1) + patch < length) {
            starts.add(length - patch);
        }
        return starts;
    }

    private static float[] outputs(ModelSession session, String input, float[] x, long[] shape) throws OrtException {
        try (OnnxTensor tensor = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x), shape);
             OrtSession.Result result = session.session().run(Map.of(input, tensor))) {
            FloatBuffer out = ((OnnxTensor) result.get(0)).getFloatBuffer();
            float[] values = new float[out.remaining()];
            out.get(values);
            return values;
        }
    }
}
