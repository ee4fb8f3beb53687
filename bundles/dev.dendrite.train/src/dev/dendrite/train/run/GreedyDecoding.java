package dev.dendrite.train.run;

import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.InputRole;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.data.Batch;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.data.Field;
import dev.dendrite.train.data.HostTensor;

/**
 * Greedy decoding of an encoder-decoder at inference: the decoder reads its own previous
 * prediction instead of the shifted target (teacher forcing is for training only). The exported
 * model runs once per output position with the decoder input filled so far; a causal decoder's
 * output at position t depends only on positions up to t, so the rest of the row does not matter.
 */
public final class GreedyDecoding {

    /** Token accuracy and whole-sequence accuracy of greedy decoding over a data set. */
    public record Result(double tokenAccuracy, double sequenceAccuracy, long tokens, int sequences) {
    }

    private GreedyDecoding() {
    }

    /** The network's decoder input (an Input with the decoder-input role), if it has one. */
    public static Optional<Input> decoderInput(Network network) {
        for (var contents = network.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof Input input && input.getRole() == InputRole.DECODER_INPUT) {
                return Optional.of(input);
            }
        }
        return Optional.empty();
    }

    /**
     * Decodes every sample of {@code data} greedily with the exported model: its first decoder
     * token (the start token) comes from the data, every later one from the previous prediction.
     */
    public static Result evaluate(Network network, byte[] model, BatchSource data, int batchSize) throws OrtException, ModelLoadException {
        Input decoder = decoderInput(network).orElseThrow(() -> new IllegalArgumentException("the network has no decoder input"));
        Field target = data.fields(Field.Role.TARGET).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the data set " + data.name() + " has no target tokens"));
        int[] order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        long correctTokens = 0;
        long tokens = 0;
        int correctSequences = 0;
        try (ModelSession session = OnnxRuntime.open(model, "trained model", RuntimeSettings.forTrainer())) {
            for (int from = 0; from < order.length; from += batchSize) {
                int rows = Math.min(batchSize, order.length - from);
                Batch batch = data.batch(order, from, rows);
                long[] expected = batch.tensors().get(target.name()).longs();
                long[] predicted = decode(session, network, decoder, batch);
                int length = expected.length / rows;
                for (int r = 0; r < rows; r++) {
                    boolean all = true;
                    for (int t = 0; t < length; t++) {
                        boolean right = predicted[r * length + t] == expected[r * length + t];
                        correctTokens += right ? 1 : 0;
                        all &= right;
                    }
                    correctSequences += all ? 1 : 0;
                }
                tokens += expected.length;
            }
        }
        return new Result(tokens == 0 ? Double.NaN : correctTokens / (double) tokens,
                order.length == 0 ? Double.NaN : correctSequences / (double) order.length, tokens, order.length);
    }

    /** The predicted tokens [rows, T] of one batch. */
    private static long[] decode(ModelSession session, Network network, Input decoder, Batch batch) throws OrtException {
        HostTensor given = field(batch, decoder);
        long[] shape = given.shape();
        int rows = (int) shape[0];
        int length = (int) shape[1];
        long[] fed = new long[rows * length];
        long[] predicted = new long[rows * length];
        for (int r = 0; r < rows; r++) {
            fed[r * length] = given.longs()[r * length];
        }
        var env = OnnxRuntime.environment();
        Map<String, OnnxTensor> fixed = new HashMap<>();
        try {
            for (String name : session.inputNames()) {
                Layer layer = layer(network, name);
                if (layer != decoder && layer instanceof Input input) {
                    HostTensor host = field(batch, input);
                    fixed.put(name, OnnxTensor.createTensor(env, LongBuffer.wrap(host.longs()), host.shape()));
                }
            }
            for (int t = 0; t < length; t++) {
                Map<String, OnnxTensor> feeds = new HashMap<>(fixed);
                try (OnnxTensor decoderTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(fed), shape)) {
                    feeds.put(decoder.getId(), decoderTensor);
                    try (OrtSession.Result result = session.session().run(feeds)) {
                        float[] logits = floats((OnnxTensor) result.get(0));
                        int vocabulary = logits.length / (rows * length);
                        for (int r = 0; r < rows; r++) {
                            int best = argmax(logits, (r * length + t) * vocabulary, vocabulary);
                            predicted[r * length + t] = best;
                            if (t + 1 < length) {
                                fed[r * length + t + 1] = best;
                            }
                        }
                    }
                }
            }
            return predicted;
        } finally {
            fixed.values().forEach(OnnxTensor::close);
        }
    }

    private static HostTensor field(Batch batch, Input input) {
        HostTensor host = batch.tensors().get(input.getId());
        if (host == null) {
            host = batch.tensors().get(input.getName());
        }
        if (host == null || host.longs() == null) {
            throw new IllegalArgumentException("the data has no token field '" + input.getId() + "' for the input of that name");
        }
        return host;
    }

    private static Layer layer(Network network, String id) {
        for (var contents = network.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof Layer layer && id.equals(layer.getId())) {
                return layer;
            }
        }
        return null;
    }

    private static float[] floats(OnnxTensor tensor) {
        var buffer = tensor.getFloatBuffer();
        float[] values = new float[buffer.remaining()];
        buffer.get(values);
        return values;
    }

    private static int argmax(float[] values, int offset, int count) {
        int best = 0;
        for (int i = 1; i < count; i++) {
            if (values[offset + i] > values[offset + best]) {
                best = i;
            }
        }
        return best;
    }
}
