package dev.dendrite.train.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A label input's field: each sample's class as [N, 1], in the batch's order, beside the labels that stay the target. */
class LabelFieldsTest {

    private static Dataset digits() {
        int[] labels = {3, 1, 4, 1, 5, 9, 2, 6};
        return Dataset.classification("digits", new long[] {2}, new float[labels.length * 2], labels, 10);
    }

    @Test
    void aLabelInputReadsEachSamplesClassInTheBatchsOrder() {
        BatchSource source = LabelFields.of(digits(), List.of("class"));
        Field field = source.field("class").orElseThrow();
        assertEquals(Field.Role.LABEL, field.role());
        assertTrue(field.role().named(), "fed by name, never the data's one input");
        assertEquals(List.of(1L), field.sampleDims());
        assertEquals(1, source.fields(Field.Role.INPUT).size());
        assertEquals(1, source.fields(Field.Role.TARGET).size(), "the labels stay the target");
        Batch batch = source.batch(new int[] {5, 0, 7, 2}, 1, 3);
        assertArrayEquals(new long[] {3, 1}, batch.tensors().get("class").shape());
        assertArrayEquals(new long[] {3, 6, 4}, batch.tensors().get("class").longs(), "samples 0, 7 and 2");
        Batch subset = source.subset(new int[] {5, 6}, "/part").batch(new int[] {1, 0}, 0, 2);
        assertArrayEquals(new long[] {2, 9}, subset.tensors().get("class").longs(), "a subset keeps its samples' classes");
        assertTrue(LabelFields.of(digits(), List.of()) instanceof Dataset, "no label input, the data as it is");
    }

    @Test
    void dataWithoutClassesOrAFieldOfTheInputsNameAreRefused() {
        Dataset values = Dataset.regression("values", new long[] {2}, new float[8], new float[4], 1);
        var none = assertThrows(IllegalArgumentException.class, () -> LabelFields.of(values, List.of("class")));
        assertTrue(none.getMessage().contains("has no class per sample"), none.getMessage());
        var named = assertThrows(IllegalArgumentException.class, () -> LabelFields.of(digits(), List.of(Dataset.FEATURES)));
        assertTrue(named.getMessage().contains("rename the input"), named.getMessage());
    }
}
