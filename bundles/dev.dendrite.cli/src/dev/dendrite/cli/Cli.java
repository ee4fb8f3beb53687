package dev.dendrite.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses {@code dendrite [--json] SUBCOMMAND ARGS...} and runs the subcommand.
 *
 * <p>Exit codes: 0 success, 1 the command failed, 2 bad input. Every failure prints one line
 * (or one JSON object with an {@code error} member under {@code --json}), never a bare stack trace.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    private final List<Command> commands;
    private final CommandContext baseContext;

    public Cli(List<Command> commands, CommandContext baseContext) {
        this.commands = List.copyOf(commands);
        this.baseContext = baseContext;
    }

    public int run(String... argv) {
        List<String> args = new ArrayList<>(List.of(argv));
        boolean json = args.remove("--json");
        CommandContext context = new CommandContext(baseContext.out(), baseContext.err(), json,
                baseContext.bundleReport());
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h")) {
            printHelp(context);
            return OK;
        }
        String name = args.remove(0);
        if (name.equals("help")) {
            return help(context, args);
        }
        Optional<Command> command = find(name);
        if (command.isEmpty()) {
            return fail(context, BAD_INPUT, name, "unknown command '" + name + "' (dendrite --help lists them)");
        }
        if (args.contains("--help") || args.contains("-h")) {
            context.print(Map.of("command", name, "usage", command.get().usage()), command.get().usage());
            return OK;
        }
        try {
            return command.get().run(context, args);
        } catch (UsageException e) {
            return fail(context, BAD_INPUT, name, e.getMessage());
        } catch (CommandFailedException e) {
            return fail(context, FAILED, name, e.getMessage());
        } catch (Exception | LinkageError e) {
            return fail(context, FAILED, name, describe(e));
        }
    }

    private int help(CommandContext context, List<String> args) {
        if (args.isEmpty()) {
            printHelp(context);
            return OK;
        }
        Optional<Command> command = find(args.get(0));
        if (command.isEmpty()) {
            return fail(context, BAD_INPUT, "help", "unknown command '" + args.get(0) + "'");
        }
        context.print(Map.of("command", command.get().name(), "usage", command.get().usage()), command.get().usage());
        return OK;
    }

    private Optional<Command> find(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private void printHelp(CommandContext context) {
        StringBuilder text = new StringBuilder();
        text.append("Usage: dendrite                      start the Dendrite workbench\n");
        text.append("       dendrite COMMAND [ARGS] [--json]\n\nCommands:\n");
        Map<String, Object> summaries = new LinkedHashMap<>();
        for (Command command : commands) {
            text.append(String.format("  %-10s %s%n", command.name(), command.summary()));
            summaries.put(command.name(), command.summary());
        }
        text.append("  help NAME  show the options of one command\n\n");
        text.append("Every command accepts --json for machine-readable output.\n");
        text.append("Exit codes: 0 success, 1 failure, 2 bad input.");
        context.print(Map.of("commands", summaries), text.toString());
    }

    /**
     * Reports that {@code command} failed with {@code message}, as a thrown {@link CommandFailedException} would be
     * reported, and returns {@link #FAILED}: for a command that must print before it lets a stopping JVM end.
     */
    public static int failed(CommandContext context, String command, String message) {
        return fail(context, FAILED, command, message);
    }

    private static int fail(CommandContext context, int code, String command, String message) {
        if (context.json()) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("command", command);
            error.put("error", message);
            error.put("exitCode", code);
            context.print(error, "");
        } else {
            context.err().println("dendrite " + command + ": " + message);
        }
        return code;
    }

    /** One line for an unexpected failure: the type and message, and the innermost cause when it differs. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (root != e) {
            text += " (caused by " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
        return text.replace('\n', ' ');
    }
}
