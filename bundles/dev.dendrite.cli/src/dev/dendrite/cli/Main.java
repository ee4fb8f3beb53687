package dev.dendrite.cli;

import java.util.List;

/** Entry point of {@code ./dendrite SUBCOMMAND} in a plain JVM (no OSGi). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Cli cli = new Cli(Commands.all(), new CommandContext(System.out, System.err, false, List::of));
        System.exit(cli.run(args));
    }
}
