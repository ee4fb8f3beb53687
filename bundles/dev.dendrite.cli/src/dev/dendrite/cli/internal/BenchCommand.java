package dev.dendrite.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.Command;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.runtime.Device;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.bench.Benchmark;
import dev.dendrite.train.bench.BenchmarkCase;
import dev.dendrite.train.bench.BenchmarkResult;

/** {@code dendrite bench}: train-step and inference throughput of standard networks on this machine. */
public final class BenchCommand implements Command {

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "measure training and inference throughput (samples/s, ms/step, GFLOP/s, share of peak)";
    }

    @Override
    public String usage() {
        return "Usage: dendrite bench [--device cpu|cuda] [--threads N] [--seconds S] [--only NAME] [--json]\n"
                + "Run it alone: other busy processes slow ONNX Runtime's spinning threads by 10× on small machines.";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws Exception {
        Arguments a = Arguments.parse(args, Map.of("--device", "device", "--threads", "threads", "--seconds", "seconds", "--only", "only"), Set.of());
        RuntimeSettings settings = RuntimeSettings.forTrainer();
        try {
            if (a.option("device") != null) {
                settings = settings.withDevice(Device.parse(a.option("device")));
            }
            if (a.option("threads") != null) {
                settings = settings.withThreads(Integer.parseInt(a.option("threads")), 0);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        double seconds = a.option("seconds") == null ? 1.0 : Double.parseDouble(a.option("seconds"));
        Benchmark benchmark = new Benchmark(settings, seconds, line -> context.err().println(line));
        double peak = benchmark.measurePeak();
        context.err().println(String.format(Locale.ROOT, "measured peak: %.1f GFLOP/s (1024³ float MatMul)", peak));
        List<Object> rows = new ArrayList<>();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "peak %.1f GFLOP/s%n", peak));
        for (BenchmarkCase c : Benchmark.standardCases()) {
            if (a.option("only") != null && !c.name().contains(a.option("only"))) {
                continue;
            }
            BenchmarkResult r = benchmark.run(c, peak);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", r.name());
            row.put("batch", r.batch());
            row.put("samplesPerSecond", r.samplesPerSecond());
            row.put("msPerStep", r.millisecondsPerStep());
            row.put("gflops", r.gflops());
            row.put("shareOfPeak", r.shareOfPeak());
            row.put("heapGrowthKilobytes", r.heapGrowthKilobytes());
            rows.add(row);
            text.append(String.format(Locale.ROOT, "%-30s %5d %12.0f samples/s %8.2f ms/step %7.1f GFLOP/s %5.1f%%%n", r.name(), r.batch(),
                    r.samplesPerSecond(), r.millisecondsPerStep(), r.gflops(), 100 * r.shareOfPeak()));
        }
        if (a.option("only") == null || "layout".contains(a.option("only"))) {
            var network = LayoutBenchmark.residualStack(500);
            double layoutMs = LayoutBenchmark.medianMilliseconds(network);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", "layout of " + network.getLayers().size() + " layers (ELK layered)");
            row.put("milliseconds", layoutMs);
            rows.add(row);
            text.append(String.format(Locale.ROOT, "%-30s %5d layers %8.1f ms%n", "layout (ELK layered)", network.getLayers().size(), layoutMs));
            context.err().println(String.format(Locale.ROOT, "layout of %d layers: %.1f ms (median of 5)", network.getLayers().size(), layoutMs));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("peakGflops", peak);
        json.put("device", settings.device().id());
        json.put("peakRssMegabytes", peakRssMegabytes());
        json.put("results", rows);
        text.append(String.format(Locale.ROOT, "peak resident memory %d MB", peakRssMegabytes()));
        context.print(json, text.toString());
        return 0;
    }

    /** VmHWM from /proc (Linux); -1 elsewhere. */
    static long peakRssMegabytes() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
