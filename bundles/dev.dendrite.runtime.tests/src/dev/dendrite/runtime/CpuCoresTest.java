package dev.dendrite.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpuCoresTest {

    @Test
    void countsCoresNotHardwareThreadsAndNeverMoreThanTheProcessMayUse(@TempDir Path dir) throws Exception {
        // Four hardware threads on two cores, as Linux lists simultaneous multithreading.
        String[] siblings = {"0,2", "1,3", "0,2", "1,3"};
        for (int cpu = 0; cpu < siblings.length; cpu++) {
            Path topology = Files.createDirectories(dir.resolve("cpu" + cpu + "/topology"));
            Files.writeString(topology.resolve("thread_siblings_list"), siblings[cpu] + "\n");
        }
        Files.createDirectories(dir.resolve("cpufreq"));
        assertEquals(2, CpuCores.count(dir, 4));
        assertEquals(1, CpuCores.count(dir, 1), "a process limited to one processor gets one thread");

        Path bare = Files.createDirectories(dir.resolve("bare/cpu0"));
        assertEquals(3, CpuCores.count(bare.getParent(), 3), "no topology listed: the JVM's processor count");
        assertEquals(2, CpuCores.count(dir.resolve("missing"), 2));
        assertEquals(1, CpuCores.count(dir.resolve("missing"), 0));
    }

    @Test
    void sessionsWithAutomaticThreadsUseEveryCore(@TempDir Path dir) throws Exception {
        assertTrue(CpuCores.available() >= 1 && CpuCores.available() <= Runtime.getRuntime().availableProcessors());
        boolean automaticParallel = runsOnSubThreads(RuntimeSettings.forTrainer(), dir.resolve("automatic"));
        boolean oneThreadParallel = runsOnSubThreads(RuntimeSettings.forTrainer().withThreads(1, 0), dir.resolve("one"));
        assertFalse(oneThreadParallel, "one intra-op thread hands no work to others");
        // ONNX Runtime's own automatic count chose one thread on 2-core VMs; Dendrite's uses both cores.
        assertEquals(CpuCores.available() > 1, automaticParallel);
    }

    private static final Pattern SUB_THREADS = Pattern.compile("\"thread_scheduling_stats\"\\s*:\\s*\\{");

    /** Whether the profiled runs of a wide dense layer handed work to the session's other intra-op threads. */
    private static boolean runsOnSubThreads(RuntimeSettings settings, Path prefix) throws Exception {
        Files.createDirectories(prefix);
        float[] w = {1f, -1f, 0.5f, 2f, 0f, -3f};
        float[] b = {0.5f, 0f, 1f};
        float[] x = new float[2 * 200_000];
        java.util.Arrays.fill(x, 0.25f);
        try (ModelSession session = OnnxRuntime.open(TinyModels.denseRelu(w, b), "dense", settings.withProfiling(prefix.resolve("p").toString()))) {
            for (int i = 0; i < 3; i++) {
                session.runFloats(Map.of("x", FloatArray.of(new long[] {200_000, 2}, x)));
            }
            String trace = Files.readString(Path.of(session.endProfiling()));
            return SUB_THREADS.matcher(trace).find();
        }
    }
}
