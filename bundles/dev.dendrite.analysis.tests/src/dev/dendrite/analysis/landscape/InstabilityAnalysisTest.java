package dev.dendrite.analysis.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
import dev.dendrite.train.graph.TrainStepBuilder;
import dev.dendrite.train.run.RunFiles;
import dev.dendrite.train.run.RunReader;
import dev.dendrite.train.run.Trainer;
import dev.dendrite.train.run.TrainingException;

/**
 * Instability analysis: the branches are the parent's weights at the steps asked for, the copies start from them with
 * their own seeds, the rows carry the copies' results and the path between them, a second run reads everything back,
 * masks train a subnetwork, and steps the parent never reaches are refused before anything trains.
 */
class InstabilityAnalysisTest {

    private static final Dataset MOONS = SyntheticData.twoMoons(400, 0.15, 2);

    private static Network mlp() {
        return TemplateLibrary.find("mlp-classifier").orElseThrow().create();
    }

    /** 360 training samples after validation's 10%, batches of 20: 18 steps an epoch. */
    private static TrainingConfig config(int epochs) {
        return TrainingConfig.from(mlp()).with("test", epochs, 20, OptimizerKind.ADAM, 0.02, 4L, null).validate();
    }

    @Test
    void theBranchAtAnEpochsEndIsWhatOneEpochOfTheSameRunTrains(@TempDir Path dir) throws Exception {
        assertEquals(36, InstabilityAnalysis.plannedSteps(config(2), MOONS));
        List<String> said = new ArrayList<>();
        List<InstabilityAnalysis.Row> rows = new InstabilityAnalysis(mlp(), config(2), List.of(18L, 0L), null, 100_000, said::add)
                .run(MOONS, MOONS, dir.resolve("out"));
        assertEquals(List.of(0L, 18L), rows.stream().map(InstabilityAnalysis.Row::step).toList(), "in order");
        Path parent = dir.resolve("out").resolve("parent");
        Weights atInit = WeightsFile.read(parent.resolve("branches").resolve("step-0.weights.onnx"));
        Weights atEpoch = WeightsFile.read(parent.resolve("branches").resolve("step-18.weights.onnx"));
        assertSame(TrainStepBuilder.initialParameters(mlp(), config(2)), atInit, "step 0 is the initialisation");
        // One epoch of the same seed sees the same batches in the same order, so its final weights are the parent's after 18 steps.
        new Trainer(mlp(), config(1), line -> { }).train(new Weights(), MOONS, MOONS, dir.resolve("one-epoch"), false);
        assertSame(WeightsFile.read(dir.resolve("one-epoch").resolve(RunFiles.FINAL_WEIGHTS)), atEpoch, "the weights after step 18");
        Path copyA = dir.resolve("out").resolve("step-18").resolve("copy-1");
        Path copyB = dir.resolve("out").resolve("step-18").resolve("copy-2");
        assertEquals(5.0, RunReader.read(copyA).setting("seed"), "copy 1's seed is the parent's + 1");
        assertEquals(6.0, RunReader.read(copyB).setting("seed"));
        assertEquals(18L, ((Number) RunReader.read(copyA).config().get("branchedAtStep")).longValue());
        Weights finalA = WeightsFile.read(copyA.resolve(RunFiles.FINAL_WEIGHTS));
        Weights finalB = WeightsFile.read(copyB.resolve(RunFiles.FINAL_WEIGHTS));
        assertFalse(java.util.Arrays.equals(finalA.flat().get("hidden1/weight").values(), finalB.flat().get("hidden1/weight").values()),
                "two data orders end in two sets of weights");
        InstabilityAnalysis.Row row = rows.get(1);
        assertEquals(((Number) RunReader.read(copyA).summary().get("testAccuracy")).doubleValue(), row.accuracyA(), 1e-12);
        assertEquals(((Number) RunReader.read(copyB).summary().get("testLoss")).doubleValue(), row.lossB(), 1e-12);
        // The path runs over the whole test split here, so its ends are the copies' own test losses.
        LossLandscape.Line path = LandscapeCsv.readPath(LandscapeCsv.pathFile(copyA, copyB), MOONS.size());
        assertEquals(row.lossA(), path.loss()[0], 1e-5);
        assertEquals(row.lossB(), path.loss()[path.loss().length - 1], 1e-5);
        assertEquals(LossLandscape.barrier(path.alphas(), path.loss()), row.barrier(), 1e-6);
        List<InstabilityAnalysis.Row> readBack = StabilityTable.read(dir.resolve("out").resolve(StabilityTable.CSV), dir.resolve("out"));
        assertEquals(rows.stream().map(InstabilityAnalysisTest::round).toList(), readBack.stream().map(InstabilityAnalysisTest::round).toList(),
                "the table reads back");
        assertEquals(copyA.toString(), readBack.get(1).copyA());

        said.clear();
        List<InstabilityAnalysis.Row> again = new InstabilityAnalysis(mlp(), config(2), List.of(0L, 18L), null, 100_000, said::add)
                .run(MOONS, MOONS, dir.resolve("out"));
        assertEquals(5, said.stream().filter(line -> line.startsWith("already trained")).count(), "the parent and four copies: " + said);
        assertTrue(said.stream().noneMatch(line -> line.startsWith("training")), String.join("\n", said));
        assertEquals(rows, again);

        // Other settings into the same folder: refused before anything is mixed or trained.
        TrainingException other = assertThrows(TrainingException.class, () -> new InstabilityAnalysis(mlp(), config(3), List.of(0L, 18L), null,
                100_000, line -> { }).run(MOONS, MOONS, dir.resolve("out")));
        assertTrue(other.isBadInput());
        assertEquals(parent + " was trained with epochs 2, not 3: analyse into another folder (--out), or delete it", other.getMessage());
        Weights masks = new Weights();
        masks.put("hidden2", "weight:mask", FloatTensor.filled(1f, TrainStepBuilder.initialParameters(mlp(), config(2)).flat()
                .get("hidden2/weight").shape()));
        TrainingException masked = assertThrows(TrainingException.class, () -> new InstabilityAnalysis(mlp(), config(2), List.of(0L, 18L), masks,
                100_000, line -> { }).run(MOONS, MOONS, dir.resolve("out")));
        assertTrue(masked.getMessage().endsWith("copy-1 was trained without masks: analyse into another folder (--out), or delete it"),
                masked.getMessage());
    }

    @Test
    void copiesWithMasksTrainTheSubnetworkOnly(@TempDir Path dir) throws Exception {
        Weights initial = TrainStepBuilder.initialParameters(mlp(), config(1));
        FloatTensor w = initial.flat().get("hidden2/weight");
        float[] keep = new float[w.size()];
        for (int i = 0; i < keep.length; i += 2) {
            keep[i] = 1;
        }
        Weights masks = new Weights();
        masks.put("hidden2", "weight:mask", new FloatTensor(w.shape(), keep));
        List<InstabilityAnalysis.Row> rows = new InstabilityAnalysis(mlp(), config(1), List.of(6L), masks, 200, line -> { })
                .run(MOONS, MOONS, dir);
        assertEquals(1, rows.size());
        for (String copy : List.of("copy-1", "copy-2")) {
            float[] trained = WeightsFile.read(dir.resolve("step-6").resolve(copy).resolve(RunFiles.FINAL_WEIGHTS)).flat().get("hidden2/weight")
                    .values();
            for (int i = 0; i < trained.length; i++) {
                if (i % 2 == 1) {
                    assertTrue(trained[i] == 0f, "pruned weight " + i + " of " + copy + ": " + trained[i]);
                } else {
                    assertNotEquals(0f, trained[i], "kept weight " + i + " of " + copy);
                }
            }
            assertTrue(Files.isRegularFile(dir.resolve("step-6").resolve(copy).resolve("masks.onnx")));
        }
        float[] parent = WeightsFile.read(dir.resolve("parent").resolve(RunFiles.FINAL_WEIGHTS)).flat().get("hidden2/weight").values();
        assertNotEquals(0f, parent[1], "the parent trains dense");

        Weights wrong = new Weights();
        wrong.put("hidden2", "weight:mask", new FloatTensor(new long[] {3, 3}, new float[9]));
        TrainingException misfit = assertThrows(TrainingException.class, () -> new InstabilityAnalysis(mlp(), config(1), List.of(0L), wrong, 200,
                line -> { }).run(MOONS, MOONS, dir.resolve("wrong")));
        assertTrue(misfit.isBadInput());
        assertTrue(misfit.getMessage().contains("hidden2/weight:mask is [3, 3]"), misfit.getMessage());
    }

    @Test
    void aStepBeyondTheParentsTrainingIsRefusedBeforeAnythingTrains(@TempDir Path dir) {
        TrainingException e = assertThrows(TrainingException.class, () -> new InstabilityAnalysis(mlp(), config(1), List.of(0L, 19L), null,
                200, line -> { }).run(MOONS, MOONS, dir));
        assertTrue(e.isBadInput());
        assertEquals("step 19 is beyond the parent's 18 steps (1 epoch of 18): branch at steps up to 18", e.getMessage());
        assertFalse(Files.exists(dir.resolve("parent")), "nothing trained");
        assertThrows(IllegalArgumentException.class, () -> new InstabilityAnalysis(mlp(), config(1), List.of(-1L), null, 200, line -> { }));
    }

    private static void assertSame(Weights expected, Weights actual, String what) {
        assertEquals(expected.flat().keySet(), actual.flat().keySet(), what);
        expected.flat().forEach((key, tensor) -> assertArrayEquals(tensor.values(), actual.flat().get(key).values(), what + ": " + key));
    }

    /** The CSV keeps six decimals. */
    private static List<Double> round(InstabilityAnalysis.Row r) {
        return java.util.stream.DoubleStream.of(r.step(), r.accuracyA(), r.accuracyB(), r.lossA(), r.lossB(), r.barrier(), r.errorBarrier())
                .map(v -> Math.round(v * 1e6) / 1e6).boxed().toList();
    }
}
