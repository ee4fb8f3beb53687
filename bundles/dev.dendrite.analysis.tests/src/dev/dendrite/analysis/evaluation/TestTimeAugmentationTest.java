package dev.dendrite.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.dendrite.train.data.Augmentation;

/** The averaging of test-time augmentation: probabilities (not logits) averaged over the pictures and each draw. */
class TestTimeAugmentationTest {

    @Test
    void probabilitiesAreAveragedAndReturnedAsTheirLogs() {
        TestTimeAugmentation tta = new TestTimeAugmentation(Augmentation.parse("flip"), 2, 0);
        // Two rows of two classes: logits from the pictures, then two draws (the second given as probabilities).
        List<float[]> scores = List.of(new float[] {0f, 0f, 2f, 0f}, new float[] {1f, -1f, 0f, 0f}, new float[] {0.9f, 0.1f, 0.2f, 0.8f});
        float[] averaged = tta.averaged(scores, 0, 2);
        double[] first = {0.5, 1 / (1 + Math.exp(-2))};
        double[] second = {1 / (1 + Math.exp(-2)), 0.5};
        double[][] expected = {{(first[0] + second[0] + 0.9) / 3, (first[0] + (1 - second[0]) + 0.1) / 3},
            {(first[1] + second[1] + 0.2) / 3, ((1 - first[1]) + (1 - second[1]) + 0.8) / 3}};
        for (int row = 0; row < 2; row++) {
            for (int c = 0; c < 2; c++) {
                assertEquals(Math.log(expected[row][c]), averaged[row * 2 + c], 1e-6, "row " + row + ", class " + c);
            }
        }
    }

    @Test
    void nothingToDrawIsRefused() {
        assertEquals("test-time augmentation needs changes to draw (shift:P, flip, cutout:P)",
                assertThrows(IllegalArgumentException.class, () -> new TestTimeAugmentation(Augmentation.NONE, 4, 0)).getMessage());
        assertEquals("test-time augmentation takes 1 or more draws, not 0",
                assertThrows(IllegalArgumentException.class, () -> new TestTimeAugmentation(Augmentation.parse("flip"), 0, 0)).getMessage());
    }
}
