package dev.dendrite.train.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.dendrite.runtime.RuntimeSettings;

/**
 * The transformer case runs as the trainer runs it: regression targets fed at their declared shape
 * ([N, 48, 1] values, not class indices), whole or, by the trainer's choice, as one replica per core.
 */
class BenchmarkTransformerTest {

    @Test
    void theTransformerCaseTimesItsStepWholeAndAsReplicas() throws Exception {
        BenchmarkCase transformer = StandardCases.of("transformer-generator seq-48 adam", 64);
        Benchmark whole = new Benchmark(RuntimeSettings.forTrainer(), 0.05, line -> { }).withReplicas(1);
        BenchmarkResult one = whole.run(transformer, 100);
        assertArrayEquals(new int[] {1, 1, 0}, whole.ranAs(transformer));
        assertTrue(one.samplesPerSecond() > 0 && one.gflops() > 0, "timed: " + one);
        Benchmark chosen = new Benchmark(RuntimeSettings.forTrainer(), 0.05, line -> { });
        BenchmarkResult replicated = chosen.run(transformer, 100);
        assertTrue(chosen.ranAs(transformer)[0] == Math.min(2, Runtime.getRuntime().availableProcessors()), "one replica per core (2 at most "
                + "at 64 samples): " + java.util.Arrays.toString(chosen.ranAs(transformer)));
        assertTrue(replicated.samplesPerSecond() > 0);
    }
}
