package dev.dendrite.train.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Character-level text: windows of ids over the sorted alphabet, each labelled with the next character; test text after training text. */
class TextDataTest {

    @Test
    void windowsPredictTheNextCharacter(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("abc.txt");
        Files.writeString(file, "abcabcabcabcabcabcabcabcabcabcabcabcabcabc");
        BatchSource[] sets = DataSources.loadAny("text:" + file + ",3", dir, 1);
        assertEquals(3, sets[0].classes());
        Batch first = sets[0].batch(new int[] {0, 1}, 0, 2);
        assertArrayEquals(new long[] {0, 1, 2, 0, 1, 2}, first.tensors().get("tokens").longs());
        assertArrayEquals(new long[] {1, 2, 0, 1, 2, 0}, first.tensors().get("next").longs());
        assertTrue(sets[1].size() >= 1);
        assertEquals("text: needs FILE[,WINDOW] with a whole number of characters, not 'x'",
                assertThrows(IllegalArgumentException.class, () -> DataSources.loadAny("text:" + file + ",x", dir, 1)).getMessage());
        Files.writeString(file, "short");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DataSources.loadAny("text:" + file, dir, 1)).getMessage()
                .endsWith("has 5 characters: too few for training and test windows of 32 (at least 330)"));
    }

    @Test
    void previewsDescribeCountsFieldsAndClasses(@TempDir Path dir) throws Exception {
        assertEquals("4,000 training and 1,000 test samples; bits T×1 float → parity scalar int64, 2 classes",
                DataSources.describe(DataSources.loadAny("synthetic:parity", dir, 1)));
        assertEquals("200 training and 50 test samples; nodes V×8 float, edges E×2 int64, batch V int64 → labels V int64, 4 classes",
                DataSources.describe(DataSources.loadAny("synthetic:communities", dir, 1)));
    }
}
