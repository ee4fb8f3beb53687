package dev.dendrite.analysis.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The New Sweep wizard's plan, written and read back as a sweep file: the runs it asked for. */
class SweepPlanTest {

    /** In Hyperband's brackets the plan's trials give way to the brackets' (17 for nine epochs and eta 3, two seeds each). */
    @Test
    void aHyperbandPlanLeavesTheTrialsToItsBrackets(@TempDir Path dir) throws Exception {
        SweepTest.sweepFile(dir, "{}");
        SweepPlan plan = new SweepPlan("moons.dnet", 9, "Adam", 18, 1e-4, 0.1, List.of(32, 64), List.of(1L, 2L), 3, 0, 0, null, List.of(),
                List.of(), List.of(), true);
        assertEquals(17, plan.hyperbandTrials());
        assertEquals(34, plan.runs());
        assertEquals(34 * 9, plan.epochsWhole());
        assertEquals(Sweep.read(written(dir, plan)).halving().plannedEpochs(34), plan.epochsPlanned());
        SweepPlan plain = new SweepPlan("moons.dnet", 9, "Adam", 12, 1e-4, 0.1, List.of(32, 64), List.of(1L), 3);
        assertEquals(12 * 1 + 4 * 2 + 1 * 6, plain.epochsPlanned(), "12 to epoch 1, 4 on to 3, 1 on to 9");
        assertEquals(108, plain.epochsWhole());
        assertTrue(plan.json().contains("\"random\": {\"lr\": {\"log\": [1.0E-4, 0.1]}, \"batch\": [32, 64]}")
                && plan.json().contains("\"halving\": {\"eta\": 3, \"minEpochs\": 1, \"hyperband\": true}"), plan.json());
        Sweep sweep = Sweep.read(written(dir, plan));
        assertEquals(new Halving(3, 1, 9, Halving.Metric.LOSS, true), sweep.halving());
        assertEquals(34, sweep.expand().size());
        assertEquals("Hyperband's brackets are successive halvings: tick successive halving too", assertThrows(IllegalArgumentException.class,
                () -> new SweepPlan("n.dnet", 9, null, 4, 1e-4, 0.1, List.of(16), List.of(1L), 0, 0, 0, null, List.of(), List.of(), List.of(),
                        true)).getMessage());
    }

    @Test
    void aPlanReadsBackAsTheSweepItDescribes(@TempDir Path dir) throws Exception {
        SweepTest.sweepFile(dir, "{}");
        SweepPlan plan = new SweepPlan("moons.dnet", 9, "Adam", 18, 1e-4, 0.1, List.of(32, 64), List.of(1L, 2L), 3);
        Path file = dir.resolve("search.json");
        Files.writeString(file, plan.json());
        assertEquals("""
                {
                  "network": "moons.dnet",
                  "epochs": 9,
                  "optimizer": "adam",
                  "random": {"trials": 18, "lr": {"log": [1.0E-4, 0.1]}, "batch": [32, 64]},
                  "seeds": [1, 2],
                  "halving": {"eta": 3, "minEpochs": 1}
                }
                """, plan.json(), "a setting a line, as one writes it by hand");
        Sweep sweep = Sweep.read(file);
        assertEquals(dir.resolve("moons.dnet").toAbsolutePath(), sweep.network());
        assertEquals(36, sweep.expand().size(), "18 trials, two seeds");
        assertEquals(new Halving(3, 1, 9, Halving.Metric.LOSS), sweep.halving());
        for (RunSpec spec : sweep.expand()) {
            double lr = (Double) spec.settings().get("lr");
            assertTrue(lr >= 1e-4 && lr <= 0.1, spec.name());
            assertTrue(List.of(32.0, 64.0).contains(spec.settings().get("batch")), spec.name());
            assertEquals("adam", spec.settings().get("optimizer"));
            assertEquals(9.0, spec.settings().get("epochs"));
        }
        // One value is a setting every run shares; no halving, no "halving".
        Sweep fixed = Sweep.read(written(dir, new SweepPlan("moons.dnet", 2, null, 3, 0.01, 0.01, List.of(16, 32), List.of(5L), 0)));
        assertEquals(null, fixed.halving());
        assertEquals(0.01, fixed.shared().get("lr"));
        assertEquals(List.of(5L), fixed.seeds());
        assertEquals(3, fixed.expand().size());
        Sweep rates = Sweep.read(written(dir, new SweepPlan("moons.dnet", 2, null, 4, 0.001, 0.1, List.of(16), List.of(1L), 0)));
        assertEquals(16.0, rates.shared().get("batch"), "one batch size: shared");
    }

    /** Adam's β1: one value a setting every run shares, several drawn one per trial (then enough to search alone); out of [0, 1) named. */
    @Test
    void adamsBetaOneIsSharedOrDrawn(@TempDir Path dir) throws Exception {
        SweepTest.sweepFile(dir, "{}");
        Sweep shared = Sweep.read(written(dir, new SweepPlan("moons.dnet", 2, "adam", 4, 0.001, 0.1, List.of(16), List.of(1L), 0, 0, 0, null,
                List.of(0.5))));
        assertEquals(0.5, shared.shared().get("beta1"));
        Sweep drawn = Sweep.read(written(dir, new SweepPlan("moons.dnet", 2, "adam", 8, 0.01, 0.01, List.of(16), List.of(1L), 0, 0, 0, null,
                List.of(0.5, 0.9))));
        assertEquals(java.util.Set.of(0.5, 0.9), drawn.expand().stream().map(r -> (Double) r.settings().get("beta1"))
                .collect(java.util.stream.Collectors.toSet()), "both drawn over 8 trials");
        assertEquals("Adam's β1 must be at least 0 and below 1", assertThrows(IllegalArgumentException.class, () -> new SweepPlan("n.dnet", 2,
                null, 4, 0.001, 0.1, List.of(16), List.of(1L), 0, 0, 0, null, List.of(0.9, 1.0))).getMessage());
        assertEquals(List.of(0.5, 0.9), SweepPlan.decimals("0.5, 0.9"));
        assertEquals(List.of(), SweepPlan.decimals(" "));
    }

    /**
     * Adam's β2 and a GAN's discriminator steps as β1 is: one value shared, several drawn one per trial (each enough to search
     * alone, the steps read back as whole numbers); out of range named.
     */
    @Test
    void betaTwoAndDiscriminatorStepsAreSharedOrDrawn(@TempDir Path dir) throws Exception {
        SweepTest.sweepFile(dir, "{}");
        Sweep shared = Sweep.read(written(dir, new SweepPlan("moons.dnet", 2, "adam", 4, 0.001, 0.1, List.of(16), List.of(1L), 0, 0, 0, null,
                List.of(), List.of(0.9), List.of(5))));
        assertEquals(0.9, shared.shared().get("beta2"));
        assertEquals(5.0, shared.shared().get("discriminatorSteps"));
        Sweep drawn = Sweep.read(written(dir, new SweepPlan("moons.dnet", 2, "adam", 8, 0.01, 0.01, List.of(16), List.of(1L), 0, 0, 0, null,
                List.of(), List.of(0.9, 0.999), List.of(1, 5))));
        assertEquals(java.util.Set.of(0.9, 0.999), drawn.expand().stream().map(r -> (Double) r.settings().get("beta2"))
                .collect(java.util.stream.Collectors.toSet()), "both drawn over 8 trials");
        assertEquals(java.util.Set.of(1.0, 5.0), drawn.expand().stream().map(r -> ((Number) r.settings().get("discriminatorSteps"))
                .doubleValue()).collect(java.util.stream.Collectors.toSet()), "both drawn over 8 trials");
        Sweep steps = Sweep.read(written(dir, new SweepPlan("moons.dnet", 2, "adam", 8, 0.01, 0.01, List.of(16), List.of(1L), 0, 0, 0, null,
                List.of(), List.of(), List.of(1, 5))));
        assertEquals(8, steps.expand().size(), "the steps alone are a search");
        assertEquals("Adam's β2 must be at least 0 and below 1", assertThrows(IllegalArgumentException.class, () -> new SweepPlan("n.dnet", 2,
                null, 4, 0.001, 0.1, List.of(16), List.of(1L), 0, 0, 0, null, List.of(), List.of(1.0), List.of())).getMessage());
        assertEquals("the discriminator's steps per generator step must be 1 or more", assertThrows(IllegalArgumentException.class,
                () -> new SweepPlan("n.dnet", 2, null, 4, 0.001, 0.1, List.of(16), List.of(1L), 0, 0, 0, null, List.of(), List.of(), List.of(
                        0))).getMessage());
    }

    @Test
    void valuesOutOfRangeAreNamed() {
        assertEquals("the learning rate's range needs 0 < from <= to", assertThrows(IllegalArgumentException.class, () -> new SweepPlan(
                "n.dnet", 9, null, 5, 0.1, 0.01, List.of(32), List.of(1L), 0)).getMessage());
        assertEquals("successive halving's eta must be 2 or more", assertThrows(IllegalArgumentException.class, () -> new SweepPlan("n.dnet", 9,
                null, 5, 0.01, 0.1, List.of(32), List.of(1L), 1)).getMessage());
        assertEquals("choose the network to train", assertThrows(IllegalArgumentException.class, () -> new SweepPlan("", 9, null, 5, 0.01, 0.1,
                List.of(32), List.of(1L), 0)).getMessage());
        assertEquals("nothing to search: give the learning rate a range or more than one batch size", assertThrows(
                IllegalArgumentException.class, () -> new SweepPlan("n.dnet", 9, null, 5, 0.01, 0.01, List.of(32), List.of(1L), 0)).getMessage());
        assertEquals(List.of(32L, 64L, 128L), SweepPlan.numbers("32, 64 128"));
        assertEquals("'32, x' is not a list of whole numbers", assertThrows(IllegalArgumentException.class, () -> SweepPlan.numbers("32, x"))
                .getMessage());
    }

    private static Path written(Path dir, SweepPlan plan) throws Exception {
        Path file = dir.resolve("fixed.json");
        Files.writeString(file, plan.json());
        return file;
    }

    @Test
    void aGanPlanSearchesTheDiscriminatorsRateToo(@TempDir Path dir) throws Exception {
        SweepTest.sweepFile(dir, "{}");
        SweepPlan plan = new SweepPlan("gan.dnet", 6, null, 9, 1e-4, 5e-4, List.of(64), List.of(1L), 3, 5e-5, 1e-3, "runs/lenet");
        assertEquals("""
                {
                  "network": "gan.dnet",
                  "epochs": 6,
                  "judge": "runs/lenet",
                  "batch": 64,
                  "random": {"trials": 9, "lr": {"log": [1.0E-4, 5.0E-4]}, "discriminatorLr": {"log": [5.0E-5, 0.001]}},
                  "seeds": [1],
                  "halving": {"eta": 3, "minEpochs": 1, "metric": "frechet"}
                }
                """, plan.json());
        Files.createDirectories(dir.resolve("runs/lenet"));
        Sweep sweep = Sweep.read(written(dir, plan));
        assertEquals(Halving.Metric.FRECHET, sweep.halving().metric());
        assertEquals(dir.resolve("runs/lenet/model.onnx").toAbsolutePath().normalize().toString(), sweep.shared().get(SweepJudging.JUDGE),
                "a run directory's model, resolved beside the file");
        for (RunSpec spec : sweep.expand()) {
            double rate = (Double) spec.settings().get("discriminatorLr");
            assertTrue(rate >= 5e-5 && rate <= 1e-3, spec.name());
        }
        // One discriminator rate is a setting every run shares; it alone varying is a search too.
        assertTrue(new SweepPlan("gan.dnet", 2, null, 3, 1e-4, 1e-3, List.of(64), List.of(1L), 0, 2e-4, 2e-4, null).json()
                .contains("\"discriminatorLr\": 2.0E-4,"));
        new SweepPlan("gan.dnet", 2, null, 3, 1e-3, 1e-3, List.of(64), List.of(1L), 0, 1e-4, 1e-3, null);
        assertThrows(IllegalArgumentException.class, () -> new SweepPlan("gan.dnet", 2, null, 3, 1e-3, 1e-3, List.of(64), List.of(1L), 0, 2e-4,
                2e-4, null), "nothing varies");
        assertEquals("the discriminator's rate needs 0 < from <= to (both empty: the generator's rate)", assertThrows(
                IllegalArgumentException.class, () -> new SweepPlan("gan.dnet", 2, null, 3, 1e-4, 1e-3, List.of(64), List.of(1L), 0, 1e-3,
                        1e-4, null)).getMessage());
    }
}
