package dev.dendrite.analysis.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A Hyperband sweep (Li et al., 2018): the random search's trials split into {@link Halving#brackets()} in
 * trial order, the most exploratory bracket first, each halved on its own ({@link SuccessiveHalving}) or,
 * the last, trained whole. As with one bracket, every decision is read from the run directories, so
 * executing the sweep again decides the same and trains only what is left.
 */
final class HyperbandBrackets {

    private HyperbandBrackets() {
    }

    /** @param specs the sweep's runs: its trials in order, each with every seed */
    static SweepExecution.Result run(RunExecutor executor, Sweep sweep, List<RunSpec> specs, Path folder, Consumer<String> progress)
            throws IOException {
        Halving hyperband = sweep.halving();
        List<Halving.Bracket> brackets = hyperband.brackets();
        List<List<RunSpec>> runs = hyperband.byBracket(specs);
        List<RunOutcome> outcomes = new ArrayList<>();
        List<SuccessiveHalving.Report> reports = new ArrayList<>();
        for (int b = 0; b < brackets.size(); b++) {
            Halving.Bracket bracket = brackets.get(b);
            int index = b + 1;
            List<RunSpec> own = runs.get(b).stream().map(spec -> spec.inBracket(index)).toList();
            String name = String.format(Locale.ROOT, "bracket %d of %d, ", b + 1, brackets.size());
            Halving halving = hyperband.of(bracket);
            SuccessiveHalving.Halved run;
            if (halving == null) {
                progress.accept(String.format(Locale.ROOT, "%s%d %s trained whole to epoch %d", name, own.size(), own.size() == 1 ? "run"
                        : "runs", hyperband.maxEpochs()));
                List<RunOutcome> whole = executor.execute(sweep, own, folder);
                run = new SuccessiveHalving.Halved(whole, new SuccessiveHalving.Report(null, "", List.of(), SuccessiveHalving.epochsTrained(
                        whole), (long) own.size() * hyperband.maxEpochs(), List.of(), SuccessiveHalving.stopped(own, whole)));
            } else {
                run = SuccessiveHalving.halve(executor, sweep, halving, own, folder, progress, name);
            }
            outcomes.addAll(run.outcomes());
            reports.add(run.report());
            if (run.report().stopped()) {
                break; // executing the sweep again continues from this bracket
            }
        }
        return new SweepExecution.Result(outcomes, null, reports);
    }
}
