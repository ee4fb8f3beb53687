package dev.dendrite.train.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.dendrite.model.network.Network;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.BatchSource;

/**
 * The learning-rate range test (Smith, "Cyclical learning rates", 2017): trains from the given weights while the rate
 * grows by the same factor every step, from {@code from} to {@code to}, and records each step's loss. The loss first
 * barely moves, then falls, then turns and diverges; a good rate lies where it falls fastest, below the rate at which the
 * smoothed loss was lowest (LeNet-300-100 on the MNIST package, three epochs with Adam, two seeds: 94.0 and 93.7% at the
 * fastest fall's 0.0028, 92.5 and 92.3% at a tenth of the lowest loss's rate, 0.00049). The sweep stops when the smoothed loss exceeds {@link #DIVERGENCE} times its
 * lowest, when the loss or the gradients turn non-finite, or after {@code steps} steps. The curve analysed is smoothed by a
 * centred moving average: the causal average that decides when to stop lags by about 1 / (1 - beta) steps, which put the
 * lowest loss of a 100-step sweep of an MLP with Adam at 0.14 where the centred one puts it at 0.006 (raw losses: 0.83 at
 * 0.0034, 0.43 at 0.14 with divergence three steps later). Every other setting (optimizer,
 * momentum, batch, weight decay) is the configuration's, so the result holds for a run with those settings. The run
 * directory is scratch: a temporary folder, removed when the sweep ends.
 */
public final class LearningRateRange {

    /** The sweep's defaults: seven decades below the rate that diverges in most networks, over 100 steps. */
    public static final double DEFAULT_FROM = 1e-7;
    public static final double DEFAULT_TO = 10;
    public static final int DEFAULT_STEPS = 100;

    /** Exponential smoothing of the per-step losses for the stopping rule, with the start-up bias removed. */
    static final double SMOOTHING = 0.9;
    /** The sweep ends once the smoothed loss exceeds this multiple of its lowest. */
    public static final double DIVERGENCE = 4;
    /** A sweep suggests a rate only where its smoothed loss fell below this share of its start. */
    static final double FALL = 0.9;
    /** Divergence is not judged before this many steps: the first smoothed values follow single batches. */
    static final int SETTLING_STEPS = 5;

    /** One step of the sweep: the rate it trained with and its loss, raw and smoothed (centred moving average). */
    public record Point(long step, double learningRate, double loss, double smoothedLoss) {
    }

    /**
     * @param lowestLossRate the rate at the lowest smoothed loss
     * @param steepestRate the rate where the smoothed loss fell fastest against the logarithm of the rate, in the two
     *        decades below its lowest (NaN when the loss did not fall there)
     * @param suggestedRate {@code steepestRate}, or where there is none a tenth of {@code lowestLossRate}, not below the
     *        sweep's start; NaN where the loss was lowest at the start or never fell below {@link #FALL} times its
     *        start
     * @param end why the sweep ended
     * @param note what to change when the sweep does not bracket a good rate, or null
     */
    public record Result(List<Point> points, double lowestLossRate, double steepestRate, double suggestedRate, String end, String note) {
    }

    private final Network network;
    private final TrainingConfig config;
    private final double from;
    private final double to;
    private final int steps;
    private final Consumer<String> progress;
    private Cancellation userStop = new Cancellation();

    /**
     * @param config the run's settings; its learning rate, schedule, epochs, validation and patience are replaced by the sweep's
     */
    public LearningRateRange(Network network, TrainingConfig config, double from, double to, int steps, Consumer<String> progress) {
        if (!(from > 0 && to > from && Double.isFinite(to))) {
            throw new IllegalArgumentException("the sweep needs 0 < from < to, got from " + from + " to " + to);
        }
        if (steps < 2 * SETTLING_STEPS) {
            throw new IllegalArgumentException("the sweep needs at least " + 2 * SETTLING_STEPS + " steps, got " + steps);
        }
        this.network = network;
        this.config = config;
        this.from = from;
        this.to = to;
        this.steps = steps;
        this.progress = progress;
    }

    /** A stop asked for from outside (Ctrl+C) ends the sweep early; what it measured is analysed all the same. */
    public LearningRateRange withCancellation(Cancellation control) {
        this.userStop = control;
        return this;
    }

    public Result run(Weights weights, BatchSource train, BatchSource test) throws TrainingException, IOException {
        int stepsPerEpoch = Math.max(1, (train.size() + config.batchSize() - 1) / config.batchSize());
        int epochs = (steps + stepsPerEpoch - 1) / stepsPerEpoch;
        TrainingConfig sweep = config.with(null, epochs, null, null, to, null, null)
                .withSchedule(TrainingConfig.rangeSchedule(from, steps), 0, config.clipNorm(), config.momentum(), config.nesterov(),
                        config.weightDecay(), 0, 0, config.threads())
                .validate();
        Recorder recorder = new Recorder();
        String end;
        Path scratch = Files.createTempDirectory("dendrite-lr-find-");
        try {
            TrainingResult result = new Trainer(network, sweep, line -> {
                // The trainer's epoch lines, its "--resume continues" hint and its stop on non-finite gradients are the sweep's own end here.
                if (!line.startsWith("epoch ") && !line.startsWith("cancelled ") && !line.startsWith("training stopped at ")) {
                    progress.accept(line);
                }
            }).withObserver(recorder).withCancellation(new Cancellation()).train(weights, train, test, scratch, false);
            end = recorder.end != null ? recorder.end
                    : result.state() == RunState.CANCELLED ? result.stopReason() : "swept " + recorder.points.size() + " steps";
        } catch (TrainingException e) {
            if (e.isBadInput() || recorder.points.size() < 2) {
                throw e;
            }
            end = "the loss or the gradients became non-finite at learning rate " + rate(sweep.learningRateAt(recorder.points.size(), 0))
                    + " (step " + (recorder.points.size() + 1) + ")";
        } finally {
            deleteTree(scratch);
        }
        return analyse(recorder.points, from, end);
    }

    /**
     * The rates and notes of a recorded sweep: {@code raw} holds {step, rate, loss} per step. Each smoothed loss is the mean
     * of the raw losses up to {@code max(2, steps / 30)} steps either side.
     */
    static Result analyse(List<double[]> raw, double from, String end) {
        int half = Math.max(2, raw.size() / 30);
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            double sum = 0;
            int first = Math.max(0, i - half);
            int last = Math.min(raw.size() - 1, i + half);
            for (int j = first; j <= last; j++) {
                sum += raw.get(j)[2];
            }
            points.add(new Point((long) raw.get(i)[0], raw.get(i)[1], raw.get(i)[2], sum / (last - first + 1)));
        }
        if (points.isEmpty()) {
            return new Result(List.of(), Double.NaN, Double.NaN, Double.NaN, end, "no step finished: nothing to suggest");
        }
        int lowest = 0;
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).smoothedLoss() < points.get(lowest).smoothedLoss()) {
                lowest = i;
            }
        }
        double lowestRate = points.get(lowest).learningRate();
        double steepest = Double.NaN;
        double steepestSlope = 0;
        // Central differences of the smoothed loss against ln(rate), after the smoothing's first steps and up to the lowest
        // loss, within two decades of it: a dip in the flat start's noise is no fall.
        for (int i = SETTLING_STEPS; i < lowest; i++) {
            if (points.get(i).learningRate() < lowestRate / 100) {
                continue;
            }
            Point before = points.get(i - 1);
            Point after = points.get(i + 1);
            double slope = (after.smoothedLoss() - before.smoothedLoss()) / Math.log(after.learningRate() / before.learningRate());
            if (slope < steepestSlope) {
                steepestSlope = slope;
                steepest = points.get(i).learningRate();
            }
        }
        int start = Math.max(SETTLING_STEPS, points.size() / 10);
        double initial = points.stream().limit(start).mapToDouble(Point::smoothedLoss).average().orElseThrow();
        if (lowest < start) {
            return new Result(List.copyOf(points), lowestRate, Double.NaN, Double.NaN, end,
                    "the loss was lowest at the start of the sweep: start it lower (--from)");
        }
        if (points.get(lowest).smoothedLoss() > FALL * initial) {
            // A parity RNN's loss wanders about ln 2 for the whole sweep: its "fastest fall" is noise.
            return new Result(List.copyOf(points), lowestRate, Double.NaN, Double.NaN, end, String.format(java.util.Locale.ROOT,
                    "the loss barely fell during the sweep (smoothed %.4g at the start, %.4g at its lowest): no rate stands out; "
                            + "sweep longer (--steps) or keep the network's rate", initial, points.get(lowest).smoothedLoss()));
        }
        String note = null;
        if (lowest == points.size() - 1) {
            note = "the loss was still falling at the end of the sweep: the suggestion is cautious; sweep further (--to, --steps)";
        }
        double suggested = Double.isNaN(steepest) ? Math.max(from, lowestRate / 10) : steepest;
        return new Result(List.copyOf(points), lowestRate, steepest, suggested, end, note);
    }

    /** A rate as the sweep's messages write it: three significant digits. */
    public static String rate(double value) {
        return String.format(java.util.Locale.ROOT, "%.3g", value);
    }

    private static void deleteTree(Path root) throws IOException {
        try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Records each step and stops the sweep at its end or when the loss diverges. */
    private final class Recorder implements TrainingObserver {

        final List<double[]> points = new ArrayList<>();
        String end;
        private double average;
        private double lowest = Double.POSITIVE_INFINITY;

        @Override
        public void stepFinished(StepEvent event) {
            int n = points.size() + 1;
            // The sweep stops its own run (a Cancellation of its own), so the caller's stays a user's stop only.
            if (userStop.isCancelled()) {
                stop(event, "stopped at step " + n + " (" + userStop.reason() + ")");
            }
            if (!Double.isFinite(event.loss())) {
                stop(event, "the loss became non-finite at learning rate " + rate(event.learningRate()) + " (step " + n + ")");
                return;
            }
            average = SMOOTHING * average + (1 - SMOOTHING) * event.loss();
            double smoothed = average / (1 - Math.pow(SMOOTHING, n));
            points.add(new double[] {event.step(), event.learningRate(), event.loss()});
            lowest = Math.min(lowest, smoothed);
            if (n > SETTLING_STEPS && smoothed > DIVERGENCE * lowest) {
                stop(event, String.format(java.util.Locale.ROOT, "the loss diverged at learning rate %s (step %d: smoothed %.4g, %.0f times "
                        + "its lowest)", rate(event.learningRate()), n, smoothed, DIVERGENCE));
            } else if (n >= steps) {
                stop(event, "swept " + n + " steps");
            }
        }

        private void stop(StepEvent event, String why) {
            if (end == null) {
                end = why;
            }
            event.control().cancel(why);
        }
    }
}
