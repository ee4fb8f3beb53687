package dev.dendrite.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the command line in-process and keeps what it printed. */
class CliHarness {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        out.reset();
        err.reset();
        CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, List::of);
        return new Cli(Commands.all(), context).run(args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8).strip();
    }

    String lastErrorLine() {
        List<String> lines = err().lines().toList();
        return lines.get(lines.size() - 1);
    }
}
