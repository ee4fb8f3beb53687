package dev.dendrite.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Transparent huge pages for ONNX Runtime's tensors. A training step at large batches streams
 * activations of tens of megabytes; on 4 KB pages every pass over them misses the TLB, and Linux
 * hands out 2 MB pages only where a process asks ({@code madvise}, the usual setting). ONNX Runtime
 * allocates through glibc's malloc, which asks for them when the environment says
 * {@code GLIBC_TUNABLES=glibc.malloc.hugetlb=1} at start-up (glibc 2.35 and later; older ones and
 * other C libraries ignore it). So trainer processes start with that tunable: measured on 2 cores,
 * resnet-small at batch 512 ran about 8% faster, batch 64 alike (docs/benchmarks.md).
 * {@code DENDRITE_HUGE_PAGES=0} leaves the environment as it is; a {@code glibc.malloc.hugetlb}
 * the user set is kept. The tunable goes first: Debian's glibc 2.36 applies every tunable but
 * rewrites the variable the process then sees to its first entry only, and the bench's conditions
 * read it there ({@link #mallocAsks}).
 */
public final class HugePages {

    /** The environment variable glibc reads its tunables from. */
    public static final String TUNABLES = "GLIBC_TUNABLES";

    /** The tunable that makes malloc ask the kernel for transparent huge pages. */
    public static final String MALLOC_TUNABLE = "glibc.malloc.hugetlb";

    /** Set to 0 (or off, false, no) to start trainers without the tunable. */
    public static final String SWITCH = "DENDRITE_HUGE_PAGES";

    private static final Path MODE = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
    private static final Pattern CHOSEN = Pattern.compile("\\[(\\w+)\\]");

    private HugePages() {
    }

    /** {@code existing} GLIBC_TUNABLES (null or blank: none) with malloc asking for huge pages first, unless it already says either way. */
    public static String tunables(String existing) {
        if (existing == null || existing.isBlank()) {
            return MALLOC_TUNABLE + "=1";
        }
        return mallocSetting(existing) != null ? existing : MALLOC_TUNABLE + "=1:" + existing;
    }

    /** Whether {@code environment} switches the tunable off ({@link #SWITCH}). */
    public static boolean switchedOff(Map<String, String> environment) {
        String value = environment.get(SWITCH);
        return value != null && value.strip().toLowerCase(java.util.Locale.ROOT).matches("0|off|false|no");
    }

    /** A trainer process's environment: {@code environment} with {@link #tunables} applied, unless switched off. */
    public static Map<String, String> trainerEnvironment(Map<String, String> environment) {
        Map<String, String> trainer = new HashMap<>(environment);
        if (!switchedOff(environment)) {
            trainer.put(TUNABLES, tunables(environment.get(TUNABLES)));
        }
        return trainer;
    }

    /** Whether this process's malloc was told to ask for huge pages (its GLIBC_TUNABLES at start-up). */
    public static boolean mallocAsks() {
        return asks(System.getenv(TUNABLES));
    }

    /** Whether a GLIBC_TUNABLES value tells malloc to ask for huge pages. */
    public static boolean asks(String tunables) {
        String value = mallocSetting(tunables);
        return value != null && !value.equals("0");
    }

    /** The value {@code tunables} (a GLIBC_TUNABLES value, or null) gives {@link #MALLOC_TUNABLE}, or null where it gives none. */
    private static String mallocSetting(String tunables) {
        if (tunables != null) {
            for (String entry : tunables.split(":")) {
                String setting = entry.strip();
                if (setting.startsWith(MALLOC_TUNABLE + "=")) {
                    return setting.substring(MALLOC_TUNABLE.length() + 1);
                }
            }
        }
        return null;
    }

    /** The kernel's transparent huge page mode (always, madvise, never), or "unknown" where it does not say. */
    public static String kernelMode() {
        try {
            return mode(Files.readString(MODE));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** The bracketed choice of a {@code transparent_hugepage/enabled} line ("always [madvise] never"), or "unknown". */
    static String mode(String line) {
        Matcher chosen = CHOSEN.matcher(line);
        return chosen.find() ? chosen.group(1) : "unknown";
    }
}
