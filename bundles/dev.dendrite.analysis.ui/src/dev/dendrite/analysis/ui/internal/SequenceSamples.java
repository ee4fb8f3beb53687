package dev.dendrite.analysis.ui.internal;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

import dev.dendrite.train.data.Field;
import dev.dendrite.train.data.TensorDataset;

/**
 * A data set's sequences by sample, for the Evaluation view's mistakes: its one input, token ids or
 * values (each step's features), each as long as it is.
 */
final class SequenceSamples {

    /** One sample's sequence: its token ids, or its values (steps × features). */
    record Sequence(long[] tokens, float[] values, int features) {

        int steps() {
            return tokens != null ? tokens.length : values.length / features;
        }
    }

    private SequenceSamples() {
    }

    /** Whether the data are pairs an encoder-decoder reads: a source and a decoder input, both token ids (masks aside). */
    static boolean pairs(TensorDataset data) {
        List<Field> inputs = inputs(data);
        return inputs.size() == 2 && inputs.stream().allMatch(f -> f.type() == Field.ElementType.INT64);
    }

    private static List<Field> inputs(TensorDataset data) {
        return data.fields(Field.Role.INPUT).stream().filter(f -> !f.name().endsWith(":mask")).toList();
    }

    /**
     * Sample index to its sequence without padding (null outside the set): the one input's, or an encoder-decoder's source;
     * null where the data is neither.
     */
    static IntFunction<Sequence> of(TensorDataset data) {
        List<Field> inputs = inputs(data);
        if (!pairs(data) && (inputs.size() != 1 || inputs.get(0).type() == Field.ElementType.BOOL)) {
            return null;
        }
        Field input = inputs.get(0);
        boolean tokens = input.type() == Field.ElementType.INT64;
        if (tokens && input.sampleDims().size() != 1 || !tokens && input.sampleDims().size() != 2) {
            return null;
        }
        int features = (int) input.stepSize();
        return sample -> {
            if (sample < 0 || sample >= data.size()) {
                return null;
            }
            var tensor = data.batch(new int[] {sample}, 0, 1).tensors().get(input.name());
            int steps = input.fixedSteps() >= 0 ? (int) input.fixedSteps() : data.steps(sample, input.name());
            return tokens ? new Sequence(Arrays.copyOf(tensor.longs(), steps), null, 1)
                    : new Sequence(null, Arrays.copyOf(tensor.floats(), steps * features), features);
        };
    }
}
