package dev.dendrite.train.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * A GAN's noise beside the data: a field per noise input, standard normal, its own for every sample, the same whenever that
 * sample is read in one epoch (whatever the batch or subset), fresh in the next.
 */
class NoiseFieldsTest {

    private static final int SAMPLES = 400;
    private static final int DIMS = 8;

    private static BatchSource digits() {
        return Dataset.classification("digits", new long[] {2}, new float[SAMPLES * 2], new int[SAMPLES], 10);
    }

    private static float[] noiseOf(BatchSource source, int[] order, int from, int rows) {
        return source.batch(order, from, rows).tensors().get("z").floats();
    }

    private static float[] row(float[] values, int row) {
        return Arrays.copyOfRange(values, row * DIMS, (row + 1) * DIMS);
    }

    @Test
    void everySampleHasItsOwnStandardNormalNoise() {
        BatchSource source = NoiseFields.of(digits(), Map.of("z", new long[] {DIMS}), 5);
        assertEquals(Field.Role.NOISE, source.field("z").orElseThrow().role());
        assertEquals(1, source.fields(Field.Role.INPUT).size(), "the data's own input stays the one input field");
        int[] order = IntStream.range(0, SAMPLES).toArray();
        var batch = source.batch(order, 0, SAMPLES);
        assertArrayEquals(new long[] {SAMPLES, DIMS}, batch.tensors().get("z").shape());
        float[] z = batch.tensors().get("z").floats();
        double sum = 0;
        double squares = 0;
        for (float v : z) {
            sum += v;
            squares += v * v;
        }
        double mean = sum / z.length;
        assertEquals(0, mean, 0.08);
        assertEquals(1, squares / z.length - mean * mean, 0.1);
        assertFalse(Arrays.equals(row(z, 0), row(z, 1)), "two samples, two draws");
    }

    @Test
    void aSamplesNoiseIsItsOwnInAnyBatchOrSubsetAndChangesWithTheEpoch() {
        BatchSource source = NoiseFields.of(digits(), Map.of("z", new long[] {DIMS}), 5);
        float[] whole = noiseOf(source, IntStream.range(0, SAMPLES).toArray(), 0, SAMPLES);
        float[] reordered = noiseOf(source, new int[] {17, 3}, 0, 2);
        assertArrayEquals(row(whole, 17), row(reordered, 0));
        assertArrayEquals(row(whole, 3), row(reordered, 1));
        BatchSource subset = source.subset(new int[] {250, 17}, "/part");
        assertArrayEquals(row(whole, 17), row(noiseOf(subset, new int[] {1}, 0, 1), 0), "a subset keeps its samples' noise");
        assertArrayEquals(row(whole, 17), row(noiseOf(subset.subset(new int[] {1}, "/one"), new int[] {0}, 0, 1), 0));
        float[] next = noiseOf(source.forEpoch(1), new int[] {17}, 0, 1);
        assertFalse(Arrays.equals(row(whole, 17), next), "a new epoch draws afresh");
        assertArrayEquals(next, noiseOf(source.forEpoch(1), new int[] {17}, 0, 1));
    }

    @Test
    void aNoiseInputNamedLikeADataFieldIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> NoiseFields.of(digits(), Map.of(Dataset.FEATURES, new long[] {DIMS}), 5));
        assertTrue(e.getMessage().contains("'features'"), e.getMessage());
        assertTrue(NoiseFields.of(digits(), Map.of(), 5) instanceof Dataset, "no noise input, the data as it is");
    }
}
