package dev.dendrite.analysis.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Sampling the next token: temperature, top-k and the tokens a data set has. */
class ContinuationTest {

    private static final float[] LOGITS = {1f, 3f, 2f, 9f};

    @Test
    void temperatureZeroAndTopOneTakeTheMostLikelyAllowedToken() {
        SplittableRandom random = new SplittableRandom(1);
        assertEquals(3, Continuation.choose(LOGITS, 4, 0, 0, random));
        assertEquals(1, Continuation.choose(LOGITS, 3, 0, 0, random), "token 3 is outside the data's tokens");
        for (int i = 0; i < 100; i++) {
            assertEquals(1, Continuation.choose(LOGITS, 3, 5, 1, random), "top-1 at any temperature");
        }
    }

    @Test
    void samplesInProportionToTheTemperedSoftmax() {
        SplittableRandom random = new SplittableRandom(7);
        int[] counts = new int[4];
        int n = 40_000;
        for (int i = 0; i < n; i++) {
            counts[Continuation.choose(LOGITS, 3, 1, 0, random)]++;
        }
        // softmax(1, 3, 2): 0.090, 0.665, 0.245.
        assertEquals(0.090, counts[0] / (double) n, 0.01);
        assertEquals(0.665, counts[1] / (double) n, 0.01);
        assertEquals(0.245, counts[2] / (double) n, 0.01);
        assertEquals(0, counts[3]);
        // Top-2 leaves token 0 out: 3 and 2 in the ratio e:1.
        int[] top2 = new int[4];
        for (int i = 0; i < n; i++) {
            top2[Continuation.choose(LOGITS, 3, 1, 2, random)]++;
        }
        assertEquals(0, top2[0]);
        assertEquals(Math.E / (1 + Math.E), top2[1] / (double) n, 0.01);
        // A high temperature flattens the choice.
        int[] hot = new int[4];
        for (int i = 0; i < n; i++) {
            hot[Continuation.choose(LOGITS, 3, 100, 0, random)]++;
        }
        assertTrue(hot[0] > n / 4, "near uniform: " + java.util.Arrays.toString(hot));
    }
}
