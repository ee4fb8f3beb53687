package dev.dendrite.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** An autoencoder's report: errors per sample and class, how well they single a class out, the worst with both pictures. */
class ReconstructionReportTest {

    @Test
    void scoresReconstructionsPerClassAndKeepsTheWorst() {
        // Four samples of two values; class 1's are reconstructed worse than class 0's.
        float[] inputs = {0, 0, 1, 1, 0, 1, 1, 0};
        float[] outputs = {0, 0.1f, 1, 1, 0.5f, 0.5f, 0, 0};
        int[] labels = {0, 0, 1, 1};
        ReconstructionReport r = ReconstructionReport.of(inputs, outputs, 2, labels);
        double[] errors = {0.01 / 2, 0, (0.25 + 0.25) / 2, 1.0 / 2};
        assertEquals((errors[0] + errors[1] + errors[2] + errors[3]) / 4, r.meanSquaredError(), 1e-7);
        assertEquals(10 * Math.log10(1 / r.meanSquaredError()), r.psnr(), 1e-9);
        assertEquals(2, r.classes().size());
        assertEquals((errors[2] + errors[3]) / 2, r.classes().get(1).meanError(), 1e-7);
        assertEquals(1.0, r.classes().get(1).auc(), 1e-12, "every class-1 error above every class-0 error");
        assertEquals(0.0, r.classes().get(0).auc(), 1e-12);
        assertEquals(3, r.worst().get(0).sample(), "worst first");
        assertEquals(2, r.worst().get(1).sample());
        assertEquals(1, r.worst().get(3).sample(), "the perfect reconstruction last");
        assertArrayEquals(new float[] {1, 0}, r.worst().get(0).input());
        assertArrayEquals(new float[] {0, 0}, r.worst().get(0).reconstruction());

        Evaluation back = Evaluation.fromJson(new Evaluation("ae.onnx", "mnist", "test", r).toJson());
        assertEquals("reconstruction", back.task());
        assertEquals(r.classes(), back.reconstruction().classes());
        assertEquals(r.meanSquaredError(), back.reconstruction().meanSquaredError(), 1e-12);
        assertArrayEquals(r.worst().get(1).reconstruction(), back.reconstruction().worst().get(1).reconstruction(), 1e-4f);
        assertArrayEquals(r.worst().get(1).input(), back.reconstruction().worst().get(1).input(), 1e-4f);
    }

    @Test
    void keepsAtMostAStripOfTheWorst() {
        int n = 100;
        float[] inputs = new float[n];
        float[] outputs = new float[n];
        for (int i = 0; i < n; i++) {
            outputs[i] = i / 100f;
        }
        ReconstructionReport r = ReconstructionReport.of(inputs, outputs, 1, null);
        assertEquals(ReconstructionReport.WORST_KEPT, r.worst().size());
        assertEquals(n - 1, r.worst().get(0).sample());
        assertEquals(-1, r.worst().get(0).label());
        assertTrue(r.classes().isEmpty());
    }
}
