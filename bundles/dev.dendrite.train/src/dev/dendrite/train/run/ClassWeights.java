package dev.dendrite.train.run;

import dev.dendrite.train.data.BatchSource;

/** {@code --class-weights balanced} as numbers: what the trainer resolves before it builds the train step. */
final class ClassWeights {

    private ClassWeights() {
    }

    /**
     * Each class weighted inversely to its count, N / (K·n_c), so every class weighs as much in the loss
     * (scikit-learn's "balanced"); a class without samples gets 0.
     */
    static String balanced(BatchSource data) throws TrainingException {
        if (!(data instanceof dev.dendrite.train.data.Dataset labelled) || !labelled.hasLabels() || labelled.classes() < 2) {
            throw TrainingException.badInput("--class-weights balanced counts one class label per sample, and " + data.name()
                    + " has none; give the weights: --class-weights W0,W1,...");
        }
        long[] counts = new long[labelled.classes()];
        for (int i = 0; i < labelled.size(); i++) {
            counts[labelled.label(i)]++;
        }
        java.util.List<String> weights = new java.util.ArrayList<>();
        for (long count : counts) {
            double weight = count == 0 ? 0 : labelled.size() / ((double) counts.length * count);
            weights.add(new java.math.BigDecimal(weight).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString());
        }
        return String.join(",", weights);
    }
}
