package dev.dendrite.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * ONNX Runtime's CPU natives, unpacked once per version into a per-user cache folder that
 * {@code onnxruntime.native.path} then points at.
 *
 * <p>Why: left to itself, ONNX Runtime's Java loader writes its 28 MB library to a fresh folder
 * of the temporary directory in every process that loads it (every trainer, every command, the
 * IDE), deletes the files after loading but leaves the folder, and leaves the whole 28 MB when
 * the process is killed while loading. A workbench that starts a trainer per run filled
 * {@code /tmp} with thousands of folders that way. Unpacked once, the natives are only read.
 *
 * <p>A folder is complete when it exists under its final name: it is filled under a
 * {@code .part-} name and renamed atomically, so a process killed while unpacking leaves only a
 * part folder, which a later unpack removes once it is an hour old.
 */
final class NativeCache {

    /** System property naming the cache folder, or {@value #OFF} to let ONNX Runtime unpack as it does. */
    static final String PROPERTY = "dendrite.nativeCache";
    static final String OFF = "off";
    /** ONNX Runtime's own switch to load its natives from {@code java.library.path}, which the cache then leaves alone. */
    static final String LIBRARY_PATH_PROPERTY = "ORT_LOAD_FROM_LIBRARY_PATH";

    private static final String PART = ".part-";
    private static final Duration STALE_PART = Duration.ofHours(1);

    private NativeCache() {
    }

    /** What {@link #unpack} did: the folder to load from, or why there is none. */
    record Outcome(Path folder, String reason) {
    }

    /** Where ONNX Runtime's jar keeps a library, and what it costs to read it. */
    interface Resources {
        /** The resource's bytes, or null when the jar has none by that name. */
        InputStream open(String name) throws IOException;

        /** The resource's length in bytes, or -1 when the jar does not say it without reading it. */
        long length(String name);
    }

    /** The libraries the CPU jar's loader loads, in its load order. */
    static List<String> libraries() {
        return List.of(System.mapLibraryName("onnxruntime"), System.mapLibraryName("onnxruntime4j_jni"));
    }

    /** The cache root: {@value #PROPERTY}, else {@code $XDG_CACHE_HOME/dendrite/natives}, else {@code ~/.cache/dendrite/natives}. */
    static Path root(String property, Function<String, String> environment, String userHome) {
        if (property != null && !property.isBlank()) {
            return Path.of(property.strip());
        }
        String xdg = environment.apply("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(userHome, ".cache");
        return cache.resolve("dendrite").resolve("natives");
    }

    /** ONNX Runtime's name for this platform's natives folder in its jar ("linux-x64", ...), or null when it has none. */
    static String platform(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        String osPart = os.contains("linux") ? "linux" : os.contains("mac") || os.contains("darwin") ? "osx"
                : os.startsWith("windows") ? "win" : null;
        String archPart = arch.equals("amd64") || arch.equals("x86_64") ? "x64"
                : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : null;
        return osPart == null || archPart == null ? null : osPart + "-" + archPart;
    }

    /** The natives of the ONNX Runtime jar on this class path (or bundle), unpacked into the cache root chosen by the environment. */
    static Outcome unpackJarNatives() {
        String property = System.getProperty(PROPERTY);
        if (OFF.equalsIgnoreCase(property == null ? "" : property.strip())) {
            return new Outcome(null, PROPERTY + "=" + OFF);
        }
        if (System.getProperty(LIBRARY_PATH_PROPERTY) != null) {
            // The user asked ONNX Runtime for the natives on java.library.path; a native path would override that.
            return new Outcome(null, LIBRARY_PATH_PROPERTY + " is set");
        }
        String platform = platform(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
        if (platform == null) {
            return new Outcome(null, "no ONNX Runtime natives are known for " + System.getProperty("os.name") + " on " + System.getProperty("os.arch"));
        }
        // The class literal does not initialise the class, so nothing is loaded yet.
        Class<?> anchor = ai.onnxruntime.OrtEnvironment.class;
        String version = anchor.getPackage() == null ? null : anchor.getPackage().getImplementationVersion();
        String folder = "/ai/onnxruntime/native/" + platform + "/";
        Resources jar = new Resources() {
            @Override
            public InputStream open(String name) throws IOException {
                return anchor.getResourceAsStream(folder + name);
            }

            @Override
            public long length(String name) {
                URL url = anchor.getResource(folder + name);
                try {
                    return url == null ? -1 : url.openConnection().getContentLengthLong();
                } catch (IOException e) {
                    return -1;
                }
            }
        };
        return unpack(root(property, System::getenv, System.getProperty("user.home")), version, platform, jar);
    }

    /**
     * Returns the cache's folder for these natives, unpacking them first when no complete folder
     * exists. Never throws: a cache that cannot be written is a reason, and ONNX Runtime then
     * unpacks as it always did.
     */
    static Outcome unpack(Path root, String version, String platform, Resources jar) {
        List<String> libraries = libraries();
        try {
            String name = folderName(version, platform, jar, libraries);
            if (name == null) {
                return new Outcome(null, "the ONNX Runtime jar has no " + libraries.get(1) + " for " + platform);
            }
            Path target = root.resolve(name);
            if (complete(target, jar, libraries)) {
                return new Outcome(target, null);
            }
            Files.createDirectories(root);
            removeStaleParts(root, name);
            if (Files.exists(target)) {
                // Incomplete or damaged (a file shorter than the jar's): aside first, so no process loads it half-replaced.
                Path aside = Files.createTempDirectory(root, name + PART);
                Files.delete(aside);
                try {
                    Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
                    deleteTree(aside);
                } catch (NoSuchFileException anotherProcessMovedIt) {
                    // It is unpacking too; whichever rename comes second finds the folder complete.
                }
            }
            Path part = Files.createTempDirectory(root, name + PART);
            for (String library : libraries) {
                try (InputStream in = jar.open(library)) {
                    if (in == null) {
                        deleteTree(part);
                        return new Outcome(null, "the ONNX Runtime jar has no " + library + " for " + platform);
                    }
                    Files.copy(in, part.resolve(library));
                } catch (IOException e) {
                    // A full disk or an unreadable jar: no 28 MB part folder left for an hour.
                    deleteTree(part);
                    throw e;
                }
            }
            String refused = null;
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                // Most often another process renamed its copy first (Linux reports a non-empty target
                // as a plain FileSystemException), so the outcome is judged by the folder, not the error.
                deleteTree(part);
                refused = e.getMessage();
            }
            if (complete(target, jar, libraries)) {
                return new Outcome(target, null);
            }
            return new Outcome(null, refused != null ? "the natives could not be moved into " + target + " (" + refused + ")"
                    : "the unpacked natives in " + target + " are incomplete");
        } catch (IOException | SecurityException e) {
            return new Outcome(null, "the cache folder " + root + " cannot be written (" + e.getMessage() + ")");
        }
    }

    /** "onnxruntime-VERSION-PLATFORM-CRC": the JNI library's checksum tells builds of one version apart; null when it is missing. */
    private static String folderName(String version, String platform, Resources jar, List<String> libraries) throws IOException {
        CRC32 crc = new CRC32();
        try (InputStream in = jar.open(libraries.get(1))) {
            if (in == null) {
                return null;
            }
            crc.update(in.readAllBytes());
        }
        String safeVersion = version == null ? "unknown" : version.replaceAll("[^A-Za-z0-9._-]", "_");
        return String.format(Locale.ROOT, "onnxruntime-%s-%s-%08x", safeVersion, platform, crc.getValue());
    }

    /** Every library present, each as long as the jar's copy where the jar says how long that is. */
    private static boolean complete(Path folder, Resources jar, List<String> libraries) {
        for (String library : libraries) {
            Path file = folder.resolve(library);
            try {
                long expected = jar.length(library);
                if (!Files.isRegularFile(file) || expected >= 0 && Files.size(file) != expected) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** Part folders of this name older than an hour: left by a process killed while unpacking. */
    private static void removeStaleParts(Path root, String name) throws IOException {
        Instant cutoff = Instant.now().minus(STALE_PART);
        try (Stream<Path> entries = Files.list(root)) {
            for (Path entry : entries.filter(p -> p.getFileName().toString().startsWith(name + PART)).toList()) {
                FileTime modified = Files.getLastModifiedTime(entry);
                if (modified.toInstant().isBefore(cutoff)) {
                    deleteTree(entry);
                }
            }
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A leftover part folder is removed by a later unpack once it is an hour old.
        }
    }
}
