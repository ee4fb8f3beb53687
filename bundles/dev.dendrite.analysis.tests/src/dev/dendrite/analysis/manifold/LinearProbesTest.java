package dev.dendrite.analysis.manifold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.onnx.proto.OnnxMl.ModelProto;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.train.data.Dataset;

/** Linear probes read the classes where a layer keeps them linearly and not where it has lost them. */
class LinearProbesTest {

    /**
     * Two classes apart along the first of four values, the others noise: a layer keeping the first two values reads them as well
     * as the input does, one keeping the last two reads chance.
     */
    @Test
    void aProbeReadsTheClassesWhereALayerKeepsThemAndNotWhereItDropsThem(@TempDir Path scratch) throws Exception {
        ModelProto model = splitting();
        Dataset train = blobs(600, 3);
        Dataset test = blobs(400, 4);
        LinearProbes.Report report = LinearProbes.of(model, train, test, 600, 400, List.of("x", "kept", "lost"), new LinearProbes.Settings(30,
                0.01, 0, 1), scratch, line -> { });
        assertEquals(3, report.probes().size());
        LinearProbes.Probe input = report.probes().get(0);
        LinearProbes.Probe kept = report.probes().get(1);
        LinearProbes.Probe lost = report.probes().get(2);
        assertEquals(4, input.width());
        assertEquals(2, kept.width());
        assertTrue(input.testAccuracy() > 0.95, "the input: " + input);
        assertTrue(kept.testAccuracy() > 0.95, "the kept values: " + kept);
        assertTrue(lost.testAccuracy() < 0.65, "the noise alone reads about chance: " + lost);
        assertEquals(600, report.trainSamples());
        assertEquals(2, report.classes());
        try (var left = java.nio.file.Files.list(scratch)) {
            assertEquals(0, left.count(), "each probe's run is deleted");
        }
    }

    @Test
    void valuesAreStandardisedByTheTrainingSamples() {
        float[] train = {1, 5, 3, 5, 5, 5};
        float[] test = {3, 9};
        LinearProbes.standardise(train, test, 2);
        assertEquals(-Math.sqrt(1.5), train[0], 1e-6, "(1 - 3) / deviation √(8/3)");
        assertEquals(0, train[2], 1e-6);
        assertEquals(0, train[1], 1e-6, "a constant value becomes 0");
        assertEquals(0, test[0], 1e-6, "the test split by the training split's mean");
        assertEquals(0, test[1], 1e-6, "and its deviation (0 for a constant value)");
        assertThrows(IllegalArgumentException.class, () -> new LinearProbes.Settings(0, 1e-3, 0, 1));
    }

    /** x [N, 4]; kept = its first two values, lost = its last two (the output). */
    private static ModelProto splitting() {
        GraphBuilder g = new GraphBuilder("splitting");
        g.input("x", GraphBuilder.ElementType.FLOAT, List.of("N", 4));
        g.nodeWithOutputs("MatMul", List.of("x", g.initializer("first", new FloatTensor(new long[] {4, 2}, new float[] {1, 0, 0, 1, 0, 0, 0, 0}))),
                List.of(g.reserve("kept")));
        g.nodeWithOutputs("MatMul", List.of("x", g.initializer("last", new FloatTensor(new long[] {4, 2}, new float[] {0, 0, 0, 0, 1, 0, 0, 1}))),
                List.of(g.reserve("lost")));
        g.output("lost", GraphBuilder.ElementType.FLOAT);
        g.output("kept", GraphBuilder.ElementType.FLOAT);
        return g.model("test", null);
    }

    /** Class c at ±2 along the first value, unit Gaussian noise in all four. */
    private static Dataset blobs(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] features = new float[n * 4];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextInt(2);
            for (int v = 0; v < 4; v++) {
                features[i * 4 + v] = (float) (gaussian(random) + (v == 0 ? 4 * labels[i] - 2 : 0));
            }
        }
        return Dataset.classification("blobs", new long[] {4}, features, labels, 2);
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
