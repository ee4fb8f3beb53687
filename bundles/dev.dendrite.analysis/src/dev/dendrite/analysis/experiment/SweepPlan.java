package dev.dendrite.analysis.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.GsonBuilder;

/**
 * What the New Sweep wizard asks, written as a sweep file: a random search of the learning rate
 * (log-uniform) and the batch size, for some epochs and seeds, optionally by successive halving (in
 * Hyperband's brackets or one);
 * for a GAN also of its discriminator's rate, judged by a classifier run ({@link SweepJudging}).
 * A range or list of one value becomes a setting every run shares.
 *
 * @param network the .dnet file, relative to the sweep file's folder
 * @param optimizer null for the network's own
 * @param halvingEta 0 for every run trained whole, else successive halving's η
 * @param discriminatorLow the discriminator's rate, or the low end of its range; 0 for the generator's rate
 * @param judge the classifier run that judges a GAN's samples, relative to the sweep file's folder; null for none (the runs ranked
 *        by their test loss)
 * @param beta1s Adam's β1 (the decay of the gradients' running mean): one every run shares, several drawn one per trial, none for
 *        the network's own
 * @param beta2s Adam's β2 (the decay of the squares' running mean), as {@code beta1s}
 * @param discriminatorSteps a GAN's discriminator steps per generator step, as {@code beta1s}
 * @param hyperband whether the halving runs as Hyperband's brackets, which then decide the trials ({@link #hyperbandTrials()})
 */
public record SweepPlan(String network, int epochs, String optimizer, int trials, double lrLow, double lrHigh, List<Integer> batches,
        List<Long> seeds, int halvingEta, double discriminatorLow, double discriminatorHigh, String judge, List<Double> beta1s,
        List<Double> beta2s, List<Integer> discriminatorSteps, boolean hyperband) {

    /** A plan halved in one bracket, if at all. */
    public SweepPlan(String network, int epochs, String optimizer, int trials, double lrLow, double lrHigh, List<Integer> batches,
            List<Long> seeds, int halvingEta, double discriminatorLow, double discriminatorHigh, String judge, List<Double> beta1s,
            List<Double> beta2s, List<Integer> discriminatorSteps) {
        this(network, epochs, optimizer, trials, lrLow, lrHigh, batches, seeds, halvingEta, discriminatorLow, discriminatorHigh, judge, beta1s,
                beta2s, discriminatorSteps, false);
    }

    /** A plan with the network's own β2 and discriminator steps. */
    public SweepPlan(String network, int epochs, String optimizer, int trials, double lrLow, double lrHigh, List<Integer> batches,
            List<Long> seeds, int halvingEta, double discriminatorLow, double discriminatorHigh, String judge, List<Double> beta1s) {
        this(network, epochs, optimizer, trials, lrLow, lrHigh, batches, seeds, halvingEta, discriminatorLow, discriminatorHigh, judge, beta1s,
                List.of(), List.of());
    }

    /** A plan with the network's own β1. */
    public SweepPlan(String network, int epochs, String optimizer, int trials, double lrLow, double lrHigh, List<Integer> batches,
            List<Long> seeds, int halvingEta, double discriminatorLow, double discriminatorHigh, String judge) {
        this(network, epochs, optimizer, trials, lrLow, lrHigh, batches, seeds, halvingEta, discriminatorLow, discriminatorHigh, judge, List.of());
    }

    /** A plan without a discriminator's rate or a judge. */
    public SweepPlan(String network, int epochs, String optimizer, int trials, double lrLow, double lrHigh, List<Integer> batches,
            List<Long> seeds, int halvingEta) {
        this(network, epochs, optimizer, trials, lrLow, lrHigh, batches, seeds, halvingEta, 0, 0, null);
    }

    /**
     * @throws IllegalArgumentException naming the first value out of range (one line, for the wizard's message)
     */
    public SweepPlan {
        if (network == null || network.isBlank()) {
            throw new IllegalArgumentException("choose the network to train");
        }
        check(epochs >= 1, "epochs must be 1 or more");
        check(trials >= 1, "trials must be 1 or more");
        check(lrLow > 0 && lrHigh >= lrLow, "the learning rate's range needs 0 < from <= to");
        check(!batches.isEmpty() && batches.stream().allMatch(b -> b >= 1), "give one batch size or more, each 1 or more");
        check(!seeds.isEmpty(), "give one seed or more");
        check(discriminatorLow == 0 && discriminatorHigh == 0 || discriminatorLow > 0 && discriminatorHigh >= discriminatorLow,
                "the discriminator's rate needs 0 < from <= to (both empty: the generator's rate)");
        beta1s = beta1s == null ? List.of() : List.copyOf(beta1s);
        check(beta1s.stream().allMatch(b -> b >= 0 && b < 1), "Adam's β1 must be at least 0 and below 1");
        beta2s = beta2s == null ? List.of() : List.copyOf(beta2s);
        check(beta2s.stream().allMatch(b -> b >= 0 && b < 1), "Adam's β2 must be at least 0 and below 1");
        discriminatorSteps = discriminatorSteps == null ? List.of() : List.copyOf(discriminatorSteps);
        check(discriminatorSteps.stream().allMatch(k -> k >= 1), "the discriminator's steps per generator step must be 1 or more");
        check(lrLow != lrHigh || batches.size() > 1 || discriminatorLow != discriminatorHigh || beta1s.size() > 1 || beta2s.size() > 1
                || discriminatorSteps.size() > 1, "nothing to search: give the learning rate a range or more than one batch size");
        judge = judge == null || judge.isBlank() ? null : judge;
        check(halvingEta == 0 || halvingEta >= 2, "successive halving's eta must be 2 or more");
        check(halvingEta == 0 || epochs >= 2, "successive halving needs 2 epochs or more (its rungs end at the sweep's epochs)");
        check(!hyperband || halvingEta > 0, "Hyperband's brackets are successive halvings: tick successive halving too");
        check(!hyperband || epochs >= halvingEta, "Hyperband needs epochs of at least eta (" + halvingEta + "), or it has one bracket");
        batches = List.copyOf(batches);
        seeds = List.copyOf(seeds);
    }

    /** The trials Hyperband's brackets draw (the plan's {@code trials} stands for a single bracket); 0 without Hyperband. */
    public int hyperbandTrials() {
        return hyperband ? new Halving(halvingEta, 1, epochs, Halving.Metric.LOSS, true).trials() : 0;
    }

    /** The runs the file expands to: the trials (Hyperband's brackets' where asked) with every seed. */
    public int runs() {
        return (hyperband ? hyperbandTrials() : trials) * seeds.size();
    }

    /** The epochs the runs would take trained whole. */
    public long epochsWhole() {
        return (long) runs() * epochs;
    }

    /** The epochs the sweep trains at most: every run's, or what its rungs (and brackets) plan. */
    public long epochsPlanned() {
        return halvingEta == 0 ? epochsWhole() : new Halving(halvingEta, 1, epochs, Halving.Metric.LOSS, hyperband).plannedEpochs(runs());
    }

    private static void check(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** The sweep file's text, as a person would lay it out. */
    public String json() {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("network", network);
        file.put("epochs", epochs);
        if (optimizer != null) {
            file.put("optimizer", optimizer.toLowerCase(Locale.ROOT));
        }
        if (judge != null) {
            file.put(SweepJudging.JUDGE, judge);
        }
        Map<String, Object> random = new LinkedHashMap<>();
        if (!hyperband) {
            random.put("trials", trials); // Hyperband's brackets decide how many
        }
        if (lrLow == lrHigh) {
            file.put("lr", lrLow);
        } else {
            random.put("lr", Map.of("log", List.of(lrLow, lrHigh)));
        }
        if (batches.size() == 1) {
            file.put("batch", batches.get(0));
        } else {
            random.put("batch", batches);
        }
        if (discriminatorLow > 0 && discriminatorLow == discriminatorHigh) {
            file.put("discriminatorLr", discriminatorLow);
        } else if (discriminatorLow > 0) {
            random.put("discriminatorLr", Map.of("log", List.of(discriminatorLow, discriminatorHigh)));
        }
        shared(file, random, "beta1", beta1s);
        shared(file, random, "beta2", beta2s);
        shared(file, random, "discriminatorSteps", discriminatorSteps);
        file.put("random", random);
        file.put("seeds", seeds);
        if (halvingEta > 0) {
            Map<String, Object> halving = new LinkedHashMap<>();
            halving.put("eta", halvingEta);
            halving.put("minEpochs", 1);
            if (judge != null) {
                halving.put("metric", Halving.Metric.FRECHET.id());
            }
            if (hyperband) {
                halving.put("hyperband", true);
            }
            file.put("halving", halving);
        }
        // A setting a line, each value on one: the file stays as short as one written by hand.
        com.google.gson.Gson gson = new GsonBuilder().create();
        StringBuilder text = new StringBuilder("{\n");
        int i = 0;
        for (var entry : file.entrySet()) {
            String value = gson.toJson(entry.getValue());
            if (!(entry.getValue() instanceof String)) {
                value = value.replace(",", ", ").replace(":", ": "); // no strings inside: keys and numbers only
            }
            text.append("  ").append(gson.toJson(entry.getKey())).append(": ").append(value).append(++i < file.size() ? ",\n" : "\n");
        }
        return text.append("}\n").toString();
    }

    /** One value as a setting every run shares, several as a list the random search draws from, none as the network's own. */
    private static void shared(Map<String, Object> file, Map<String, Object> random, String key, List<?> values) {
        if (values.size() == 1) {
            file.put(key, values.get(0));
        } else if (values.size() > 1) {
            random.put(key, values);
        }
    }

    /** Numbers from "0.5, 0.9"; none from an empty text. */
    public static List<Double> decimals(String text) {
        try {
            return java.util.Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).map(Double::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a list of numbers");
        }
    }

    /** Whole numbers from "32, 64 128". */
    public static List<Long> numbers(String text) {
        try {
            return java.util.Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).map(Long::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a list of whole numbers");
        }
    }
}
