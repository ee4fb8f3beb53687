package dev.dendrite.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.dendrite.analysis.landscape.LandscapeCsv;
import dev.dendrite.analysis.landscape.LandscapePicture;
import dev.dendrite.analysis.landscape.LossLandscape;
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
import dev.dendrite.train.run.LossProbe;
import dev.dendrite.train.run.RunFiles;
import dev.dendrite.train.run.RunReader;
import dev.dendrite.train.run.RunRecord;
import dev.dendrite.train.run.TrainingException;

/**
 * {@code dendrite landscape RUN_DIR [--to RUN_DIR2]}: the loss around a trained network's weights on
 * a plane of two filter-normalised random directions, or along the straight path to another run's
 * weights with its barrier ({@link LossLandscape}); a CSV of the values and, for a plane, a PNG.
 */
public final class LandscapeCommand implements Command {

    @Override
    public String name() {
        return "landscape";
    }

    @Override
    public String summary() {
        return "the loss around trained weights (a plane of random directions) or between two runs: landscape RUN_DIR [--to RUN_DIR2]";
    }

    @Override
    public String usage() {
        return """
                Usage: dendrite landscape RUN_DIR [--steps N] [--span S] [--seed S] [--samples N] [--split train|test|validation]
                                          [--network FILE.dnet] [-o FILE.png] [--data SPEC] [--data-cache DIR] [--json]
                       dendrite landscape RUN_DIR --to RUN_DIR2 [--from A] [--until B] [--steps N] [--samples N] [--split S] [--json]
                       dendrite landscape RUN_DIR --trajectory [--steps N] [--margin M] [--samples N] [--split S] [-o FILE.png] [--json]
                The loss of a finished run's network (the evaluation graph: inference mode, the data loss without
                penalties) on the first --samples samples (default 2000) of a split (default train) of its data set:
                Without --to, on the plane through its final weights along two random directions, each filter scaled to
                the norm of the weights' filter (Li et al., 2018: dense layers per output unit, kernels per output
                channel; biases and normalisation are not moved), at N×N points (default 21, odd) from −S to S (default 1)
                on each axis, seeded by --seed (default 1): printed are the loss at the weights, its mean rise at a half
                and a whole span along the axes (how sharp the minimum is) and the highest; the values go to
                RUN_DIR/landscape/plane-seedS.csv and the picture (log loss, dark blue lowest, yellow 100 times that and
                above, contour lines, a cross at the weights) to plane-seedS.png or -o.
                With --to, along (1 − α)·RUN_DIR + α·RUN_DIR2 for α from A to B (default 0 to 1) at N points (default
                21): both must be runs of the same network (weights, biases and normalisation statistics move). The
                barrier is the largest rise of the loss (and error) above the straight line between the ends' values for α in
                [0, 1]: about 0 when the two solutions are linearly connected (Frankle et al., 2020). Values to
                RUN_DIR/landscape/path-to-NAME.csv.
                With --trajectory, the optimisation path of a run trained with --keep-weights-every E (Li et al., 2018):
                the weights kept along training less the final ones give two directions by PCA (the path's variance
                about its mean), the loss is evaluated at N×N points (default 21) of the plane through the final weights
                along them, spanning the path with M (default 0.3) of its extent more on each side, and each kept point
                is projected onto it: printed are the directions' shares of the path's variance, and each point's
                coordinates, loss and how much of its distance from the end the plane holds. Values to
                RUN_DIR/landscape/trajectory.csv and trajectory-path.csv (the report, as --json prints it, to
                trajectory.json), the picture (the path in white over the log
                loss, a larger dot before training, a cross at the end) to trajectory.png or -o.
                The network is the run's .dnet (config.json networkFile) unless --network names another.""";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(ModelTarget.OPTIONS);
        for (String option : List.of("steps", "span", "seed", "samples", "network", "to", "from", "until", "margin")) {
            options.put("--" + option, option);
        }
        options.put("-o", "out");
        Arguments a = Arguments.parse(args, options, Set.of("--trajectory"));
        if (a.flag("trajectory") && a.option("to") != null) {
            throw new UsageException("--trajectory draws one run's path; --to joins two runs: choose one");
        }
        // The training loss by default, where evaluate's split is the test.
        ModelTarget target = ModelTarget.resolve(a, "landscape", "train");
        if (target.run() == null) {
            throw new UsageException("landscape reads a run directory (its final weights, network and data), not a model file");
        }
        Path run = target.run();
        RunRecord record = RunReader.readWithoutMetrics(run);
        Network network = network(a, record);
        Weights weights = finalWeights(run, "");
        int samples = a.option("samples") != null ? TrainCommand.integer(a, "samples") : 2000;
        boolean path = a.option("to") != null;
        int steps = a.option("steps") != null ? TrainCommand.integer(a, "steps") : 21;
        long seed = a.option("seed") != null ? TrainCommand.integer(a, "seed") : 1;
        if (samples < 1) {
            throw new UsageException("--samples must be at least 1, not " + samples);
        }
        double recordedSeed = record.setting("seed");
        TrainingConfig config = TrainingConfig.from(network).with(target.spec(), null, null, null, null,
                Double.isNaN(recordedSeed) ? null : (long) recordedSeed, null);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("run", run.toString());
        json.put("dataset", target.spec());
        json.put("split", target.split());
        try (LossProbe probe = LossProbe.open(network, config, weights, target.source(), samples, target.unrolled())) {
            json.put("samples", probe.samples());
            if (path) {
                return path(context, a, probe, run, steps, json);
            }
            if (a.flag("trajectory")) {
                return trajectory(context, a, probe, run, steps, json);
            }
            double span = a.option("span") != null ? TrainCommand.number(a, "span") : 1;
            LossLandscape.Plane plane;
            try {
                plane = LossLandscape.plane(probe, span, steps, seed, () -> false, done -> { });
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            Path csv = LandscapeCsv.planeFile(run, seed);
            Path png = a.option("out") != null ? Path.of(a.option("out")) : csv.resolveSibling("plane-seed" + seed + ".png");
            LandscapeCsv.write(plane, csv);
            LandscapePicture.write(plane, Math.max(4, 320 / (steps - 1)), png);
            double highest = java.util.Arrays.stream(plane.loss()).flatMapToDouble(java.util.Arrays::stream).max().orElse(Double.NaN);
            json.put("mode", "plane");
            json.put("seed", seed);
            json.put("span", span);
            json.put("coordinates", list(plane.coordinates()));
            json.put("loss", list(plane.loss()));
            json.put("accuracy", probe.classification() ? list(plane.accuracy()) : null);
            json.put("centreLoss", plane.centre());
            json.put("riseAtHalfSpan", plane.rise(span / 2));
            json.put("riseAtSpan", plane.rise(span));
            json.put("highestLoss", highest);
            json.put("csv", csv.toString());
            json.put("png", png.toString());
            context.print(json, String.format(Locale.ROOT, "loss landscape of %s around its final weights: %d×%d points over ±%s along two "
                    + "filter-normalised directions (seed %d), the first %d samples of the %s split of %s%n"
                    + "loss %.4f at the weights, mean rise %.4f at %s and %.4f at %s along the axes, highest %.4f%n"
                    + "picture %s, values %s", run, steps, steps, RunRecord.significant(span), seed, probe.samples(), target.split(),
                    target.spec(), plane.centre(), plane.rise(span / 2), RunRecord.significant(span / 2), plane.rise(span),
                    RunRecord.significant(span), highest, png, csv));
            return 0;
        } catch (TrainingException e) {
            throw ExperimentSupport.failure(e, " (" + run + ")");
        }
    }

    private int path(CommandContext context, Arguments a, LossProbe probe, Path run, int steps, Map<String, Object> json) throws Exception {
        Path other = Path.of(a.option("to"));
        if (!Files.isDirectory(other) || !RunReader.isRunDirectory(other)) {
            throw new UsageException("--to " + other + " is not a run directory");
        }
        Weights to = finalWeights(other, "--to ");
        double from = a.option("from") != null ? TrainCommand.number(a, "from") : 0;
        double until = a.option("until") != null ? TrainCommand.number(a, "until") : 1;
        LossLandscape.Line line;
        try {
            line = LossLandscape.line(probe, to.flat(), from, until, steps, () -> false, done -> { });
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Path csv = LandscapeCsv.pathFile(run, other);
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "the loss along (1 − α)·%s + α·%s, the first %d samples:%n",
                json.get("run"), other, probe.samples()));
        for (int s = 0; s < line.alphas().length; s++) {
            text.append(String.format(Locale.ROOT, "  α %5.2f  loss %.4f%s%n", line.alphas()[s], line.loss()[s], probe.classification()
                    ? String.format(Locale.ROOT, "  accuracy %.2f%%", 100 * line.accuracy()[s]) : ""));
        }
        LandscapeCsv.write(line, csv);
        text.append(Double.isNaN(line.barrier()) ? "no barrier: the path does not reach both α = 0 and α = 1"
                : String.format(Locale.ROOT, "barrier %.4f in loss%s above the straight line between the ends", line.barrier(),
                        Double.isNaN(line.errorBarrier()) ? "" : String.format(Locale.ROOT, ", %.2f points in error", 100 * line.errorBarrier())));
        text.append(System.lineSeparator()).append("values ").append(csv);
        json.put("mode", "path");
        json.put("to", other.toString());
        json.put("alphas", list(line.alphas()));
        json.put("loss", list(line.loss()));
        json.put("accuracy", probe.classification() ? list(line.accuracy()) : null);
        json.put("barrier", Double.isNaN(line.barrier()) ? null : line.barrier());
        json.put("errorBarrier", Double.isNaN(line.errorBarrier()) ? null : line.errorBarrier());
        json.put("csv", csv.toString());
        context.print(json, text.toString());
        return 0;
    }

    private int trajectory(CommandContext context, Arguments a, LossProbe probe, Path run, int steps, Map<String, Object> json) throws Exception {
        double margin = a.option("margin") != null ? TrainCommand.number(a, "margin") : 0.3;
        List<Integer> epochs = keptEpochs(run);
        if (epochs.isEmpty()) {
            throw new UsageException(run + " kept no weights along its training: train it with --keep-weights-every 1 (or every E epochs)");
        }
        List<Map<String, dev.dendrite.onnx.graph.FloatTensor>> kept = new java.util.ArrayList<>();
        for (int epoch : epochs) {
            Path file = RunFiles.keptWeights(run, epoch);
            try {
                kept.add(WeightsFile.read(file).flat());
            } catch (OnnxFormatException e) {
                throw new UsageException(file + " cannot be read: " + e.getMessage());
            }
        }
        dev.dendrite.analysis.landscape.Trajectory trajectory;
        try {
            trajectory = dev.dendrite.analysis.landscape.Trajectory.of(probe, epochs.stream().mapToInt(Integer::intValue).toArray(), kept, steps,
                    margin, () -> false, done -> { });
        } catch (IllegalArgumentException e) {
            throw new UsageException(run + ": " + e.getMessage());
        }
        Path csv = LandscapeCsv.trajectoryFile(run);
        Path png = a.option("out") != null ? Path.of(a.option("out")) : csv.resolveSibling("trajectory.png");
        LandscapeCsv.write(trajectory, csv);
        LandscapePicture.write(trajectory, Math.max(4, 320 / (steps - 1)), png);
        json.put("mode", "trajectory");
        json.put("explained", list(trajectory.explained()));
        json.put("xs", list(trajectory.xs()));
        json.put("ys", list(trajectory.ys()));
        json.put("loss", list(trajectory.loss()));
        json.put("accuracy", probe.classification() ? list(trajectory.accuracy()) : null);
        List<Map<String, Object>> points = new java.util.ArrayList<>();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "the optimisation path of %s over its loss, the first %d samples of the "
                + "%s split: %d kept points, the plane's directions %.1f%% and %.1f%% of the path's variance%n", run, probe.samples(), json.get(
                        "split"), epochs.size(), 100 * trajectory.explained()[0], 100 * trajectory.explained()[1]));
        text.append(String.format(Locale.ROOT, "%6s %10s %10s %10s %9s %9s%n", "epoch", "x", "y", "loss", "accuracy", "in plane"));
        for (int p = 0; p < epochs.size(); p++) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("epoch", trajectory.epochs()[p]);
            point.put("x", trajectory.path()[p][0]);
            point.put("y", trajectory.path()[p][1]);
            point.put("loss", trajectory.pathLoss()[p]);
            point.put("accuracy", probe.classification() ? trajectory.pathAccuracy()[p] : null);
            point.put("inPlane", trajectory.inPlane()[p]);
            points.add(point);
            text.append(String.format(Locale.ROOT, "%6d %10.4f %10.4f %10.4f %9s %8.1f%%%n", trajectory.epochs()[p], trajectory.path()[p][0],
                    trajectory.path()[p][1], trajectory.pathLoss()[p], probe.classification() ? String.format(Locale.ROOT, "%.2f%%", 100 * trajectory
                            .pathAccuracy()[p]) : "-", 100 * trajectory.inPlane()[p]));
        }
        json.put("path", points);
        json.put("csv", csv.toString());
        json.put("png", png.toString());
        Path report = LandscapeCsv.trajectoryReport(run);
        json.put("report", report.toString());
        dev.dendrite.model.io.AtomicFiles.write(report, dev.dendrite.train.run.RunJson.document(json).getBytes(java.nio.charset.StandardCharsets
                .UTF_8));
        text.append("picture ").append(png).append(", values ").append(csv);
        context.print(json, text.toString());
        return 0;
    }

    /** The epochs whose weights the run kept ({@code weights/epoch-E.onnx}), in order. */
    static List<Integer> keptEpochs(Path run) throws IOException {
        Path folder = run.resolve(RunFiles.KEPT_WEIGHTS);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("epoch-\\d+\\.onnx")).map(n -> Integer.parseInt(n.substring(6,
                    n.length() - 5))).sorted().toList();
        }
    }

    static Network network(Arguments a, RunRecord record) throws UsageException {
        String file = a.option("network") != null ? a.option("network")
                : record.config().get("networkFile") instanceof String recorded ? recorded : null;
        if (file == null) {
            throw new UsageException(record.directory() + " does not name its network file: give --network FILE.dnet");
        }
        LoadResult loaded = DnetIO.load(Path.of(file));
        if (!loaded.ok()) {
            throw new UsageException(loaded.firstProblem() + (a.option("network") == null ? " (the run's network; --network names another)" : ""));
        }
        return loaded.network().get();
    }

    static Weights finalWeights(Path run, String option) throws UsageException, IOException {
        Path file = run.resolve(RunFiles.FINAL_WEIGHTS);
        if (!Files.isRegularFile(file)) {
            throw new UsageException(option + run + " has no " + RunFiles.FINAL_WEIGHTS + ": the run has not finished");
        }
        try {
            return WeightsFile.read(file);
        } catch (OnnxFormatException e) {
            throw new UsageException(file + " cannot be read: " + e.getMessage());
        }
    }

    private static List<Double> list(double[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    private static List<List<Double>> list(double[][] rows) {
        return java.util.Arrays.stream(rows).map(LandscapeCommand::list).toList();
    }
}
