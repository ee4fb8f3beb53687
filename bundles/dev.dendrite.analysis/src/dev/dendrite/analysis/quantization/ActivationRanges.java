package dev.dendrite.analysis.quantization;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.analysis.evaluation.ModelProbes;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.run.ModelOutputs;

/**
 * Calibration: the range of every planned tensor over some training samples, read from one run of the
 * float model that also outputs them. With a percentile below 100 a second run counts each tensor's
 * values into a histogram over its range and cuts both ends there.
 */
final class ActivationRanges {

    private static final int BATCH = 128;
    private static final int BINS = 4096;

    private ActivationRanges() {
    }

    /**
     * What calibration read: each tensor's [low, high], and for the tensors asked, the mean of each feature (the last axis, as a
     * dense layer reads it) or of each element of a sample (axis 0: over the samples only, as a convolution's taps read it),
     * with the shape those means have.
     */
    record Calibration(Map<String, float[]> ranges, Map<String, double[]> means, Map<String, long[]> meanShapes) {
    }

    /**
     * Each tensor's [low, high] (a fed tensor's from the samples themselves), and the means of {@code meanAxes}' tensors: per
     * element of a sample (0) or per feature (−1, the last axis).
     */
    static Calibration measure(ModelProto model, List<String> tensors, Map<String, Integer> meanAxes, Dataset data, QuantizationSettings settings)
            throws OrtException, ModelLoadException {
        int[] samples = samples(data.size(), settings.calibrationSamples(), settings.seed());
        Set<String> fed = new HashSet<>();
        model.getGraph().getInputList().forEach(i -> fed.add(i.getName()));
        model.getGraph().getInitializerList().forEach(t -> fed.remove(t.getName()));
        if (fed.size() != 1) {
            throw new IllegalArgumentException("the model reads " + fed.size() + " inputs " + fed + ": quantize calibrates models of one input");
        }
        // The tensors whose means are asked for too (a layer's input that keeps another tensor's range is not calibrated itself).
        List<String> probed = java.util.stream.Stream.concat(tensors.stream(), meanAxes.keySet().stream()).distinct()
                .filter(t -> !fed.contains(t)).toList();
        byte[] bytes = ModelProbes.exposing(model, probed).toByteArray();
        Map<String, float[]> ranges = new HashMap<>();
        try (ModelSession session = OnnxRuntime.open(bytes, "the calibration model", RuntimeSettings.forTrainer())) {
            String input = session.inputNames().iterator().next();
            List<String> all = new ArrayList<>(probed);
            if (tensors.contains(input) || meanAxes.containsKey(input)) {
                all.add(input);
            }
            all.forEach(t -> ranges.put(t, new float[] {Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY}));
            Map<String, double[]> sums = new HashMap<>();
            Map<String, long[]> tallies = new HashMap<>();
            Map<String, long[]> shapes = new HashMap<>();
            run(session, input, data, samples, probed, ranges, (tensor, values, shape) -> {
                Integer axis = meanAxes.get(tensor);
                if (axis != null) {
                    addChannels(tensor, values, shape, axis, sums, tallies);
                    shapes.putIfAbsent(tensor, axis == 0 ? java.util.Arrays.copyOfRange(shape, 1, shape.length)
                            : new long[] {shape[shape.length - 1]});
                }
                float[] range = ranges.get(tensor);
                for (int i = values.position(); i < values.limit(); i++) {
                    float v = values.get(i);
                    if (!Float.isFinite(v)) {
                        throw new IllegalArgumentException("'" + tensor + "' holds " + v + " on a calibration sample: the model's weights or the data are not finite");
                    }
                    range[0] = Math.min(range[0], v);
                    range[1] = Math.max(range[1], v);
                }
            });
            if (settings.percentile() < 100) {
                Map<String, long[]> histograms = new HashMap<>();
                all.forEach(t -> histograms.put(t, new long[BINS]));
                run(session, input, data, samples, probed, ranges, (tensor, values, shape) -> {
                    float[] range = ranges.get(tensor);
                    long[] counts = histograms.get(tensor);
                    float width = (range[1] - range[0]) / BINS;
                    for (int i = values.position(); i < values.limit(); i++) {
                        counts[width > 0 ? Math.min(BINS - 1, (int) ((values.get(i) - range[0]) / width)) : 0]++;
                    }
                });
                for (String t : all) {
                    ranges.put(t, cut(ranges.get(t), histograms.get(t), settings.percentile()));
                }
            }
            Map<String, double[]> means = new HashMap<>();
            Map<String, long[]> meanShapes = new HashMap<>();
            sums.forEach((t, s) -> {
                double[] mean = new double[s.length];
                for (int c = 0; c < s.length; c++) {
                    mean[c] = s[c] / Math.max(1, tallies.get(t)[c]);
                }
                means.put(t, mean);
                meanShapes.put(t, shapes.get(t));
            });
            return new Calibration(ranges, means, meanShapes);
        }
    }

    /** Adds each value to its element's sum ({@code axis} 0: each element of a sample; −1: each feature of the last axis). */
    private static void addChannels(String tensor, FloatBuffer values, long[] shape, int axis, Map<String, double[]> sums,
            Map<String, long[]> counts) {
        if (shape.length < 2) {
            return;
        }
        long perSample = 1;
        for (int d = 1; d < shape.length; d++) {
            perSample *= shape[d];
        }
        int channels = (int) (axis == 0 ? perSample : shape[shape.length - 1]);
        long inner = 1;
        double[] sum = sums.computeIfAbsent(tensor, k -> new double[channels]);
        long[] count = counts.computeIfAbsent(tensor, k -> new long[channels]);
        if (sum.length != channels) {
            return;
        }
        for (int i = values.position(), k = 0; i < values.limit(); i++, k++) {
            int c = (int) (k / inner % channels);
            sum[c] += values.get(i);
            count[c]++;
        }
    }

    /** The range cut at the percentile on both sides: the lowest bin's low edge and the highest's high edge that keep it. */
    private static float[] cut(float[] range, long[] counts, double percentile) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        double tail = total * (100 - percentile) / 100;
        float width = (range[1] - range[0]) / BINS;
        int low = 0;
        for (long below = 0; low < BINS - 1 && below + counts[low] <= tail; low++) {
            below += counts[low];
        }
        int high = BINS - 1;
        for (long above = 0; high > low && above + counts[high] <= tail; high--) {
            above += counts[high];
        }
        return new float[] {range[0] + low * width, range[0] + (high + 1) * width};
    }

    @FunctionalInterface
    private interface Values {
        void accept(String tensor, FloatBuffer values, long[] shape);
    }

    private static void run(ModelSession session, String input, Dataset data, int[] samples, List<String> probed, Map<String, float[]> ranges,
            Values values)
            throws OrtException {
        int size = data.sampleSize();
        long[] declared = ModelOutputs.inputShape(session, input, size);
        float[] x = new float[Math.min(BATCH, samples.length) * size];
        Set<String> wanted = new HashSet<>(probed);
        for (int from = 0; from < samples.length; from += BATCH) {
            int rows = Math.min(BATCH, samples.length - from);
            for (int r = 0; r < rows; r++) {
                data.features(samples[from + r], x, r * size);
            }
            long[] shape = declared.clone();
            shape[0] = rows;
            if (ranges.containsKey(input)) {
                values.accept(input, FloatBuffer.wrap(x, 0, rows * size), shape);
            }
            if (probed.isEmpty()) {
                continue;
            }
            try (OnnxTensor tensor = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x, 0, rows * size), shape);
                 OrtSession.Result result = session.session().run(Map.of(input, tensor), wanted)) {
                for (String name : probed) {
                    OnnxTensor output = (OnnxTensor) result.get(name).orElseThrow();
                    values.accept(name, output.getFloatBuffer(), output.getInfo().getShape());
                }
            }
        }
    }

    /** {@code count} sample indices drawn without repetition by {@code seed} (all of them where there are fewer). */
    static int[] samples(int size, int count, long seed) {
        int[] order = Dataset.permutation(size, seed);
        return java.util.Arrays.copyOf(order, Math.min(size, count));
    }
}
