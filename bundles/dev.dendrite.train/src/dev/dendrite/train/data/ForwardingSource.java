package dev.dendrite.train.data;

import java.util.List;

/**
 * A source whose batches are another's, changed or with fields added (augmented pictures, a teacher's probabilities, a GAN's
 * noise): its name, size, fields and classes are the wrapped source's unless a subclass says otherwise.
 */
public abstract class ForwardingSource implements BatchSource {

    /** The source wrapped. */
    protected final BatchSource samples;

    protected ForwardingSource(BatchSource samples) {
        this.samples = samples;
    }

    @Override
    public String name() {
        return samples.name();
    }

    @Override
    public int size() {
        return samples.size();
    }

    @Override
    public List<Field> fields() {
        return samples.fields();
    }

    @Override
    public int classes() {
        return samples.classes();
    }

    /** The wrapped source's fields with {@code added} after them, for a source that adds fields (a noise or a label input's). */
    protected List<Field> fieldsWith(List<Field> added) {
        List<Field> all = new java.util.ArrayList<>(samples.fields());
        all.addAll(added);
        return all;
    }
}
