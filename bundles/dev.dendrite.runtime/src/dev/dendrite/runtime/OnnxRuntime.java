package dev.dendrite.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import com.google.protobuf.InvalidProtocolBufferException;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions;

/**
 * The one place in Dendrite that creates the ONNX Runtime environment and its sessions.
 *
 * <p>ONNX Runtime allows one environment per process, so this class is a process-wide facade over
 * it rather than a service with several instances. Everything else in Dendrite asks it for
 * sessions, so that thread settings and the CUDA fallback are decided in one place.
 */
public final class OnnxRuntime {

    private static final String LOG_ID = "dendrite";

    static {
        // Must precede the first ONNX Runtime class: its static initialiser loads the natives.
        CudaNatives.activate();
    }

    private OnnxRuntime() {
    }

    /**
     * The process's environment; ONNX Runtime's native library is loaded on first use. Its log
     * level is FATAL because every failure reaches the user as an exception message of ours.
     */
    public static OrtEnvironment environment() {
        return OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL, LOG_ID);
    }

    /** The ONNX Runtime version and the execution providers compiled into the loaded library. */
    public static RuntimeInfo info() {
        OrtEnvironment env = environment();
        EnumSet<OrtProvider> providers = OrtEnvironment.getAvailableProviders();
        return new RuntimeInfo(env.getVersion(), providers.stream().map(OnnxRuntime::providerName).toList(),
                CudaNatives.activate().describe());
    }

    /**
     * Opens a session on an in-memory model.
     *
     * @param source names the model in error messages (a file name, "exported graph", ...)
     * @throws ModelLoadException when the bytes are not a model ONNX Runtime accepts
     */
    public static ModelSession open(byte[] model, String source, RuntimeSettings settings) throws ModelLoadException {
        if (model == null || model.length == 0) {
            throw new ModelLoadException("Cannot load " + source + ": the model is empty (0 bytes)", null);
        }
        // The environment first: it registers ONNX Runtime's logger, which adding CUDA needs.
        OrtEnvironment env = environment();
        SessionOptions options = new SessionOptions();
        // The opening thread is almost always the one that runs the session (a crew's members copy it).
        Denormals.applyForSession(settings.sessionOptions());
        try {
            Optional<String> fallback = configure(options, settings);
            Device effective = fallback.isPresent() ? Device.CPU : settings.device();
            ModelProto blocked = effective == Device.CPU && SessionTuning.blockedConvolutions(settings.sessionOptions()) ? blocked(model) : null;
            if (blocked != null) {
                try {
                    OrtSession session = env.createSession(blocked.toByteArray(), options);
                    return new ModelSession(session, options, effective, fallback, (int) BlockedConvolutions.count(blocked));
                } catch (OrtException refused) {
                    // A build of ONNX Runtime without the blocked operators' schemas: the model as given.
                }
            }
            OrtSession session = env.createSession(model, options);
            return new ModelSession(session, options, effective, fallback, 0);
        } catch (OrtException e) {
            options.close();
            throw new ModelLoadException("Cannot load " + source + " (" + model.length
                    + " bytes): not a valid ONNX model for ONNX Runtime: " + firstLine(e.getMessage()), e);
        } catch (RuntimeException e) {
            options.close();
            throw e;
        }
    }

    /** {@code model} with its fed-kernel convolutions blocked ({@link BlockedConvolutions}), or null: none, or not a model. */
    private static ModelProto blocked(byte[] model) {
        try {
            ModelProto parsed = ModelProto.parseFrom(model);
            // The block is probed (four small sessions) only for a model that could use it.
            return BlockedConvolutions.hasCandidates(parsed) ? BlockedConvolutions.rewrite(parsed, ConvolutionBlocks.size()) : null;
        } catch (InvalidProtocolBufferException notAModel) {
            // ONNX Runtime names what is wrong with the bytes when it is given them as they are.
            return null;
        }
    }

    /** Opens a session on a model file; a missing or unreadable file is a {@link ModelLoadException} naming it. */
    public static ModelSession open(Path file, RuntimeSettings settings) throws ModelLoadException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ModelLoadException("Cannot load " + file + ": no such file", e);
        } catch (IOException e) {
            throw new ModelLoadException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return open(bytes, file.toString(), settings);
    }

    /**
     * Applies threads, spinning and device to the options.
     *
     * @return the one-line reason when CUDA was requested but the session will run on CPU
     */
    static Optional<String> configure(SessionOptions options, RuntimeSettings settings) throws OrtException {
        options.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
        // Never ONNX Runtime's automatic count, which varies with how it reads the machine (CpuCores).
        options.setIntraOpNumThreads(settings.intraOpThreadsOrCores());
        if (settings.interOpThreads() > 0) {
            options.setInterOpNumThreads(settings.interOpThreads());
        }
        options.addConfigEntry("session.intra_op.allow_spinning", settings.allowSpinning() ? "1" : "0");
        options.addConfigEntry("session.inter_op.allow_spinning", settings.allowSpinning() ? "1" : "0");
        if (Denormals.wanted(settings.sessionOptions())) {
            // ONNX Runtime's own pool threads; the threads that call the session are set by Denormals.
            options.addConfigEntry("session.set_denormal_as_zero", "1");
        }
        if (settings.profilePrefix() != null) {
            options.enableProfiling(settings.profilePrefix());
        }
        SessionTuning.apply(options, settings.sessionOptions());
        if (settings.device() != Device.CUDA) {
            return Optional.empty();
        }
        if (!OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA)) {
            return Optional.of("CUDA requested, but the loaded ONNX Runtime has no CUDA provider "
                    + "(install the Dendrite CUDA feature with onnxruntime_gpu); running on CPU");
        }
        try {
            options.addCUDA(settings.cudaDeviceId());
            return Optional.empty();
        } catch (OrtException | RuntimeException e) {
            // ONNX Runtime throws when the CUDA or cuDNN shared libraries cannot be loaded.
            String reason = firstLine(e.getMessage());
            if (reason.contains("Failed to load shared library")) {
                reason += "; " + CudaNatives.missingLibrariesHint();
            }
            return Optional.of("CUDA requested, but CUDA device " + settings.cudaDeviceId()
                    + " could not be used (" + reason + "); running on CPU");
        }
    }

    static String providerName(OrtProvider provider) {
        return switch (provider) {
            case CPU -> "CPU";
            case CUDA -> "CUDA";
            default -> provider.name();
        };
    }

    static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "no detail given";
        }
        String line = message.strip().lines().findFirst().orElse(message.strip());
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    /**
     * @param version ONNX Runtime's version; @param providers execution providers in the loaded library;
     * @param natives where the native libraries were loaded from
     */
    public record RuntimeInfo(String version, List<String> providers, String natives) {
    }
}
