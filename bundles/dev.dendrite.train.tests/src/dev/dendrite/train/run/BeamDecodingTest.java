package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.LongBuffer;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtSession;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;

/**
 * Beam search on an untrained transformer-seq2seq (its initial weights: likelihoods without a
 * preference to lean on), two tokens of 16, where every sequence can be scored: a beam as wide as
 * the vocabulary finds the likeliest of the 256, width 1 takes the likeliest token at each step,
 * and the log-probability reported is the sequence's own.
 */
class BeamDecodingTest {

    private static final long[] SOURCE = {3, 9, 4, 12, 5};

    @Test
    void aFullBeamFindsTheLikeliestSequenceAndWidthOneIsGreedy() throws Exception {
        byte[] model = OnnxExporter.export(TemplateLibrary.find("transformer-seq2seq").orElseThrow().create(), new Weights(), "test").model()
                .toByteArray();
        try (ModelSession session = OnnxRuntime.open(model, "seq2seq", RuntimeSettings.forTrainer())) {
            double[] first = logSoftmax(logits(session, new long[] {1, 0}), 0);
            double best = Double.NEGATIVE_INFINITY;
            long[] likeliest = null;
            for (int a = 0; a < 16; a++) {
                double[] second = logSoftmax(logits(session, new long[] {1, a}), 1);
                for (int b = 0; b < 16; b++) {
                    if (first[a] + second[b] > best) {
                        best = first[a] + second[b];
                        likeliest = new long[] {a, b};
                    }
                }
            }
            BeamDecoding.Decoded full = BeamDecoding.decode(session, "source", SOURCE, "decoder_input", 1, 2, 16);
            assertArrayEquals(likeliest, full.tokens(), "the likeliest of all 256 sequences");
            assertEquals(best, full.logProbability(), 1e-5);

            int greedyFirst = argmax(first);
            int greedySecond = argmax(logSoftmax(logits(session, new long[] {1, greedyFirst}), 1));
            BeamDecoding.Decoded greedy = BeamDecoding.decode(session, "source", SOURCE, "decoder_input", 1, 2, 1);
            assertArrayEquals(new long[] {greedyFirst, greedySecond}, greedy.tokens(), "the likeliest token at each step");
            assertEquals(first[greedyFirst] + logSoftmax(logits(session, new long[] {1, greedyFirst}), 1)[greedySecond],
                    greedy.logProbability(), 1e-5);

            assertThrows(IllegalArgumentException.class, () -> BeamDecoding.decode(session, "source", SOURCE, "decoder_input", 1, 2, 0));
            assertThrows(IllegalArgumentException.class, () -> BeamDecoding.decode(session, "tokens", SOURCE, "decoder_input", 1, 2, 2));
        }
    }

    /** The logits [1, 2, 16] for the decoder input given. */
    private static float[] logits(ModelSession session, long[] decoderInput) throws Exception {
        var env = OnnxRuntime.environment();
        try (OnnxTensor source = OnnxTensor.createTensor(env, LongBuffer.wrap(SOURCE), new long[] {1, SOURCE.length});
             OnnxTensor decoder = OnnxTensor.createTensor(env, LongBuffer.wrap(decoderInput), new long[] {1, decoderInput.length});
             OrtSession.Result result = session.session().run(Map.of("source", source, "decoder_input", decoder))) {
            var buffer = ((OnnxTensor) result.get(0)).getFloatBuffer();
            float[] values = new float[buffer.remaining()];
            buffer.get(values);
            return values;
        }
    }

    private static double[] logSoftmax(float[] logits, int step) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 16; i++) {
            max = Math.max(max, logits[step * 16 + i]);
        }
        double sum = 0;
        for (int i = 0; i < 16; i++) {
            sum += Math.exp(logits[step * 16 + i] - max);
        }
        double[] out = new double[16];
        for (int i = 0; i < 16; i++) {
            out[i] = logits[step * 16 + i] - max - Math.log(sum);
        }
        return out;
    }

    private static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            best = values[i] > values[best] ? i : best;
        }
        return best;
    }
}
