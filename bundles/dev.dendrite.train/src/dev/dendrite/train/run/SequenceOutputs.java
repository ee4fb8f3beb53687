package dev.dendrite.train.run;

import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.train.data.Field;
import dev.dendrite.train.data.HostTensor;
import dev.dendrite.train.data.TensorDataset;

/**
 * A sequence model's first output for every sample of a sequence data set, batch by batch, with the
 * batch's targets and each sample's real length: what evaluation by position and by length reads.
 * Inputs are fed as the trainer feeds them ({@link SequenceFeeds}); batches are padded to at least
 * {@code padTo} steps, as the trainer pads every batch to the longest sequence its recurrent layers
 * unroll over, so a model that reads padding without a mask gives the trainer's outputs. Where the
 * data masks its padding but the model reads no mask (an exported model has none: the trainer's
 * masks live in its training graphs), sequences run in batches of one length, unpadded, which is
 * what the masked training computed.
 */
public final class SequenceOutputs {

    /** Sequences per inference run. */
    public static final int BATCH = 256;

    /**
     * One batch's outputs.
     *
     * @param samples each row's sample index in the data set
     * @param outputs the model's first output, {@code outputShape} ([rows, K] per sequence or [rows, T, K] per step)
     * @param targets the target field's values of the batch, padded like the inputs
     * @param lengths each row's real steps of the input the model reads first
     * @param targetSteps each row's real steps of the target (1 where it is one value or class per sequence)
     */
    public record Batch(int[] samples, int rows, float[] outputs, long[] outputShape, HostTensor targets, int[] lengths, int[] targetSteps) {
    }

    /** Receives each batch in sample order. */
    @FunctionalInterface
    public interface Consumer {
        void accept(Batch batch);
    }

    private SequenceOutputs() {
    }

    /** The data set's one target field. @throws IllegalArgumentException when it has none or several */
    public static Field target(TensorDataset data) {
        var targets = data.fields(Field.Role.TARGET);
        if (targets.size() != 1) {
            throw new IllegalArgumentException("the data set " + data.name() + " has " + (targets.isEmpty() ? "no targets" : targets.size()
                    + " targets") + ": evaluation scores one target per sample");
        }
        return targets.get(0);
    }

    /**
     * Runs the model of {@code session} over every sample of {@code data}.
     *
     * @throws IllegalArgumentException naming an input no field feeds, or a data set without one target
     */
    public static void forEachBatch(ModelSession session, TensorDataset data, long padTo, Consumer consumer) throws OrtException {
        Field target = target(data);
        SequenceFeeds feeds = SequenceFeeds.bind(session, data);
        String lengthField = feeds.field(feeds.inputs().get(0));
        boolean unmaskedModel = feeds.inputs().stream().noneMatch(name -> name.endsWith(":mask"))
                && feeds.inputs().stream().anyMatch(name -> data.field(feeds.field(name) + ":mask").isPresent());
        TensorDataset padded = padTo > 0 && !unmaskedModel ? data.paddedTo(padTo) : data;
        int[] order = java.util.stream.IntStream.range(0, data.size()).boxed()
                .sorted(java.util.Comparator.comparingInt(i -> unmaskedModel ? data.steps(i, lengthField) : 0))
                .mapToInt(Integer::intValue).toArray();
        for (int from = 0; from < order.length;) {
            int rows = Math.min(BATCH, order.length - from);
            if (unmaskedModel) {
                int length = data.steps(order[from], lengthField);
                rows = 1;
                while (rows < BATCH && from + rows < order.length && data.steps(order[from + rows], lengthField) == length) {
                    rows++;
                }
            }
            var batch = padded.batch(order, from, rows);
            int[] samples = java.util.Arrays.copyOfRange(order, from, from + rows);
            int[] lengths = new int[rows];
            int[] targetSteps = new int[rows];
            for (int r = 0; r < rows; r++) {
                lengths[r] = data.steps(samples[r], lengthField);
                targetSteps[r] = data.steps(samples[r], target.name());
            }
            Map<String, OnnxTensor> tensors = feeds.tensors(batch, null);
            try (OrtSession.Result result = session.session().run(tensors)) {
                OnnxTensor output = (OnnxTensor) result.get(0);
                if (output.getInfo().type != ai.onnxruntime.OnnxJavaType.FLOAT) {
                    throw new IllegalArgumentException("the model's first output is " + output.getInfo().type + ", not float scores or values");
                }
                var buffer = output.getFloatBuffer();
                float[] values = new float[buffer.remaining()];
                buffer.get(values);
                consumer.accept(new Batch(samples, rows, values, output.getInfo().getShape(), batch.tensors().get(target.name()), lengths,
                        targetSteps));
            } finally {
                tensors.values().forEach(OnnxTensor::close);
            }
            from += rows;
        }
    }

    /**
     * The outputs {@code names} of the model for each of {@code samples}, one sample per run at its
     * own length (no padding, so nothing but the sequence itself is read), with that sample's
     * input: what per-sample inspection (attention maps) reads.
     *
     * @param input receives each sample's first model input (token ids or features), in order
     */
    public static java.util.List<Map<String, HostTensor>> perSample(ModelSession session, TensorDataset data, int[] samples,
            java.util.Set<String> names, java.util.function.Consumer<HostTensor> input) throws OrtException {
        SequenceFeeds feeds = SequenceFeeds.bind(session, data);
        String first = feeds.field(feeds.inputs().get(0));
        java.util.List<Map<String, HostTensor>> all = new java.util.ArrayList<>();
        for (int sample : samples) {
            var batch = data.batch(new int[] {sample}, 0, 1);
            input.accept(batch.tensors().get(first));
            Map<String, OnnxTensor> tensors = feeds.tensors(batch, null);
            try (OrtSession.Result result = session.session().run(tensors, names)) {
                Map<String, HostTensor> values = new java.util.LinkedHashMap<>();
                for (var entry : result) {
                    OnnxTensor output = (OnnxTensor) entry.getValue();
                    var buffer = output.getFloatBuffer();
                    float[] floats = new float[buffer.remaining()];
                    buffer.get(floats);
                    values.put(entry.getKey(), HostTensor.of(output.getInfo().getShape(), floats));
                }
                all.add(values);
            } finally {
                tensors.values().forEach(OnnxTensor::close);
            }
        }
        return all;
    }
}
