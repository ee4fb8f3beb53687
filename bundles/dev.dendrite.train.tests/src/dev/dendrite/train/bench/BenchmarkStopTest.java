package dev.dendrite.train.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.run.Cancellation;

/** A bench asked to stop (Ctrl+C, SIGTERM) ends at its next step, training or inference, and says why. */
class BenchmarkStopTest {

    @Test
    void aStopBetweenRoundsEndsTheBenchAtItsNextStep() {
        Cancellation stop = new Cancellation();
        List<String> progress = new ArrayList<>();
        Benchmark benchmark = new Benchmark(RuntimeSettings.forTrainer().withThreads(1, 1), 0.02, line -> {
            progress.add(line);
            if (line.startsWith("round 1/")) {
                stop.cancel("stopped by the test");
            }
        }).withStop(stop);
        List<BenchmarkCase> cases = List.of(StandardCases.of("mlp-784-256-256-10 sgd", 64), StandardCases.of("mlp-784-256-256-10 inference", 256));

        Benchmark.Stopped stopped = assertThrows(Benchmark.Stopped.class, () -> benchmark.runInterleaved(cases, 3));

        assertEquals("stopped by the test", stopped.getMessage());
        assertEquals(List.of("round 1/3 done"), progress.stream().filter(l -> l.startsWith("round")).toList(), "no round after the stop");
    }

    @Test
    void aStoppedBenchRunsNoStepOfATrainingOrAnInferenceCase() {
        Cancellation stop = new Cancellation();
        stop.cancel("stopped before");
        Benchmark benchmark = new Benchmark(RuntimeSettings.forTrainer().withThreads(1, 1), 0.02, line -> { }).withStop(stop);
        for (BenchmarkCase c : List.of(StandardCases.of("lenet-5 adam", 64), StandardCases.of("lenet-5 inference", 256))) {
            assertEquals("stopped before", assertThrows(Benchmark.Stopped.class, () -> benchmark.run(c, 100)).getMessage(), c.name());
        }
    }

    @Test
    void aBenchNotAskedToStopRunsToItsEnd() throws Exception {
        Benchmark benchmark = new Benchmark(RuntimeSettings.forTrainer().withThreads(1, 1), 0.02, line -> { }).withStop(new Cancellation());
        List<BenchmarkCase> cases = List.of(StandardCases.of("mlp-784-256-256-10 sgd", 64), StandardCases.of("mlp-784-256-256-10 inference", 256));
        assertEquals(2, benchmark.runInterleaved(cases, 2).size());
    }
}
