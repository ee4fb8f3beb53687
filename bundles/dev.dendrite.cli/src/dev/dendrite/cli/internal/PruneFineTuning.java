package dev.dendrite.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.CommandFailedException;
import dev.dendrite.cli.UsageException;
import dev.dendrite.model.network.Loss;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.run.Cancellation;
import dev.dendrite.train.run.RunReader;
import dev.dendrite.train.run.RunRecord;
import dev.dendrite.train.run.RunState;
import dev.dendrite.train.run.Trainer;
import dev.dendrite.train.run.TrainingException;
import dev.dendrite.train.run.TrainingResult;

/**
 * {@code prune --fine-tune}: the pruned network trained on from its weights, with the pruned run's
 * optimizer, batch size and learning rate: retraining at the original rate recovers more than at a
 * small final one (Renda et al., 2020, "learning-rate rewinding"; LeNet-5 at half its units: 95.9%
 * after two epochs at the run's rate, 93.4% at a tenth of it).
 */
final class PruneFineTuning {

    private final CommandContext context;
    private final Arguments arguments;
    private final ModelTarget target;
    private final Path output;
    private final int epochs;
    private final int steps;
    private final Path run;
    private double learningRate = Double.NaN;

    /** Refuses a given run directory that holds a run already, before any work is done; a default one is the next free name. */
    PruneFineTuning(CommandContext context, Arguments arguments, ModelTarget target, Path output, int epochs, int steps) throws UsageException {
        this.context = context;
        this.arguments = arguments;
        this.target = target;
        this.output = output;
        this.epochs = epochs;
        this.steps = steps;
        String stem = output.getFileName().toString().replaceAll("\\.dnet$", "");
        // Beside the pruned run, where the Runs view lists it with the others; beside the network for a model file.
        if (arguments.option("run-dir") != null) {
            this.run = Path.of(arguments.option("run-dir"));
            if (holdsRun(run)) {
                throw new UsageException(run + " holds a run already; give another --run-dir or delete it");
            }
        } else {
            Path base = target.run() != null ? target.run().toAbsolutePath().normalize().resolveSibling(target.run().toAbsolutePath()
                    .normalize().getFileName() + "-" + stem) : output.toAbsolutePath().resolveSibling(stem + "-fine-tuned");
            // A default never overwrites an earlier fine-tuning: the next free name.
            Path free = base;
            for (int n = 2; holdsRun(free) || java.nio.file.Files.exists(free) && !isEmptyFolder(free); n++) {
                free = base.resolveSibling(base.getFileName() + "-" + n);
            }
            this.run = free;
        }
    }

    private static boolean holdsRun(Path folder) {
        return RunReader.isRunDirectory(folder) || RunReader.isRunDirectory(folder.resolve("step-1"));
    }

    private static boolean isEmptyFolder(Path folder) {
        try (var entries = java.nio.file.Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** The rate the fine-tuning used (NaN before it ran). */
    double learningRate() {
        return learningRate;
    }

    /** Trains the network of pruning step {@code step} into its run directory (step-K inside it for several steps) and returns it once finished. */
    Path train(Network network, Weights weights, int step) throws UsageException, CommandFailedException, IOException, Exception {
        Path run = steps == 1 ? this.run : this.run.resolve("step-" + step);
        if (network.getLayers().stream().noneMatch(Loss.class::isInstance)) {
            throw new UsageException("--fine-tune trains the pruned network, and " + target.model() + " has no loss (an imported model): "
                    + "add one to " + output + " and train it with dendrite train");
        }
        TrainingConfig config = config(network);
        learningRate = config.learningRate();
        context.err().println(String.format(Locale.ROOT, "fine-tuning %s for %d epoch(s) at rate %s (%s, batch %d%s) into %s", steps == 1
                ? output : "pruning step " + step + " of " + steps, epochs, RunRecord.significant(learningRate), config.optimizer().getLiteral(),
                config.batchSize(), config.distillation().none() ? "" : ", the original model as teacher", run));
        var data = ExperimentSupport.anyData(config, arguments);
        Cancellation cancellation = new Cancellation();
        TrainingResult result;
        try (SignalStop stop = SignalStop.install(cancellation)) {
            result = new Trainer(network, config, line -> context.err().println("  " + line)).withCancellation(cancellation)
                    .withConfigEntry("networkFile", output.toAbsolutePath().toString()).train(weights, data[0], data[1], run, false);
        } catch (TrainingException e) {
            throw ExperimentSupport.failure(e, "");
        }
        if (result.state() != RunState.FINISHED) {
            throw new CommandFailedException("the fine-tuning in " + run + " did not finish (" + result.stopReason() + "); dendrite train "
                    + output + " --run-dir " + run + " --resume continues it");
        }
        return run;
    }

    /** The network's settings with the pruned run's optimizer, batch size and rate (or --lr). */
    private TrainingConfig config(Network network) throws UsageException, IOException {
        RunRecord record = target.run() == null ? null : RunReader.readWithoutMetrics(target.run());
        TrainingConfig base = TrainingConfig.from(network);
        OptimizerKind optimizer = record != null && record.config().get("optimizer") instanceof String name ? OptimizerKind.get(name) : null;
        double batch = record == null ? Double.NaN : record.setting("batchSize");
        double rate = record == null ? Double.NaN : record.setting("learningRate");
        Double given = TrainCommand.number(arguments, "lr");
        if (given != null && !(given > 0)) {
            throw new UsageException("--lr takes a positive learning rate, not " + given);
        }
        double seed = record == null ? Double.NaN : record.setting("seed");
        try {
            TrainingConfig config = base.with(target.spec(), epochs, Double.isNaN(batch) ? null : (int) batch, optimizer,
                    given != null ? given : Double.isNaN(rate) ? base.learningRate() : rate, Double.isNaN(seed) ? null : (long) seed, null);
            // The unpruned model as the teacher: the smaller network learns how it ranks every class, not the labels alone.
            return arguments.flag("distill") ? config.withDistillation(new dev.dendrite.train.config.Distillation(target.model().toString(),
                    dev.dendrite.train.config.Distillation.NONE.temperature(), dev.dendrite.train.config.Distillation.NONE.weight())) : config;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
