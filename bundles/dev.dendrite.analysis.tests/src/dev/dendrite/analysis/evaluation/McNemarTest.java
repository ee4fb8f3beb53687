package dev.dendrite.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** McNemar's exact test against binomial tails worked out by hand, and its counts of disagreements. */
class McNemarTest {

    @Test
    void exactTailsMatchTheBinomial() {
        // n = 10, none favouring one side: 2 · 2⁻¹⁰.
        assertEquals(2.0 / 1024, McNemar.exactTwoSided(0, 10), 1e-12);
        // n = 20, k = 5: Σ C(20, i), i ≤ 5 = 21,700 of 2²⁰; doubled.
        assertEquals(2 * 21700.0 / 1048576, McNemar.exactTwoSided(5, 20), 1e-12);
        assertEquals(1.0, McNemar.exactTwoSided(5, 10), 1e-12, "a balanced split: capped at 1");
        assertEquals(1.0, McNemar.exactTwoSided(0, 0), 0, "no disagreement, no evidence");
        // Thousands of disagreements stay finite and small where the split is lopsided.
        double p = McNemar.exactTwoSided(900, 2000);
        assertTrue(p > 0 && p < 1e-5, "p = " + p);
    }

    @Test
    void countsOnlyTheSamplesOnWhichTheModelsDisagreeAboutBeingRight() {
        int[] labels = {0, 1, 2, 0, 1, 2, 0, 1};
        int[] first = {0, 1, 2, 0, 1, 2, 1, 2};   // right on 6
        int[] other = {0, 2, 2, 1, 1, 0, 0, 1};   // right on 5: wrong on 1, 3, 5, right on 6, 7
        McNemar m = McNemar.of(labels, first, other);
        assertEquals(0.75, m.accuracy(), 1e-12);
        assertEquals(0.625, m.otherAccuracy(), 1e-12);
        assertEquals(3, m.onlyFirstRight());
        assertEquals(2, m.onlyOtherRight(), "samples 6 and 7: only the other is right");
        assertEquals(1.0, m.pValue(), 1e-12, "3 against 2 is no evidence");
        assertFalse(m.significant());
        assertThrows(IllegalArgumentException.class, () -> McNemar.of(labels, first, new int[3]));
    }
}
