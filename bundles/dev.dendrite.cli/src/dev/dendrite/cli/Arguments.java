package dev.dendrite.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's arguments: positionals, options with a value ({@code -o FILE}, {@code --epochs=10})
 * and flags. Unknown options are bad input, named in the message.
 */
public final class Arguments {

    private final List<String> positionals = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();

    /**
     * @param valued options that take a value, with aliases mapped to one name (e.g. "-o" and "--output" to "output")
     * @param flags options without a value
     */
    public static Arguments parse(List<String> args, Map<String, String> valued, Set<String> flags) throws UsageException {
        Arguments parsed = new Arguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("-") || arg.equals("-")) {
                parsed.positionals.add(arg);
                continue;
            }
            String key = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (equals > 0) {
                key = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            if (flags.contains(key)) {
                parsed.options.put(key.replaceFirst("^-+", ""), "true");
            } else if (valued.containsKey(key)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("option " + key + " needs a value");
                    }
                    value = args.get(++i);
                }
                parsed.options.put(valued.get(key), value);
            } else {
                throw new UsageException("unknown option '" + key + "'");
            }
        }
        return parsed;
    }

    public List<String> positionals() {
        return positionals;
    }

    /** The one positional argument the command needs, or a message naming it. */
    public String single(String what) throws UsageException {
        if (positionals.isEmpty()) {
            throw new UsageException("missing " + what);
        }
        if (positionals.size() > 1) {
            throw new UsageException("expected one " + what + ", got " + positionals.size() + ": " + String.join(" ", positionals));
        }
        return positionals.get(0);
    }

    public String option(String name) {
        return options.get(name);
    }

    /** The names of the options and flags given (without dashes). */
    public java.util.Set<String> given() {
        return java.util.Collections.unmodifiableSet(options.keySet());
    }

    public boolean flag(String name) {
        return "true".equals(options.get(name));
    }

    /**
     * The option {@code name} (given as {@code --name}) as a whole number of at least {@code least}, or {@code fallback} where not given.
     *
     * @throws UsageException naming the option and what it must be
     */
    public int wholeNumber(String name, int fallback, int least) throws UsageException {
        String text = options.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= least) {
                return value;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new UsageException("--" + name + " must be a whole number, " + least + " or more, not '" + text + "'");
    }

    /** The option {@code name} as a number, or {@code fallback} where not given; the caller checks its range. */
    public double number(String name, double fallback) throws UsageException {
        String text = options.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number, not '" + text + "'");
        }
    }
}
