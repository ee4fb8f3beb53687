package dev.dendrite.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession.SessionOptions;
import ai.onnxruntime.OrtSession.SessionOptions.OptLevel;

/**
 * Session options beyond Dendrite's defaults, for measuring what they change on a machine
 * ({@code dendrite bench --session-options}): {@code level=none|basic|extended|all} (graph
 * optimisation), {@code arena=0|1} (CPU arena allocator), {@code mempattern=0|1} (memory pattern
 * planning), {@code mode=sequential|parallel} (independent nodes at once, on inter-op threads),
 * {@code inter=N} (the inter-op threads of parallel mode; default: ONNX Runtime's choice),
 * {@code blockedconv=0|1} (Dendrite's rewrite of convolutions with fed kernels into ONNX Runtime's
 * blocked-layout CPU kernels, {@link BlockedConvolutions}; default 1), {@code pinned=0|1} (a
 * replicated step's outputs written into tensors it keeps instead of new ones every run; default 1),
 * {@code denormals=flush|keep} (in a process that flushes denormals, {@link Denormals}, whether these
 * sessions and their threads do; default flush) and any ONNX Runtime session configuration entry as {@code key=value}; entries are separated by
 * {@code ;}. The defaults (all optimisations, arena and memory pattern on) were chosen
 * by measuring these (docs/benchmarks/history.md, "ONNX Runtime session options").
 */
public final class SessionTuning {

    private static final Map<String, OptLevel> LEVELS = Map.of("none", OptLevel.NO_OPT, "basic", OptLevel.BASIC_OPT, "extended",
            OptLevel.EXTENDED_OPT, "all", OptLevel.ALL_OPT);

    /** The key that turns {@link BlockedConvolutions} off ({@code 0}) or on ({@code 1}, the default on the CPU). */
    static final String BLOCKED = "blockedconv";

    /** The key that turns a replicated step's pinned outputs off ({@code 0}) or on ({@code 1}, the default). */
    static final String PINNED = "pinned";

    private SessionTuning() {
    }

    /** Whether {@code spec} leaves the blocked-layout rewrite of fed-kernel convolutions on (the default). */
    static boolean blockedConvolutions(String spec) {
        return !"0".equals(parse(spec).get(BLOCKED));
    }

    /** Whether {@code spec} leaves a replicated step's pinned outputs on (the default). */
    public static boolean pinnedOutputs(String spec) {
        return !"0".equals(parse(spec).get(PINNED));
    }

    /**
     * The entries of a specification, in order.
     *
     * @throws IllegalArgumentException naming the entry that is not {@code key=value} or has a value its key does not take
     */
    public static Map<String, String> parse(String spec) {
        Map<String, String> entries = new LinkedHashMap<>();
        if (spec == null || spec.isBlank()) {
            return entries;
        }
        for (String entry : spec.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            String key = eq < 0 ? "" : entry.substring(0, eq).trim();
            String value = eq < 0 ? "" : entry.substring(eq + 1).trim();
            if (key.isEmpty() || value.isEmpty()) {
                throw new IllegalArgumentException("session option '" + entry.trim() + "' is not KEY=VALUE");
            }
            if (key.equals("level") && !LEVELS.containsKey(value)) {
                throw new IllegalArgumentException("session option level must be none, basic, extended or all, is '" + value + "'");
            }
            if (key.equals("mode") && !value.equals("sequential") && !value.equals("parallel")) {
                throw new IllegalArgumentException("session option mode must be sequential or parallel, is '" + value + "'");
            }
            if ((key.equals("arena") || key.equals("mempattern") || key.equals(BLOCKED) || key.equals(PINNED)) && !value.equals("0") && !value.equals("1")) {
                throw new IllegalArgumentException("session option " + key + " must be 0 or 1, is '" + value + "'");
            }
            if (key.equals(Denormals.KEY) && !value.equals("flush") && !value.equals("keep")) {
                throw new IllegalArgumentException("session option denormals must be flush or keep, is '" + value + "'");
            }
            if (key.equals("inter") && !value.matches("[1-9][0-9]{0,2}")) {
                throw new IllegalArgumentException("session option inter must be a thread count from 1 to 999, is '" + value + "'");
            }
            entries.put(key, value);
        }
        return entries;
    }

    static void apply(SessionOptions options, String spec) throws OrtException {
        for (var entry : parse(spec).entrySet()) {
            String value = entry.getValue();
            switch (entry.getKey()) {
                case "level" -> options.setOptimizationLevel(LEVELS.get(value));
                case "arena" -> options.setCPUArenaAllocator(value.equals("1"));
                case "mempattern" -> options.setMemoryPatternOptimization(value.equals("1"));
                case "mode" -> options.setExecutionMode(value.equals("parallel") ? SessionOptions.ExecutionMode.PARALLEL
                        : SessionOptions.ExecutionMode.SEQUENTIAL);
                case "inter" -> options.setInterOpNumThreads(Integer.parseInt(value));
                case BLOCKED, PINNED, Denormals.KEY -> {
                    // Dendrite's own: read by OnnxRuntime.open and the replicated step, not ONNX Runtime entries.
                }
                default -> options.addConfigEntry(entry.getKey(), value);
            }
        }
    }
}
