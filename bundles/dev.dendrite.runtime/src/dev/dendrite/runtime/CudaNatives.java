package dev.dendrite.runtime;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Finds ONNX Runtime's CUDA build (the natives of {@code onnxruntime_gpu}) and makes the process
 * load it instead of the CPU natives inside the {@code com.microsoft.onnxruntime} bundle.
 *
 * <p>Why natives only: the GPU jar holds the same Java classes as the CPU jar, so two bundles
 * would export the same package. The Dendrite CUDA feature therefore carries only the GPU
 * natives (bundle {@value #BUNDLE}, unpacked), and ONNX Runtime's own
 * {@code onnxruntime.native.path} property points the CPU jar's classes at them. No 600 MB
 * extraction to the temporary folder happens either. The GPU natives also run on CPU, so using
 * them whenever they are installed is safe; CUDA itself still falls back with a reason.
 */
public final class CudaNatives {

    /** ONNX Runtime's system property naming the folder its native libraries are loaded from. */
    public static final String NATIVE_PATH_PROPERTY = "onnxruntime.native.path";
    /** Environment variable naming a folder of GPU natives, for plain-classpath use (the launcher sets it). */
    public static final String ENVIRONMENT_VARIABLE = "DENDRITE_CUDA_NATIVES";
    /** The bundle of the CUDA feature that carries the natives. */
    public static final String BUNDLE = "dev.dendrite.runtime.cuda";
    /** The natives' folder inside that bundle. */
    public static final String FOLDER_IN_BUNDLE = "native/linux-x64";

    /** System property naming the folder {@link NativeCache} unpacks the jar's natives into, or "off". */
    public static final String NATIVE_CACHE_PROPERTY = NativeCache.PROPERTY;
    /** How {@code doctor} and the runtime view name the jar's CPU natives, as loaded by ONNX Runtime or unpacked by {@link NativeCache}. */
    static final String JAR_CPU_NATIVES = "CPU natives in the ONNX Runtime jar";
    static final String CACHED_CPU_NATIVES = "CPU natives of the ONNX Runtime jar, unpacked once";
    static final String CORE_LIBRARY = "libonnxruntime.so";
    static final String CUDA_PROVIDER = "libonnxruntime_providers_cuda.so";

    private static volatile Source chosen;

    private CudaNatives() {
    }

    /** Where the natives of this process come from, for {@code doctor} and the runtime view. */
    public record Source(String kind, Path folder) {
        public String describe() {
            return folder == null ? kind : kind + " (" + folder + ")";
        }
    }

    /**
     * Decides once, before ONNX Runtime loads, which natives the process uses. An explicit
     * {@value #NATIVE_PATH_PROPERTY} wins; otherwise {@value #ENVIRONMENT_VARIABLE}, otherwise a
     * {@value #BUNDLE} folder beside this bundle's jar (an installed CUDA feature).
     */
    public static synchronized Source activate() {
        if (chosen == null) {
            chosen = choose(System::getenv, System.getProperty(NATIVE_PATH_PROPERTY), ownLocation());
            if (chosen.folder() == null) {
                chosen = cached(chosen, NativeCache.unpackJarNatives());
            }
            if (chosen.folder() != null && System.getProperty(NATIVE_PATH_PROPERTY) == null) {
                System.setProperty(NATIVE_PATH_PROPERTY, chosen.folder().toString());
            }
        }
        return chosen;
    }

    /** The decision of {@link #activate()}, without side effects; separate so that it can be tested. */
    static Source choose(Function<String, String> environment, String nativePathProperty, Path ownLocation) {
        if (nativePathProperty != null && !nativePathProperty.isBlank()) {
            Path folder = Path.of(nativePathProperty);
            return new Source(hasCudaProvider(folder) ? "CUDA natives from " + NATIVE_PATH_PROPERTY
                    : "natives from " + NATIVE_PATH_PROPERTY, folder);
        }
        String fromEnvironment = environment.apply(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            Path folder = Path.of(fromEnvironment);
            if (isNativesFolder(folder)) {
                return new Source("CUDA natives from " + ENVIRONMENT_VARIABLE, folder);
            }
            return new Source(JAR_CPU_NATIVES + "; " + ENVIRONMENT_VARIABLE + "=" + folder
                    + " ignored: it lacks " + CORE_LIBRARY + " or " + CUDA_PROVIDER, null);
        }
        return installedBundle(ownLocation)
                .map(folder -> new Source("CUDA natives from the Dendrite CUDA feature", folder))
                .orElse(new Source(JAR_CPU_NATIVES, null));
    }

    /** The jar's CPU natives as the cache unpacked them; the jar's own unpacking, with the reason, when it could not. */
    static Source cached(Source jarNatives, NativeCache.Outcome outcome) {
        if (outcome.folder() != null) {
            return new Source(jarNatives.kind().replace(JAR_CPU_NATIVES, CACHED_CPU_NATIVES), outcome.folder());
        }
        return new Source(jarNatives.kind() + " (not cached: " + outcome.reason() + ")", null);
    }

    /** The newest {@value #BUNDLE}_VERSION folder next to {@code ownLocation} that holds the natives. */
    static Optional<Path> installedBundle(Path ownLocation) {
        if (ownLocation == null || ownLocation.getParent() == null || !Files.isDirectory(ownLocation.getParent())) {
            return Optional.empty();
        }
        try (Stream<Path> siblings = Files.list(ownLocation.getParent())) {
            return siblings
                    .filter(p -> p.getFileName().toString().startsWith(BUNDLE + "_"))
                    .map(p -> p.resolve(FOLDER_IN_BUNDLE))
                    .filter(CudaNatives::isNativesFolder)
                    .max(Comparator.comparing(p -> p.getParent().getParent().getFileName().toString()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static boolean isNativesFolder(Path folder) {
        return Files.isRegularFile(folder.resolve(CORE_LIBRARY)) && hasCudaProvider(folder);
    }

    private static boolean hasCudaProvider(Path folder) {
        return Files.isRegularFile(folder.resolve(CUDA_PROVIDER));
    }

    /** This bundle's jar or folder, when the class loader tells it (plain classpath, Equinox with file locations). */
    private static Path ownLocation() {
        try {
            var source = CudaNatives.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null || !"file".equals(source.getLocation().getProtocol())) {
                return null;
            }
            return Path.of(source.getLocation().toURI());
        } catch (SecurityException | URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** A hint appended when the CUDA provider library itself failed to load. */
    static String missingLibrariesHint() {
        return "the CUDA provider of ONNX Runtime 1.29 needs CUDA 12.x (libcudart.so.12, libcublas.so.12, "
                + "libcublasLt.so.12, libcurand.so.10) and cuDNN 9 on the library path";
    }
}
