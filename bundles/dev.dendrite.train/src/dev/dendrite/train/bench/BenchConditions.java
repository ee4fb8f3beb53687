package dev.dendrite.train.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What a benchmark ran on, recorded with its numbers: figures from a 2-core machine mean little
 * without the processor, the thread count, the runtime versions and whether anything else was
 * running. ONNX Runtime's threads spin, so a busy neighbour slows a run by up to 10×; the share of
 * the machine that was busy just before the run says whether to trust it.
 *
 * @param intraOpThreads  the threads asked for, 0 where the trainer chooses
 * @param automaticThreads the most intra-op threads a whole step gets where the trainer chooses: one
 *        per physical core ({@link dev.dendrite.runtime.CpuCores}), not ONNX Runtime's own choice; small
 *        and graph steps get one ({@link dev.dendrite.train.run.StepThreads})
 * @param busyShareBefore the share of all cores busy (0 to 1) over a short window before the
 *        benchmark began, or -1 where the system does not say (no {@code /proc/stat})
 * @param transparentHugePages the kernel's transparent huge page mode (always, madvise, never, unknown)
 * @param mallocHugePages whether this process's malloc asks for them ({@link dev.dendrite.runtime.HugePages}):
 *        large tensors ran faster with them, so runs with and without are not alike
 * @param denormals how the sessions' threads treated denormal floats ({@link dev.dendrite.runtime.Denormals#describe}):
 *        flushed, kept, or flushed on ONNX Runtime's threads only
 */
public record BenchConditions(String cpu, int logicalCores, int intraOpThreads, int automaticThreads, String onnxRuntime, String java, String os,
        String started, double busyShareBefore, String transparentHugePages, boolean mallocHugePages,
        String denormals) {

    /** Above this share busy before the run, the numbers probably read low: say so. */
    public static final double BUSY_WARNING = 0.25;

    private static final Path STAT = Path.of("/proc/stat");
    private static final Path CPUINFO = Path.of("/proc/cpuinfo");

    /** Looks at the machine for {@code windowMillis} and records the rest, for sessions with the default options. */
    public static BenchConditions measure(int intraOpThreads, String onnxRuntime, long windowMillis) {
        return measure(intraOpThreads, onnxRuntime, windowMillis, "");
    }

    /** Looks at the machine for {@code windowMillis} and records the rest, for sessions opened with {@code sessionOptions}. */
    public static BenchConditions measure(int intraOpThreads, String onnxRuntime, long windowMillis, String sessionOptions) {
        double busy = -1;
        try {
            String before = firstLine(STAT);
            Thread.sleep(windowMillis);
            busy = busyShare(before, firstLine(STAT));
        } catch (IOException e) {
            // Not Linux: the conditions say "unknown" (-1).
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new BenchConditions(cpuModel(), Runtime.getRuntime().availableProcessors(), intraOpThreads,
                dev.dendrite.runtime.CpuCores.available(), onnxRuntime,
                System.getProperty("java.vm.name") + " " + Runtime.version(), System.getProperty("os.name") + " "
                        + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), busy, dev.dendrite.runtime.HugePages.kernelMode(),
                dev.dendrite.runtime.HugePages.mallocAsks(), dev.dendrite.runtime.Denormals.describe(sessionOptions));
    }

    /** Whether the machine was busy enough before the run to distrust its numbers. */
    public boolean busy() {
        return busyShareBefore > BUSY_WARNING;
    }

    /**
     * The busy share between two readings of {@code /proc/stat}'s summary line ("cpu user nice
     * system idle iowait irq softirq steal ..."): 1 − (idle + iowait) / all, over the interval.
     */
    static double busyShare(String before, String after) {
        long[] a = counters(before);
        long[] b = counters(after);
        long total = 0;
        long idle = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            long delta = b[i] - a[i];
            total += delta;
            if (i == 3 || i == 4) {
                idle += delta;
            }
        }
        return total <= 0 ? 0 : 1 - (double) idle / total;
    }

    private static long[] counters(String line) {
        String[] fields = line.trim().split("\\s+");
        if (fields.length < 5 || !fields[0].equals("cpu")) {
            throw new IllegalArgumentException("not the summary line of /proc/stat: " + line);
        }
        // user nice system idle iowait irq softirq steal; guest time is already in user.
        int count = Math.min(fields.length - 1, 8);
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = Long.parseLong(fields[i + 1]);
        }
        return values;
    }

    private static String firstLine(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        if (lines.isEmpty()) {
            throw new IOException(file + " is empty");
        }
        return lines.get(0);
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(CPUINFO)) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            // Below: what Java knows.
        }
        return System.getProperty("os.arch");
    }
}
