package dev.dendrite.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeCacheTest {

    @TempDir
    Path root;

    /** A jar of two libraries that counts how often each is read. */
    private static class FakeJar implements NativeCache.Resources {
        final Map<String, byte[]> files = new HashMap<>();
        final Map<String, Integer> reads = new HashMap<>();

        FakeJar(String core, String jni) {
            List<String> names = NativeCache.libraries();
            if (core != null) {
                files.put(names.get(0), core.getBytes());
            }
            if (jni != null) {
                files.put(names.get(1), jni.getBytes());
            }
        }

        @Override
        public InputStream open(String name) {
            reads.merge(name, 1, Integer::sum);
            byte[] bytes = files.get(name);
            return bytes == null ? null : new ByteArrayInputStream(bytes);
        }

        @Override
        public long length(String name) {
            byte[] bytes = files.get(name);
            return bytes == null ? -1 : bytes.length;
        }

        int coreReads() {
            return reads.getOrDefault(NativeCache.libraries().get(0), 0);
        }
    }

    private static String core() {
        return NativeCache.libraries().get(0);
    }

    private static List<Path> entries(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.toList();
        }
    }

    @Test
    void theNativesAreUnpackedOnceIntoAFolderNamedByVersionPlatformAndBuild() throws IOException {
        FakeJar jar = new FakeJar("core library", "jni glue");
        NativeCache.Outcome first = NativeCache.unpack(root, "1.29.0", "linux-x64", jar);
        assertNull(first.reason());
        assertTrue(first.folder().getFileName().toString().startsWith("onnxruntime-1.29.0-linux-x64-"), first.folder().toString());
        assertEquals("core library", Files.readString(first.folder().resolve(core())));
        assertEquals("jni glue", Files.readString(first.folder().resolve(NativeCache.libraries().get(1))));
        assertEquals(1, jar.coreReads());

        NativeCache.Outcome second = NativeCache.unpack(root, "1.29.0", "linux-x64", jar);
        assertEquals(first.folder(), second.folder());
        assertEquals(1, jar.coreReads(), "a complete folder is reused, not unpacked again");
        assertEquals(List.of(first.folder()), entries(root), "no part folder is left behind");

        NativeCache.Outcome otherBuild = NativeCache.unpack(root, "1.29.0", "linux-x64", new FakeJar("core library", "other glue"));
        assertFalse(otherBuild.folder().equals(first.folder()), "another build of the same version gets its own folder");
    }

    @Test
    void anotherProcessFinishingFirstWinsAndItsFolderIsUsed() throws IOException {
        FakeJar theirs = new FakeJar("core library", "jni glue");
        Path folder = NativeCache.unpack(root.resolve("probe"), "1.29.0", "linux-x64", theirs).folder();
        Path target = root.resolve(folder.getFileName());
        // While this process copies the core library, the other one renames its complete copy into place.
        FakeJar racing = new FakeJar("core library", "jni glue") {
            @Override
            public InputStream open(String name) {
                if (name.equals(core()) && !Files.exists(target)) {
                    try {
                        Files.createDirectories(target);
                        for (String library : NativeCache.libraries()) {
                            Files.write(target.resolve(library), files.get(library));
                        }
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                return super.open(name);
            }
        };
        NativeCache.Outcome outcome = NativeCache.unpack(root, "1.29.0", "linux-x64", racing);
        assertNull(outcome.reason());
        assertEquals(target, outcome.folder());
        assertEquals(java.util.Set.of(root.resolve("probe"), target), java.util.Set.copyOf(entries(root)), "this process's part folder is gone");
    }

    @Test
    void aDamagedFolderIsUnpackedAgain() throws IOException {
        FakeJar jar = new FakeJar("core library", "jni glue");
        Path folder = NativeCache.unpack(root, "1.29.0", "linux-x64", jar).folder();
        Files.writeString(folder.resolve(core()), "core");

        NativeCache.Outcome again = NativeCache.unpack(root, "1.29.0", "linux-x64", jar);
        assertEquals(folder, again.folder());
        assertEquals("core library", Files.readString(folder.resolve(core())));
        assertEquals(2, jar.coreReads());
        assertEquals(List.of(folder), entries(root));
    }

    @Test
    void partFoldersOfKilledUnpacksAreRemovedOnceAnHourOld() throws IOException {
        FakeJar jar = new FakeJar("core library", "jni glue");
        String name = NativeCache.unpack(root.resolve("probe"), "1.29.0", "linux-x64", jar).folder().getFileName().toString();
        Path old = Files.createDirectories(root.resolve(name + ".part-1"));
        Files.writeString(old.resolve(core()), "half");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path recent = Files.createDirectories(root.resolve(name + ".part-2"));

        NativeCache.Outcome outcome = NativeCache.unpack(root, "1.29.0", "linux-x64", jar);
        assertNotNull(outcome.folder());
        assertFalse(Files.exists(old), "an hour-old part folder is a killed unpack's");
        assertTrue(Files.exists(recent), "a recent part folder may be another process unpacking now");
    }

    @Test
    void aCacheThatCannotBeWrittenOrAJarWithoutNativesGivesAReasonNotAFolder() throws IOException {
        Path file = Files.writeString(root.resolve("a-file"), "not a folder");
        NativeCache.Outcome unwritable = NativeCache.unpack(file.resolve("natives"), "1.29.0", "linux-x64", new FakeJar("c", "j"));
        assertNull(unwritable.folder());
        assertTrue(unwritable.reason().startsWith("the cache folder " + file.resolve("natives") + " cannot be written"), unwritable.reason());

        NativeCache.Outcome noGlue = NativeCache.unpack(root, "1.29.0", "linux-x64", new FakeJar("c", null));
        assertNull(noGlue.folder());
        assertTrue(noGlue.reason().contains("has no " + NativeCache.libraries().get(1)), noGlue.reason());

        FakeJar unreadable = new FakeJar("core library", "j") {
            @Override
            public InputStream open(String name) {
                if (!name.equals(core())) {
                    return super.open(name);
                }
                return new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("No space left on device");
                    }
                };
            }
        };
        NativeCache.Outcome full = NativeCache.unpack(root, "1.29.0", "linux-x64", unreadable);
        assertNull(full.folder());
        assertTrue(full.reason().endsWith("cannot be written (No space left on device)"), full.reason());

        NativeCache.Outcome noCore = NativeCache.unpack(root, "1.29.0", "linux-x64", new FakeJar(null, "j"));
        assertNull(noCore.folder());
        assertTrue(noCore.reason().contains("has no " + core()), noCore.reason());
        assertEquals(List.of(file), entries(root), "a failed unpack leaves no folder");
    }

    @Test
    void theRootFollowsThePropertyThenXdgThenTheHomeFolder() {
        Map<String, String> none = Map.of();
        assertEquals(Path.of("/opt/cache"), NativeCache.root(" /opt/cache ", none::get, "/home/u"));
        assertEquals(Path.of("/x/dendrite/natives"), NativeCache.root(null, Map.of("XDG_CACHE_HOME", "/x")::get, "/home/u"));
        assertEquals(Path.of("/home/u/.cache/dendrite/natives"), NativeCache.root(null, Map.of("XDG_CACHE_HOME", "relative")::get, "/home/u"));
        assertEquals(Path.of("/home/u/.cache/dendrite/natives"), NativeCache.root("", none::get, "/home/u"));
    }

    @Test
    void offOrOnnxRuntimesOwnLibraryPathSwitchLeavesTheNativesToOnnxRuntime() {
        String cache = System.getProperty(NativeCache.PROPERTY);
        try {
            System.setProperty(NativeCache.PROPERTY, "OFF");
            assertEquals(new NativeCache.Outcome(null, "dendrite.nativeCache=off"), NativeCache.unpackJarNatives());
            System.setProperty(NativeCache.PROPERTY, root.toString());
            System.setProperty(NativeCache.LIBRARY_PATH_PROPERTY, "");
            assertEquals(new NativeCache.Outcome(null, "ORT_LOAD_FROM_LIBRARY_PATH is set"), NativeCache.unpackJarNatives());
            System.clearProperty(NativeCache.LIBRARY_PATH_PROPERTY);
            NativeCache.Outcome unpacked = NativeCache.unpackJarNatives();
            assertEquals(root, unpacked.folder().getParent(), String.valueOf(unpacked.reason()));
        } finally {
            System.clearProperty(NativeCache.LIBRARY_PATH_PROPERTY);
            System.setProperty(NativeCache.PROPERTY, cache);
        }
    }

    @Test
    void platformsAreNamedAsOnnxRuntimesJarNamesThem() {
        assertEquals("linux-x64", NativeCache.platform("Linux", "amd64"));
        assertEquals("linux-aarch64", NativeCache.platform("Linux", "aarch64"));
        assertEquals("osx-aarch64", NativeCache.platform("Mac OS X", "aarch64"));
        assertEquals("win-x64", NativeCache.platform("Windows 11", "amd64"));
        assertNull(NativeCache.platform("Linux", "riscv64"));
        assertNull(NativeCache.platform("FreeBSD", "amd64"));
    }

    @Test
    void thisProcessLoadedOnnxRuntimeFromTheCacheAndItHoldsTheJarsBytes() throws IOException {
        // The test run points dendrite.nativeCache into the build folder (the root pom's argLine).
        OnnxRuntime.RuntimeInfo info = OnnxRuntime.info();
        assertTrue(info.natives().startsWith(CudaNatives.CACHED_CPU_NATIVES + " ("), info.natives());
        Path folder = Path.of(System.getProperty(CudaNatives.NATIVE_PATH_PROPERTY));
        assertEquals(Path.of(System.getProperty(NativeCache.PROPERTY)), folder.getParent());
        String platform = NativeCache.platform(System.getProperty("os.name"), System.getProperty("os.arch"));
        for (String library : NativeCache.libraries()) {
            try (InputStream jar = ai.onnxruntime.OrtEnvironment.class.getResourceAsStream("/ai/onnxruntime/native/" + platform + "/" + library)) {
                assertArrayEquals(jar.readAllBytes(), Files.readAllBytes(folder.resolve(library)), library);
            }
        }
    }
}
