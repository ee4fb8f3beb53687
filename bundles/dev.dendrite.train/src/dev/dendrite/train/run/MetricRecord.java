package dev.dendrite.train.run;

import java.util.Map;

/**
 * One line of {@code metrics.jsonl}: a logged step ({@code type} "step"), an epoch ("epoch"), or
 * another kind readers may skip (a deep belief net's "pretrain" epochs, "health" statistics).
 *
 * @param step steps completed when it was written (for epoch records: at the epoch's end)
 * @param values every numeric member (loss, accuracy, lr, trainLoss, validationLoss, seconds, ...); NaN for null
 * @param gradientNorms step records: each layer's gradient norm at that step, in forward order (empty otherwise)
 */
public record MetricRecord(String type, int epoch, long step, Map<String, Double> values, Map<String, Double> gradientNorms) {

    public MetricRecord(String type, int epoch, long step, Map<String, Double> values) {
        this(type, epoch, step, values, Map.of());
    }

    public boolean isEpoch() {
        return "epoch".equals(type);
    }

    /** A logged training step (not an epoch, nor a health or pre-training record). */
    public boolean isStep() {
        return "step".equals(type);
    }

    /** A value by key; NaN when the record has none. */
    public double value(String key) {
        Double v = values.get(key);
        return v == null ? Double.NaN : v;
    }
}
