package dev.dendrite.cli;

import java.util.List;

/** One subcommand of {@code dendrite}. Implementations print through the {@link CommandContext}. */
public interface Command {

    /** The word typed after {@code dendrite}. */
    String name();

    /** One line for {@code dendrite --help}. */
    String summary();

    /** The usage lines shown by {@code dendrite help NAME}, options included. */
    String usage();

    /**
     * Runs the command.
     *
     * @param args the arguments after the command name, with {@code --json} already removed
     * @return the process exit code
     * @throws UsageException for bad input; the CLI prints its message as one line and exits 2
     */
    int run(CommandContext context, List<String> args) throws Exception;
}
