package dev.dendrite.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An evaluation's file read back as written (undefined scores as null), and a clear message for a file that is not one. */
class EvaluationTest {

    @Test
    void readsBackWhatItWrote(@TempDir Path dir) throws IOException {
        // Class 2 never predicted: its precision and F1 are undefined and must come back undefined.
        ClassificationReport report = ClassificationReport.of(new int[] {0, 1, 2, 1}, new float[] {3, 0, 0, 0, 3, 0, 0, 3, 0, 3, 0, 0}, 3);
        Evaluation written = new Evaluation("run/model.onnx", "mnist", "test", report, null, new TemperatureScaling(1.5, 0.01, 0.3));
        Path file = dir.resolve(Evaluation.fileName("test"));
        written.write(file);
        assertTrue(Files.readString(file).contains("\"precision\": null"), Files.readString(file));
        Evaluation read = Evaluation.read(file);
        assertEquals(written.toJson(), read.toJson());
        assertArrayEquals(report.confusion()[1], read.classification().confusion()[1]);
        assertTrue(Double.isNaN(read.classification().classes().get(2).precision()));
        assertEquals(1.5, read.temperatureScaling().temperature(), 0);

        Evaluation regression = new Evaluation("m.onnx", "synthetic:sine", "train", null,
                RegressionReport.of(new float[] {1, 2, 3}, new float[] {1, 2, 2}, 1));
        regression.write(file);
        assertEquals(regression.toJson(), Evaluation.read(file).toJson());
        assertEquals("regression", Evaluation.read(file).task());
    }

    @Test
    void namesAFileThatIsNotAnEvaluation(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("evaluation-test.json");
        Files.writeString(file, "{\"model\": \"x\"}");
        IOException e = assertThrows(IOException.class, () -> Evaluation.read(file));
        assertTrue(e.getMessage().startsWith(file + " is not an evaluation written by dendrite evaluate"), e.getMessage());
    }
}
