package dev.dendrite.train.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The phrase task: each class holds its phrase and not the other's, all hold the same three tokens, classes balanced. */
class PhraseDataTest {

    @Test
    void everySequenceHoldsTheTokensAndOnlyItsClasssPhrase() {
        TensorDataset data = PhraseData.phrases(600, 24, 9);
        assertEquals(3, data.classes());
        int[] counts = new int[3];
        for (int s = 0; s < data.size(); s++) {
            int steps = data.steps(s, "tokens");
            assertTrue(steps >= 6 && steps <= 24, "length " + steps);
            Batch one = data.batch(new int[] {s}, 0, 1);
            long[] tokens = Arrays.copyOf(one.tensors().get("tokens").longs(), steps);
            int label = (int) one.tensors().get("phrase").longs()[0];
            counts[label]++;
            // Read as text: " 2 3 4 " is the phrase of class 1, " 4 3 2 " of class 2.
            String text = " " + Arrays.stream(tokens).mapToObj(Long::toString).collect(Collectors.joining(" ")) + " ";
            assertEquals(label == 1, text.contains(" 2 3 4 "), "sample " + s + " of class " + label + ": " + text);
            assertEquals(label == 2, text.contains(" 4 3 2 "), "sample " + s + " of class " + label + ": " + text);
            for (String token : new String[] {" 2 ", " 3 ", " 4 "}) {
                assertTrue(text.contains(token), "sample " + s + " lacks" + token + ": " + text);
            }
            assertTrue(Arrays.stream(tokens).allMatch(t -> t >= 2 && t < SequenceData.VOCABULARY), text);
        }
        assertEquals(200, counts[0]);
        assertEquals(200, counts[1]);
        assertEquals(200, counts[2]);
        assertTrue(data.fields().stream().anyMatch(f -> f.name().equals("tokens:mask")), "padded batches are masked");
    }
}
