package dev.dendrite.analysis.ood;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.dendrite.train.run.ReconstructionScores;

/** The detection metrics against their definitions, counted by hand. */
class DetectionMetricsTest {

    @Test
    void rocAucCountsThePairsRankedRightWithTiesAsHalves() {
        // Pairs with the in-sample above: 1 (from 1), 1 (2), 2 (3), 2 (4) of 12; the tie 2.5 is not met.
        assertEquals(0.5, DetectionMetrics.of(new double[] {1, 2, 3, 4}, new double[] {0, 2.5, 5}).auroc(), 1e-12);
        assertEquals(0.5, DetectionMetrics.of(new double[] {1, 1}, new double[] {1}).auroc(), 1e-12, "all tied");
        assertEquals(1.0, DetectionMetrics.of(new double[] {3, 4}, new double[] {1, 2}).auroc(), 1e-12);
        assertEquals(0.0, DetectionMetrics.of(new double[] {1, 2}, new double[] {3, 4}).auroc(), 1e-12);
        // {1, 2} against {2}: one win, one tie of two pairs.
        assertEquals(0.25, DetectionMetrics.of(new double[] {1, 2}, new double[] {2}).auroc(), 1e-12);
    }

    @Test
    void rocAucIsTheMannWhitneyStatisticTheAutoencoderReportsUse() {
        SplittableRandom random = new SplittableRandom(3);
        double[] in = new double[300];
        double[] out = new double[200];
        double[] all = new double[500];
        int[] labels = new int[500];
        for (int i = 0; i < 500; i++) {
            // Rounded to tenths: many ties.
            double v = Math.round(10 * (random.nextGaussian() + (i < 300 ? 0.7 : 0))) / 10.0;
            all[i] = v;
            labels[i] = i < 300 ? 1 : 0;
            if (i < 300) {
                in[i] = v;
            } else {
                out[i - 300] = v;
            }
        }
        assertEquals(ReconstructionScores.auc(all, labels, 1), DetectionMetrics.of(in, out).auroc(), 1e-12);
    }

    @Test
    void theFalsePositiveRateIsTheShareOfOthersAtOrAboveTheThresholdThatKeeps95PercentOfTheData() {
        double[] in = new double[20];
        for (int i = 0; i < 20; i++) {
            in[i] = i + 1;
        }
        DetectionMetrics m = DetectionMetrics.of(in, new double[] {1.5, 2, 3});
        assertEquals(2, m.threshold(), 1e-12, "19 of 20 at 2 or above");
        assertEquals(2.0 / 3, m.fprAt95(), 1e-12, "2 and 3 pass, 1.5 does not");
    }

    @Test
    void averagePrecisionRanksTheOthersByTheLowestScores() {
        assertEquals(1.0, DetectionMetrics.of(new double[] {3, 4}, new double[] {1, 2}).auprOut(), 1e-12);
        // Ascending: 1 (out), 2 (in), 3 (out): precision 1 at the first, 2/3 at the third.
        assertEquals((1 + 2.0 / 3) / 2, DetectionMetrics.of(new double[] {2}, new double[] {1, 3}).auprOut(), 1e-12);
        // A tie ranks the in-sample first: precision 1/2.
        assertEquals(0.5, DetectionMetrics.of(new double[] {1}, new double[] {1}).auprOut(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> DetectionMetrics.of(new double[0], new double[] {1}));
    }
}
