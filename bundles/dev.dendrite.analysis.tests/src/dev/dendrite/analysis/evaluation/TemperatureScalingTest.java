package dev.dendrite.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Temperature scaling recovers the temperature a calibrated model's logits were sharpened by, and lowers the error it caused. */
class TemperatureScalingTest {

    /** Logits of a calibrated three-class model (labels drawn from their own softmax), multiplied by {@code sharpen}. */
    private static float[] logits(SplittableRandom random, int[] labels, double sharpen) {
        float[] logits = new float[labels.length * 3];
        for (int i = 0; i < labels.length; i++) {
            double[] z = new double[3];
            double sum = 0;
            for (int c = 0; c < 3; c++) {
                z[c] = 2 * random.nextGaussian();
                sum += Math.exp(z[c]);
            }
            double u = random.nextDouble() * sum;
            int label = 0;
            for (double acc = Math.exp(z[0]); acc < u && label < 2; acc += Math.exp(z[++label])) {
                // the label drawn from the softmax of z
            }
            labels[i] = label;
            for (int c = 0; c < 3; c++) {
                logits[i * 3 + c] = (float) (z[c] * sharpen);
            }
        }
        return logits;
    }

    @Test
    void findsTheTemperatureThatUndoesOverConfidence() {
        SplittableRandom random = new SplittableRandom(5);
        int[] validationLabels = new int[20_000];
        int[] testLabels = new int[20_000];
        // Logits 2.5 times too large: an over-confident model, whose fitted T is about 2.5.
        float[] validation = logits(random, validationLabels, 2.5);
        float[] test = logits(random, testLabels, 2.5);
        TemperatureScaling fitted = TemperatureScaling.fit(validationLabels, validation, testLabels, test, 3);
        assertEquals(2.5, fitted.temperature(), 0.15);
        assertFalse(fitted.atEdge());
        ClassificationReport before = ClassificationReport.of(testLabels, test, 3);
        assertTrue(fitted.calibrationError() < before.calibrationError() / 3, before.calibrationError() + " → " + fitted.calibrationError());
        assertTrue(fitted.logLoss() < before.logLoss());
        assertEquals(before.accuracy(), ClassificationReport.of(testLabels, test, 3).accuracy(), 0, "predictions do not change");
    }

    @Test
    void aCalibratedModelKeepsATemperatureNearOne() {
        SplittableRandom random = new SplittableRandom(9);
        int[] validationLabels = new int[20_000];
        float[] validation = logits(random, validationLabels, 1);
        assertEquals(1.0, TemperatureScaling.bestTemperature(validationLabels, validation, 3), 0.06);
    }
}
