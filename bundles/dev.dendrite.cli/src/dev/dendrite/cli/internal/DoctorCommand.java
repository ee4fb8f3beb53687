package dev.dendrite.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dendrite.cli.Command;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.runtime.Device;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSelfCheck;
import dev.dendrite.runtime.RuntimeSettings;

/**
 * {@code dendrite doctor}: checks that this machine can run Dendrite (Java, ONNX Runtime, CPU and
 * CUDA execution, temporary space) and, inside an Eclipse install, that every Dendrite bundle starts.
 */
public final class DoctorCommand implements Command {

    @Override
    public String name() {
        return "doctor";
    }

    @Override
    public String summary() {
        return "check Java, ONNX Runtime, CPU/CUDA execution and (in Eclipse) Dendrite's bundles";
    }

    @Override
    public String usage() {
        return "Usage: dendrite doctor [--json]\nExits 1 when a check fails; CUDA being unavailable is reported, not a failure.";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws UsageException {
        if (!args.isEmpty()) {
            throw new UsageException("doctor takes no arguments, got '" + String.join(" ", args) + "'");
        }
        List<Map<String, Object>> checks = new ArrayList<>();
        int javaFeature = Runtime.version().feature();
        checks.add(check("java", javaFeature >= 21, "Java " + Runtime.version()
                + (javaFeature >= 21 ? "" : " is too old: Dendrite needs Java 21 or newer")));
        try {
            OnnxRuntime.RuntimeInfo info = OnnxRuntime.info();
            checks.add(check("onnxruntime", true, "ONNX Runtime " + info.version() + ", providers " + info.providers()
                    + ", " + info.natives()));
        } catch (LinkageError | RuntimeException e) {
            checks.add(check("onnxruntime", false, "ONNX Runtime does not load: " + e));
        }
        RuntimeSelfCheck.Result cpu = RuntimeSelfCheck.run(RuntimeSettings.forIde());
        checks.add(check("cpu", cpu.passed(), cpu.detail()));
        RuntimeSelfCheck.Result cuda = RuntimeSelfCheck.run(RuntimeSettings.forIde().withDevice(Device.CUDA));
        Map<String, Object> cudaCheck = check("cuda", true, cuda.fallbackReason() == null
                ? "CUDA available: " + cuda.detail() : cuda.fallbackReason());
        cudaCheck.put("available", cuda.passed() && cuda.device() == Device.CUDA);
        checks.add(cudaCheck);
        checks.add(blockedConvolutionsCheck());
        checks.add(denormalsCheck());
        checks.add(tempDirectoryCheck());
        List<Map<String, Object>> bundles = context.bundleReport().get();
        if (!bundles.isEmpty()) {
            long failing = bundles.stream().filter(b -> !Boolean.TRUE.equals(b.get("ok"))).count();
            checks.add(check("bundles", failing == 0, bundles.size() + " Dendrite bundles, "
                    + (failing == 0 ? "all started" : failing + " did not start")));
        }
        boolean ok = checks.stream().allMatch(c -> Boolean.TRUE.equals(c.get("ok")));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ok", ok);
        json.put("checks", checks);
        if (!bundles.isEmpty()) {
            json.put("bundles", bundles);
        }
        context.print(json, render(checks, bundles, ok));
        return ok ? 0 : 1;
    }

    /** Informational, like CUDA: without the blocked kernels convolutions still train, as plain Conv. */
    private static Map<String, Object> blockedConvolutionsCheck() {
        int block = dev.dendrite.runtime.ConvolutionBlocks.size();
        Map<String, Object> check = check("blocked-convolutions", true, block > 0
                ? "convolutions with fed kernels and channels in multiples of " + block
                        + " run in ONNX Runtime's blocked CPU kernels (bench --session-options blockedconv=0 measures without them)"
                : "ONNX Runtime's blocked CPU kernels are not used on this machine (" + System.getProperty("os.arch")
                        + "): convolutions run as plain Conv");
        check.put("block", block);
        return check;
    }

    /**
     * Informational: whether trainer processes can flush denormal floats on every thread that runs a session
     * ({@link dev.dendrite.runtime.Denormals}), or only on ONNX Runtime's own; on Intel cores Adam slows several times without it.
     */
    private static Map<String, Object> denormalsCheck() {
        boolean everyThread = dev.dendrite.runtime.Denormals.settableOnThreads();
        Map<String, Object> check = check("denormals", true, everyThread
                ? "trainers flush denormal floats to zero on every thread that runs a session (bench --session-options denormals=keep "
                        + "measures without)"
                : "trainers flush denormal floats on ONNX Runtime's own threads only (Java " + Runtime.version().feature() + " on "
                        + System.getProperty("os.name") + " " + System.getProperty("os.arch") + "): a replica's own thread keeps them, and "
                        + "Adam can slow several times on Intel cores after some hundred steps; Java 22 or newer on Linux flushes every thread");
        check.put("everyThread", everyThread);
        return check;
    }

    private static Map<String, Object> tempDirectoryCheck() {
        return tempDirectoryCheck(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * Whether {@code tmp} is writable, and what ONNX Runtime's own unpacking left there: a folder per
     * process before Dendrite cached the natives, the whole 28 MB library where the process was killed
     * while loading. Reported, not removed: another Java program using ONNX Runtime may own one.
     */
    static Map<String, Object> tempDirectoryCheck(Path tmp) {
        Map<String, Object> check;
        try {
            Path probe = Files.createTempFile(tmp, "dendrite-doctor", ".tmp");
            Files.delete(probe);
            check = check("tmpdir", true, tmp + " is writable");
        } catch (IOException | SecurityException e) {
            return check("tmpdir", false, tmp + " is not writable: " + e.getMessage());
        }
        Leftovers leftovers = onnxRuntimeLeftovers(tmp);
        check.put("onnxRuntimeFolders", leftovers.folders());
        check.put("onnxRuntimeBytes", leftovers.bytes());
        if (leftovers.folders() > 0) {
            check.put("detail", check.get("detail") + "; it holds " + leftovers.folders() + " onnxruntime-java* folders ("
                    + String.format(java.util.Locale.ROOT, "%.1f", leftovers.bytes() / 1e6) + " MB) that ONNX Runtime's own"
                    + " unpacking left, safe to delete while no Java program using ONNX Runtime is starting");
        }
        return check;
    }

    private record Leftovers(long folders, long bytes) {
    }

    /** The count and total size of ONNX Runtime's unpacking folders in {@code tmp}; zeros when it cannot be listed. */
    private static Leftovers onnxRuntimeLeftovers(Path tmp) {
        long folders = 0;
        long bytes = 0;
        try (var entries = Files.newDirectoryStream(tmp, "onnxruntime-java*")) {
            for (Path folder : entries) {
                if (!Files.isDirectory(folder)) {
                    continue;
                }
                folders++;
                try (var files = Files.list(folder)) {
                    for (Path file : files.toList()) {
                        bytes += Files.isRegularFile(file) ? Files.size(file) : 0;
                    }
                } catch (IOException e) {
                    // Another user's folder: counted, its size unknown.
                }
            }
        } catch (IOException | SecurityException e) {
            return new Leftovers(0, 0);
        }
        return new Leftovers(folders, bytes);
    }

    private static Map<String, Object> check(String name, boolean ok, String detail) {
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("name", name);
        check.put("ok", ok);
        check.put("detail", detail);
        return check;
    }

    private static String render(List<Map<String, Object>> checks, List<Map<String, Object>> bundles, boolean ok) {
        StringBuilder text = new StringBuilder();
        int width = checks.stream().mapToInt(c -> c.get("name").toString().length()).max().orElse(0) + 1;
        for (Map<String, Object> check : checks) {
            text.append(Boolean.TRUE.equals(check.get("ok")) ? "[ok]   " : "[FAIL] ")
                    .append(String.format("%-" + width + "s", check.get("name"))).append(check.get("detail")).append('\n');
        }
        for (Map<String, Object> bundle : bundles) {
            text.append("       ").append(bundle.get("bundle")).append(' ').append(bundle.get("state"))
                    .append(bundle.containsKey("problem") ? ": " + bundle.get("problem") : "").append('\n');
        }
        text.append(ok ? "Dendrite can run here." : "Dendrite cannot run here until the failures above are fixed.");
        return text.toString();
    }
}
