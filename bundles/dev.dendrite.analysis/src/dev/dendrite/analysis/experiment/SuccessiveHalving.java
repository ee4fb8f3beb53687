package dev.dendrite.analysis.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import dev.dendrite.train.run.MetricRecord;
import dev.dendrite.train.run.RunReader;
import dev.dendrite.train.run.RunRecord;

/**
 * Trains a sweep's runs rung by rung ({@link Halving}): each rung's runs are executed to its epoch
 * by any executor (in this process or as Spark tasks), ranked by what their run directories
 * recorded at that epoch, and the best go on. The decisions are read from the run directories
 * only, so executing the sweep again makes the same ones and trains only what is left.
 */
public final class SuccessiveHalving {

    /** The state of a run that a rung left behind: paused resumably, not trained further. */
    public static final String HALTED = RunRecord.HALTED;

    /**
     * One run at a rung.
     *
     * @param value the ranking figure at the rung's epoch (NaN for a failed run)
     * @param epoch the epoch it was read at: the rung's, or the last of a run that early stopping ended before it
     */
    public record Entry(String run, double value, int epoch, boolean promoted) {
    }

    /** A rung: its epoch and its runs, best first. */
    public record Rung(int epochs, List<Entry> entries) {

        public long promotedCount() {
            return entries.stream().filter(Entry::promoted).count();
        }
    }

    /**
     * @param halving the rungs' plan; null for a Hyperband bracket trained whole (no rungs, no figure)
     * @param figure what ranked the runs ("validation loss", "training loss", "validation accuracy", "training accuracy")
     * @param epochsTrained the epochs all runs trained
     * @param epochsWhole the epochs the sweep trained whole would take
     * @param firstRung how the first rung's figure goes with each setting the runs vary, over every run that reached it: a
     *        random search's reading of what matters, from all its runs rather than the few that finish
     * @param stopped whether the sweep was stopped before its last rung ended (executing it again continues)
     */
    public record Report(Halving halving, String figure, List<Rung> rungs, long epochsTrained, long epochsWhole,
            List<SweepSummary.Influence> firstRung, boolean stopped) {
    }

    private SuccessiveHalving() {
    }

    static SweepExecution.Result run(RunExecutor executor, Sweep sweep, List<RunSpec> specs, Path folder, Consumer<String> progress)
            throws IOException {
        if (sweep.halving().hyperband()) {
            return HyperbandBrackets.run(executor, sweep, specs, folder, progress);
        }
        Halved halved = halve(executor, sweep, sweep.halving(), specs, folder, progress, "");
        return new SweepExecution.Result(halved.outcomes(), halved.report());
    }

    /**
     * One successive halving's runs and report.
     *
     * @param outcomes one per run that was executed, in the specs' order, with the seconds of every rung it entered; a run a rung
     *        left behind reads {@link #HALTED} with its place
     */
    record Halved(List<RunOutcome> outcomes, Report report) {
    }

    /** Halves {@code specs} by {@code halving}; {@code prefix} goes before each progress line (a Hyperband bracket's name). */
    static Halved halve(RunExecutor executor, Sweep sweep, Halving halving, List<RunSpec> specs, Path folder, Consumer<String> progress,
            String prefix) throws IOException {
        List<Integer> epochs = halving.rungs();
        Map<String, RunOutcome> latest = new LinkedHashMap<>();
        Map<String, Double> seconds = new LinkedHashMap<>(); // over every rung a run entered
        List<Rung> rungs = new ArrayList<>();
        String[] figure = {null};
        List<RunSpec> entering = specs;
        boolean stopped = false;
        for (int k = 0; k < epochs.size() && !entering.isEmpty() && !stopped; k++) {
            boolean last = k == epochs.size() - 1;
            int until = epochs.get(k);
            progress.accept(String.format(Locale.ROOT, "%srung %d of %d: %d %s to epoch %d", prefix, k + 1, epochs.size(), entering.size(),
                    entering.size() == 1 ? "run" : "runs", until));
            List<RunSpec> given = entering.stream().map(s -> last ? s : s.until(until)).toList();
            List<RunOutcome> outcomes = executor.execute(sweep, given, folder);
            for (RunOutcome o : outcomes) {
                seconds.merge(o.spec().name(), o.seconds(), Double::sum);
                latest.put(o.spec().name(), o);
            }
            stopped = stopped(given, outcomes);
            if (last || stopped) {
                break;
            }
            Rung rung = rank(outcomes, until, halving, figure);
            rungs.add(rung);
            List<String> promoted = rung.entries().stream().filter(Entry::promoted).map(Entry::run).toList();
            progress.accept(String.format(Locale.ROOT, "%srung %d: the best %d by %s go on", prefix, k + 1, promoted.size(), figure[0]));
            // Finished runs (by early stopping, or an earlier execution) enter too: the executor keeps them, and they are ranked
            // as before, so an execution after a stop decides as the first did.
            entering = entering.stream().filter(s -> promoted.contains(s.name())).toList();
        }
        List<RunOutcome> outcomes = new ArrayList<>();
        for (RunSpec spec : specs) {
            RunOutcome outcome = latest.get(spec.name());
            if (outcome == null) {
                continue;
            }
            outcome = new RunOutcome(spec, outcome.runDirectory(), outcome.state(), outcome.testLoss(), outcome.testAccuracy(), seconds.get(
                    spec.name()), outcome.reused(), outcome.message());
            outcomes.add(!stopped && outcome.state().equals(SequentialExecutor.PAUSED) ? halted(outcome, rungs, figure[0]) : outcome);
        }
        return new Halved(outcomes, new Report(halving, figure[0] != null ? figure[0] : "validation " + halving.metric().id(), rungs,
                epochsTrained(outcomes), (long) specs.size() * halving.maxEpochs(), rungs.isEmpty() ? List.of() : influences(rungs.get(0),
                        specs), stopped));
    }

    /** Whether an execution of {@code given} was stopped: fewer outcomes than runs, or a run cancelled. */
    static boolean stopped(List<RunSpec> given, List<RunOutcome> outcomes) {
        return outcomes.size() < given.size() || outcomes.stream().anyMatch(o -> o.state().equals("cancelled"));
    }

    /** The epochs the runs' directories recorded as completed. */
    static long epochsTrained(List<RunOutcome> outcomes) throws IOException {
        long trained = 0;
        for (RunOutcome o : outcomes) {
            trained += completedEpochs(o.runDirectory());
        }
        return trained;
    }

    private static List<SweepSummary.Influence> influences(Rung rung, List<RunSpec> specs) {
        List<Entry> reached = rung.entries().stream().filter(e -> !Double.isNaN(e.value())).toList();
        Map<String, Map<String, Object>> settings = new LinkedHashMap<>();
        specs.forEach(s -> settings.put(s.name(), s.settings()));
        return SweepSummary.influences(reached.stream().map(e -> settings.get(e.run())).toList(), reached.stream().mapToDouble(Entry::value)
                .toArray());
    }

    /** A rung's runs by their figure at its epoch, the best ⌊n/η⌋ promoted; failed runs (no figure) last and never. */
    private static Rung rank(List<RunOutcome> outcomes, int until, Halving halving, String[] figure) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (RunOutcome o : outcomes) {
            double value = Double.NaN;
            int epoch = 0;
            if (halving.metric() == Halving.Metric.FRECHET) {
                // Judged every epoch (SweepJudging): the rung's own epoch, or the last before it where early stopping ended a run.
                var judged = o.state().equals("failed") ? new java.util.TreeMap<Integer, Double>()
                        : SweepJudging.distances(o.runDirectory()).headMap(until + 1);
                value = judged.isEmpty() ? Double.NaN : judged.get(judged.lastKey());
                epoch = judged.isEmpty() ? 0 : judged.lastKey();
                figure[0] = "Fréchet distance of the samples";
            } else if (!o.state().equals("failed") && RunReader.isRunDirectory(o.runDirectory())) {
                MetricRecord record = recordAt(RunReader.read(o.runDirectory()), until);
                if (record != null) {
                    epoch = record.epoch();
                    boolean validation = !Double.isNaN(record.value("validationLoss"));
                    if (halving.metric() == Halving.Metric.CERTIFIED) {
                        // Recorded for the validation split only: a run without one has no figure and is not promoted.
                        value = record.value("validationCertifiedAccuracy");
                        figure[0] = "validation certified accuracy";
                    } else {
                        String name = halving.metric() == Halving.Metric.LOSS ? "Loss" : "Accuracy";
                        value = record.value((validation ? "validation" : "train") + name);
                        figure[0] = (validation ? "validation " : "training ") + name.toLowerCase(Locale.ROOT);
                    }
                }
            }
            entries.add(new Entry(o.spec().name(), value, epoch, false));
        }
        boolean higher = halving.metric() == Halving.Metric.ACCURACY || halving.metric() == Halving.Metric.CERTIFIED;
        Comparator<Entry> better = Comparator.comparingDouble(e -> higher ? -e.value() : e.value());
        // Stable: ties keep the sweep's order, so the same records always make the same decision.
        List<Entry> ranked = new ArrayList<>(entries.stream().filter(e -> !Double.isNaN(e.value())).sorted(better).toList());
        entries.stream().filter(e -> Double.isNaN(e.value())).forEach(ranked::add);
        int keep = halving.promoted(entries.size());
        List<Entry> decided = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Entry e = ranked.get(i);
            decided.add(new Entry(e.run(), e.value(), e.epoch(), i < keep && !Double.isNaN(e.value())));
        }
        return new Rung(until, decided);
    }

    /** The epoch record at {@code epoch}, or the last before it (a run that early stopping ended sooner). */
    private static MetricRecord recordAt(RunRecord record, int epoch) {
        MetricRecord found = null;
        for (MetricRecord r : record.epochs()) {
            if (r.epoch() <= epoch && (found == null || r.epoch() >= found.epoch())) {
                found = r;
            }
        }
        return found;
    }

    private static int completedEpochs(Path dir) throws IOException {
        return RunReader.isRunDirectory(dir) ? SequentialExecutor.completedEpochs(RunReader.read(dir)) : 0;
    }

    /** A run left at the last rung it entered, with its place there. */
    private static RunOutcome halted(RunOutcome paused, List<Rung> rungs, String figure) {
        for (int k = rungs.size() - 1; k >= 0; k--) {
            List<Entry> entries = rungs.get(k).entries();
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                if (e.run().equals(paused.spec().name())) {
                    String message = String.format(Locale.ROOT, "halted after epoch %d: %s %s, %d of %d at rung %d (the best %d went on)",
                            rungs.get(k).epochs(), figure, Double.isNaN(e.value()) ? "-" : String.format(Locale.ROOT, "%.4f", e.value()), i + 1, entries.size(), k + 1,
                            rungs.get(k).promotedCount());
                    return new RunOutcome(paused.spec(), paused.runDirectory(), HALTED, Double.NaN, Double.NaN, paused.seconds(), paused
                            .reused(), message);
                }
            }
        }
        return paused;
    }
}
