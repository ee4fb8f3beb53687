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

    /**
     * Token accuracy and whole-sequence accuracy of greedy decoding over a data set, and the token
     * accuracy at each output position (errors compound along the sequence once fed back).
     */
    public record Result(double tokenAccuracy, double sequenceAccuracy, long tokens, int sequences, double[] byPosition) {
    }

    /** Samples checked for teacher forcing: enough to rule out chance agreement, few enough to cost nothing. */
    private static final int CHECKED = 256;

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
     * The input field of {@code data} that is its token target shifted right by one step (teacher
     * forcing: {@code field[t] = target[t − 1]} for every step after the first), if there is one:
     * what a decoder reads in training and its own predictions at inference.
     */
    public static Optional<String> teacherForcedField(BatchSource data) {
        var targets = data.fields(Field.Role.TARGET);
        if (targets.size() != 1 || targets.get(0).type() != Field.ElementType.INT64 || targets.get(0).fixedSize() >= 0 || data.size() == 0) {
            return Optional.empty();
        }
        int[] order = java.util.stream.IntStream.range(0, Math.min(CHECKED, data.size())).toArray();
        Batch batch = data.batch(order, 0, order.length);
        long[] target = batch.tensors().get(targets.get(0).name()).longs();
        for (Field field : data.fields(Field.Role.INPUT)) {
            HostTensor fed = batch.tensors().get(field.name());
            if (field.type() != Field.ElementType.INT64 || fed.length() != target.length) {
                continue;
            }
            // Padded sequences: only real steps count (the step after a sequence's last is padding, not its shifted target).
            HostTensor mask = batch.tensors().get(field.name() + ":mask");
            int length = target.length / order.length;
            boolean shifted = length > 1;
            for (int i = 0; i < target.length && shifted; i++) {
                shifted = i % length == 0 || mask != null && !mask.bools()[i] || fed.longs()[i] == target[i - 1];
            }
            if (shifted) {
                return Optional.of(field.name());
            }
        }
        return Optional.empty();
    }

    /**
     * The token every target of {@code data} ends with and has nowhere else, where there is one
     * (pair files end their targets so): decoding a source of one's own stops there. Empty for
     * targets of a fixed length without one (the synthetic transductions).
     */
    public static java.util.OptionalLong endToken(BatchSource data) {
        var targets = data.fields(Field.Role.TARGET);
        if (!(data instanceof dev.dendrite.train.data.TensorDataset sequences) || targets.size() != 1
                || targets.get(0).type() != Field.ElementType.INT64 || targets.get(0).fixedSize() >= 0 || data.size() == 0) {
            return java.util.OptionalLong.empty();
        }
        String name = targets.get(0).name();
        long end = -1;
        for (int i = 0; i < Math.min(CHECKED, data.size()); i++) {
            long[] row = sequences.batch(new int[] {i}, 0, 1).tensors().get(name).longs();
            int steps = sequences.steps(i, name);
            long last = row[steps - 1];
            if (i > 0 && last != end) {
                return java.util.OptionalLong.empty();
            }
            end = last;
            for (int t = 0; t < steps - 1; t++) {
                if (row[t] == end) {
                    return java.util.OptionalLong.empty();
                }
            }
        }
        return java.util.OptionalLong.of(end);
    }

    /**
     * Decodes every sample of {@code data} greedily with the exported model: its first decoder
     * token (the start token) comes from the data, every later one from the previous prediction.
     */
    public static Result evaluate(Network network, byte[] model, BatchSource data, int batchSize) throws OrtException, ModelLoadException {
        Input decoder = decoderInput(network).orElseThrow(() -> new IllegalArgumentException("the network has no decoder input"));
        return evaluate(decoder.getId(), model, data, batchSize);
    }

    /**
     * As {@link #evaluate(Network, byte[], BatchSource, int)}, for the model input {@code decoder};
     * the other inputs are fed as {@link SequenceFeeds} binds them.
     */
    public static Result evaluate(String decoder, byte[] model, BatchSource data, int batchSize) throws OrtException, ModelLoadException {
        try (ModelSession session = OnnxRuntime.open(model, "trained model", RuntimeSettings.forTrainer())) {
            SequenceFeeds feeds = SequenceFeeds.bind(session, data);
            if (feeds.field(decoder) == null) {
                throw new IllegalArgumentException("the model has no input " + decoder + " to decode into");
            }
            return decode(session, feeds, decoder, data, batchSize);
        }
    }

    /**
     * Greedy decoding, in an open session of a model one of whose inputs the data feeds
     * teacher-forced ({@link #teacherForcedField}), with the name of that input; empty where none is.
     */
    public static Optional<Map.Entry<String, Result>> ofTeacherForced(ModelSession session, BatchSource data, int batchSize)
            throws OrtException {
        Optional<String> forced = teacherForcedField(data);
        if (forced.isEmpty()) {
            return Optional.empty();
        }
        SequenceFeeds feeds = SequenceFeeds.bind(session, data);
        for (String input : feeds.inputs()) {
            if (forced.get().equals(feeds.field(input))) {
                return Optional.of(Map.entry(input, decode(session, feeds, input, data, batchSize)));
            }
        }
        return Optional.empty();
    }

    private static Result decode(ModelSession session, SequenceFeeds feeds, String decoder, BatchSource data, int batchSize) throws OrtException {
        Field target = data.fields(Field.Role.TARGET).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the data set " + data.name() + " has no target tokens"));
        int[] order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        long correctTokens = 0;
        long tokens = 0;
        int correctSequences = 0;
        long[] rightAt = new long[0];
        long[] seenAt = new long[0];
        // Sequences of different lengths decode one at a time, each at its own length (not padded to a trainer's unrolled length):
        // the exported model reads no masks.
        boolean masked = data.fields(Field.Role.INPUT).stream().anyMatch(f -> data.field(f.name() + ":mask").isPresent());
        BatchSource read = masked ? data.paddedTo(0) : data;
        int perBatch = masked ? 1 : batchSize;
        for (int from = 0; from < order.length; from += perBatch) {
            int rows = Math.min(perBatch, order.length - from);
            Batch batch = read.batch(order, from, rows);
            long[] expected = batch.tensors().get(target.name()).longs();
            long[] predicted = decodeBatch(session, feeds, decoder, batch);
            int length = expected.length / rows;
            if (rightAt.length < length) {
                rightAt = java.util.Arrays.copyOf(rightAt, length);
                seenAt = java.util.Arrays.copyOf(seenAt, length);
            }
            for (int r = 0; r < rows; r++) {
                boolean all = true;
                for (int t = 0; t < length; t++) {
                    boolean right = predicted[r * length + t] == expected[r * length + t];
                    correctTokens += right ? 1 : 0;
                    rightAt[t] += right ? 1 : 0;
                    seenAt[t]++;
                    all &= right;
                }
                correctSequences += all ? 1 : 0;
            }
            tokens += expected.length;
        }
        double[] byPosition = new double[rightAt.length];
        for (int t = 0; t < byPosition.length; t++) {
            byPosition[t] = rightAt[t] / (double) seenAt[t];
        }
        return new Result(tokens == 0 ? Double.NaN : correctTokens / (double) tokens,
                order.length == 0 ? Double.NaN : correctSequences / (double) order.length, tokens, order.length, byPosition);
    }

    /** The predicted tokens [rows, T] of one batch. */
    private static long[] decodeBatch(ModelSession session, SequenceFeeds feeds, String decoder, Batch batch) throws OrtException {
        HostTensor given = batch.tensors().get(feeds.field(decoder));
        if (given.longs() == null) {
            throw new IllegalArgumentException("the decoder input " + decoder + " is fed by " + feeds.field(decoder) + ", which holds no tokens");
        }
        long[] shape = given.shape();
        int rows = (int) shape[0];
        int length = (int) shape[1];
        long[] fed = new long[rows * length];
        long[] predicted = new long[rows * length];
        for (int r = 0; r < rows; r++) {
            fed[r * length] = given.longs()[r * length];
        }
        var env = OnnxRuntime.environment();
        Map<String, OnnxTensor> fixed = feeds.tensors(batch, decoder);
        try {
            for (int t = 0; t < length; t++) {
                Map<String, OnnxTensor> step = new HashMap<>(fixed);
                try (OnnxTensor decoderTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(fed), shape)) {
                    step.put(decoder, decoderTensor);
                    try (OrtSession.Result result = session.session().run(step)) {
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
