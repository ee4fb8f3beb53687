package dev.dendrite.train.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Samples with, beside their fields, each sample's class label as an input field [N, 1] per label input of a network (a
 * conditional GAN's generator and discriminator read the class), named like that input. The labels stay the data's target too.
 */
public final class LabelFields extends ForwardingSource {

    private final List<Field> inputs;
    private final Field labels;

    private LabelFields(BatchSource samples, List<Field> inputs, Field labels) {
        super(samples);
        this.inputs = inputs;
        this.labels = labels;
    }

    /**
     * {@code samples} with a label field per name in {@code names}; {@code samples} itself where there is none.
     *
     * @throws IllegalArgumentException where the data have no class per sample, or a data field has the input's name
     */
    public static BatchSource of(BatchSource samples, List<String> names) {
        if (names.isEmpty()) {
            return samples;
        }
        Field labels = samples.fields(Field.Role.TARGET).stream().filter(f -> f.type() == Field.ElementType.INT64 && f.sampleDims().isEmpty())
                .findFirst().orElseThrow(() -> new IllegalArgumentException("the label input '" + names.get(0) + "' is fed each sample's class, "
                        + "and the data set " + samples.name() + " has no class per sample"));
        List<Field> fields = new ArrayList<>();
        for (String name : names) {
            if (samples.field(name).isPresent()) {
                throw new IllegalArgumentException("the label input '" + name + "' is named like a field of " + samples.name()
                        + ": rename the input, which the data's class labels feed");
            }
            fields.add(new Field(name, Field.Role.LABEL, Field.ElementType.INT64, List.of(1L)));
        }
        return new LabelFields(samples, List.copyOf(fields), labels);
    }

    @Override
    public Batch batch(int[] order, int from, int rows) {
        Batch batch = samples.batch(order, from, rows);
        Map<String, HostTensor> tensors = new LinkedHashMap<>(batch.tensors());
        HostTensor classes = batch.tensors().get(labels.name());
        for (Field field : inputs) {
            tensors.put(field.name(), HostTensor.of(new long[] {rows, 1}, classes.longs()));
        }
        return new Batch(batch.rows(), tensors, batch.dims());
    }

    @Override
    public BatchSource forEpoch(int epoch) {
        return new LabelFields(samples.forEpoch(epoch), inputs, labels);
    }

    @Override
    public BatchSource subset(int[] indices, String suffix) {
        return new LabelFields(samples.subset(indices, suffix), inputs, labels);
    }

    @Override
    public List<Field> fields() {
        return fieldsWith(inputs);
    }

    @Override
    public long longestSequence() {
        return samples.longestSequence();
    }

    @Override
    public BatchSource paddedTo(long length) {
        return new LabelFields(samples.paddedTo(length), inputs, labels);
    }
}
