package dev.dendrite.train.run;

import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;

/**
 * An encoder-decoder decoding one source of one's own: beam search over the decoder's steps. Each
 * step runs the model once over every hypothesis kept (a batch of them, the source repeated),
 * extends each by its likeliest tokens and keeps the {@code width} likeliest sequences by their
 * summed log-probabilities. Width 1 is greedy decoding: each step takes the likeliest token, as
 * {@link GreedyDecoding} decodes a test set. The exported model runs on the whole decoder input
 * each step; a causal decoder's output at a step depends on the steps before it only.
 */
public final class BeamDecoding {

    /** Hypotheses one step keeps at most: each costs a row of the model's batch. */
    public static final int MAX_WIDTH = 64;

    /** A decoded sequence and its log-probability under the model: the sum over its steps of log softmax of the chosen token. */
    public record Decoded(long[] tokens, double logProbability) {
    }

    private record Hypothesis(long[] tokens, double score) {
    }

    private BeamDecoding() {
    }

    /**
     * Decodes {@code source} into {@code length} tokens; the decoder input starts with {@code start}.
     *
     * @throws IllegalArgumentException when the model reads more than the source and the decoder input, or the width is out of range
     */
    public static Decoded decode(ModelSession session, String sourceInput, long[] source, String decoderInput, long start, int length,
            int width) throws OrtException {
        return decode(session, sourceInput, source, decoderInput, start, -1, length, width);
    }

    /**
     * As above, and a sequence ends at {@code end} (not negative: the data's targets end with it):
     * a hypothesis that has decoded it keeps its score and is extended no further, decoding stops
     * once every hypothesis kept has ended, and the tokens returned stop before it; at most
     * {@code length} steps.
     */
    public static Decoded decode(ModelSession session, String sourceInput, long[] source, String decoderInput, long start, long end,
            int length, int width) throws OrtException {
        java.util.Set<String> others = new java.util.TreeSet<>(session.inputNames());
        others.remove(sourceInput);
        others.remove(decoderInput);
        if (!session.inputNames().contains(sourceInput) || !session.inputNames().contains(decoderInput) || !others.isEmpty()) {
            throw new IllegalArgumentException("the model reads " + session.inputNames() + ", not just its source '" + sourceInput
                    + "' and its decoder input '" + decoderInput + "'");
        }
        if (width < 1 || width > MAX_WIDTH) {
            throw new IllegalArgumentException("the beam width is " + width + "; give 1 (greedy) to " + MAX_WIDTH);
        }
        List<Hypothesis> beam = List.of(new Hypothesis(new long[0], 0));
        for (int t = 0; t < length && !beam.stream().allMatch(h -> ended(h, end)); t++) {
            float[] logits = run(session, sourceInput, source, decoderInput, start, length, beam);
            int vocabulary = logits.length / (beam.size() * length);
            List<Hypothesis> candidates = new ArrayList<>();
            for (int b = 0; b < beam.size(); b++) {
                if (ended(beam.get(b), end)) {
                    candidates.add(beam.get(b)); // finished: it stays as it is, at its score
                    continue;
                }
                double[] logProbabilities = logSoftmax(logits, (b * length + t) * vocabulary, vocabulary);
                for (int token : likeliest(logProbabilities, width)) {
                    long[] tokens = java.util.Arrays.copyOf(beam.get(b).tokens(), t + 1);
                    tokens[t] = token;
                    candidates.add(new Hypothesis(tokens, beam.get(b).score() + logProbabilities[token]));
                }
            }
            // Stable: among equal scores the earlier hypothesis and the lower token first, as greedy's argmax takes the first.
            candidates.sort(Comparator.comparingDouble(Hypothesis::score).reversed());
            beam = List.copyOf(candidates.subList(0, Math.min(width, candidates.size())));
        }
        long[] best = beam.get(0).tokens();
        return new Decoded(ended(beam.get(0), end) ? java.util.Arrays.copyOf(best, best.length - 1) : best, beam.get(0).score());
    }

    private static boolean ended(Hypothesis hypothesis, long end) {
        long[] tokens = hypothesis.tokens();
        return end >= 0 && tokens.length > 0 && tokens[tokens.length - 1] == end;
    }

    /** The model's logits [B, length, V] for every hypothesis's decoder input (start, then its tokens, zeros after). */
    private static float[] run(ModelSession session, String sourceInput, long[] source, String decoderInput, long start, int length,
            List<Hypothesis> beam) throws OrtException {
        int rows = beam.size();
        long[] sources = new long[rows * source.length];
        long[] fed = new long[rows * length];
        for (int b = 0; b < rows; b++) {
            System.arraycopy(source, 0, sources, b * source.length, source.length);
            fed[b * length] = start;
            long[] tokens = beam.get(b).tokens();
            System.arraycopy(tokens, 0, fed, b * length + 1, Math.min(tokens.length, length - 1));
        }
        var env = OnnxRuntime.environment();
        try (OnnxTensor sourceTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(sources), new long[] {rows, source.length});
             OnnxTensor decoderTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(fed), new long[] {rows, length});
             OrtSession.Result result = session.session().run(Map.of(sourceInput, sourceTensor, decoderInput, decoderTensor))) {
            var buffer = ((OnnxTensor) result.get(0)).getFloatBuffer();
            float[] values = new float[buffer.remaining()];
            buffer.get(values);
            return values;
        }
    }

    private static double[] logSoftmax(float[] logits, int offset, int count) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            max = Math.max(max, logits[offset + i]);
        }
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += Math.exp(logits[offset + i] - max);
        }
        double log = max + Math.log(sum);
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = logits[offset + i] - log;
        }
        return out;
    }

    /** The {@code k} likeliest tokens, likeliest first, the lower id first among equals. */
    private static int[] likeliest(double[] logProbabilities, int k) {
        Integer[] order = new Integer[logProbabilities.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> logProbabilities[i]).reversed());
        int[] top = new int[Math.min(k, order.length)];
        for (int i = 0; i < top.length; i++) {
            top[i] = order[i];
        }
        return top;
    }
}
