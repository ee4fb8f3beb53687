package dev.dendrite.analysis.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * A whole sweep on an executor: checked before any run starts, every run trained or, where the
 * file asks for successive halving, rung by rung (by Hyperband, bracket by bracket); {@code sweep.csv}
 * written with every run's row.
 */
public final class SweepExecution {

    /**
     * @param outcomes one per run of the sweep, in its order (fewer when it was stopped)
     * @param halving the rungs of plain successive halving, or null (a sweep trained whole, or Hyperband's)
     * @param brackets Hyperband's brackets, the most exploratory first (a bracket trained whole has no halving and no rungs);
     *        empty for any other sweep
     */
    public record Result(List<RunOutcome> outcomes, SuccessiveHalving.Report halving, List<SuccessiveHalving.Report> brackets) {

        public Result(List<RunOutcome> outcomes, SuccessiveHalving.Report halving) {
            this(outcomes, halving, List.of());
        }

        /** Whether runs were halted at rungs: plain successive halving or Hyperband. */
        public boolean halved() {
            return halving != null || !brackets.isEmpty();
        }
    }

    private SweepExecution() {
    }

    /**
     * @throws IllegalArgumentException when the network or a run's settings are invalid (before any run starts)
     */
    public static Result run(RunExecutor executor, Sweep sweep, Path folder, Consumer<String> progress) throws IOException {
        SequentialExecutor.validate(sweep);
        Files.createDirectories(folder);
        List<RunSpec> specs = sweep.expand();
        Result result = sweep.halving() == null ? new Result(executor.execute(sweep, specs, folder), null)
                : SuccessiveHalving.run(executor, sweep, specs, folder, progress);
        SequentialExecutor.writeCsv(result.outcomes(), folder.resolve("sweep.csv"));
        return result;
    }
}
