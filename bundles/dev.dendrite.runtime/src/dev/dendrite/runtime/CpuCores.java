package dev.dendrite.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The intra-op thread count Dendrite uses when none is asked for: one per physical core this
 * process may run on. ONNX Runtime's own choice for "automatic" is not used, because it depends on
 * how its CPU detection reads the machine: on the 2-core VMs Dendrite is developed on it chose one
 * thread, which halved the measured 1024³ MatMul peak (190 against 381 GFLOP/s with two threads)
 * and every training step that runs whole.
 */
public final class CpuCores {

    private static final Path CPUS = Path.of("/sys/devices/system/cpu");
    private static volatile int cached;

    private CpuCores() {
    }

    /** Physical cores available to this process, at least 1; computed once. */
    public static int available() {
        int cores = cached;
        if (cores == 0) {
            cores = count(CPUS, Runtime.getRuntime().availableProcessors());
            cached = cores;
        }
        return cores;
    }

    /**
     * The distinct cores (sets of hardware threads that share one) under {@code cpuDirectory}, as
     * Linux lists them in {@code cpuN/topology/thread_siblings_list}, but no more than
     * {@code processors} (the JVM's count, which honours affinity masks and container limits).
     * Without that listing (other systems, a restricted /sys), {@code processors}.
     */
    static int count(Path cpuDirectory, int processors) {
        Set<String> cores = new HashSet<>();
        try (Stream<Path> cpus = Files.list(cpuDirectory)) {
            for (Path cpu : cpus.filter(p -> p.getFileName().toString().matches("cpu\\d+")).toList()) {
                Path siblings = cpu.resolve("topology/thread_siblings_list");
                if (Files.isReadable(siblings)) {
                    cores.add(Files.readString(siblings).strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            return Math.max(1, processors);
        }
        return Math.max(1, cores.isEmpty() ? processors : Math.min(cores.size(), processors));
    }
}
