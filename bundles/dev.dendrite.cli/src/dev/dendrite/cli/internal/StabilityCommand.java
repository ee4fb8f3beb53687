package dev.dendrite.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.dendrite.analysis.landscape.InstabilityAnalysis;
import dev.dendrite.analysis.landscape.StabilityTable;
import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.Command;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.model.io.DnetIO;
import dev.dendrite.model.io.LoadResult;
import dev.dendrite.model.network.Network;
import dev.dendrite.onnx.importer.OnnxFormatException;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.onnx.weights.WeightsFile;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.run.Cancellation;
import dev.dendrite.train.run.TrainingException;

/**
 * {@code dendrite stability FILE.dnet --at 0,1%,5%}: instability analysis ({@link InstabilityAnalysis}): from which step of
 * training on two copies of a network end in one linearly connected minimum, dense or as a lottery ticket's subnetwork.
 */
public final class StabilityCommand implements Command {

    /** Frankle et al. call a network stable where the error barrier is under 2 points. */
    static final double STABLE_ERROR_BARRIER = 0.02;

    private static final Map<String, String> VALUED = Map.ofEntries(Map.entry("--data", "data"), Map.entry("--at", "at"),
            Map.entry("--masks", "masks"), Map.entry("--samples", "samples"), Map.entry("--epochs", "epochs"), Map.entry("--batch", "batch"),
            Map.entry("--lr", "lr"), Map.entry("--momentum", "momentum"), Map.entry("--optimizer", "optimizer"), Map.entry("--seed", "seed"), Map.entry("--out", "out"),
            Map.entry("--data-cache", "data-cache"));

    @Override
    public String name() {
        return "stability";
    }

    @Override
    public String summary() {
        return "instability analysis: from which step two copies of a network train into one linearly connected minimum: stability FILE.dnet";
    }

    @Override
    public String usage() {
        return """
                Usage: dendrite stability FILE.dnet [--data SPEC] [--at 0,1%,5%,20%] [--masks FILE.onnx|RUN_DIR] [--samples N]
                                          [--epochs E] [--batch B] [--lr R] [--optimizer O] [--momentum M] [--seed S] [--out DIR] [--json]
                Instability analysis (Frankle, Dziugaite, Roy & Carbin, 2020): the network trains once (the parent, seed S),
                keeping its weights at each step of --at (whole steps, or a percentage of its planned steps; 0 is its
                initialisation; default 0,1%,5%,20%). From each, two copies train for the configured epochs with the
                optimizer started afresh, differing only in training's randomness (seeds S+1 and S+2: data order,
                dropout, augmentation), and the straight path between them is evaluated on the first --samples test
                samples (default 2000). The error barrier is the most the error along the path rises above the line
                between the copies' errors: under 2 points the network is stable at that step (the paper's threshold),
                and training's noise no longer decides which minimum it ends in.
                --masks trains the copies as a subnetwork (the paper's sparse analysis): a masks file, or a lottery run
                directory's masks.onnx (e.g. lth/NAME/seed-S/imp/round-R, with the lth run's --seed as S here).
                Every trained network is a run directory under DIR (default stability/NAME): parent, step-K/copy-1 and
                step-K/copy-2; stability.json and stability.csv hold a row per step (the Lottery Lab draws them), each
                path's values are in copy-1/landscape. Run it again to resume: finished runs are read back.""";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws Exception {
        Arguments a = Arguments.parse(args, VALUED, Set.of());
        Path file = Path.of(a.single("FILE.dnet"));
        LoadResult loaded = DnetIO.load(file);
        if (!loaded.ok()) {
            throw new UsageException(loaded.firstProblem());
        }
        Network network = loaded.network().get();
        if (dev.dendrite.model.GanParts.isGan(network)) {
            // Refused before the copies train: the path's loss would be the discriminator's alone, the generator's objective unread.
            throw new UsageException("stability reads one loss along the path between two trained copies, and " + network.getName()
                    + " is a GAN, two networks each descending its own objective; dendrite train --judge follows a GAN's samples instead");
        }
        TrainingConfig config;
        try {
            config = TrainingConfig.from(network).with(a.option("data"), a.option("epochs") == null ? null : TrainCommand.integer(a, "epochs"),
                    a.option("batch") == null ? null : TrainCommand.integer(a, "batch"),
                    TrainCommand.optimizer(a.option("optimizer")),
                    a.option("lr") == null ? null : TrainCommand.number(a, "lr"),
                    a.option("seed") == null ? null : Long.valueOf(TrainCommand.integer(a, "seed")), null);
            if (a.option("momentum") != null) {
                config = config.withMomentum(TrainCommand.number(a, "momentum"));
            }
            config.validate();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        int samples = a.option("samples") == null ? 2000 : TrainCommand.integer(a, "samples");
        Weights masks = a.option("masks") == null ? null : masks(Path.of(a.option("masks")));
        BatchSource[] data = ExperimentSupport.anyData(config, a);
        List<Long> steps = steps(a.option("at") == null ? "0,1%,5%,20%" : a.option("at"), InstabilityAnalysis.plannedSteps(config, data[0]));
        Path out = Path.of(a.option("out") != null ? a.option("out") : "stability/" + network.getName());
        Cancellation cancellation = new Cancellation();
        List<InstabilityAnalysis.Row> rows;
        try (SignalStop stop = SignalStop.install(cancellation)) {
            rows = new InstabilityAnalysis(network, config, steps, masks, samples, line -> context.err().println(line))
                    .withCancellation(cancellation).withConfigEntry("networkFile", file.toAbsolutePath().toString())
                    .run(data[0], data[1], out);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        } catch (TrainingException e) {
            throw ExperimentSupport.failure(e, "");
        }
        List<Object> json = new ArrayList<>();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%8s %9s %9s %14s %15s%n", "step", "copy 1", "copy 2",
                "loss barrier", "error barrier"));
        Long stableFrom = null;
        for (InstabilityAnalysis.Row r : rows) {
            json.add(r.toMap());
            text.append(String.format(Locale.ROOT, "%8d %9s %9s %14.4f %15s%n", r.step(), percent(r.accuracyA()), percent(r.accuracyB()), r.barrier(),
                    Double.isNaN(r.errorBarrier()) ? "-" : String.format(Locale.ROOT, "%.2f points", 100 * r.errorBarrier())));
            boolean stable = r.errorBarrier() < STABLE_ERROR_BARRIER;
            stableFrom = stable ? (stableFrom == null ? r.step() : stableFrom) : null;
        }
        String verdict = rows.stream().allMatch(r -> Double.isNaN(r.errorBarrier())) ? "no classifier: read the loss barriers"
                : stableFrom == null ? "not stable at any of these steps (error barrier 2 points or more at the last)"
                : "stable from step " + stableFrom + " on (error barrier under 2 points)";
        text.append(verdict).append(System.lineSeparator()).append("table: ").append(out.resolve(StabilityTable.CSV));
        context.print(Map.of("out", out.toString(), "rows", json, "stableFromStep", stableFrom == null ? -1 : stableFrom), text.toString());
        return 0;
    }

    /** An accuracy as a percentage; "-" for no classifier. */
    private static String percent(double accuracy) {
        return Double.isNaN(accuracy) ? "-" : String.format(Locale.ROOT, "%.2f%%", 100 * accuracy);
    }

    /** Whole steps, or percentages of the parent's planned steps (rounded to a step). */
    static List<Long> steps(String spec, long planned) throws UsageException {
        try {
            return InstabilityAnalysis.steps(spec, planned, "--at");
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static Weights masks(Path path) throws UsageException, IOException {
        Path file = Files.isDirectory(path) ? path.resolve("masks.onnx") : path;
        if (!Files.isRegularFile(file)) {
            throw new UsageException(Files.isDirectory(path) ? path + " has no masks.onnx: give a lottery run's directory or a masks file"
                    : "--masks " + path + " does not exist");
        }
        try {
            return WeightsFile.read(file);
        } catch (OnnxFormatException e) {
            throw new UsageException(file + " cannot be read as masks: " + e.getMessage());
        }
    }
}
