package dev.dendrite.analysis.ui.internal;

import java.util.List;
import java.util.function.IntFunction;

import dev.dendrite.train.data.Field;
import dev.dendrite.train.data.TensorDataset;

/** A data set's token sequences by sample, for the Evaluation view's mistakes: its one input of token ids, each as long as it is. */
final class TokenSequences {

    private TokenSequences() {
    }

    /** Sample index to its token ids without padding (null outside the set), or null where the data is not one input of token ids. */
    static IntFunction<long[]> of(TensorDataset data) {
        List<Field> inputs = data.fields(Field.Role.INPUT).stream().filter(f -> !f.name().endsWith(":mask")).toList();
        if (inputs.size() != 1 || inputs.get(0).type() != Field.ElementType.INT64 || inputs.get(0).sampleDims().size() != 1) {
            return null;
        }
        String field = inputs.get(0).name();
        return sample -> {
            if (sample < 0 || sample >= data.size()) {
                return null;
            }
            long[] padded = data.batch(new int[] {sample}, 0, 1).tensors().get(field).longs();
            return java.util.Arrays.copyOf(padded, data.steps(sample, field));
        };
    }
}
