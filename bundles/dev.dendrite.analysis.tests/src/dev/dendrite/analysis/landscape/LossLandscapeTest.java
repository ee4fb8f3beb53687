package dev.dendrite.analysis.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.onnx.weights.WeightsFile;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.data.SyntheticData;
import dev.dendrite.train.run.LossProbe;
import dev.dendrite.train.run.RunFiles;
import dev.dendrite.train.run.Trainer;
import dev.dendrite.train.run.TrainingResult;

/**
 * The loss probe against the trainer's own test loss, filter-normalised directions, the plane
 * against direct evaluations, and the path and its barrier between two trained networks.
 */
class LossLandscapeTest {

    private static final Dataset MOONS = SyntheticData.twoMoons(600, 0.15, 2);

    private static Network mlp() {
        return TemplateLibrary.find("mlp-classifier").orElseThrow().create();
    }

    private static TrainingConfig config(long seed) {
        return TrainingConfig.from(mlp()).with("test", 8, 20, OptimizerKind.ADAM, 0.02, seed, null).validate();
    }

    private static Weights trained(Path dir, long seed) throws Exception {
        new Trainer(mlp(), config(seed), line -> { }).train(new Weights(), MOONS, MOONS, dir, false);
        return WeightsFile.read(dir.resolve(RunFiles.FINAL_WEIGHTS));
    }

    @Test
    void theProbeAtTheWeightsGivesTheTrainersTestLoss(@TempDir Path dir) throws Exception {
        TrainingResult result = new Trainer(mlp(), config(3), line -> { }).train(new Weights(), MOONS, MOONS, dir, false);
        Weights weights = WeightsFile.read(dir.resolve(RunFiles.FINAL_WEIGHTS));
        try (LossProbe probe = LossProbe.open(mlp(), config(3), weights, MOONS, 100_000)) {
            assertEquals(MOONS.size(), probe.samples());
            LossProbe.Point point = probe.at(Map.of());
            assertEquals(result.testLoss(), point.loss(), 1e-5);
            assertEquals(result.testAccuracy(), point.accuracy(), 1e-9);
            Map<String, float[]> zero = Map.of("logits/weight", new float[probe.values().get("logits/weight").size()]);
            LossProbe.Point blind = probe.at(zero);
            assertEquals(Math.log(2), blind.loss(), 0.35, "without its last weights the classifier guesses from the biases alone");
            assertEquals(point.loss(), probe.at(Map.of()).loss(), 0, "a change applies to that call only");
        }
    }

    @Test
    void directionsMatchTheNormOfEachFilterAndLeaveBiasesAlone(@TempDir Path dir) throws Exception {
        Weights weights = trained(dir, 5);
        try (LossProbe probe = LossProbe.open(mlp(), config(5), weights, MOONS, 200)) {
            Map<String, float[]> direction = LossLandscape.filterNormalised(probe, 7);
            assertEquals(java.util.Set.of("hidden1/weight", "hidden2/weight", "logits/weight"), direction.keySet(), "weights only");
            FloatTensor w = probe.values().get("hidden2/weight");
            int rows = (int) w.shape()[0];
            int columns = (int) w.shape()[1];
            float[] d = direction.get("hidden2/weight");
            for (int c = 0; c < columns; c++) {
                double wn = 0;
                double dn = 0;
                for (int r = 0; r < rows; r++) {
                    wn += w.values()[r * columns + c] * w.values()[r * columns + c];
                    dn += d[r * columns + c] * d[r * columns + c];
                }
                assertEquals(Math.sqrt(wn), Math.sqrt(dn), 1e-4 * Math.sqrt(wn), "column " + c + ": one output unit's filter");
            }
            assertFalse(java.util.Arrays.equals(d, LossLandscape.filterNormalised(probe, 8).get("hidden2/weight")), "seeded");
        }
    }

    @Test
    void thePlaneIsTheLossAtEachPointItNames(@TempDir Path dir) throws Exception {
        Weights weights = trained(dir, 5);
        try (LossProbe probe = LossProbe.open(mlp(), config(5), weights, MOONS, 300)) {
            double[] progress = {0};
            LossLandscape.Plane plane = LossLandscape.plane(probe, 0.5, 5, 11, () -> false, done -> progress[0] = done);
            assertEquals(1.0, progress[0]);
            assertEquals(0.0, plane.coordinates()[2]);
            assertEquals(probe.at(Map.of()).loss(), plane.centre(), 1e-9, "the centre is the weights");
            // Point (i, j) = (3, 0): 0.25 along δ, −0.5 along η, as the same seed's directions give them.
            Map<String, float[]> delta = LossLandscape.filterNormalised(probe, 11);
            Map<String, float[]> eta = LossLandscape.filterNormalised(probe, 11 + 0x9E3779B97F4A7C15L);
            Map<String, float[]> moved = new HashMap<>();
            for (String key : delta.keySet()) {
                float[] w = probe.values().get(key).values();
                float[] at = new float[w.length];
                for (int k = 0; k < w.length; k++) {
                    at[k] = (float) (w[k] + 0.25 * delta.get(key)[k] - 0.5 * eta.get(key)[k]);
                }
                moved.put(key, at);
            }
            assertEquals(probe.at(moved).loss(), plane.loss()[0][3], 1e-9);
            assertTrue(plane.rise(0.5) > 0, "a trained network sits in a valley: " + plane.rise(0.5));
            assertTrue(plane.rise(0.5) > plane.rise(0.25), "that widens outwards");
            assertNull(LossLandscape.plane(probe, 0.5, 5, 11, () -> true, done -> { }), "cancelled");
            assertThrows(IllegalArgumentException.class, () -> LossLandscape.plane(probe, 0.5, 4, 11, () -> false, done -> { }));
            Path csv = LandscapeCsv.planeFile(dir, 11);
            LandscapeCsv.write(plane, csv);
            LossLandscape.Plane read = LandscapeCsv.readPlane(csv, 300);
            assertTrue(java.util.Arrays.equals(plane.coordinates(), read.coordinates()));
            assertTrue(java.util.Arrays.deepEquals(plane.loss(), read.loss()), "the file keeps every loss exactly");
            assertTrue(java.util.Arrays.deepEquals(plane.accuracy(), read.accuracy()));
            LandscapePicture.Pixels pixels = LandscapePicture.of(plane, 8);
            assertEquals(33, pixels.side());
            assertEquals(0xFFFFFF, pixels.rgb()[16 * 33 + 16], "a cross at the weights");
        }
    }

    @Test
    void thePathRunsFromOneRunsWeightsToTheOthersWithItsBarrier(@TempDir Path dir) throws Exception {
        Weights a = trained(dir.resolve("a"), 5);
        Weights b = trained(dir.resolve("b"), 6);
        try (LossProbe probe = LossProbe.open(mlp(), config(5), a, MOONS, 300);
             LossProbe atB = LossProbe.open(mlp(), config(6), b, MOONS, 300)) {
            LossLandscape.Line line = LossLandscape.line(probe, b.flat(), 0, 1, 11, () -> false, done -> { });
            assertEquals(probe.at(Map.of()).loss(), line.loss()[0], 1e-9);
            assertEquals(atB.at(Map.of()).loss(), line.loss()[10], 1e-6, "α = 1 is the other run's weights");
            double expected = 0;
            for (int s = 0; s < 11; s++) {
                double alpha = line.alphas()[s];
                expected = Math.max(expected, line.loss()[s] - ((1 - alpha) * line.loss()[0] + alpha * line.loss()[10]));
            }
            assertEquals(expected, line.barrier(), 1e-12);
            assertTrue(line.barrier() > 0.01, "two seeds' solutions are not linearly connected here: " + line.barrier());
            Path csv = LandscapeCsv.pathFile(dir.resolve("a"), dir.resolve("b"));
            LandscapeCsv.write(line, csv);
            LossLandscape.Line read = LandscapeCsv.readPath(csv, 300);
            assertEquals(line.barrier(), read.barrier(), 0, "the barrier again from the file");
            assertEquals(line.errorBarrier(), read.errorBarrier(), 0);
            java.nio.file.Files.writeString(csv, "alpha,loss,accuracy\n0,0.5,x\n");
            java.io.IOException bad = assertThrows(java.io.IOException.class, () -> LandscapeCsv.readPath(csv, 300));
            assertTrue(bad.getMessage().endsWith("line 2: 'x' is no number"), bad.getMessage());
            LossLandscape.Line still = LossLandscape.line(probe, a.flat(), -0.5, 1.5, 9, () -> false, done -> { });
            assertEquals(0, still.barrier(), 1e-6, "a path to the same weights is flat");
            Weights other = new Weights();
            a.flat().forEach((key, tensor) -> other.put(Weights.split(key)[0], Weights.split(key)[1], key.equals("hidden2/weight")
                    ? new FloatTensor(new long[] {tensor.size()}, tensor.values()) : tensor));
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> LossLandscape.line(probe, other.flat(), 0, 1,
                    3, () -> false, done -> { }));
            assertTrue(refused.getMessage().startsWith("hidden2/weight is [16, 16] here and [256] in the other weights"), refused.getMessage());
        }
    }
}
