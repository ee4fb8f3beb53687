package dev.dendrite.analysis.evaluation;

import java.util.List;

/**
 * How a sequence model does along its sequences, beside the classification or regression report
 * over everything it predicts: the score at each output position, the score by the sequences'
 * real length, and for an encoder-decoder greedy decoding (its own predictions fed back) against
 * teacher forcing. Where errors sit is what tells a tagger without right context (the last
 * positions), a decoder whose errors compound (greedy falling away along the sequence) or a reader
 * that forgets (long sequences) from a model that is simply weak.
 *
 * @param unit "sequence" where the data has one class or value per sequence, "step" where one per step
 * @param score what the points hold: "accuracy" for classes, "meanSquaredError" for values
 * @param sequences sequences read
 * @param sequenceAccuracy for classes per step, the share of sequences with every real step right; NaN otherwise
 * @param byPosition the score at each position over the sequences that reach it (per step only; else empty)
 * @param byLength the score of the sequences of each real input length (empty where all have one length)
 * @param greedy greedy decoding where a model input is the target shifted by one step, else null
 * @param mistakePositions per step, the position of each of the classification report's mistakes (whose sample is the sequence); else empty
 */
public record SequenceReport(String unit, String score, int sequences, double sequenceAccuracy, List<Point> byPosition, List<Point> byLength,
        Greedy greedy, int[] mistakePositions) {

    public static final String PER_SEQUENCE = "sequence";
    public static final String PER_STEP = "step";
    public static final String ACCURACY = "accuracy";
    public static final String MEAN_SQUARED_ERROR = "meanSquaredError";

    /** The score of {@code count} predictions at a position or of a length {@code at}. */
    public record Point(int at, int count, double score) {
    }

    /**
     * Greedy decoding: the model's decoder input {@code input} fed its own previous prediction.
     *
     * @param byPosition token accuracy at each position (count: sequences)
     */
    public record Greedy(String input, double tokenAccuracy, double sequenceAccuracy, List<Point> byPosition) {
    }

    public SequenceReport {
        byPosition = List.copyOf(byPosition);
        byLength = List.copyOf(byLength);
        mistakePositions = mistakePositions.clone();
    }

    /** Whether the points are accuracies (higher is better) rather than errors. */
    public boolean accuracies() {
        return ACCURACY.equals(score);
    }
}
