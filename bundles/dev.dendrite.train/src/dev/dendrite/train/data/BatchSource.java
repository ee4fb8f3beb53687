package dev.dendrite.train.data;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Samples a trainer draws batches from: named typed fields ({@link Field}) per sample, of any
 * element type, any number of inputs and targets, with symbolic dimensions bound per batch.
 * {@link Dataset} (one float input, labels or targets) and {@link TensorDataset} (any fields)
 * implement it; graph batches (nodes and edges concatenated per batch) implement it too.
 */
public interface BatchSource {

    String name();

    int size();

    List<Field> fields();

    /** The samples {@code order[from]} to {@code order[from + rows - 1]}, in that order. */
    Batch batch(int[] order, int from, int rows);

    /** The samples at the given indices, in that order. */
    BatchSource subset(int[] indices, String suffix);

    /** The class count of class-index targets (labels 0 to classes − 1), 0 when unknown. */
    int classes();

    /**
     * The samples as epoch {@code epoch}'s steps read them: this source, unless it changes samples
     * per epoch (an {@link Augmentation}'s draws).
     */
    default BatchSource forEpoch(int epoch) {
        return this;
    }

    /** The longest sequence of any field with a symbolic length, 0 when no field has one. */
    default long longestSequence() {
        return 0;
    }

    /** Batches whose sequence fields are padded to at least {@code length} steps (masks false there); this source when none has a length. */
    default BatchSource paddedTo(long length) {
        return this;
    }

    default Optional<Field> field(String name) {
        return fields().stream().filter(f -> f.name().equals(name)).findFirst();
    }

    default List<Field> fields(Field.Role role) {
        return fields().stream().filter(f -> f.role() == role).toList();
    }

    /** Splits off the last {@code fraction} of a seeded permutation: [first part, second part]. */
    default BatchSource[] split(double fraction, long seed, String first, String second) {
        int[] order = Dataset.permutation(size(), seed);
        int cut = size() - (int) Math.round(size() * fraction);
        return new BatchSource[] {subset(Arrays.copyOfRange(order, 0, cut), first), subset(Arrays.copyOfRange(order, cut, order.length), second)};
    }
}
