package dev.dendrite.analysis.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

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
import dev.dendrite.train.graph.ParameterRole;
import dev.dendrite.train.run.LossProbe;
import dev.dendrite.train.run.RunFiles;
import dev.dendrite.train.run.Trainer;

/** The optimisation path: kept weights written along training, and a path lying in a plane found, projected without distortion and measured. */
class TrajectoryTest {

    private static final Dataset MOONS = SyntheticData.twoMoons(400, 0.15, 2);

    private static Network mlp() {
        return TemplateLibrary.find("mlp-classifier").orElseThrow().create();
    }

    private static TrainingConfig config() {
        return TrainingConfig.from(mlp()).with("test", 5, 20, OptimizerKind.ADAM, 0.02, 3L, null).validate();
    }

    @Test
    void theTrainerKeepsTheWeightsBeforeTrainingEveryEEpochsAndAtTheLast(@TempDir Path dir) throws Exception {
        new Trainer(mlp(), config(), line -> { }).withWeightsKeptEvery(2).train(new Weights(), MOONS, MOONS, dir, false);
        for (int epoch : new int[] {0, 2, 4, 5}) {
            assertTrue(Files.isRegularFile(RunFiles.keptWeights(dir, epoch)), "epoch " + epoch);
        }
        assertTrue(!Files.exists(RunFiles.keptWeights(dir, 1)) && !Files.exists(RunFiles.keptWeights(dir, 3)));
        Weights last = WeightsFile.read(RunFiles.keptWeights(dir, 5));
        Weights end = WeightsFile.read(dir.resolve(RunFiles.FINAL_WEIGHTS));
        assertEquals(end.flat().keySet(), last.flat().keySet());
        end.flat().forEach((key, tensor) -> assertArrayEquals(tensor.values(), last.flat().get(key).values(), 0, key));
        Weights first = WeightsFile.read(RunFiles.keptWeights(dir, 0));
        assertTrue(first.flat().entrySet().stream().anyMatch(e -> !java.util.Arrays.equals(e.getValue().values(), end.flat().get(e.getKey())
                .values())), "training moved the weights");
    }

    /**
     * Kept points θ + a·u + b·v on a curve in a random plane: the two directions hold all of the path's variance, every point lies in
     * the plane, the projection keeps every distance between points, the end sits at the origin, the grid spans the path, and each
     * point's loss is the probe's at those weights.
     */
    @Test
    void aPathInAPlaneIsFoundAndProjectedWithoutDistortion(@TempDir Path dir) throws Exception {
        new Trainer(mlp(), config(), line -> { }).train(new Weights(), MOONS, MOONS, dir, false);
        Weights end = WeightsFile.read(dir.resolve(RunFiles.FINAL_WEIGHTS));
        try (LossProbe probe = LossProbe.open(mlp(), config(), end, MOONS, 200)) {
            Map<String, float[]> u = direction(probe, 1);
            Map<String, float[]> v = direction(probe, 2);
            int[] epochs = {0, 1, 2, 3, 4, 5, 6};
            double[][] ab = new double[epochs.length][];
            List<Map<String, FloatTensor>> kept = new ArrayList<>();
            for (int k = 0; k < epochs.length; k++) {
                double t = epochs.length - 1 - k;
                ab[k] = new double[] {0.08 * t * t, 0.3 * t};
                kept.add(point(probe, u, v, ab[k][0], ab[k][1]));
            }
            Trajectory trajectory = Trajectory.of(probe, epochs, kept, 7, 0.2, () -> false, done -> { });
            assertEquals(1, trajectory.explained()[0] + trajectory.explained()[1], 1e-6);
            assertTrue(trajectory.explained()[0] >= trajectory.explained()[1]);
            for (int p = 0; p < epochs.length; p++) {
                assertEquals(1, trajectory.inPlane()[p], 1e-4, "point " + p);
                for (int q = 0; q < epochs.length; q++) {
                    double planeDistance = Math.hypot(trajectory.path()[p][0] - trajectory.path()[q][0], trajectory.path()[p][1]
                            - trajectory.path()[q][1]);
                    assertEquals(distance(kept.get(p), kept.get(q), u.keySet()), planeDistance, 1e-4 * (1 + planeDistance), p + " to " + q);
                }
                Map<String, float[]> values = new LinkedHashMap<>();
                kept.get(p).forEach((key, tensor) -> values.put(key, tensor.values()));
                assertEquals(probe.at(values).loss(), trajectory.pathLoss()[p], 1e-9);
                assertTrue(trajectory.path()[p][0] >= trajectory.xs()[0] && trajectory.path()[p][0] <= trajectory.xs()[6]);
                assertTrue(trajectory.path()[p][1] >= trajectory.ys()[0] && trajectory.path()[p][1] <= trajectory.ys()[6]);
            }
            assertEquals(0, trajectory.path()[6][0], 1e-9);
            assertEquals(0, trajectory.path()[6][1], 1e-9);
            assertEquals(7, trajectory.loss().length);
            assertTrue(java.util.Arrays.stream(trajectory.loss()).flatMapToDouble(java.util.Arrays::stream).allMatch(Double::isFinite));

            // A line is no plane.
            List<Map<String, FloatTensor>> line = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                line.add(point(probe, u, v, 3 - k, 0));
            }
            IllegalArgumentException straight = assertThrows(IllegalArgumentException.class, () -> Trajectory.of(probe, new int[] {0, 1, 2, 3},
                    line, 5, 0.2, () -> false, done -> { }));
            assertTrue(straight.getMessage().startsWith("the kept weights span a line"), straight.getMessage());
            Map<String, FloatTensor> other = new LinkedHashMap<>(kept.get(0));
            other.remove(u.keySet().iterator().next());
            IllegalArgumentException foreign = assertThrows(IllegalArgumentException.class, () -> Trajectory.of(probe, new int[] {0, 1, 2},
                    List.of(other, kept.get(1), kept.get(2)), 5, 0.2, () -> false, done -> { }));
            assertTrue(foreign.getMessage().startsWith("the weights kept at epoch 0 have no "), foreign.getMessage());
        }
    }

    /** A random unit direction over the probe's weights and biases. */
    private static Map<String, float[]> direction(LossProbe probe, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, float[]> d = new LinkedHashMap<>();
        double norm = 0;
        for (var entry : probe.values().entrySet()) {
            ParameterRole role = probe.role(entry.getKey());
            if (role == ParameterRole.WEIGHT || role == ParameterRole.BIAS) {
                float[] values = new float[entry.getValue().size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = (float) (random.nextDouble() - 0.5);
                    norm += values[i] * values[i];
                }
                d.put(entry.getKey(), values);
            }
        }
        double scale = 1 / Math.sqrt(norm);
        d.values().forEach(values -> {
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) (values[i] * scale);
            }
        });
        return d;
    }

    private static Map<String, FloatTensor> point(LossProbe probe, Map<String, float[]> u, Map<String, float[]> v, double a, double b) {
        Map<String, FloatTensor> point = new LinkedHashMap<>();
        for (var entry : probe.values().entrySet()) {
            float[] w = entry.getValue().values();
            float[] moved = w.clone();
            if (u.containsKey(entry.getKey())) {
                for (int i = 0; i < w.length; i++) {
                    moved[i] = (float) (w[i] + a * u.get(entry.getKey())[i] + b * v.get(entry.getKey())[i]);
                }
            }
            point.put(entry.getKey(), new FloatTensor(entry.getValue().shape(), moved));
        }
        return point;
    }

    private static double distance(Map<String, FloatTensor> p, Map<String, FloatTensor> q, java.util.Set<String> keys) {
        double sum = 0;
        for (String key : keys) {
            float[] a = p.get(key).values();
            float[] b = q.get(key).values();
            for (int i = 0; i < a.length; i++) {
                sum += ((double) a[i] - b[i]) * ((double) a[i] - b[i]);
            }
        }
        return Math.sqrt(sum);
    }
}
