package dev.dendrite.launching.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;

import dev.dendrite.analysis.evaluation.Evaluation;

/** {@code dendrite evaluate} of a run directory in a trainer JVM, and the evaluation it leaves in the run. */
public final class RunEvaluation {

    private RunEvaluation() {
    }

    /** The evaluation of {@code split} the run directory keeps, or null when it has none (or an unreadable one: evaluate again). */
    public static Evaluation kept(Path run, String split) {
        Path file = run.resolve(Evaluation.fileName(split));
        try {
            return Files.isRegularFile(file) ? Evaluation.read(file) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Evaluates the run's model on {@code split} of the data it trained on; cancelling the monitor ends the trainer JVM. */
    public static Evaluation run(Path run, String split, IProgressMonitor monitor) throws CoreException {
        TrainerCommand.output(List.of("evaluate", run.toString(), "--split", split), run.toFile(),
                "Evaluating " + run.getFileName() + " on its " + split + " split", monitor);
        try {
            return Evaluation.read(run.resolve(Evaluation.fileName(split)));
        } catch (IOException e) {
            throw new CoreException(Status.error(e.getMessage()));
        }
    }

    /** An evaluation with test-time augmentation: its spec and draws, and the accuracy on the pictures as they are. */
    public record Augmented(Evaluation evaluation, String spec, int draws, double accuracyWithout) {
    }

    /**
     * Evaluates the run's model with test-time augmentation {@code spec} ({@code dendrite evaluate --tta}); nothing is kept in
     * the run, whose evaluation file stays the plain one.
     */
    public static Augmented withAugmentation(Path run, String split, String spec, IProgressMonitor monitor) throws CoreException {
        String output = TrainerCommand.output(List.of("evaluate", run.toString(), "--split", split, "--tta", spec, "--json"), run.toFile(),
                "Evaluating " + run.getFileName() + " on its " + split + " split with test-time augmentation " + spec, monitor);
        try {
            var json = dev.dendrite.train.run.RunJson.parse(output);
            var augmented = json.getAsJsonObject("testTimeAugmentation");
            return new Augmented(Evaluation.parse(output), augmented.get("augment").getAsString(), augmented.get("draws").getAsInt(),
                    augmented.get("accuracyWithout").getAsDouble());
        } catch (IOException | RuntimeException e) {
            throw new CoreException(Status.error("the evaluation's output could not be read: " + e.getMessage()));
        }
    }
}
