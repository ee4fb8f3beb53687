package dev.dendrite.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import ai.onnxruntime.OrtException;

class DenormalsTest {

    /** x · W with W's first row halving x's first value: MIN_NORMAL in, a denormal out unless flushed. */
    private static final float[] HALVING = { 0.5f, 0.5f, 0.5f, 0f, 0f, 0f };

    @AfterEach
    void restore() {
        Denormals.keepInThisProcess();
        Denormals.matchOnThisThread(false);
    }

    @Test
    void aThreadIsSetAndClearedWhereThePlatformAllows() throws Exception {
        if (!settableHere()) {
            return;
        }
        AtomicReference<boolean[]> seen = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            boolean before = Denormals.threadFlushes();
            boolean set = Denormals.matchOnThisThread(true);
            boolean cleared = !Denormals.matchOnThisThread(false);
            seen.set(new boolean[] { before, set, cleared });
        });
        thread.start();
        thread.join();
        assertFalse(seen.get()[0], "a new Java thread keeps denormals");
        assertTrue(seen.get()[1], "set: half the smallest normal float computes to zero");
        assertTrue(seen.get()[2], "cleared: it computes to a denormal again");
        assertFalse(Denormals.threadFlushes(), "another thread's setting is its own");
    }

    @Test
    void sessionsOfAProcessThatOptsInComputeWithDenormalsFlushedOnTheCallingThread() throws Exception {
        if (!settableHere()) {
            return;
        }
        // One intra-op thread: ONNX Runtime computes on the calling thread, as a replica's session does.
        RuntimeSettings oneThread = RuntimeSettings.forTrainer().withThreads(1, 1);
        assertEquals(Float.MIN_NORMAL / 2, halved(oneThread), "a process that did not opt in keeps denormals");

        Denormals.flushInThisProcess();
        assertEquals(0f, halved(oneThread), "flushed where the process opted in");
        assertTrue(Denormals.threadFlushes(), "the opening thread flushes");
        assertEquals(Float.MIN_NORMAL / 2, halved(oneThread.withSessionOptions("denormals=keep")),
                "denormals=keep keeps them, on the same thread");
        assertFalse(Denormals.threadFlushes());
    }

    @Test
    void theSessionOptionTakesFlushOrKeep() {
        assertEquals("keep", SessionTuning.parse("denormals=keep").get("denormals"));
        var wrong = assertThrows(IllegalArgumentException.class, () -> SessionTuning.parse("denormals=zero"));
        assertEquals("session option denormals must be flush or keep, is 'zero'", wrong.getMessage());
    }

    /**
     * Whether this platform is one where Dendrite sets threads, checked against {@link Denormals#settableOnThreads()}
     * so that a broken lookup fails here rather than passing as "not supported".
     */
    static boolean settableHere() {
        String arch = System.getProperty("os.arch");
        boolean expected = System.getProperty("os.name").equals("Linux") && Runtime.version().feature() >= 22
                && (arch.equals("amd64") || arch.equals("aarch64"));
        assertEquals(expected, Denormals.settableOnThreads(), "fegetenv and fesetenv found through Java's foreign function interface");
        return expected;
    }

    private static float halved(RuntimeSettings settings) throws ModelLoadException, OrtException {
        try (ModelSession session = OnnxRuntime.open(TinyModels.denseRelu(HALVING, new float[3]), "halving", settings)) {
            FloatArray x = FloatArray.of(new long[] {1, 2}, Float.MIN_NORMAL, 0f);
            return session.runFloats(Map.of("x", x)).get("y").values()[0];
        }
    }
}
