package dev.dendrite.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.onnxruntime.OrtSession.SessionOptions;

class SessionTuningTest {

    @Test
    void configurationEntriesReachTheSessionOptions() throws Exception {
        RuntimeSettings settings = RuntimeSettings.forTrainer().withSessionOptions("level=extended; session.dynamic_block_base=4;arena=0");
        try (SessionOptions options = new SessionOptions()) {
            OnnxRuntime.configure(options, settings);
            assertEquals("4", options.getConfigEntries().get("session.dynamic_block_base"));
            // Dendrite's own entries stay.
            assertEquals("1", options.getConfigEntries().get("session.intra_op.allow_spinning"));
        }
        assertEquals(Map.of("level", "extended", "session.dynamic_block_base", "4", "arena", "0"),
                SessionTuning.parse(settings.sessionOptions()));
    }

    @Test
    void aSessionWithTunedOptionsComputesTheSameNumbers() throws Exception {
        float[] w = {1f, -1f, 0.5f, 2f, 0f, -3f};
        float[] b = {0.5f, 0f, 1f};
        FloatArray x = FloatArray.of(new long[] {2, 2}, 1f, 2f, -1f, 0.5f);
        float[] plain;
        try (ModelSession session = OnnxRuntime.open(TinyModels.denseRelu(w, b), "dense", RuntimeSettings.forIde())) {
            plain = session.runFloats(Map.of("x", x)).get("y").values();
        }
        RuntimeSettings tuned = RuntimeSettings.forIde().withSessionOptions("level=none;mempattern=0;arena=0;mode=parallel;inter=2");
        try (ModelSession session = OnnxRuntime.open(TinyModels.denseRelu(w, b), "dense", tuned)) {
            assertArrayEquals(plain, session.runFloats(Map.of("x", x)).get("y").values());
        }
    }

    @Test
    void malformedOptionsAreRefusedByName() {
        IllegalArgumentException level = assertThrows(IllegalArgumentException.class,
                () -> RuntimeSettings.forTrainer().withSessionOptions("level=fast"));
        assertEquals("session option level must be none, basic, extended or all, is 'fast'", level.getMessage());
        IllegalArgumentException bare = assertThrows(IllegalArgumentException.class,
                () -> RuntimeSettings.forTrainer().withSessionOptions("session.dynamic_block_base"));
        assertTrue(bare.getMessage().contains("'session.dynamic_block_base' is not KEY=VALUE"), bare.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SessionTuning.parse("arena=yes"));
        assertEquals("session option mode must be sequential or parallel, is 'async'",
                assertThrows(IllegalArgumentException.class, () -> SessionTuning.parse("mode=async")).getMessage());
        assertEquals("session option inter must be a thread count from 1 to 999, is '0'",
                assertThrows(IllegalArgumentException.class, () -> SessionTuning.parse("mode=parallel;inter=0")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> SessionTuning.parse("inter=two"));
        assertEquals(Map.of("mode", "parallel", "inter", "2"), SessionTuning.parse("mode=parallel;inter=2"));
        assertTrue(SessionTuning.parse(null).isEmpty());
        assertTrue(SessionTuning.parse(" ; ").isEmpty());
        assertEquals("session option pinned must be 0 or 1, is 'no'",
                assertThrows(IllegalArgumentException.class, () -> SessionTuning.parse("pinned=no")).getMessage());
        assertTrue(SessionTuning.pinnedOutputs(null) && SessionTuning.pinnedOutputs("pinned=1") && !SessionTuning.pinnedOutputs("level=all;pinned=0"));
    }
}
