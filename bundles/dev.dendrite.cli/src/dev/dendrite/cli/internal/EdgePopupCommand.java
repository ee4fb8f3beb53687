package dev.dendrite.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.dendrite.analysis.pruning.EdgePopup;
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

/** {@code dendrite edge-popup FILE.dnet --k 0.5}: the strong lottery ticket of a random network, for each k. */
public final class EdgePopupCommand implements Command {

    private static final Map<String, String> VALUED = Map.ofEntries(Map.entry("--data", "data"), Map.entry("--k", "k"),
            Map.entry("--epochs", "epochs"), Map.entry("--batch", "batch"), Map.entry("--lr", "lr"), Map.entry("--optimizer", "optimizer"),
            Map.entry("--seed", "seed"), Map.entry("--out", "out"), Map.entry("--data-cache", "data-cache"));

    @Override
    public String name() {
        return "edge-popup";
    }

    @Override
    public String summary() {
        return "strong lottery tickets: find a subnetwork of a random network, no weight trained: edge-popup FILE.dnet --k 0.5";
    }

    @Override
    public String usage() {
        return """
                Usage: dendrite edge-popup FILE.dnet [--data SPEC] [--k 0.5[,0.3,...]] [--signed-constant] [--epochs E] [--batch B]
                                           [--lr R] [--optimizer O] [--seed S] [--out DIR] [--json]
                Edge-popup (Ramanujan et al. 2020): the weights keep their random initial values (with --signed-constant, their
                signs times sqrt(2/fan-in)/sqrt(k)); a score per weight learns which top fraction k of each layer to keep,
                through a straight-through gradient. One run directory per k under DIR (default edge-popup/NAME) and
                edge-popup.csv with test accuracy against k.""";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws Exception {
        Arguments a = Arguments.parse(args, VALUED, Set.of("--signed-constant"));
        Path file = Path.of(a.single("FILE.dnet"));
        LoadResult loaded = DnetIO.load(file);
        if (!loaded.ok()) {
            throw new UsageException(loaded.firstProblem());
        }
        Network network = loaded.network().get();
        List<Double> ks = new ArrayList<>();
        TrainingConfig config;
        try {
            for (String k : (a.option("k") == null ? "0.5" : a.option("k")).split(",")) {
                double value = Double.parseDouble(k.strip());
                if (!(value > 0 && value <= 1)) {
                    throw new IllegalArgumentException("--k takes fractions in (0, 1], got " + k.strip());
                }
                ks.add(value);
            }
            config = TrainingConfig.from(network).with(a.option("data"), a.option("epochs") == null ? null : Integer.valueOf(a.option("epochs")),
                    a.option("batch") == null ? null : Integer.valueOf(a.option("batch")),
                    a.option("optimizer") == null ? null : OptimizerKind.get(a.option("optimizer").toLowerCase(Locale.ROOT)),
                    a.option("lr") == null ? null : Double.valueOf(a.option("lr")), a.option("seed") == null ? null : Long.valueOf(a.option("seed")),
                    null);
            config.validate();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e instanceof NumberFormatException ? "a number is malformed: " + e.getMessage() : e.getMessage());
        }
        dev.dendrite.train.data.BatchSource[] data = ExperimentSupport.anyData(config, a);
        Path out = Path.of(a.option("out") != null ? a.option("out") : "edge-popup/" + network.getName());
        Cancellation cancellation = new Cancellation();
        List<EdgePopup.Point> points;
        try (SignalStop stop = SignalStop.install(cancellation)) {
            points = new EdgePopup(network, config, a.flag("signed-constant"), line -> context.err().println(line)).withCancellation(cancellation)
                    .run(ks, data[0], data[1], out);
        } catch (TrainingException e) {
            throw ExperimentSupport.failure(e, "");
        }
        List<Object> json = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (EdgePopup.Point p : points) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("k", p.k());
            row.put("testAccuracy", p.testAccuracy());
            row.put("testLoss", p.testLoss());
            row.put("runDir", p.runDirectory());
            json.add(row);
            text.append(String.format(Locale.ROOT, "k = %.2f: test accuracy %.2f%% with no weight trained (%s)%n", p.k(), 100 * p.testAccuracy(),
                    p.runDirectory()));
        }
        context.print(Map.of("out", out.toString(), "points", json), text.toString().stripTrailing());
        return 0;
    }
}
