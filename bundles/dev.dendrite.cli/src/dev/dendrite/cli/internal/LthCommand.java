package dev.dendrite.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.dendrite.analysis.pruning.LadderRow;
import dev.dendrite.analysis.pruning.LotteryExperiment;
import dev.dendrite.analysis.pruning.LotterySeedTask;
import dev.dendrite.analysis.pruning.LotterySettings;
import dev.dendrite.analysis.pruning.PruningRates;
import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.Command;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.CommandFailedException;
import dev.dendrite.cli.UsageException;
import dev.dendrite.model.io.DnetIO;
import dev.dendrite.model.io.LoadResult;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.DataSources;
import dev.dendrite.train.data.NpmDatasets;
import dev.dendrite.train.run.Cancellation;
import dev.dendrite.train.run.TrainingException;

/** {@code dendrite lth FILE.dnet}: a lottery-ticket ladder by iterative magnitude pruning with rewinding, with controls. */
public final class LthCommand implements Command {

    private static final Map<String, String> VALUED = Map.ofEntries(Map.entry("--data", "data"), Map.entry("--rounds", "rounds"),
            Map.entry("--rate", "rate"), Map.entry("--rewind", "rewind"), Map.entry("--controls", "controls"), Map.entry("--seeds", "seeds"),
            Map.entry("--epochs", "epochs"), Map.entry("--batch", "batch"), Map.entry("--lr", "lr"), Map.entry("--momentum", "momentum"), Map.entry("--optimizer", "optimizer"),
            Map.entry("--seed", "seed"), Map.entry("--out", "out"), Map.entry("--data-cache", "data-cache"), Map.entry("--engine", "engine"),
            Map.entry("--master", "master"));

    @Override
    public String name() {
        return "lth";
    }

    @Override
    public String summary() {
        return "lottery tickets: iterative magnitude pruning with rewinding, controls, seeds: lth FILE.dnet --rounds R";
    }

    @Override
    public String usage() {
        return """
                Usage: dendrite lth FILE.dnet [--data SPEC] [--rounds R] [--rate dense=0.2,output=0.1,conv=0.15] [--global]
                                    [--rewind K] [--controls reinit,random,snip,synflow] [--seeds N] [--epochs E] [--batch B] [--lr R]
                                    [--optimizer O] [--momentum M] [--seed S] [--out DIR] [--engine local|spark] [--master URL] [--json]
                Trains the dense network, then R rounds of: prune the given fraction of the remaining weights of smallest
                magnitude per layer (or globally), rewind the rest to initialisation (--rewind 0) or to step K, train again.
                Controls: reinit (the ticket's structure, re-initialised), random (random masks at the same sparsity),
                snip (pruned at initialisation by connection sensitivity |g·w| on 1,000 training samples, Lee et al. 2019,
                at the ticket's per-layer sparsity, trained from initialisation), synflow (pruned at initialisation with no
                data by synaptic flow |θ·∂R/∂θ| over 100 rounds, Tanaka et al. 2020, at the same sparsity, trained from it).
                Every trained network is a run directory under DIR (default lth/NAME); ladder.json and ladder.csv
                hold test accuracy, early-stopping step and per-layer sparsity. Run it again to resume after an
                interruption: finished rounds are read back.
                --engine spark runs each seed's ladder as an Apache Spark task (rounds in order inside it), on an
                embedded local[N] (--master, default all cores) or a cluster; the ladder is the same as run here.""";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws Exception {
        Arguments a = Arguments.parse(args, VALUED, Set.of("--global"));
        Path file = Path.of(a.single("FILE.dnet"));
        LoadResult loaded = DnetIO.load(file);
        if (!loaded.ok()) {
            throw new UsageException(loaded.firstProblem());
        }
        Network network = loaded.network().get();
        LotterySettings settings;
        TrainingConfig config;
        try {
            List<LotterySettings.Control> controls = new ArrayList<>();
            if (a.option("controls") != null && !a.option("controls").isBlank()) {
                for (String c : a.option("controls").split(",")) {
                    controls.add(LotterySettings.Control.parse(c));
                }
            }
            settings = new LotterySettings(integer(a, "rounds", 5), a.option("rate") == null ? PruningRates.lotteryTicketPaper().withGlobal(a.flag("global"))
                    : PruningRates.parse(a.option("rate"), a.flag("global")), integer(a, "rewind", 0), controls, integer(a, "seeds", 1));
            TrainingConfig base = TrainingConfig.from(network);
            config = base.with(a.option("data"), a.option("epochs") == null ? null : integer(a, "epochs", 0),
                    a.option("batch") == null ? null : integer(a, "batch", 0),
                    a.option("optimizer") == null ? null : OptimizerKind.get(a.option("optimizer").toLowerCase(Locale.ROOT)),
                    a.option("lr") == null ? null : Double.valueOf(a.option("lr")),
                    a.option("seed") == null ? null : Long.valueOf(a.option("seed")), null);
            if (a.option("momentum") != null) {
                config = config.withMomentum(TrainCommand.number(a, "momentum"));
            }
            config.validate();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        config.learningRateCaution(TrainingConfig.from(network)).ifPresent(caution -> context.err().println("note: " + caution + " (--lr RATE)"));
        String engine = a.option("engine") == null ? "local" : a.option("engine");
        var factory = ExperimentSupport.engine(engine, a.option("master"));
        Path out = Path.of(a.option("out") != null ? a.option("out") : "lth/" + network.getName());
        Cancellation cancellation = new Cancellation();
        List<LadderRow> rows;
        if (factory != null) {
            // Seeds are independent: a task each; a seed's rounds depend on each other and run in order inside its task.
            Path cache = a.option("data-cache") != null ? Path.of(a.option("data-cache")) : dev.dendrite.train.data.NpmDatasets.defaultCache();
            List<LotterySeedTask> tasks = new ArrayList<>();
            for (int s = 0; s < settings.seeds(); s++) {
                tasks.add(new LotterySeedTask(file.toAbsolutePath().toString(), config, settings, config.seed() + s, out.toAbsolutePath()
                        .toString(), cache.toAbsolutePath().toString()));
            }
            java.nio.file.Files.createDirectories(out);
            try (SignalStop stop = SignalStop.install(cancellation)) {
                rows = new ArrayList<>();
                for (List<LadderRow> seedRows : factory.create(a.option("master") == null ? Map.of() : Map.of("master", a.option("master")),
                        line -> context.err().println(line), cancellation).execute(tasks)) {
                    rows.addAll(seedRows);
                }
            } catch (java.io.IOException e) {
                throw new CommandFailedException(e.getMessage());
            }
            LotteryExperiment.write(out, rows);
        } else {
            dev.dendrite.train.data.BatchSource[] data = ExperimentSupport.anyData(config, a);
            try (SignalStop stop = SignalStop.install(cancellation)) {
                rows = new LotteryExperiment(network, config, settings, line -> context.err().println(line)).withCancellation(cancellation)
                        .run(data[0], data[1], out);
            } catch (TrainingException e) {
                throw ExperimentSupport.failure(e, "");
            }
        }
        List<Object> json = new ArrayList<>();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-7s %-7s %5s %10s %14s %10s%n", "seed", "control", "round",
                "remaining", "test accuracy", "early stop"));
        for (LadderRow r : rows) {
            json.add(r.toMap());
            text.append(String.format(Locale.ROOT, "%-7d %-7s %5d %9.1f%% %13.2f%% %10d%n", r.seed(), r.control(), r.round(), 100 * r.remaining(),
                    100 * r.testAccuracy(), r.earlyStopStep()));
        }
        text.append("ladder: ").append(out.resolve("ladder.csv"));
        context.print(Map.of("out", out.toString(), "rows", json), text.toString());
        return 0;
    }

    private static int integer(Arguments a, String name, int fallback) {
        String value = a.option(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " needs a whole number, got '" + value + "'");
        }
    }
}
