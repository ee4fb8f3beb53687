package dev.dendrite.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.dendrite.analysis.experiment.Halving;
import dev.dendrite.analysis.experiment.RunSpec;
import dev.dendrite.analysis.experiment.SequentialExecutor;
import dev.dendrite.analysis.experiment.Sweep;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.model.network.Network;

/**
 * {@code dendrite sweep --plan}: a checked sweep's runs, and the rungs and brackets that would train them, with the epochs
 * they would take at most (runs that stop early take fewer), so a search's cost is seen before any of it is spent.
 */
final class SweepPlanText {

    private SweepPlanText() {
    }

    static void print(CommandContext context, Sweep sweep, Network network, Path folder) {
        List<RunSpec> specs = sweep.expand();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sweep", sweep.name());
        json.put("network", sweep.network().toString());
        json.put("runsDir", folder.toString());
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "sweep %s: %d %s of %s into %s%n", sweep.name(), specs.size(),
                specs.size() == 1 ? "run" : "runs", sweep.network().getFileName(), folder));
        List<Map<String, Object>> runs = new ArrayList<>();
        long whole = 0;
        for (RunSpec spec : specs) {
            int epochs = SequentialExecutor.config(network, spec).epochs();
            whole += epochs;
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("run", spec.name());
            run.put("seed", spec.seed());
            run.put("epochs", epochs);
            run.put("settings", spec.settings());
            runs.add(run);
        }
        json.put("runs", runs);
        Halving halving = sweep.halving();
        long planned = halving == null ? whole : halving.plannedEpochs(specs.size());
        if (halving != null && halving.hyperband()) {
            json.put("hyperband", brackets(halving, specs, text));
        } else if (halving != null) {
            Map<String, Object> rungs = HalvingText.settings(halving);
            rungs.put("rungEpochs", halving.rungs());
            json.put("halving", rungs);
            text.append(String.format(Locale.ROOT, "successive halving (eta %d, rungs at epochs %s, ranked by validation %s)%n", halving
                    .eta(), halving.rungs(), halving.metric().id()));
        }
        json.put("epochsPlanned", planned);
        json.put("epochsWhole", whole);
        text.append(String.format(Locale.ROOT, "%d epochs at most%s; nothing trained (--plan)", planned, halving == null ? ""
                : String.format(Locale.ROOT, ", %.0f%% of the %d the runs would take whole", 100.0 * planned / whole, whole)));
        context.print(json, text.toString());
    }

    /** Each bracket's trials, first epochs, rungs and runs (its trials in order, each with every seed). */
    private static Map<String, Object> brackets(Halving hyperband, List<RunSpec> specs, StringBuilder text) {
        Map<String, Object> json = HalvingText.settings(hyperband);
        text.append(String.format(Locale.ROOT, "Hyperband (eta %d, %d brackets over %d epochs, ranked by validation %s):%n", hyperband.eta(),
                hyperband.brackets().size(), hyperband.maxEpochs(), hyperband.metric().id()));
        List<List<RunSpec>> runs = hyperband.byBracket(specs);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Halving.Bracket bracket : hyperband.brackets()) {
            Halving rungs = hyperband.of(bracket);
            List<Integer> rungEpochs = rungs == null ? List.of(hyperband.maxEpochs()) : rungs.rungs();
            List<RunSpec> own = runs.get(list.size());
            Map<String, Object> described = new LinkedHashMap<>();
            described.put("bracket", list.size() + 1);
            described.put("trials", bracket.trials());
            described.put("firstEpochs", bracket.firstEpochs());
            described.put("rungEpochs", rungEpochs);
            described.put("epochsPlanned", rungs == null ? (long) own.size() * hyperband.maxEpochs() : rungs.plannedEpochs(own.size()));
            described.put("runs", own.stream().map(RunSpec::name).toList());
            list.add(described);
            text.append(String.format(Locale.ROOT, "  bracket %d: %d trials %s, %d epochs at most%n", list.size(), bracket.trials(),
                    rungs == null ? "trained whole to epoch " + hyperband.maxEpochs() : "from epoch " + bracket.firstEpochs()
                            + ", rungs at epochs " + rungEpochs, described.get("epochsPlanned")));
        }
        json.put("brackets", list);
        return json;
    }
}
