package dev.dendrite.train.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/** What a benchmark records about the machine it ran on, and how busy that machine was. */
class BenchConditionsTest {

    @Test
    void busyShareIsTheNonIdleTimeBetweenTwoReadings() {
        // user nice system idle iowait irq softirq steal: 100 user, 100 system, 500 idle and 100 iowait ticks pass.
        String before = "cpu  1000 5 1000 8000 50 0 0 0 0 0";
        String after = "cpu  1100 5 1100 8500 150 0 0 0 0 0";
        assertEquals(0.25, BenchConditions.busyShare(before, after), 1e-12);
        assertEquals(0.0, BenchConditions.busyShare(before, before), "no time passed: nothing was busy");
        // steal time (another guest on the host) counts as busy: the run does not get those cycles.
        assertEquals(0.5, BenchConditions.busyShare("cpu 0 0 0 0 0 0 0 0", "cpu 0 0 0 100 0 0 0 100"), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> BenchConditions.busyShare("cpu0 1 2 3 4 5", after));
    }

    @Test
    void aMachineBusyWithOtherWorkReadsBusy() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        AtomicBoolean spin = new AtomicBoolean(true);
        List<Thread> spinners = new ArrayList<>();
        for (int i = 0; i < cores; i++) {
            Thread t = new Thread(() -> {
                long x = 0;
                while (spin.get()) {
                    x += System.nanoTime() & 1;
                }
                if (x == 42) {
                    System.out.print("");
                }
            });
            t.setDaemon(true);
            t.start();
            spinners.add(t);
        }
        try {
            Thread.sleep(100);
            BenchConditions busy = BenchConditions.measure(2, "1.29.0", 400);
            assertTrue(busy.busyShareBefore() > 0.5, "every core spinning: " + busy.busyShareBefore());
            assertTrue(busy.busy());
            assertEquals(cores, busy.logicalCores());
            assertEquals(2, busy.intraOpThreads());
            assertEquals("1.29.0", busy.onnxRuntime());
            assertFalse(busy.cpu().isBlank());
            assertTrue(busy.java().contains(Integer.toString(Runtime.version().feature())), busy.java());
        } finally {
            spin.set(false);
            for (Thread t : spinners) {
                t.join();
            }
        }
    }
}
