package dev.dendrite.train.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.run.Trainer;
import dev.dendrite.train.run.TrainingResult;

/** Sequences of any lengths from JSON Lines: read with masks, trained on, and refused with the line that is wrong. */
class SequenceFilesTest {

    @Test
    void variableLengthSequencesReadMaskedAndTrain(@TempDir Path dir) throws Exception {
        // The sign of the last of 2 to 12 values, one sequence per line.
        SplittableRandom random = new SplittableRandom(8);
        StringBuilder lines = new StringBuilder();
        for (int s = 0; s < 1500; s++) {
            int length = 2 + random.nextInt(11);
            StringBuilder values = new StringBuilder();
            double last = 0;
            for (int t = 0; t < length; t++) {
                last = 2 * random.nextDouble() - 1;
                values.append(t == 0 ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%.4f", last));
            }
            lines.append("{\"values\": [").append(values).append("], \"label\": ").append(last > 0 ? 1 : 0).append("}\n");
        }
        Path file = dir.resolve("last.jsonl");
        Files.writeString(file, lines);
        BatchSource[] data = DataSources.loadAny("sequences:" + file, dir, 1);
        assertEquals(1200, data[0].size());
        assertEquals(300, data[1].size());
        assertEquals(12, Math.max(data[0].longestSequence(), data[1].longestSequence()));
        assertTrue(data[0].field("values:mask").isPresent());
        assertEquals(2, data[0].classes());
        var network = TemplateLibrary.find("rnn-classifier").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with(null, 10, null, null, null, 2L, null);
        TrainingResult result = new Trainer(network, config, line -> { }).train(new Weights(), data[0], data[1], dir.resolve("run"), false);
        assertTrue(result.testAccuracy() >= 0.9, "test accuracy " + result.testAccuracy());
    }

    @Test
    void perStepTokensAndRowsOfValuesRead(@TempDir Path dir) throws Exception {
        Path tokens = dir.resolve("tags.jsonl");
        Files.writeString(tokens, "{\"tokens\": [1, 2, 3], \"labels\": [0, 1, 1]}\n\n{\"tokens\": [4], \"labels\": [2]}\n");
        TensorDataset tagged = SequenceFiles.read(tokens);
        assertEquals(2, tagged.size());
        assertEquals(3, tagged.classes());
        var batch = tagged.batch(new int[] {0, 1}, 0, 2);
        assertEquals(java.util.List.of(2L, 3L), java.util.Arrays.stream(batch.tensors().get("labels").shape()).boxed().toList());
        boolean[] mask = batch.tensors().get("tokens:mask").bools();
        assertEquals("[true, true, true, true, false, false]", java.util.Arrays.toString(mask));
        Path rows = dir.resolve("rows.jsonl");
        Files.writeString(rows, "{\"values\": [[1, 2], [3, 4]], \"targets\": [[0.5], [1.5]]}\n");
        TensorDataset regression = SequenceFiles.read(rows);
        assertEquals("T×2", regression.field("values").orElseThrow().shapeText());
    }

    @Test
    void aWrongLineIsNamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"values\": [1, 2], \"label\": 0}\n{\"values\": [[1, 2]], \"label\": 1}\n");
        assertEquals("bad.jsonl line 2: \"values\" has 2 numbers per step, the lines before 1",
                assertThrows(IllegalArgumentException.class, () -> SequenceFiles.read(file)).getMessage());
        Files.writeString(file, "{\"values\": [1, 2], \"label\": 0}\nnot json\n");
        assertEquals("bad.jsonl line 2: not a JSON object", assertThrows(IllegalArgumentException.class, () -> SequenceFiles.read(file))
                .getMessage());
        Files.writeString(file, "{\"tokens\": [1, 2], \"labels\": [0]}\n");
        assertEquals("bad.jsonl line 1: 1 labels for 2 steps", assertThrows(IllegalArgumentException.class, () -> SequenceFiles.read(file))
                .getMessage());
        Files.writeString(file, "{\"words\": [1, 2], \"label\": 0}\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SequenceFiles.read(file)).getMessage()
                .startsWith("bad.jsonl line 1: a sequence needs \"tokens\" or \"values\""));
        assertThrows(IllegalArgumentException.class, () -> SequenceFiles.read(dir.resolve("missing.jsonl")));
    }

    /** A pair per line: source, a start token then the target, the target then an end token (the two ids past the largest); each side masked. */
    @Test
    void pairsReadAsAnEncoderDecodersFields(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pairs.jsonl");
        Files.writeString(file, "{\"source\": [3, 4, 5], \"target\": [9, 8]}\n\n{\"source\": [6], \"target\": [7, 7, 2, 11]}\n");
        TensorDataset pairs = SequenceFiles.read(file);
        assertEquals(2, pairs.size());
        assertEquals(14, pairs.classes(), "ids 0 to 11, the start 12 and the end 13");
        var batch = pairs.batch(new int[] {0, 1}, 0, 2);
        assertEquals("[3, 4, 5, 6, 0, 0]", java.util.Arrays.toString(batch.tensors().get("source").longs()), "sources padded to 3");
        assertEquals("[12, 9, 8, 0, 0, 12, 7, 7, 2, 11]", java.util.Arrays.toString(batch.tensors().get("decoder_input").longs()),
                "start 12, then the target; padded to 5");
        assertEquals("[9, 8, 13, 0, 0, 7, 7, 2, 11, 13]", java.util.Arrays.toString(batch.tensors().get("target").longs()), "ended by 13");
        assertEquals("[true, true, true, false, false, true, true, true, true, true]",
                java.util.Arrays.toString(batch.tensors().get("decoder_input:mask").bools()));
        assertEquals(java.util.OptionalLong.of(13), dev.dendrite.train.run.GreedyDecoding.endToken(pairs), "where decoding stops");
        assertEquals(java.util.Optional.of("decoder_input"), dev.dendrite.train.run.GreedyDecoding.teacherForcedField(pairs),
                "the decoder input found from the data, padding aside");
        Files.writeString(file, "{\"source\": [3], \"target\": [9]}\n{\"source\": [], \"target\": [9]}\n");
        assertEquals("pairs.jsonl line 2: an empty \"source\"", assertThrows(IllegalArgumentException.class, () -> SequenceFiles.read(file))
                .getMessage());
        Files.writeString(file, "{\"source\": [3], \"target\": [9]}\n{\"source\": [3]}\n");
        assertEquals("pairs.jsonl line 2: a pair needs \"source\" and \"target\" (token ids)", assertThrows(IllegalArgumentException.class,
                () -> SequenceFiles.read(file)).getMessage());
        Files.writeString(file, "{\"source\": [3, \"x\"], \"target\": [9]}\n");
        assertEquals("pairs.jsonl line 1: \"source\" step 1 is not a token id", assertThrows(IllegalArgumentException.class,
                () -> SequenceFiles.read(file)).getMessage());
        Files.writeString(file, "{\"source\": [3], \"target\": [-2]}\n");
        assertEquals("pairs.jsonl line 1: token -2 at step 0 of \"target\": ids are ≥ 0", assertThrows(IllegalArgumentException.class,
                () -> SequenceFiles.read(file)).getMessage());
    }
}
