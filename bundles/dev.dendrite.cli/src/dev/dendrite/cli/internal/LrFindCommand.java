package dev.dendrite.cli.internal;

import static dev.dendrite.train.run.LearningRateRange.rate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.Command;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.CommandFailedException;
import dev.dendrite.cli.UsageException;
import dev.dendrite.model.io.DnetIO;
import dev.dendrite.model.io.LoadResult;
import dev.dendrite.model.network.Network;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.run.Cancellation;
import dev.dendrite.train.run.LearningRateRange;
import dev.dendrite.train.run.TrainingException;

/** {@code dendrite lr-find FILE.dnet}: the learning-rate range test, with a suggested rate for {@code dendrite train}. */
public final class LrFindCommand implements Command {

    private static final Map<String, String> VALUED = Map.ofEntries(Map.entry("--data", "data"), Map.entry("--batch", "batch"),
            Map.entry("--optimizer", "optimizer"), Map.entry("--momentum", "momentum"), Map.entry("--weight-decay", "weight-decay"),
            Map.entry("--seed", "seed"), Map.entry("--device", "device"), Map.entry("--threads", "threads"), Map.entry("--weights", "weights"),
            Map.entry("--data-cache", "data-cache"), Map.entry("--from", "from"), Map.entry("--to", "to"), Map.entry("--steps", "steps"));

    /** Rows of the text table: enough to see the curve's shape, few enough to read. */
    private static final int TABLE_ROWS = 12;

    @Override
    public String name() {
        return "lr-find";
    }

    @Override
    public String summary() {
        return "learning-rate range test: the loss as the rate grows step by step, and a rate to train with: lr-find FILE.dnet";
    }

    @Override
    public String usage() {
        return """
                Usage: dendrite lr-find FILE.dnet [--from RATE] [--to RATE] [--steps N] [--data SPEC] [--batch B]
                                        [--optimizer sgd|adam|adamw|rmsprop] [--momentum M] [--nesterov] [--weight-decay W]
                                        [--seed S] [--device cpu|cuda] [--threads N] [--weights FILE] [--data-cache DIR] [--json]
                Trains the network from its weights (or a fresh start) while the learning rate grows by the same factor
                every step, from --from (default 1e-7) to --to (default 10) over --steps steps (default 100), and records
                each step's loss (Smith's range test). The loss first barely moves, then falls, then turns and diverges;
                the sweep stops once its smoothed value exceeds four times its lowest or turns non-finite. Printed: the
                curve, the rate at the lowest smoothed loss, the rate where it fell fastest in the two decades below, and
                the suggested rate: the fastest fall's, or a tenth of the lowest loss's where the loss did not fall there
                (JSON: points with step, learningRate, loss and smoothedLoss; lowestLossRate, steepestRate, suggestedRate,
                end, note). Settings default to the network's training settings, as for
                train; the rate suits the optimizer, batch and momentum it was found with. Nothing is written: the
                sweep's run directory is removed, the .dnet and its weights are not touched.""";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws Exception {
        Arguments a = Arguments.parse(args, VALUED, Set.of("--nesterov"));
        Path file = Path.of(a.single("FILE.dnet"));
        LoadResult loaded = DnetIO.load(file);
        if (!loaded.ok()) {
            throw new UsageException(loaded.firstProblem());
        }
        Network network = loaded.network().get();
        TrainingConfig config = TrainCommand.config(network, a);
        double from = a.option("from") != null ? TrainCommand.number(a, "from") : LearningRateRange.DEFAULT_FROM;
        double to = a.option("to") != null ? TrainCommand.number(a, "to") : LearningRateRange.DEFAULT_TO;
        int steps = a.option("steps") != null ? TrainCommand.integer(a, "steps") : LearningRateRange.DEFAULT_STEPS;
        LearningRateRange range;
        try {
            config.with(null, null, null, null, to, null, null).validate();
            range = new LearningRateRange(network, config, from, to, steps, line -> context.err().println(line));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        BatchSource[] data = ExperimentSupport.anyData(config, a);
        context.err().printf(Locale.ROOT, "sweeping the learning rate of %s on %s (%s, batch %d) from %s to %s over %d steps%n",
                network.getName(), config.dataset(), config.optimizer().getLiteral(), config.batchSize(), rate(from), rate(to), steps);
        LearningRateRange.Result result = sweep(range, TrainCommand.weights(file, a), data, new Cancellation(), "");
        context.print(json(network, config, from, to, steps, result), text(file, config, result));
        return 0;
    }

    /**
     * {@code train --lr find}: the run's configuration with the rate the default sweep suggests for it, said on stderr.
     * A sweep that suggests none stops the command, with its note.
     */
    static TrainingConfig foundRate(CommandContext context, Network network, TrainingConfig config, dev.dendrite.onnx.weights.Weights weights,
            BatchSource[] data) throws Exception {
        context.err().printf(Locale.ROOT, "finding the learning rate (%s, batch %d): the range test from %s to %s over %d steps%n",
                config.optimizer().getLiteral(), config.batchSize(), rate(LearningRateRange.DEFAULT_FROM), rate(LearningRateRange.DEFAULT_TO),
                LearningRateRange.DEFAULT_STEPS);
        Cancellation cancellation = new Cancellation();
        LearningRateRange.Result result = sweep(new LearningRateRange(network, config, LearningRateRange.DEFAULT_FROM,
                LearningRateRange.DEFAULT_TO, LearningRateRange.DEFAULT_STEPS, line -> { }), weights, data, cancellation, " (in the range test)");
        if (Double.isNaN(result.suggestedRate())) {
            throw new CommandFailedException(cancellation.isCancelled() ? "cancelled while finding the learning rate"
                    : "the range test suggests no learning rate: " + result.note() + "; give --lr RATE");
        }
        context.err().printf(Locale.ROOT, "learning rate %s, %s in the range test (%s; dendrite lr-find shows the curve)%n",
                rate(result.suggestedRate()), Double.isNaN(result.steepestRate()) ? "a tenth of the lowest loss's rate"
                        : "where the loss fell fastest", result.end());
        return config.with(null, null, null, null, Double.valueOf(rate(result.suggestedRate())), null, null);
    }

    /** Runs a sweep that Ctrl+C stops (what it measured is analysed all the same); a failure as the command's error. */
    private static LearningRateRange.Result sweep(LearningRateRange range, dev.dendrite.onnx.weights.Weights weights, BatchSource[] data,
            Cancellation cancellation, String where) throws Exception {
        try (SignalStop stop = SignalStop.install(cancellation)) {
            return range.withCancellation(cancellation).run(weights, data[0], data[1]);
        } catch (TrainingException e) {
            throw ExperimentSupport.failure(e, where);
        }
    }

    private static Map<String, Object> json(Network network, TrainingConfig config, double from, double to, int steps,
            LearningRateRange.Result result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("network", network.getName());
        json.put("dataset", config.dataset());
        json.put("optimizer", config.optimizer().getLiteral());
        json.put("batch", config.batchSize());
        json.put("from", from);
        json.put("to", to);
        json.put("steps", steps);
        json.put("end", result.end());
        json.put("lowestLossRate", finite(result.lowestLossRate()));
        json.put("steepestRate", finite(result.steepestRate()));
        json.put("suggestedRate", finite(result.suggestedRate()));
        json.put("note", result.note());
        List<Map<String, Object>> points = new ArrayList<>();
        for (LearningRateRange.Point p : result.points()) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("step", p.step());
            point.put("learningRate", p.learningRate());
            point.put("loss", p.loss());
            point.put("smoothedLoss", p.smoothedLoss());
            points.add(point);
        }
        json.put("points", points);
        return json;
    }

    private static String text(Path file, TrainingConfig config, LearningRateRange.Result result) {
        StringBuilder text = new StringBuilder(result.end()).append(System.lineSeparator());
        List<LearningRateRange.Point> points = result.points();
        text.append(String.format(Locale.ROOT, "%12s %12s %12s%n", "rate", "loss", "smoothed"));
        int shown = Math.min(TABLE_ROWS, points.size());
        for (int row = 0; row < shown; row++) {
            LearningRateRange.Point p = points.get(shown == 1 ? 0 : (int) Math.round(row * (points.size() - 1) / (double) (shown - 1)));
            text.append(String.format(Locale.ROOT, "%12s %12.4f %12.4f%n", rate(p.learningRate()), p.loss(), p.smoothedLoss()));
        }
        if (Double.isNaN(result.suggestedRate())) {
            return text.append(result.note()).toString();
        }
        text.append(String.format(Locale.ROOT, "lowest smoothed loss at rate %s%s%n", rate(result.lowestLossRate()),
                Double.isNaN(result.steepestRate()) ? "" : "; fastest fall at rate " + rate(result.steepestRate())));
        if (result.note() != null) {
            text.append("note: ").append(result.note()).append(System.lineSeparator());
        }
        return text.append(String.format(Locale.ROOT, "suggested learning rate: %s (dendrite train %s --optimizer %s --batch %d --lr %s)",
                rate(result.suggestedRate()), file, config.optimizer().getLiteral(), config.batchSize(), rate(result.suggestedRate())))
                .toString();
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
