package dev.dendrite.analysis.evaluation;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;

/**
 * Saliency of an encoder-decoder over its source: for each output step (teacher-forced, the token
 * the model reads there), a score per source token, the gradient of that output with respect to
 * the embedded source (its length, or input × gradient and integrated gradients summed over the
 * embedding's dims). The rows make a T×S map: where the decoder's output came from, which a model
 * without attention (an LSTM encoder-decoder) shows no other way, and which can be set beside a
 * transformer's cross-attention. A sample's T copies run as one batch, each seeded at its own step.
 */
public final class SourceAlignment {

    /**
     * One explained pair.
     *
     * @param read the token the model reads at each output step
     * @param map T×S scores, row after row: output step t's score for source token s
     * @param alignment the correlation of each step t with the source position its row scores highest (−1: read in reverse)
     */
    public record Sample(int sample, long[] source, long[] decoderInput, long[] read, float[] map, double alignment) {

        /** The source position output step {@code t} reads most: its largest score (for signed scores, the most evidence for). */
        public int strongest(int t) {
            return SourceAlignment.strongest(map, t, source.length);
        }
    }

    /** The pairs explained, and the alignment over all their steps. */
    public record Result(Saliency.Method method, List<Sample> samples, double alignment) {
    }

    private SourceAlignment() {
    }

    /**
     * Explains each pair of {@code sources} (token ids fed to {@code sourceInput}) and {@code decoderInputs} (fed to the model's
     * other input): every output step of it.
     *
     * @throws IllegalArgumentException for a method other than gradient, input-x-gradient and integrated-gradients, a model whose
     *         source feeds no one embedding, or an output that is not one per decoder step
     */
    public static Result of(ModelProto model, String sourceInput, int[] samples, List<long[]> sources, List<long[]> decoderInputs,
            Saliency.Method method) throws OrtException, ModelLoadException {
        if (method != Saliency.Method.GRADIENT && method != Saliency.Method.INPUT_X_GRADIENT && method != Saliency.Method.INTEGRATED_GRADIENTS) {
            throw new IllegalArgumentException("an encoder-decoder's source is explained by gradient, input-x-gradient or integrated-gradients, "
                    + "not " + method.word());
        }
        String embedded = embedding(model, sourceInput);
        List<Sample> explained = new ArrayList<>();
        double[] sums = new double[6];
        try (GradientSessions withGradient = new GradientSessions(model, known -> Saliency.withGradient(model, embedded, "its source",
                Map.of(embedded, SequenceSaliency.EMBEDDED), known));
             ModelSession plain = OnnxRuntime.open(withGradient.probe().toByteArray(), "model", RuntimeSettings.forTrainer())) {
            List<String> others = plain.inputNames().stream().filter(n -> !n.equals(sourceInput)).toList();
            if (others.size() != 1) {
                throw new IllegalArgumentException("an encoder-decoder reads a source and a decoder input; the model reads " + plain.inputNames());
            }
            String decoder = others.get(0);
            for (int i = 0; i < samples.length; i++) {
                Sample sample = explain(plain, withGradient, sourceInput, decoder, samples[i], sources.get(i), decoderInputs.get(i), method);
                explained.add(sample);
                for (int t = 0; t < sample.read().length; t++) {
                    accumulate(sums, t, sample.strongest(t));
                }
            }
        }
        return new Result(method, explained, correlation(sums));
    }

    private static Sample explain(ModelSession plain, GradientSessions withGradient, String sourceInput, String decoder, int index, long[] source,
            long[] decoderInput, Saliency.Method method) throws OrtException, ModelLoadException {
        int s = source.length;
        int t = decoderInput.length;
        long[] sources = new long[t * s];
        long[] decoders = new long[t * t];
        for (int r = 0; r < t; r++) {
            System.arraycopy(source, 0, sources, r * s, s);
            System.arraycopy(decoderInput, 0, decoders, r * t, t);
        }
        try (OnnxTensor sourceTensor = OnnxTensor.createTensor(OnnxRuntime.environment(), LongBuffer.wrap(sources), new long[] {t, s});
             OnnxTensor decoderTensor = OnnxTensor.createTensor(OnnxRuntime.environment(), LongBuffer.wrap(decoders), new long[] {t, t})) {
            Map<String, OnnxTensor> feeds = new HashMap<>(Map.of(sourceInput, sourceTensor, decoder, decoderTensor));
            long[] read = new long[t];
            int width;
            ModelSession session;
            try (OrtSession.Result first = plain.session().run(feeds)) {
                session = withGradient.forRun(first);
                OnnxTensor out = (OnnxTensor) first.get(0);
                long[] shape = out.getInfo().getShape();
                if (shape.length != 3 || shape[1] != t) {
                    throw new IllegalArgumentException("the model gives " + java.util.Arrays.toString(shape) + ", not an output per decoder step ["
                            + t + " steps]");
                }
                width = (int) shape[2];
                float[] all = new float[out.getFloatBuffer().remaining()];
                out.getFloatBuffer().get(all);
                // Every row is the same pair: the first one's outputs.
                for (int step = 0; step < t; step++) {
                    read[step] = ClassificationReport.argmax(all, step * width, width);
                }
            }
            float[] seed = new float[t * t * width];
            for (int r = 0; r < t; r++) {
                seed[(r * t + r) * width + (int) read[r]] = 1;
            }
            boolean integrated = method == Saliency.Method.INTEGRATED_GRADIENTS;
            float[] gradient = null;
            float[] values = null;
            try (OnnxTensor seeds = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(seed), new long[] {t, t, width})) {
                feeds.put(Saliency.SEED, seeds);
                for (float alpha : integrated ? PathScaling.midpoints(Saliency.PATH_STEPS) : new float[] {1}) {
                    try (OnnxTensor scale = PathScaling.alpha(alpha)) {
                        feeds.put(PathScaling.ALPHA, scale);
                        try (OrtSession.Result result = session.session().run(feeds, Set.of(Saliency.GRADIENT, SequenceSaliency.EMBEDDED))) {
                            float[] g = floats(result, Saliency.GRADIENT);
                            values = floats(result, SequenceSaliency.EMBEDDED);
                            gradient = gradient == null ? new float[g.length] : gradient;
                            for (int k = 0; k < g.length; k++) {
                                gradient[k] += integrated ? g[k] / Saliency.PATH_STEPS : g[k];
                            }
                        }
                    }
                }
            }
            float[] map = scores(gradient, values, t, s, method != Saliency.Method.GRADIENT);
            double[] sums = new double[6];
            for (int step = 0; step < t; step++) {
                accumulate(sums, step, strongest(map, step, s));
            }
            return new Sample(index, source, decoderInput, read, map, correlation(sums));
        }
    }

    /** The largest of row {@code t}'s {@code s} scores: its position. */
    private static int strongest(float[] map, int t, int s) {
        int best = 0;
        for (int j = 1; j < s; j++) {
            best = map[t * s + j] > map[t * s + best] ? j : best;
        }
        return best;
    }

    /** Row r's scores: row r of the batch seeded at step r, per source token its gradient's length or the signed product summed. */
    private static float[] scores(float[] gradient, float[] values, int t, int s, boolean signed) {
        int dims = gradient.length / (t * s);
        float[] map = new float[t * s];
        for (int r = 0; r < t; r++) {
            for (int j = 0; j < s; j++) {
                double sum = 0;
                for (int d = 0; d < dims; d++) {
                    int k = (r * s + j) * dims + d;
                    sum += signed ? gradient[k] * values[k] : gradient[k] * gradient[k];
                }
                map[r * s + j] = (float) (signed ? sum : Math.sqrt(sum));
            }
        }
        return map;
    }

    /** The one embedding (Gather) of the source ids: where their gradient is taken. */
    private static String embedding(ModelProto model, String sourceInput) {
        List<NodeProto> embeddings = model.getGraph().getNodeList().stream().filter(n -> n.getOpType().equals("Gather") && n.getInputCount() == 2
                && n.getInput(1).equals(sourceInput)).toList();
        if (embeddings.size() != 1) {
            throw new IllegalArgumentException("the source is differentiated at its embedding; the model's " + sourceInput + " feeds "
                    + embeddings.size() + " embeddings (Gather)");
        }
        return embeddings.get(0).getOutput(0);
    }

    /** Σt, Σs, Σt², Σs², Σts and the count, of each step and the source position it reads most. */
    private static void accumulate(double[] sums, int t, int s) {
        sums[0] += t;
        sums[1] += s;
        sums[2] += (double) t * t;
        sums[3] += (double) s * s;
        sums[4] += (double) t * s;
        sums[5]++;
    }

    private static double correlation(double[] sums) {
        double n = sums[5];
        double covariance = sums[4] / n - sums[0] / n * (sums[1] / n);
        double spread = Math.sqrt(Math.max(0, sums[2] / n - Math.pow(sums[0] / n, 2)) * Math.max(0, sums[3] / n - Math.pow(sums[1] / n, 2)));
        return spread > 1e-12 ? covariance / spread : 0;
    }

    private static float[] floats(OrtSession.Result result, String name) throws OrtException {
        FloatBuffer buffer = ((OnnxTensor) result.get(name).orElseThrow()).getFloatBuffer();
        float[] values = new float[buffer.remaining()];
        buffer.get(values);
        return values;
    }
}
