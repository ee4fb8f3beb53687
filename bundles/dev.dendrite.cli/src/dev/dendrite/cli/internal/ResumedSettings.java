package dev.dendrite.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.dendrite.train.run.RunReader;

/**
 * {@code train --resume}: the run continues with the settings it recorded, not the network's
 * defaults. A setting the command line leaves out is taken from the run's config.json (a sweep's
 * run resumed by hand kept its rate, batch and epochs); one it gives otherwise wins, with a note.
 */
final class ResumedSettings {

    /** config.json key → option, the settings a run records and the command line takes. */
    private static final String[][] RECORDED = {{"dataset", "--data"}, {"epochs", "--epochs"}, {"batchSize", "--batch"},
        {"optimizer", "--optimizer"}, {"learningRate", "--lr"}, {"seed", "--seed"}, {"momentum", "--momentum"}, {"betas", "--betas"},
        {"discriminatorLearningRate", "--discriminator-lr"}, {"discriminatorSteps", "--discriminator-steps"}, {"weightDecay", "--weight-decay"},
        {"clipNorm", "--clip"}, {"schedule", "--schedule"}, {"warmupSteps", "--warmup"}, {"patience", "--patience"},
        {"validationFraction", "--validation"}, {"labelSmoothing", "--label-smoothing"}, {"classWeights", "--class-weights"},
        {"ema", "--ema"}, {"mixup", "--mixup"}, {"augment", "--augment"}, {"frozenLayers", "--freeze"}, {"trainedLayers", "--train-only"},
        {"adversarial", "--adversarial"}, {"adversarialRange", "--adversarial-range"}, {"adversarialSteps", "--adversarial-steps"},
        {"certified", "--certified"}, {"certifiedRange", "--certified-range"}, {"certifiedWarmup", "--certified-warmup"},
        {"certifiedRamp", "--certified-ramp"}, {"certifiedWeight", "--certified-weight"},
        {"certifiedBounds", "--certified-bounds"}};

    private ResumedSettings() {
    }

    /**
     * {@code args} (of {@code train --resume}) with the run's recorded settings added where {@code given} (an option's value on
     * the command line, or null) has none; unchanged where the run directory records none.
     */
    static List<String> completed(List<String> args, java.util.function.UnaryOperator<String> given, Path runDir, Consumer<String> note) {
        return completed(args, given, runDir, note, option -> true);
    }

    /**
     * As above, adding only the recorded settings whose option {@code takes} accepts: a data-parallel run resumes with the settings
     * data-parallel training takes (the others it records, such as a discriminator's rate, it cannot be given).
     */
    static List<String> completed(List<String> args, java.util.function.UnaryOperator<String> given, Path runDir, Consumer<String> note,
            java.util.function.Predicate<String> takes) {
        if (runDir == null || !RunReader.isRunDirectory(runDir)) {
            return args;
        }
        Map<String, Object> recorded;
        try {
            recorded = RunReader.readWithoutMetrics(runDir).config();
        } catch (IOException e) {
            return args;
        }
        List<String> completed = new ArrayList<>(args);
        for (String[] setting : RECORDED) {
            String value = text(recorded.get(setting[0]));
            if (value == null || !takes.test(setting[1])) {
                continue;
            }
            String asked = given.apply(setting[1]);
            if (asked == null) {
                completed.add(setting[1]);
                completed.add(value);
            } else if (!same(asked, value)) {
                note.accept("note: the run trained with " + setting[1] + " " + value + "; it continues with " + asked);
            }
        }
        if (Boolean.TRUE.equals(recorded.get("nesterov")) && given.apply("--nesterov") == null && takes.test("--nesterov")) {
            completed.add("--nesterov");
        }
        return completed;
    }

    /** The recorded value as the command line writes it; null where it records nothing to pass on. */
    private static String text(Object value) {
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : String.join(",", list.stream().map(String::valueOf).toList());
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : Double.toString(d);
        }
        if (value instanceof String s) {
            return s.isEmpty() || s.equals("none") ? null : s;
        }
        return value instanceof Number n ? n.toString() : null;
    }

    private static boolean same(String given, String recorded) {
        try {
            return Double.parseDouble(given) == Double.parseDouble(recorded);
        } catch (NumberFormatException e) {
            return given.equals(recorded);
        }
    }
}
