package dev.dendrite.cli;

import java.util.List;

import dev.dendrite.cli.internal.AttentionCommand;
import dev.dendrite.cli.internal.AugmentCommand;
import dev.dendrite.cli.internal.BenchCommand;
import dev.dendrite.cli.internal.DoctorCommand;
import dev.dendrite.cli.internal.ExportCommand;
import dev.dendrite.cli.internal.ImportCommand;
import dev.dendrite.cli.internal.EdgePopupCommand;
import dev.dendrite.cli.internal.EmbedCommand;
import dev.dendrite.cli.internal.EvaluateCommand;
import dev.dendrite.cli.internal.GenerateCommand;
import dev.dendrite.cli.internal.PredictCommand;
import dev.dendrite.cli.internal.LandscapeCommand;
import dev.dendrite.cli.internal.StabilityCommand;
import dev.dendrite.cli.internal.PruneCommand;
import dev.dendrite.cli.internal.QuantizeCommand;
import dev.dendrite.cli.internal.SharpnessCommand;
import dev.dendrite.cli.internal.RobustnessCommand;
import dev.dendrite.cli.internal.SaliencyCommand;
import dev.dendrite.cli.internal.FeaturesCommand;
import dev.dendrite.cli.internal.LatentCommand;
import dev.dendrite.cli.internal.ProbeCommand;
import dev.dendrite.cli.internal.CollapseCommand;
import dev.dendrite.cli.internal.SimilarityCommand;
import dev.dendrite.cli.internal.OodCommand;
import dev.dendrite.cli.internal.EnsembleCommand;
import dev.dendrite.cli.internal.StatsCommand;
import dev.dendrite.cli.internal.SweepCommand;
import dev.dendrite.cli.internal.InspectCommand;
import dev.dendrite.cli.internal.LrFindCommand;
import dev.dendrite.cli.internal.LthCommand;
import dev.dendrite.cli.internal.NewCommand;
import dev.dendrite.cli.internal.RunsCommand;
import dev.dendrite.cli.internal.TemplatesCommand;
import dev.dendrite.cli.internal.TrainCommand;
import dev.dendrite.cli.internal.VersionCommand;

/** The subcommands of {@code dendrite}, in the order {@code --help} lists them. */
public final class Commands {

    private Commands() {
    }

    public static List<Command> all() {
        return List.of(new VersionCommand(), new DoctorCommand(), new TemplatesCommand(), new NewCommand(), new InspectCommand(), new ExportCommand(),
                new ImportCommand(), new TrainCommand(), new AugmentCommand(), new LrFindCommand(), new RunsCommand(), new LthCommand(), new EdgePopupCommand(), new EmbedCommand(), new StatsCommand(), new EvaluateCommand(), new PredictCommand(), new GenerateCommand(), new SaliencyCommand(), new FeaturesCommand(), new ProbeCommand(), new CollapseCommand(), new LatentCommand(), new AttentionCommand(), new LandscapeCommand(), new StabilityCommand(), new SharpnessCommand(), new QuantizeCommand(), new PruneCommand(), new RobustnessCommand(), new SimilarityCommand(), new OodCommand(), new EnsembleCommand(), new SweepCommand(), new BenchCommand());
    }
}
