package dev.dendrite.analysis.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * A sweep's successive halving (Jamieson and Talwalkar, 2016; the rungs of Hyperband and ASHA, Li
 * et al.): every run trains to the first rung's epochs, the best 1/η by the validation figure at
 * that epoch go on to the next rung, and so on until the survivors reach the sweep's epochs. Runs
 * are configured for the whole budget, so a schedule spans all of it and a run paused at a rung
 * continues exactly where it stopped.
 *
 * <pre>"halving": {"eta": 3, "minEpochs": 1, "metric": "loss"}</pre>
 *
 * <p>With {@code "hyperband": true} the sweep's random search runs as Hyperband's brackets (Li et al.,
 * 2018): successive halvings that start fewer trials at more epochs each, down to a bracket of a few
 * trials trained whole, so a figure that misleads at one epoch cannot decide every trial.
 *
 * @param eta the reduction factor (2 or more): a rung keeps the best ⌊n/η⌋ of its n runs, at least one
 * @param minEpochs the first rung's epochs
 * @param maxEpochs the last rung's: the sweep's {@code epochs}
 * @param metric what ranks runs at a rung: the validation loss (lower is better; the training loss without a validation split)
 *        or the validation accuracy (higher is better)
 * @param hyperband whether the runs are split into Hyperband's brackets ({@link #brackets()}), each halved on its own
 */
public record Halving(int eta, int minEpochs, int maxEpochs, Metric metric, boolean hyperband) implements java.io.Serializable {

    /** Plain successive halving: one bracket of every run. */
    public Halving(int eta, int minEpochs, int maxEpochs, Metric metric) {
        this(eta, minEpochs, maxEpochs, metric, false);
    }

    /**
     * One of Hyperband's brackets: {@code trials} trials (each with every seed) halved from {@code firstEpochs}.
     *
     * @param index Hyperband's s: the number of cuts its trials meet (0 for the bracket trained whole)
     */
    public record Bracket(int index, int trials, int firstEpochs) implements java.io.Serializable {
    }

    /** What ranks the runs at a rung. */
    public enum Metric {
        LOSS("loss"), ACCURACY("accuracy"),
        /** Certified training's validation samples interval bounds certify at its radius; higher is better. */
        CERTIFIED("certified"),
        /** A judged GAN sweep's Fréchet distance of the samples ({@link SweepJudging}); lower is better. */
        FRECHET("frechet");

        private final String id;

        Metric(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public Halving {
        if (eta < 2) {
            throw new IllegalArgumentException("\"halving\": \"eta\" must be 2 or more (each rung keeps 1/eta of its runs), is " + eta);
        }
        if (minEpochs < 1) {
            throw new IllegalArgumentException("\"halving\": \"minEpochs\" must be 1 or more, is " + minEpochs);
        }
        if (minEpochs >= maxEpochs) {
            throw new IllegalArgumentException("\"halving\": \"minEpochs\" (" + minEpochs + ") must be below the sweep's epochs (" + maxEpochs
                    + "), or there is only one rung and nothing to halve");
        }
        if (hyperband && (long) minEpochs * eta > maxEpochs) {
            throw new IllegalArgumentException("\"halving\": Hyperband needs the sweep's epochs (" + maxEpochs + ") to be at least eta × "
                    + "minEpochs (" + (long) minEpochs * eta + "), or it has a single bracket, trained whole");
        }
    }

    /**
     * The "halving" object of a sweep file.
     *
     * @param maxEpochs the epochs every run is configured for
     * @throws IllegalArgumentException naming what is wrong (one line)
     */
    static Halving read(JsonElement element, String source, int maxEpochs) {
        if (!element.isJsonObject()) {
            throw new IllegalArgumentException(source + ": \"halving\" must be an object, e.g. {\"eta\": 3, \"minEpochs\": 1}");
        }
        JsonObject json = element.getAsJsonObject();
        for (String key : json.keySet()) {
            if (!List.of("eta", "minEpochs", "metric", "hyperband").contains(key)) {
                throw new IllegalArgumentException(source + ": \"halving\" takes eta, minEpochs, metric and hyperband, not \"" + key + "\"");
            }
        }
        Metric metric = Metric.LOSS;
        if (json.has("metric")) {
            String name = json.get("metric").getAsString().toLowerCase(Locale.ROOT);
            metric = java.util.Arrays.stream(Metric.values()).filter(m -> m.id().equals(name)).findFirst().orElse(null);
            if (metric == null) {
                throw new IllegalArgumentException(source + ": \"halving\": unknown metric '" + name + "': use loss, accuracy, certified or "
                        + "frechet");
            }
        }
        boolean hyperband = false;
        if (json.has("hyperband")) {
            JsonElement value = json.get("hyperband");
            if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
                throw new IllegalArgumentException(source + ": \"halving\": \"hyperband\" is true or false, not " + value);
            }
            hyperband = value.getAsBoolean();
        }
        try {
            return new Halving(whole(json, "eta", 3, source), whole(json, "minEpochs", 1, source), maxEpochs, metric, hyperband);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage());
        }
    }

    private static int whole(JsonObject json, String key, int fallback, String source) {
        if (!json.has(key)) {
            return fallback;
        }
        JsonElement value = json.get(key);
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber() || value.getAsDouble() != Math.rint(value.getAsDouble())) {
            throw new IllegalArgumentException(source + ": \"halving\": \"" + key + "\" needs a whole number, got " + value);
        }
        return value.getAsInt();
    }

    /**
     * The rungs' epochs, rising by η and ending at {@code maxEpochs}: counted back from the last, so
     * no rung is a sliver (1, 3, 9 for 9 epochs; 1, 3, 10 for 10; 2, 6, 20 for 20).
     */
    public List<Integer> rungs() {
        int steps = cuts();
        List<Integer> rungs = new ArrayList<>();
        for (int k = steps; k >= 0; k--) {
            int epochs = (int) Math.max(minEpochs, maxEpochs / pow(k));
            if (rungs.isEmpty() || epochs > rungs.get(rungs.size() - 1)) {
                rungs.add(epochs);
            }
        }
        if (rungs.size() == 1) {
            rungs.add(0, minEpochs); // fewer than η times minEpochs: two rungs all the same
        }
        return rungs;
    }

    /** The most η-fold steps from minEpochs that stay within maxEpochs: the rungs' cuts, Hyperband's s_max. */
    private int cuts() {
        int cuts = 0;
        while ((long) minEpochs * pow(cuts + 1) <= maxEpochs) {
            cuts++;
        }
        return cuts;
    }

    /** How many of a rung's {@code entered} runs go on: the best ⌊n/η⌋, at least one. */
    public int promoted(int entered) {
        return Math.max(1, entered / eta);
    }

    /**
     * Hyperband's brackets, the most exploratory first: with s_max the most cuts that fit between minEpochs and maxEpochs,
     * bracket s starts ⌈(s_max + 1)·η^s / (s + 1)⌉ trials at maxEpochs / η^s epochs (never below minEpochs), so every bracket
     * spends about the same epochs; the last (s = 0) trains s_max + 1 trials whole.
     */
    public List<Bracket> brackets() {
        int most = cuts();
        List<Bracket> brackets = new ArrayList<>();
        for (int s = most; s >= 0; s--) {
            long trials = ((most + 1) * pow(s) + s) / (s + 1); // the ceiling of (s_max + 1)·η^s / (s + 1)
            brackets.add(new Bracket(s, (int) trials, (int) Math.max(minEpochs, maxEpochs / pow(s))));
        }
        return brackets;
    }

    /**
     * The runs of each bracket, in bracket order: {@code runs} are the trials in order, each with every seed (as a sweep expands),
     * and the brackets take them in turn.
     */
    public <T> List<List<T>> byBracket(List<T> runs) {
        int seeds = Math.max(1, runs.size() / trials());
        List<List<T>> split = new ArrayList<>();
        int from = 0;
        for (Bracket bracket : brackets()) {
            int to = Math.min(runs.size(), from + bracket.trials() * seeds);
            split.add(runs.subList(from, to));
            from = to;
        }
        return split;
    }

    /** The trials Hyperband's brackets draw in all. */
    public int trials() {
        return brackets().stream().mapToInt(Bracket::trials).sum();
    }

    /** The successive halving of one bracket, or null for the bracket that trains its trials whole. */
    public Halving of(Bracket bracket) {
        return bracket.firstEpochs() >= maxEpochs ? null : new Halving(eta, bracket.firstEpochs(), maxEpochs, metric);
    }

    /** The epochs all rungs train, for {@code runs} runs that all reach the epochs they are given: what a progress bar counts. */
    public long plannedEpochs(int runs) {
        if (hyperband) {
            int seeds = Math.max(1, runs / trials());
            long total = 0;
            for (Bracket bracket : brackets()) {
                Halving halving = of(bracket);
                total += halving == null ? (long) bracket.trials() * seeds * maxEpochs : halving.plannedEpochs(bracket.trials() * seeds);
            }
            return total;
        }
        long total = 0;
        int entered = runs;
        int reached = 0;
        List<Integer> rungs = rungs();
        for (int k = 0; k < rungs.size(); k++) {
            total += (long) entered * (rungs.get(k) - reached);
            reached = rungs.get(k);
            entered = promoted(entered);
        }
        return total;
    }

    private long pow(int k) {
        long value = 1;
        for (int i = 0; i < k; i++) {
            value *= eta;
        }
        return value;
    }
}
