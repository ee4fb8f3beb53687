package dev.dendrite.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** MSE, MAE and R² per output against values worked out by hand. */
class RegressionReportTest {

    @Test
    void scoresEachOutputAndAll() {
        // Two outputs: the first predicted exactly, the second always its targets' mean (R² 0), off by 1 each.
        float[] targets = {1, 0, 2, 2, 3, 0, 4, 2};
        float[] outputs = {1, 1, 2, 1, 3, 1, 4, 1};
        RegressionReport r = RegressionReport.of(targets, outputs, 2);
        assertEquals(4, r.samples());
        assertEquals(1.0, r.outputs().get(0).r2(), 1e-12);
        assertEquals(0.0, r.outputs().get(0).meanSquaredError(), 1e-12);
        assertEquals(0.0, r.outputs().get(1).r2(), 1e-12);
        assertEquals(1.0, r.outputs().get(1).meanAbsoluteError(), 1e-12);
        assertEquals(0.5, r.meanSquaredError(), 1e-12);
        assertEquals(Math.sqrt(0.5), r.rootMeanSquaredError(), 1e-12);
        assertEquals(0.5, r.r2(), 1e-12);
    }

    @Test
    void constantTargetsHaveNoR2() {
        RegressionReport r = RegressionReport.of(new float[] {3, 3, 3}, new float[] {3, 2, 4}, 1);
        assertTrue(Double.isNaN(r.r2()));
        assertEquals(2.0 / 3, r.meanSquaredError(), 1e-12);
    }

    @Test
    void refusesOutputsOfAnotherLength() {
        assertThrows(IllegalArgumentException.class, () -> RegressionReport.of(new float[4], new float[6], 2));
    }
}
