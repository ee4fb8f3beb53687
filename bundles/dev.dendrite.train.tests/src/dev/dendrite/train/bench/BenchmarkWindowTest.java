package dev.dendrite.train.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A timing window leaves its first step out: steady training is measured, not the switch from another case. */
class BenchmarkWindowTest {

    @Test
    void aSlowFirstStepIsNotTimed() {
        int[] calls = new int[1];
        Runnable step = () -> busy(calls[0]++ == 0 ? 60_000_000 : 1_000_000);
        double rate = Benchmark.window(step, 0.005);
        // Timed with the first step, five steps would read at most 5 / 64 ms = 78 per second.
        assertTrue(rate > 300, "steps per second without the first: " + rate);
        assertEquals(6, calls[0], "one untimed step, then the five a window takes at least");
    }

    private static void busy(long nanos) {
        long until = System.nanoTime() + nanos;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }
}
