package dev.dendrite.cli;

import java.util.List;

import dev.dendrite.runtime.Denormals;

/** Entry point of {@code ./dendrite SUBCOMMAND} in a plain JVM (no OSGi). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Dendrite's own process: its session threads may flush denormals (Denormals says why).
        Denormals.flushInThisProcess();
        Cli cli = new Cli(Commands.all(), new CommandContext(System.out, System.err, false, List::of));
        System.exit(cli.run(args));
    }
}
