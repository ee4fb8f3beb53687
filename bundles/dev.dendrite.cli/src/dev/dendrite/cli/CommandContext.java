package dev.dendrite.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.dendrite.runtime.Json;

/**
 * What a command needs from its surroundings: the output streams, whether {@code --json} was
 * given, and, inside an Eclipse install, a report of Dendrite's bundles.
 *
 * @param bundleReport empty list outside OSGi; inside, one entry per Dendrite bundle after starting it
 */
public record CommandContext(PrintStream out, PrintStream err, boolean json,
        Supplier<List<Map<String, Object>>> bundleReport) {

    /** Prints a JSON object (with {@code --json}) or the given human-readable text. */
    public void print(Map<String, ?> jsonObject, String text) {
        if (json) {
            out.println(Json.write(jsonObject));
        } else {
            out.println(text);
        }
    }
}
