package dev.dendrite.analysis.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.dendrite.train.run.MetricRecord;
import dev.dendrite.train.run.RunReader;
import dev.dendrite.train.run.RunRecord;
import dev.dendrite.train.run.RunState;

/**
 * A sweep as its run directories record it, for views: every run's settings (those its name sets,
 * as the sweep file spelt them), its validation curve, best and test figures, and whether successive
 * halving left it behind. Read from the folder alone, so it shows a sweep still running, one another
 * machine ran, or one whose file is gone.
 *
 * @param settings the settings the runs' names set to more than one value, in the order the names give them (seeds last)
 * @param figure what the curves hold: "validation loss", "training loss" where no run validates, or "Fréchet distance" for a
 *        judged GAN sweep
 */
public record SweepRuns(String name, Path folder, List<String> settings, List<Run> runs, String figure) {

    /** The key of config.json under which a sweep's run records its settings. */
    public static final String SETTINGS = "experimentSettings";
    /** The key of config.json under which a run of a Hyperband sweep records its bracket (from 1). */
    public static final String BRACKET = "experimentBracket";

    /**
     * One run.
     *
     * @param settings its value of each setting its name sets: a number where it reads as one, else the word
     * @param curve its figure per epoch read, first epoch first
     * @param curveEpochs the epoch of each value of {@code curve} (every epoch, or a judged sweep's judged ones)
     * @param best the lowest of its curve (NaN before its first epoch); a judged sweep's: its last judging's
     * @param testLoss NaN until it finishes
     * @param bracket its Hyperband bracket, from 1 (the most exploratory); 0 outside Hyperband
     */
    public record Run(String name, Path directory, Map<String, Object> settings, String state, double[] curve, int[] curveEpochs, double best,
            double testLoss, double testAccuracy, int bracket) {

        public boolean finished() {
            return state.equals(RunState.FINISHED.id());
        }
    }

    /**
     * The runs of the sweep in {@code folder}: its subfolders that are run directories of one experiment.
     *
     * @throws IOException when the folder cannot be listed
     */
    public static SweepRuns read(Path folder) throws IOException {
        List<Path> dirs;
        try (Stream<Path> children = Files.list(folder)) {
            dirs = children.filter(Files::isDirectory).filter(RunReader::isRunDirectory).sorted().toList();
        }
        List<RunRecord> records = new ArrayList<>();
        for (Path dir : dirs) {
            RunRecord record = RunReader.read(dir);
            if (record.config().get("experiment") instanceof String) {
                records.add(record);
            }
        }
        String name = records.isEmpty() ? folder.getFileName().toString() : (String) records.get(0).config().get("experiment");
        boolean validates = records.stream().anyMatch(r -> r.epochs().stream().anyMatch(e -> !Double.isNaN(e.value("validationLoss"))));
        // A judged GAN sweep's curves are the Fréchet distances of its samples (SweepJudging): its losses are the adversarial game's.
        boolean judged = records.stream().anyMatch(r -> r.config().get(SETTINGS) instanceof Map<?, ?> recorded && recorded.containsKey(
                SweepJudging.JUDGE));
        Set<String> settings = new LinkedHashSet<>();
        List<Run> runs = new ArrayList<>();
        for (RunRecord record : records) {
            String runName = record.config().get("experimentRun") instanceof String s ? s : record.directory().getFileName().toString();
            Map<String, Object> values = record.config().get(SETTINGS) instanceof Map<?, ?> recorded ? settings(recorded, runName)
                    : settings(runName);
            settings.addAll(values.keySet());
            List<MetricRecord> epochs = record.epochs().stream().sorted(Comparator.comparingInt(MetricRecord::epoch)).toList();
            double[] curve = epochs.stream().mapToDouble(e -> e.value(validates ? "validationLoss" : "trainLoss")).toArray();
            int[] curveEpochs = epochs.stream().mapToInt(MetricRecord::epoch).toArray();
            if (judged) {
                Map<Integer, Double> distances = SweepJudging.distances(record.directory());
                curve = distances.values().stream().mapToDouble(Double::doubleValue).toArray();
                curveEpochs = distances.keySet().stream().mapToInt(Integer::intValue).toArray();
            }
            // A judged run's figure is its last judging: the samples of the generator it saved, as dendrite sweep ranks them.
            double best = judged ? (curve.length == 0 ? Double.NaN : curve[curve.length - 1])
                    : java.util.Arrays.stream(curve).filter(v -> !Double.isNaN(v)).min().orElse(Double.NaN);
            int bracket = record.config().get(BRACKET) instanceof Number n ? n.intValue() : 0;
            runs.add(new Run(runName, record.directory(), values, record.stateLabel(), curve, curveEpochs, best, number(record.summary().get(
                    "testLoss")), number(record.summary().get("testAccuracy")), bracket));
        }
        // Only what varies (a sweep of one seed names it in every run), seeds last: the noise to read the settings against.
        settings.removeIf(setting -> runs.stream().map(r -> r.settings().get(setting)).distinct().count() < 2);
        List<String> ordered = new ArrayList<>(settings.stream().filter(s -> !s.equals("seed")).toList());
        if (settings.contains("seed")) {
            ordered.add("seed");
        }
        return new SweepRuns(name, folder, ordered, runs, judged ? "Fréchet distance" : validates ? "validation loss" : "training loss");
    }

    /** Whether {@code folder} holds a sweep's runs: its {@code sweep.csv}, or a run directory of an experiment (a sweep still running). */
    public static boolean isSweepFolder(Path folder) {
        if (Files.isRegularFile(folder.resolve("sweep.csv"))) {
            return true;
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.anyMatch(c -> {
                try {
                    return Files.isRegularFile(c.resolve("config.json")) && Files.readString(c.resolve("config.json")).contains(
                            "\"experiment\"");
                } catch (IOException e) {
                    return false;
                }
            });
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The settings a run of a sweep recorded in its config.json, numbers as doubles and the rest as the sweep file spelt them, in
     * the order its name gives them (a spec's settings keep none), then the others.
     */
    static Map<String, Object> settings(Map<?, ?> recorded, String runName) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String named : settings(runName).keySet()) {
            if (recorded.containsKey(named)) {
                values.put(named, null);
            }
        }
        recorded.forEach((key, value) -> values.put(key.toString(), value instanceof Number n ? (Object) n.doubleValue() : Sweep.text(value)));
        return values;
    }

    /** The settings a run's name sets ("trial=3,lr=0.01,batch=32,seed=1"), for runs that recorded none; the trial number is no setting. */
    static Map<String, Object> settings(String runName) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String part : runName.split(",")) {
            int equals = part.indexOf('=');
            if (equals <= 0 || part.substring(0, equals).equals(RandomSearch.TRIAL)) {
                continue;
            }
            String text = part.substring(equals + 1);
            try {
                values.put(part.substring(0, equals), Double.valueOf(text));
            } catch (NumberFormatException e) {
                values.put(part.substring(0, equals), text);
            }
        }
        return values;
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** The run of the lowest best figure, or null before any epoch. */
    public Run best() {
        return runs.stream().filter(r -> !Double.isNaN(r.best())).min(Comparator.comparingDouble(Run::best)).orElse(null);
    }

    /** The Hyperband brackets the runs belong to, ascending; empty outside Hyperband. */
    public List<Integer> brackets() {
        return runs.stream().map(Run::bracket).filter(b -> b > 0).distinct().sorted().toList();
    }

    /** The run of the lowest best figure in bracket {@code index}, or null. */
    public Run best(int bracket) {
        return runs.stream().filter(r -> r.bracket() == bracket && !Double.isNaN(r.best())).min(Comparator.comparingDouble(Run::best))
                .orElse(null);
    }

    /** How many runs are in each state, in the order first met. */
    public Map<String, Long> states() {
        Map<String, Long> counts = new LinkedHashMap<>();
        runs.forEach(r -> counts.merge(r.state(), 1L, Long::sum));
        return counts;
    }
}
