package dev.dendrite.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The classifier's scores against counts worked out by hand, softmax or probabilities alike, and calibration on known cases. */
class ClassificationReportTest {

    /** Three classes; each row's highest logit is the prediction. */
    private static final int[] LABELS = {0, 0, 0, 1, 1, 2, 2, 2, 2, 0};
    private static final int[] PREDICTED = {0, 0, 1, 1, 2, 2, 2, 0, 2, 0};

    private static float[] logits(int[] predicted, int classes) {
        float[] out = new float[predicted.length * classes];
        for (int i = 0; i < predicted.length; i++) {
            for (int c = 0; c < classes; c++) {
                out[i * classes + c] = c == predicted[i] ? 2f : -1f + 0.1f * c;
            }
        }
        return out;
    }

    @Test
    void countsEachClassesHitsAndMisses() {
        ClassificationReport r = ClassificationReport.of(LABELS, logits(PREDICTED, 3), 3);
        assertArrayEquals(new int[] {3, 1, 0}, r.confusion()[0]);
        assertArrayEquals(new int[] {0, 1, 1}, r.confusion()[1]);
        assertArrayEquals(new int[] {1, 0, 3}, r.confusion()[2]);
        assertEquals(0.7, r.accuracy(), 1e-12);
        // Class 0: 4 samples, 3 found; 4 predicted, 3 right. Class 1: 2 samples, 1 found; 2 predicted, 1 right. Class 2: 4, 3; 4, 3.
        assertEquals(0.75, r.classes().get(0).precision(), 1e-12);
        assertEquals(0.75, r.classes().get(0).recall(), 1e-12);
        assertEquals(0.5, r.classes().get(1).f1(), 1e-12);
        assertEquals(4, r.classes().get(2).support());
        assertEquals(4, r.classes().get(2).predicted());
        assertEquals((0.75 + 0.5 + 0.75) / 3, r.balancedAccuracy(), 1e-12);
        assertEquals((0.75 + 0.5 + 0.75) / 3, r.macroF1(), 1e-12);
        assertEquals((0.75 * 4 + 0.5 * 2 + 0.75 * 4) / 10, r.weightedF1(), 1e-12);
        // Three off-diagonal cells of one sample each: 1 as 2 is half of its class, the largest share, so first.
        assertEquals(3, r.confusions().size());
        assertEquals(new ClassificationReport.Confusion(1, 2, 1, 0.5), r.confusions().get(0));
        // The misclassified samples 2, 4 and 7, most confident first: the other logits of sample 4 (predicted 2) are
        // -1 and -0.9, of sample 2 (predicted 1) -1 and -0.8, of sample 7 (predicted 0) -0.9 and -0.8.
        assertEquals(java.util.List.of(4, 2, 7), r.mistakes().stream().map(ClassificationReport.Mistake::sample).toList());
        assertEquals(java.util.List.of(new ClassificationReport.Mistake(4, 1, 2, r.mistakes().get(0).confidence())), r.mistakes(1, 2));
        assertEquals(java.util.List.of(4), r.mistakes(-1, 2).stream().map(ClassificationReport.Mistake::sample).toList());
        assertEquals(java.util.List.of(2), r.mistakes(0, -1).stream().map(ClassificationReport.Mistake::sample).toList());
        assertEquals(2, r.topK());
        // The runner-up is the highest other class: sample 2's label 0 comes third (after 1 and 2), the other misses' labels second.
        assertEquals(0.9, r.topKAccuracy(), 1e-12);
    }

    @Test
    void readsProbabilitiesAsTheyAreAndLogitsThroughASoftmax() {
        float[] logits = logits(PREDICTED, 3);
        float[] probabilities = new float[logits.length];
        for (int i = 0; i < LABELS.length; i++) {
            double sum = 0;
            for (int c = 0; c < 3; c++) {
                sum += Math.exp(logits[i * 3 + c]);
            }
            for (int c = 0; c < 3; c++) {
                probabilities[i * 3 + c] = (float) (Math.exp(logits[i * 3 + c]) / sum);
            }
        }
        ClassificationReport fromLogits = ClassificationReport.of(LABELS, logits, 3);
        ClassificationReport fromProbabilities = ClassificationReport.of(LABELS, probabilities, 3);
        assertEquals(fromLogits.logLoss(), fromProbabilities.logLoss(), 1e-6);
        assertEquals(fromLogits.calibrationError(), fromProbabilities.calibrationError(), 1e-6);
        double expected = 0;
        for (int i = 0; i < LABELS.length; i++) {
            expected -= Math.log(probabilities[i * 3 + LABELS[i]]);
        }
        assertEquals(expected / LABELS.length, fromLogits.logLoss(), 1e-6);
        // Shifted logits are still logits: the same softmax.
        float[] shifted = logits.clone();
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] += 100;
        }
        assertEquals(fromLogits.logLoss(), ClassificationReport.of(LABELS, shifted, 3).logLoss(), 1e-5);
    }

    @Test
    void calibrationErrorIsSmallWhenConfidenceMatchesAccuracyAndLargeWhenOverconfident() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 20_000;
        int[] labels = new int[n];
        float[] calibrated = new float[n * 2];
        float[] overconfident = new float[n * 2];
        for (int i = 0; i < n; i++) {
            // Confidence p for class 0, right with probability p.
            double p = 0.5 + 0.5 * random.nextDouble();
            labels[i] = random.nextDouble() < p ? 0 : 1;
            calibrated[2 * i] = (float) p;
            calibrated[2 * i + 1] = (float) (1 - p);
            overconfident[2 * i] = 0.999f;
            overconfident[2 * i + 1] = 0.001f;
        }
        ClassificationReport good = ClassificationReport.of(labels, calibrated, 2);
        ClassificationReport bad = ClassificationReport.of(labels, overconfident, 2);
        assertTrue(good.calibrationError() < 0.02, "calibrated: " + good.calibrationError());
        assertEquals(0.999 - bad.accuracy(), bad.calibrationError(), 1e-3);
        assertEquals(n, good.reliability().stream().mapToInt(ClassificationReport.ReliabilityBin::count).sum());
        assertEquals(0, good.topK(), "two classes: top-2 says nothing");
        // The overconfident model's mistakes all have one confidence; the calibrated one's come most confident first.
        var mistakes = good.mistakes();
        assertEquals(ClassificationReport.MISTAKES_KEPT, mistakes.size());
        for (int i = 1; i < mistakes.size(); i++) {
            assertTrue(mistakes.get(i - 1).confidence() >= mistakes.get(i).confidence());
        }
    }

    @Test
    void refusesOutputsThatDoNotFitOrAreNotFinite() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ClassificationReport.of(new int[] {0, 3}, new float[6], 3)).getMessage()
                .contains("sample 1 has label 3, outside the model's 3 classes (0-2)"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ClassificationReport.of(new int[] {0, 1}, new float[5], 3)).getMessage()
                .startsWith("the model gives 2 outputs per sample for 3 classes"));
        float[] diverged = new float[6];
        diverged[4] = Float.NaN;
        assertEquals("the model's outputs are NaN or infinite for 1 of 2 samples: its weights diverged (train again with a lower learning"
                + " rate, or evaluate best.weights.onnx)",
                assertThrows(IllegalArgumentException.class, () -> ClassificationReport.of(new int[] {0, 1}, diverged, 3)).getMessage());
    }
}
