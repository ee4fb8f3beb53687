package dev.dendrite.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.dendrite.analysis.experiment.RunExecutor;
import dev.dendrite.analysis.experiment.DistributedExecutor;
import dev.dendrite.analysis.experiment.TaskEngineFactory;
import dev.dendrite.analysis.experiment.RunOutcome;
import dev.dendrite.analysis.experiment.SuccessiveHalving;
import dev.dendrite.analysis.experiment.SweepExecution;
import dev.dendrite.analysis.experiment.SweepSummary;
import dev.dendrite.analysis.experiment.SequentialExecutor;
import dev.dendrite.analysis.experiment.Sweep;
import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.Command;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.CommandFailedException;
import dev.dendrite.cli.UsageException;
import dev.dendrite.train.data.NpmDatasets;
import dev.dendrite.train.run.Cancellation;

/** {@code dendrite sweep SWEEP.json}: every run of a sweep file, each its own run directory, with a table of their figures. */
public final class SweepCommand implements Command {

    @Override
    public String name() {
        return "sweep";
    }

    @Override
    public String summary() {
        return "train every run of a sweep file (a grid or random search of settings, and seeds), each in its own run directory: sweep SWEEP.json";
    }

    @Override
    public String usage() {
        return """
                Usage: dendrite sweep SWEEP.json [--runs-dir DIR] [--engine local|spark] [--master URL] [--data-cache DIR] [--plan] [--json]
                A sweep file names a network, settings shared by every run, a grid of settings (every combination),
                a random search and/or a list of runs, and seeds, e.g.
                  {"network": "mlp.dnet", "epochs": 5, "grid": {"lr": [0.01, 0.03], "batch": [32, 64]}, "seeds": [1, 2]}
                  {"network": "mlp.dnet", "random": {"trials": 20, "lr": {"log": [1e-4, 0.1]}, "batch": [32, 64]}}
                A random search draws each trial's settings: from a list, {"log": [low, high]} (log-uniform),
                {"uniform": [low, high]} or {"int": [low, high]}; its "seed" (default 1) fixes the draws.
                "halving": {"eta": 3, "minEpochs": 1} trains the runs by successive halving: every run to the first
                rung's epochs, then only the best 1/eta by validation loss ("metric": "accuracy" ranks by validation
                accuracy, "certified" by the validation samples certified training's bounds certify) on to the next rung, until the last reaches the sweep's "epochs"; the others stay at their
                checkpoints (state "halted"), so running it again with a smaller eta continues them. With "hyperband":
                true the random search runs in Hyperband's brackets: successive halvings that start fewer trials at more
                epochs each, the last trained whole; the brackets decide the trials (leave "trials" out).
                --plan checks the file and the network and prints the runs, rungs and brackets with the epochs they
                would train, training nothing.
                A GAN sweep with "judge": "runs/lenet" (a classifier run on the same data, shared by every run) judges
                each run's samples as train --judge does ("judgeEvery", "judgeSamples") and ranks the runs by the
                Fréchet distance of their last judging, not by the adversarial test loss; "halving": {"metric":
                "frechet"} ranks each rung by it (judged every epoch).
                Settings: data, epochs, batch, optimizer, lr, momentum, weightDecay, clip, patience. Each run trains into
                DIR/NAME (default runs/SWEEP-NAME/...), named by what it sets ("lr-0.01,batch-32,seed-1"); sweep.csv
                lists every run's test figures. Running the sweep again trains only the runs not finished yet, and a
                stopped or crashed run continues from its last checkpoint. Ctrl+C stops after the current run's step.
                --engine local (the default) runs one run after another in this process; --engine spark runs them as
                Apache Spark tasks, on an embedded local[N] (--master local[2], the default: all cores) or a cluster
                (--master spark://HOST:7077 or any Spark master URL, the run folder on a file system every node sees);
                a failed or killed task is retried from its run's last checkpoint.""";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws UsageException, IOException, CommandFailedException {
        Arguments a = Arguments.parse(args, Map.of("--runs-dir", "runs-dir", "--engine", "engine", "--data-cache", "data-cache", "--master",
                "master"), Set.of("--plan"));
        String engine = a.option("engine") == null ? "local" : a.option("engine");
        TaskEngineFactory factory = ExperimentSupport.engine(engine, a.option("master"));
        Path file = Path.of(a.single("SWEEP.json"));
        if (!Files.isRegularFile(file)) {
            throw new UsageException(file + " does not exist");
        }
        Sweep sweep;
        try {
            sweep = Sweep.read(file);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Path folder = a.option("runs-dir") != null ? Path.of(a.option("runs-dir")) : Path.of("runs", sweep.name());
        if (a.flag("plan")) {
            try {
                SweepPlanText.print(context, sweep, SequentialExecutor.validate(sweep), folder);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            return 0;
        }
        Path cache = a.option("data-cache") != null ? Path.of(a.option("data-cache")) : NpmDatasets.defaultCache();
        Cancellation cancellation = new Cancellation();
        SweepExecution.Result result;
        try (SignalStop stop = SignalStop.install(cancellation)) {
            RunExecutor executor = factory == null ? new SequentialExecutor(cache, line -> context.err().println(line), cancellation)
                    : new DistributedExecutor(factory.create(a.option("master") == null ? Map.of() : Map.of("master", a.option("master")),
                            line -> context.err().println(line), cancellation), cache, line -> context.err().println(line));
            result = SweepExecution.run(executor, sweep, folder, line -> context.err().println(line));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        List<RunOutcome> outcomes = result.outcomes();
        // As wide as the longest name (a random search's names are long), at least 40.
        int width = Math.max(40, outcomes.stream().mapToInt(o -> o.spec().name().length()).max().orElse(0));
        // A judged GAN sweep ranks by the Fréchet distance of its samples (SweepJudging), a column of its own.
        boolean judged = dev.dendrite.analysis.experiment.SweepJudging.judged(sweep);
        // Read once per run: the table, the summary's ranking and its influences all ask.
        Map<Path, Double> distances = new java.util.HashMap<>();
        java.util.function.ToDoubleFunction<RunOutcome> distance = o -> distances.computeIfAbsent(o.runDirectory(),
                dir -> dev.dendrite.analysis.experiment.SweepJudging.distance(dir, 0));
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s %-10s %10s %9s %8s%s%n", "run", "state", "test loss",
                "accuracy", "seconds", judged ? "   Fréchet" : ""));
        List<Map<String, Object>> runs = new ArrayList<>();
        for (RunOutcome o : outcomes) {
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("run", o.spec().name());
            run.put("settings", o.spec().settings());
            run.put("seed", o.spec().seed());
            run.put("state", o.state());
            run.put("testLoss", Double.isNaN(o.testLoss()) ? null : o.testLoss());
            run.put("testAccuracy", Double.isNaN(o.testAccuracy()) ? null : o.testAccuracy());
            run.put("seconds", o.seconds());
            run.put("reused", o.reused());
            run.put("runDir", o.runDirectory().toString());
            if (o.state().equals(SuccessiveHalving.HALTED)) {
                run.put("message", o.message());
            }
            double fid = judged ? distance.applyAsDouble(o) : Double.NaN;
            if (judged) {
                run.put("frechetDistance", Double.isNaN(fid) ? null : fid);
            }
            runs.add(run);
            text.append(String.format(Locale.ROOT, "%-" + width + "s %-10s %10s %8s %8.1f%s%n", o.spec().name(), o.state() + (o.reused() ? "*" : ""),
                    Double.isNaN(o.testLoss()) ? "-" : String.format(Locale.ROOT, "%.4f", o.testLoss()), Double.isNaN(o.testAccuracy()) ? "-" : String.format(Locale.ROOT, "%.2f%%", 100 * o.testAccuracy()),
                    o.seconds(), !judged ? "" : Double.isNaN(fid) ? "          -" : String.format(Locale.ROOT, " %10.2f", fid)));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sweep", sweep.name());
        json.put("engine", engine);
        if (a.option("master") != null) {
            json.put("master", a.option("master"));
        }
        json.put("runsDir", folder.toString());
        json.put("runs", runs);
        text.append("(* finished by an earlier execution) runs in ").append(folder);
        if (result.halving() != null) {
            HalvingText.describe(result.halving(), json, text);
        }
        if (!result.brackets().isEmpty()) {
            HalvingText.describeBrackets(sweep.halving(), result.brackets(), sweep.expand().size(), json, text);
        }
        if (judged) {
            summariseJudged(SweepSummary.by(outcomes, distance), distance, json, text, result.halved());
        } else {
            summarise(SweepSummary.of(outcomes), json, text, result.halved());
        }
        context.print(json, text.toString());
        long failed = outcomes.stream().filter(o -> !o.state().equals("finished") && !o.state().equals(SuccessiveHalving.HALTED)).count();
        if (failed > 0 || outcomes.size() < sweep.expand().size()) {
            throw new CommandFailedException(failed + " of " + sweep.expand().size() + " runs did not finish; run the sweep again to continue");
        }
        return 0;
    }

    /** The best run and how the test loss goes with each varied setting, into the JSON and the text; nothing where none finished. */
    private static void summarise(SweepSummary summary, Map<String, Object> json, StringBuilder text, boolean halving) {
        if (summary == null) {
            return;
        }
        RunOutcome best = summary.best();
        json.put("best", best.spec().name());
        text.append(String.format(Locale.ROOT, "%nbest: %s, test loss %.4f%s", best.spec().name(), best.testLoss(),
                Double.isNaN(best.testAccuracy()) ? "" : String.format(Locale.ROOT, ", accuracy %.2f%%", 100 * best.testAccuracy())));
        json.put("influence", influence(summary.influences(), halving ? null : text, "test loss", "finished runs",
                "+ means larger is worse"));
    }

    /** A judged sweep's best run (the lowest Fréchet distance of its last judging) and how the distance goes with each setting. */
    private static void summariseJudged(SweepSummary summary, java.util.function.ToDoubleFunction<RunOutcome> distance, Map<String, Object> json,
            StringBuilder text, boolean halving) {
        if (summary == null) {
            return;
        }
        RunOutcome best = summary.best();
        json.put("best", best.spec().name());
        json.put("rankedBy", "frechetDistance");
        text.append(String.format(Locale.ROOT, "%nbest: %s, Fréchet distance %.2f of its samples (test loss %.4f, the adversarial game's)",
                best.spec().name(), distance.applyAsDouble(best), best.testLoss()));
        json.put("influence", influence(summary.influences(), halving ? null : text, "Fréchet distance", "finished runs",
                "+ means larger is worse"));
    }

    /**
     * The influences as JSON entries, and into {@code text} (where not null): words' mean {@code figure} one line each,
     * numbers' ρ with it on one line, counting the {@code runs}.
     */
    static List<Map<String, Object>> influence(List<SweepSummary.Influence> influences, StringBuilder text, String figure, String runs,
            String sign) {
        List<Map<String, Object>> influence = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (SweepSummary.Influence i : influences) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("setting", i.setting());
            entry.put("runs", i.runs());
            if (Double.isNaN(i.spearman())) {
                entry.put("meanTestLoss", i.meanLossByValue());
                List<String> means = new ArrayList<>();
                i.meanLossByValue().forEach((value, loss) -> means.add(String.format(Locale.ROOT, "%s %.4f", value, loss)));
                if (text != null) {
                    text.append(String.format(Locale.ROOT, "%nmean %s by %s: %s", figure, i.setting(), String.join(", ", means)));
                }
            } else {
                entry.put("spearman", i.spearman());
                numbers.add(String.format(Locale.ROOT, "%s %+.2f", i.setting(), i.spearman()));
            }
            influence.add(entry);
        }
        if (!numbers.isEmpty() && text != null) {
            text.append(String.format(Locale.ROOT, "%nwith the %s (Spearman's ρ over %d %s; %s): %s", figure, influences.get(0).runs(),
                    runs, sign, String.join(", ", numbers)));
        }
        return influence;
    }
}
