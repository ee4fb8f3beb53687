package dev.dendrite.train.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** synthetic:modular: every pair once, split by a fixed shuffle, each labelled with its sum modulo the modulus. */
class ModularDataTest {

    @Test
    void everyPairOnceLabelledWithItsSum() throws Exception {
        Dataset[] splits = SyntheticData.modularAddition(7, 0.5, 3);
        assertEquals(25, splits[0].size(), "half of 49, rounded");
        assertEquals(24, splits[1].size());
        Set<Integer> seen = new HashSet<>();
        for (Dataset split : splits) {
            assertEquals(7, split.classes());
            float[] x = new float[14];
            for (int i = 0; i < split.size(); i++) {
                java.util.Arrays.fill(x, 0);
                split.features(i, x, 0);
                int a = -1;
                int b = -1;
                int ones = 0;
                for (int k = 0; k < 14; k++) {
                    if (x[k] == 1) {
                        ones++;
                        if (k < 7) {
                            a = k;
                        } else {
                            b = k - 7;
                        }
                    } else {
                        assertEquals(0, x[k]);
                    }
                }
                assertEquals(2, ones, "two one-hot numbers");
                assertEquals((a + b) % 7, split.label(i));
                assertTrue(seen.add(a * 7 + b), "each pair once over both splits");
            }
        }
        assertEquals(49, seen.size());
        // The same shuffle for the same seed; another for another.
        assertEquals(splits[0].label(0), SyntheticData.modularAddition(7, 0.5, 3)[0].label(0));
        var loaded = DataSources.load("synthetic:modular", java.nio.file.Path.of("unused"), 1);
        assertEquals(97 * 97, loaded[0].size() + loaded[1].size());
        assertEquals(loaded[0].label(5), DataSources.load("synthetic:modular", java.nio.file.Path.of("unused"), 2)[0].label(5),
                "the split is the data set's own, whatever the run's seed");
        assertThrows(IllegalArgumentException.class, () -> SyntheticData.modularAddition(1, 0.5, 3));
    }
}
