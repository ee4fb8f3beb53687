package dev.dendrite.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CudaNativesTest {

    @TempDir
    Path plugins;

    private static Path natives(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(CudaNatives.CORE_LIBRARY), "core");
        Files.writeString(folder.resolve(CudaNatives.CUDA_PROVIDER), "cuda");
        return folder;
    }

    @Test
    void withoutAnyCudaNativesTheJarsCpuNativesAreUsed() throws IOException {
        Path runtimeJar = Files.writeString(plugins.resolve("dev.dendrite.runtime_0.1.0.jar"), "jar");
        CudaNatives.Source source = CudaNatives.choose(Map.<String, String>of()::get, null, runtimeJar);
        assertNull(source.folder());
        assertEquals("CPU natives in the ONNX Runtime jar", source.describe());
    }

    @Test
    void theJarsNativesNameTheCacheTheyWereUnpackedToOrWhyTheyWereNot() throws IOException {
        Path cache = Files.createDirectories(plugins.resolve("cache"));
        CudaNatives.Source jar = CudaNatives.choose(Map.<String, String>of()::get, null, null);
        CudaNatives.Source cached = CudaNatives.cached(jar, new NativeCache.Outcome(cache, null));
        assertEquals(cache, cached.folder());
        assertEquals("CPU natives of the ONNX Runtime jar, unpacked once (" + cache + ")", cached.describe());

        CudaNatives.Source notCached = CudaNatives.cached(jar, new NativeCache.Outcome(null, "dendrite.nativeCache=off"));
        assertNull(notCached.folder());
        assertEquals("CPU natives in the ONNX Runtime jar (not cached: dendrite.nativeCache=off)", notCached.describe());

        CudaNatives.Source ignored = CudaNatives.choose(Map.of(CudaNatives.ENVIRONMENT_VARIABLE, "/nowhere")::get, null, null);
        String kept = CudaNatives.cached(ignored, new NativeCache.Outcome(cache, null)).describe();
        assertTrue(kept.startsWith("CPU natives of the ONNX Runtime jar, unpacked once; DENDRITE_CUDA_NATIVES=/nowhere ignored"), kept);
    }

    @Test
    void anInstalledCudaBundleBesideTheRuntimeJarIsFoundNewestFirst() throws IOException {
        Path runtimeJar = Files.writeString(plugins.resolve("dev.dendrite.runtime_0.1.0.jar"), "jar");
        natives(plugins.resolve("dev.dendrite.runtime.cuda_0.1.0.202601010000/native/linux-x64"));
        Path newest = natives(plugins.resolve("dev.dendrite.runtime.cuda_0.1.0.202602010000/native/linux-x64"));
        // A folder of the bundle without the CUDA provider is incomplete and skipped.
        Files.createDirectories(plugins.resolve("dev.dendrite.runtime.cuda_0.1.0.202603010000/native/linux-x64"));
        CudaNatives.Source source = CudaNatives.choose(Map.<String, String>of()::get, null, runtimeJar);
        assertEquals(newest, source.folder());
        assertTrue(source.kind().contains("CUDA feature"), source.kind());
    }

    @Test
    void theEnvironmentVariableWinsOverTheBundleButOnlyWhenComplete() throws IOException {
        Path runtimeJar = Files.writeString(plugins.resolve("dev.dendrite.runtime_0.1.0.jar"), "jar");
        natives(plugins.resolve("dev.dendrite.runtime.cuda_0.1.0/native/linux-x64"));
        Path own = natives(plugins.resolve("elsewhere"));
        CudaNatives.Source fromEnvironment = CudaNatives.choose(
                Map.of(CudaNatives.ENVIRONMENT_VARIABLE, own.toString())::get, null, runtimeJar);
        assertEquals(own, fromEnvironment.folder());

        Path empty = Files.createDirectories(plugins.resolve("empty"));
        CudaNatives.Source ignored = CudaNatives.choose(
                Map.of(CudaNatives.ENVIRONMENT_VARIABLE, empty.toString())::get, null, runtimeJar);
        assertNull(ignored.folder());
        assertTrue(ignored.describe().contains("ignored: it lacks libonnxruntime.so"), ignored.describe());
    }

    @Test
    void anExplicitNativePathPropertyIsRespectedAsGiven() throws IOException {
        Path own = natives(plugins.resolve("gpu"));
        Path other = natives(plugins.resolve("other"));
        CudaNatives.Source source = CudaNatives.choose(
                Map.of(CudaNatives.ENVIRONMENT_VARIABLE, other.toString())::get, own.toString(), null);
        assertEquals(own, source.folder());
        assertEquals("CUDA natives from onnxruntime.native.path", source.kind());
    }
}
