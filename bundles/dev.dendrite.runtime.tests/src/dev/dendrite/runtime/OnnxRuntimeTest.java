package dev.dendrite.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.onnxruntime.OrtSession.SessionOptions;

class OnnxRuntimeTest {

    private static final float[] W = {1f, -1f, 0.5f, 2f, 0f, -3f};
    private static final float[] B = {0.5f, 0f, 1f};

    @Test
    void denseReluModelGivesHandComputedNumbers() throws Exception {
        try (ModelSession session = OnnxRuntime.open(TinyModels.denseRelu(W, B), "dense", RuntimeSettings.forIde())) {
            FloatArray x = FloatArray.of(new long[] {2, 2}, 1f, 2f, -1f, 0.5f);
            FloatArray y = session.runFloats(Map.of("x", x)).get("y");
            // row 1: [1*1+2*2+0.5, 1*-1+2*0+0, 1*0.5+2*-3+1] = [5.5, -1, -4.5] -> relu
            // row 2: [-1+1+0.5, 1+0+0, -0.5-1.5+1] = [0.5, 1, -1] -> relu
            assertArrayEquals(new long[] {2, 3}, y.shape());
            assertArrayEquals(new float[] {5.5f, 0f, 0f, 0.5f, 1f, 0f}, y.values(), 1e-6f);
            assertEquals(Device.CPU, session.device());
            assertTrue(session.fallbackReason().isEmpty());
        }
    }

    @Test
    void modelLoadsFromFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("dense.onnx");
        Files.write(file, TinyModels.denseRelu(W, B));
        try (ModelSession session = OnnxRuntime.open(file, RuntimeSettings.forTrainer())) {
            assertEquals(java.util.Set.of("x"), session.inputNames());
            assertEquals(java.util.Set.of("y"), session.outputNames());
        }
    }

    @Test
    void malformedBytesGiveAClearError() {
        byte[] garbage = "this is not a protobuf model".getBytes();
        ModelLoadException error = assertThrows(ModelLoadException.class,
                () -> OnnxRuntime.open(garbage, "garbage.onnx", RuntimeSettings.forIde()));
        assertTrue(error.getMessage().startsWith("Cannot load garbage.onnx (28 bytes): not a valid ONNX model"),
                error.getMessage());
        assertFalse(error.getMessage().contains("\n"), "one line: " + error.getMessage());
    }

    @Test
    void truncatedModelGivesAClearError() {
        byte[] model = TinyModels.denseRelu(W, B);
        byte[] truncated = Arrays.copyOf(model, model.length / 2);
        ModelLoadException error = assertThrows(ModelLoadException.class,
                () -> OnnxRuntime.open(truncated, "half.onnx", RuntimeSettings.forIde()));
        assertTrue(error.getMessage().contains("half.onnx"), error.getMessage());
    }

    @Test
    void emptyAndMissingInputsAreNamed(@TempDir Path dir) {
        ModelLoadException empty = assertThrows(ModelLoadException.class,
                () -> OnnxRuntime.open(new byte[0], "empty.onnx", RuntimeSettings.forIde()));
        assertEquals("Cannot load empty.onnx: the model is empty (0 bytes)", empty.getMessage());
        Path missing = dir.resolve("nowhere.onnx");
        ModelLoadException notFound = assertThrows(ModelLoadException.class,
                () -> OnnxRuntime.open(missing, RuntimeSettings.forIde()));
        assertEquals("Cannot load " + missing + ": no such file", notFound.getMessage());
    }

    @Test
    void cudaRequestWithoutCudaFallsBackToCpuAndSaysWhy() throws Exception {
        RuntimeSettings cuda = RuntimeSettings.forIde().withDevice(Device.CUDA);
        try (ModelSession session = OnnxRuntime.open(TinyModels.denseRelu(W, B), "dense", cuda)) {
            assertEquals(Device.CPU, session.device());
            String reason = session.fallbackReason().orElseThrow();
            assertTrue(reason.startsWith("CUDA requested, but"), reason);
            assertTrue(reason.endsWith("running on CPU"), reason);
            assertFalse(reason.contains("\n"));
            FloatArray y = session.runFloats(Map.of("x", FloatArray.of(new long[] {1, 2}, 1f, 2f))).get("y");
            assertArrayEquals(new float[] {5.5f, 0f, 0f}, y.values(), 1e-6f);
        }
    }

    @Test
    void ideSettingsTurnSpinningOffAndTrainerSettingsTurnItOn() throws Exception {
        try (SessionOptions ide = new SessionOptions(); SessionOptions trainer = new SessionOptions()) {
            OnnxRuntime.configure(ide, RuntimeSettings.forIde().withThreads(1, 1));
            OnnxRuntime.configure(trainer, RuntimeSettings.forTrainer());
            assertEquals("0", ide.getConfigEntries().get("session.intra_op.allow_spinning"));
            assertEquals("1", trainer.getConfigEntries().get("session.intra_op.allow_spinning"));
        }
    }

    @Test
    void settingsRejectNonsense() {
        IllegalArgumentException threads = assertThrows(IllegalArgumentException.class,
                () -> RuntimeSettings.forIde().withThreads(-1, 0));
        assertTrue(threads.getMessage().contains("thread counts must be >= 0"));
        IllegalArgumentException device = assertThrows(IllegalArgumentException.class, () -> Device.parse("tpu"));
        assertEquals("unknown device 'tpu': use cpu or cuda", device.getMessage());
        assertEquals(Device.CUDA, Device.parse(" CUDA "));
    }

    @Test
    void infoListsCpuProviderAndVersion() {
        OnnxRuntime.RuntimeInfo info = OnnxRuntime.info();
        assertTrue(info.providers().contains("CPU"), info.providers().toString());
        assertTrue(info.version().startsWith("1.29"), info.version());
        assertTrue(info.natives().startsWith("CPU natives of the ONNX Runtime jar"), info.natives());
    }

    @Test
    void selfCheckPasses() {
        RuntimeSelfCheck.Result result = RuntimeSelfCheck.run(RuntimeSettings.forIde());
        assertTrue(result.passed(), result.detail());
        assertEquals(Device.CPU, result.device());
    }
}
