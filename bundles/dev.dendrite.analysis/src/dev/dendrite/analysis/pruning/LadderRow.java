package dev.dendrite.analysis.pruning;

import java.util.Map;

/**
 * One trained network of a lottery ladder.
 *
 * @param remaining the fraction of prunable weights kept (1 for the dense round)
 * @param earlyStopStep the step of the lowest validation loss (Frankle & Carbin's early-stopping iteration)
 * @param remainingByLayer the fraction kept per weight ({@code layerId/weight})
 */
public record LadderRow(int seed, String control, int round, double remaining, double testAccuracy, double testLoss, long earlyStopStep,
        Map<String, Double> remainingByLayer, String runDirectory) implements java.io.Serializable {

    /** The row as ladder.json and {@code dendrite lth --json} write it. */
    public Map<String, Object> toMap() {
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        row.put("seed", seed);
        row.put("control", control);
        row.put("round", round);
        row.put("remaining", remaining);
        row.put("testAccuracy", testAccuracy);
        row.put("testLoss", testLoss);
        row.put("earlyStopStep", earlyStopStep);
        row.put("remainingByLayer", remainingByLayer);
        row.put("runDirectory", runDirectory);
        return row;
    }
}
