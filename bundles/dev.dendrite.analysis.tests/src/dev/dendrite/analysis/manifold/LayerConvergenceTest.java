package dev.dendrite.analysis.manifold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.onnx.weights.WeightsFile;

/** Each tapped layer against its last recorded epoch: a layer fixed from the start settles at once, one that changes until epoch 4 there. */
class LayerConvergenceTest {

    @Test
    void comparesEachRecordedEpochWithTheLast(@TempDir Path dir) throws Exception {
        int rows = 80;
        int width = 5;
        SplittableRandom random = new SplittableRandom(2);
        float[] fixed = gaussian(rows * width, random);
        float[] finalLate = gaussian(rows * width, random);
        float[] earlyLate = gaussian(rows * width, random);
        float[] middleLate = finalLate.clone();
        for (int i = 0; i < middleLate.length; i += 3) {
            middleLate[i] = (float) random.nextGaussian() * 3;
        }
        write(dir, 0, fixed, earlyLate, rows, width);
        write(dir, 2, fixed, middleLate, rows, width);
        write(dir, 4, fixed, finalLate, rows, width);
        write(dir, 6, fixed, finalLate, rows, width);
        LayerConvergence c = LayerConvergence.of(dir, List.of("late", "early"), RepresentationSimilarity.Measure.LINEAR, () -> false);
        assertEquals(List.of("late", "early"), c.layers(), "the model's order");
        assertEquals(List.of(0, 2, 4, 6), c.epochs());
        for (int e = 0; e < 4; e++) {
            assertEquals(1, c.values()[1][e], 1e-9, "the fixed layer at epoch " + c.epochs().get(e));
        }
        assertEquals(1, c.values()[0][2], 1e-9, "epoch 4 already holds the final representation");
        assertTrue(c.values()[0][0] < 0.3, "unrelated at first: " + c.values()[0][0]);
        assertTrue(c.values()[0][1] > c.values()[0][0] && c.values()[0][1] < LayerConvergence.SETTLED, "on its way: " + c.values()[0][1]);
        assertEquals(List.of(4, 0), c.settledAt());
        // By SVCCA, the same settling epochs.
        LayerConvergence svcca = LayerConvergence.of(dir, null, RepresentationSimilarity.Measure.parse("svcca"), () -> false);
        assertEquals(List.of("early", "late"), svcca.layers(), "the files' order without the model's");
        assertEquals(List.of(0, 4), svcca.settledAt());

        Path single = Files.createDirectories(dir.resolve("single"));
        write(single, 3, fixed, finalLate, rows, width);
        IllegalArgumentException few = assertThrows(IllegalArgumentException.class, () -> LayerConvergence.of(single, null,
                RepresentationSimilarity.Measure.LINEAR, () -> false));
        assertTrue(few.getMessage().startsWith("the run recorded activations at 1 epoch; "), few.getMessage());
    }

    private static float[] gaussian(int n, SplittableRandom random) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }

    private static void write(Path dir, int epoch, float[] early, float[] late, int rows, int width) throws Exception {
        Weights w = new Weights();
        w.put("early", "activations", new FloatTensor(new long[] {rows, width}, early));
        w.put("late", "activations", new FloatTensor(new long[] {rows, width}, late));
        w.put("probe", "labels", new FloatTensor(new long[] {rows}, new float[rows]));
        WeightsFile.write(w, dir.resolve("epoch-" + epoch + ".onnx"));
    }
}
