package dev.dendrite.train.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.runtime.RuntimeSettings;

/**
 * A profile covers the step as the trainer runs it: LeNet-5's step in two slices of 32 is every
 * slice's run and the update's, per step, each session's warm-up left out; with one replica asked
 * for, the whole step in one session.
 */
class BenchmarkProfileTest {

    private static final int STEPS = 3;

    private static long calls(OperatorProfile profile, String opType) {
        return profile.operators().stream().filter(e -> e.opType().equals(opType)).mapToLong(OperatorProfile.Entry::calls).sum();
    }

    @Test
    void aStepInSlicesIsProfiledAsEverySliceAndTheUpdate(@TempDir Path dir) throws Exception {
        BenchmarkCase lenet = StandardCases.of("lenet-5 adam", 64);
        Path wholeDir = dir.resolve("whole");
        Benchmark whole = new Benchmark(RuntimeSettings.forTrainer(), 0.01, line -> { }).withReplicas(1);
        OperatorProfile one = whole.profile(lenet, wholeDir, STEPS);
        assertArrayEquals(new int[] {1, 1, 0}, whole.ranAs(lenet));

        Path slicedDir = dir.resolve("sliced");
        Benchmark sliced = new Benchmark(RuntimeSettings.forTrainer(), 0.01, line -> { });
        OperatorProfile perStep = sliced.profile(lenet, slicedDir, STEPS);
        int[] ranAs = sliced.ranAs(lenet);
        assertEquals(2, ranAs[1], "LeNet-5 at 64 runs in two slices of 32");

        assertEquals(STEPS, one.runs());
        assertEquals(STEPS, perStep.runs(), "a run of the combined profile is a step");
        // Every slice runs the step's products; the update (Adam's square root among its nodes) runs once per step.
        assertTrue(calls(one, "Gemm") > 0 && calls(one, "Sqrt") > 0);
        assertEquals(2 * calls(one, "Gemm"), calls(perStep, "Gemm"), "two slices' products per step, the warm-up runs left out");
        assertEquals(calls(one, "Sqrt"), calls(perStep, "Sqrt"), "one update per step");
        assertTrue(perStep.runMicroseconds() > 0);

        try (Stream<Path> traces = Files.list(slicedDir)) {
            assertEquals(ranAs[0] + 1, traces.filter(p -> p.toString().endsWith(".json")).count(),
                    "one trace per replica and one for the update, none for the whole step's unused session");
        }
        try (Stream<Path> traces = Files.list(wholeDir)) {
            assertEquals(1, traces.filter(p -> p.toString().endsWith(".json")).count());
        }
    }

    @Test
    void theUnprofiledTimeRunsTheSameStepWithoutTheProfiler(@TempDir Path dir) throws Exception {
        BenchmarkCase mlp = StandardCases.of("mlp-784-256-256-10 sgd", 64);
        Benchmark bench = new Benchmark(RuntimeSettings.forTrainer().withProfiling(dir.resolve("trace").toString()), 0.01, line -> { });
        Benchmark plain = new Benchmark(RuntimeSettings.forTrainer(), 0.01, line -> { });
        double unprofiled = plain.unprofiledMilliseconds(mlp);
        assertTrue(unprofiled > 0 && Double.isFinite(unprofiled), "a step takes some time: " + unprofiled);
        // Asked of a bench whose sessions profile, it must still open its sessions without the profiler: no trace appears.
        bench.unprofiledMilliseconds(mlp);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "timing without the profiler wrote no trace");
        }
    }
}
