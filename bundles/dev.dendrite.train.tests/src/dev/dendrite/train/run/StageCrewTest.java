package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;

import dev.dendrite.runtime.Denormals;

class StageCrewTest {

    @Test
    void everyMemberDoesItsShareOfEveryStageBeforeAwaitReturnsWhetherItSpunOrParked() {
        AtomicIntegerArray done = new AtomicIntegerArray(3);
        try (StageCrew crew = new StageCrew(3, "test-crew")) {
            for (int stage = 0; stage < 600; stage++) {
                int current = stage;
                crew.start(replica -> {
                    if (replica == 2 && current % 50 == 0) {
                        // Longer than the spin: the caller parks and the member must wake it.
                        LockSupport.parkNanos(3 * StageCrew.SPIN_NANOS);
                    }
                    done.incrementAndGet(replica);
                });
                done.incrementAndGet(0);
                assertNull(crew.await());
                assertEquals(stage + 1, done.get(1), "replica 1 after stage " + stage);
                assertEquals(stage + 1, done.get(2), "replica 2 after stage " + stage);
                if (stage % 100 == 0) {
                    // A pause between stages longer than the spin: the members park and must be woken.
                    LockSupport.parkNanos(4 * StageCrew.SPIN_NANOS);
                }
            }
        }
        assertEquals(600, done.get(0));
    }

    @Test
    void membersTreatDenormalsAsTheThreadThatMadeTheCrew() throws Exception {
        if (!Denormals.settableOnThreads()) {
            // Java 21 or another platform: threads keep denormals (DenormalsTest checks which platforms set them).
            return;
        }
        for (boolean flush : new boolean[] { true, false }) {
            AtomicIntegerArray flushes = new AtomicIntegerArray(3);
            Thread maker = new Thread(() -> {
                Denormals.matchOnThisThread(flush);
                try (StageCrew crew = new StageCrew(3, "test-crew-denormals")) {
                    crew.start(replica -> flushes.set(replica, Denormals.threadFlushes() ? 1 : 0));
                    assertNull(crew.await());
                }
            });
            maker.start();
            maker.join();
            // Replica 0 is the caller's own share, run by the caller: the members are 1 and 2.
            for (int replica = 1; replica < 3; replica++) {
                assertEquals(flush ? 1 : 0, flushes.get(replica), "member " + replica + " of a crew made by a thread that flushes: " + flush);
            }
        }
    }

    @Test
    void aMembersFailureIsReturnedForItsStageOnly() {
        IllegalStateException broken = new IllegalStateException("replica 1 broke");
        try (StageCrew crew = new StageCrew(2, "test-crew-failing")) {
            crew.start(replica -> {
                throw broken;
            });
            assertSame(broken, crew.await());
            crew.start(replica -> { });
            assertNull(crew.await());
        }
    }

    @Test
    void runStopsTheOthersAndThrowsAMembersFailureOnceTheCallersShareIsDone() throws Exception {
        java.util.concurrent.atomic.AtomicInteger stops = new java.util.concurrent.atomic.AtomicInteger();
        AtomicIntegerArray done = new AtomicIntegerArray(2);
        try (StageCrew crew = new StageCrew(2, "test-crew-run")) {
            ai.onnxruntime.OrtException thrown = org.junit.jupiter.api.Assertions.assertThrows(ai.onnxruntime.OrtException.class,
                    () -> crew.run(replica -> {
                        if (replica == 1) {
                            throw new IllegalStateException("replica 1 broke");
                        }
                        LockSupport.parkNanos(3 * StageCrew.SPIN_NANOS);
                        done.incrementAndGet(0);
                    }, stops::incrementAndGet));
            assertTrue(thrown.getMessage().contains("replica 1 broke"), thrown.getMessage());
            assertEquals(1, done.get(0), "the caller's share finished before run threw");
            assertEquals(1, stops.get(), "the failing share asked the others to stop");
            crew.run(done::incrementAndGet, stops::incrementAndGet);
            assertEquals(2, done.get(0));
            assertEquals(1, done.get(1), "the next stage ran on the member");
            assertEquals(1, stops.get());
        }
    }

    @Test
    void closingEndsTheMembersAndOneReplicaHasNone() {
        StageCrew crew = new StageCrew(3, "test-crew-closing");
        assertTrue(members("test-crew-closing") == 2, "two members besides the caller");
        crew.close();
        assertFalse(members("test-crew-closing") > 0, "members left after close");
        try (StageCrew alone = new StageCrew(1, "test-crew-alone")) {
            alone.start(replica -> {
                throw new AssertionError("no member should run: the caller is replica 0");
            });
            assertNull(alone.await());
            assertEquals(0, members("test-crew-alone"));
        }
    }

    private static long members(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(name + "-") && t.isAlive()).count();
    }
}
