package dev.dendrite.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.dendrite.cli.UsageException;

/** What {@code bench --compare} and {@code bench --summary} share about saved bench --json runs on the command line. */
final class SavedBenchRuns {

    private SavedBenchRuns() {
    }

    /** The files named by {@code arguments}, each one name or several joined by commas; {@code option} names the caller in errors. */
    static List<Path> files(String option, String... arguments) throws UsageException {
        List<Path> files = new ArrayList<>();
        for (String argument : arguments) {
            for (String name : argument.split(",")) {
                if (name.isBlank()) {
                    throw new UsageException(option + ": an empty file name in '" + argument + "'");
                }
                files.add(Path.of(name.strip()));
            }
        }
        return files;
    }

    /** Whether a case passes {@code --only} (a part of its name; null: all) and {@code --batch} (null: all). */
    static boolean selected(String name, int caseBatch, String only, Integer batch) {
        return (only == null || name.contains(only)) && (batch == null || caseBatch == batch);
    }

    /** As JSON writes it, null for a figure the runs did not record. */
    static List<Double> known(double[] values) {
        return Arrays.stream(values).mapToObj(v -> Double.isFinite(v) ? v : null).toList();
    }
}
