package dev.dendrite.launching.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.dendrite.train.run.RunJson;

/** {@code dendrite generate --json} of a run's next-step model in a trainer JVM: a prime's continuation. */
public final class RunGeneration {

    private RunGeneration() {
    }

    /**
     * The continuation of {@code prime} by {@code length} steps: text for a character model, else the
     * generated ids or values as text; cancelling ends the trainer JVM.
     */
    public static String run(Path run, String prime, int length, double temperature, long seed, IProgressMonitor monitor) throws CoreException {
        // The prime travels as one argument; a long one would make the command line too long for ONNX Runtime.
        if (prime.length() > 1000) {
            throw new CoreException(Status.error("the prime has " + prime.length() + " characters; give at most 1,000"));
        }
        String output = TrainerCommand.output(List.of("generate", run.toString(), "--prime", prime, "--length", String.valueOf(length),
                "--temperature", String.format(Locale.ROOT, "%.3f", temperature), "--seed", String.valueOf(seed), "--json"), run.toFile(),
                "Generating with " + run.getFileName(), monitor);
        try {
            JsonObject json = RunJson.parse(output);
            JsonElement generated = json.get("generated");
            if (generated.isJsonPrimitive()) {
                return generated.getAsString();
            }
            return generated.isJsonNull() ? json.get("tokens").toString() : generated.toString();
        } catch (RuntimeException e) {
            throw new CoreException(Status.error("the generated text could not be read: " + RunJson.problem(e)));
        }
    }
}
