package dev.dendrite.runtime;

/**
 * How sessions are created: device and threading.
 *
 * <p>ONNX Runtime's intra-op threads spin while they wait for work. That is right for a trainer
 * process that owns the machine, and wrong inside the IDE, where spinning threads steal the cores
 * the UI needs: {@link #forIde()} turns spinning off.
 *
 * @param device the requested device; CUDA falls back to CPU when unavailable
 * @param cudaDeviceId the CUDA device ordinal, used only for {@link Device#CUDA}
 * @param intraOpThreads threads inside one operator; 0: one per physical core available ({@link CpuCores})
 * @param interOpThreads threads across independent operators; 0 lets ONNX Runtime choose
 * @param allowSpinning whether idle intra-op threads busy-wait for work
 * @param profilePrefix when not null, ONNX Runtime profiles every run into a JSON trace whose path starts with it
 * @param sessionOptions extra session options to measure, see {@link SessionTuning}; null or empty for the defaults
 */
public record RuntimeSettings(Device device, int cudaDeviceId, int intraOpThreads, int interOpThreads,
        boolean allowSpinning, String profilePrefix, String sessionOptions) {

    public RuntimeSettings(Device device, int cudaDeviceId, int intraOpThreads, int interOpThreads, boolean allowSpinning) {
        this(device, cudaDeviceId, intraOpThreads, interOpThreads, allowSpinning, null, null);
    }

    public RuntimeSettings(Device device, int cudaDeviceId, int intraOpThreads, int interOpThreads, boolean allowSpinning,
            String profilePrefix) {
        this(device, cudaDeviceId, intraOpThreads, interOpThreads, allowSpinning, profilePrefix, null);
    }

    public RuntimeSettings {
        if (device == null) {
            throw new IllegalArgumentException("device must not be null");
        }
        if (cudaDeviceId < 0) {
            throw new IllegalArgumentException("CUDA device id must be >= 0, was " + cudaDeviceId);
        }
        if (intraOpThreads < 0 || interOpThreads < 0) {
            throw new IllegalArgumentException(
                    "thread counts must be >= 0 (0 = automatic), were " + intraOpThreads + " and " + interOpThreads);
        }
        SessionTuning.parse(sessionOptions);
    }

    /** The intra-op threads sessions get: those asked for, else one per physical core ({@link CpuCores}). */
    public int intraOpThreadsOrCores() {
        return intraOpThreads > 0 ? intraOpThreads : CpuCores.available();
    }

    /** CPU, automatic threads, no spinning: for sessions created inside the workbench. */
    public static RuntimeSettings forIde() {
        return new RuntimeSettings(Device.CPU, 0, 0, 0, false);
    }

    /** CPU, automatic threads, spinning allowed: for a trainer process that owns the machine. */
    public static RuntimeSettings forTrainer() {
        return new RuntimeSettings(Device.CPU, 0, 0, 0, true);
    }

    public RuntimeSettings withDevice(Device newDevice) {
        return new RuntimeSettings(newDevice, cudaDeviceId, intraOpThreads, interOpThreads, allowSpinning, profilePrefix, sessionOptions);
    }

    public RuntimeSettings withThreads(int intraOp, int interOp) {
        return new RuntimeSettings(device, cudaDeviceId, intraOp, interOp, allowSpinning, profilePrefix, sessionOptions);
    }

    public RuntimeSettings withSpinning(boolean spinning) {
        return new RuntimeSettings(device, cudaDeviceId, intraOpThreads, interOpThreads, spinning, profilePrefix, sessionOptions);
    }

    /** Profiles every run of sessions opened with these settings ({@link ModelSession#endProfiling()} ends the trace). */
    public RuntimeSettings withProfiling(String prefix) {
        return new RuntimeSettings(device, cudaDeviceId, intraOpThreads, interOpThreads, allowSpinning, prefix, sessionOptions);
    }

    /** Extra session options ({@link SessionTuning}'s syntax), for measuring what they change. */
    public RuntimeSettings withSessionOptions(String options) {
        return new RuntimeSettings(device, cudaDeviceId, intraOpThreads, interOpThreads, allowSpinning, profilePrefix, options);
    }
}
