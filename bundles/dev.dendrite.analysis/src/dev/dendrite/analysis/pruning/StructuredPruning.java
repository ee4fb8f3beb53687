package dev.dendrite.analysis.pruning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.dendrite.model.Networks;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;

/**
 * Structured pruning: whole neurons and convolution channels removed from a trained network, so the
 * network that remains is smaller and faster on any hardware (unlike a lottery ticket's scattered
 * zeros). Each prunable layer ({@link UnitGroups}) loses the share of its units that ranks lowest by
 * a criterion; their batch-normalisation channels and the next layers' rows or input channels go
 * with them. Layers are taken in the order shapes flow, each ranked after the ones before it lost
 * their units (greedy, as Li et al., 2017, found best).
 */
public final class StructuredPruning {

    /** The report {@code dendrite prune} keeps in a run directory (the Evaluation view's Prune... shows it). */
    public static final String REPORT = "pruning.json";

    /**
     * How units are ranked: their incoming weights' L1 or L2 norm (Li et al., 2017), the |γ| of the batch normalisation after them
     * (Liu et al., 2017), or the mean magnitude of what they pass on over training samples ({@link UnitActivity}; a dead ReLU
     * unit passes nothing, as in Hu et al.'s APoZ, 2016).
     */
    public enum Criterion {
        L1("l1"), L2("l2"), BN_SCALE("bn"), ACTIVATION("activation"), TAYLOR("taylor");

        private final String id;

        Criterion(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** Whether it ranks by what the units do on data ({@link UnitActivity}), not by weights. */
        public boolean measured() {
            return this == ACTIVATION || this == TAYLOR;
        }

        /** The criterion a name gives, or an {@link IllegalArgumentException} naming the choices. */
        public static Criterion of(String name) {
            for (Criterion c : values()) {
                if (c.id.equalsIgnoreCase(name.strip())) {
                    return c;
                }
            }
            throw new IllegalArgumentException("unknown criterion '" + name + "': use l1, l2, bn, activation or taylor");
        }
    }

    /**
     * @param amount the share of units each prunable layer loses (0 to below 1)
     * @param perLayer shares for layers by name or id, instead of {@code amount}
     * @param global the share {@code amount} of all prunable units goes, those ranking lowest against their own layer's mean
     *        score, each layer keeping one at least: layers lose what they can spare, not one share each
     */
    public record Settings(double amount, Map<String, Double> perLayer, Criterion criterion, boolean global) {

        public Settings {
            perLayer = Map.copyOf(new LinkedHashMap<>(perLayer));
            check(amount, "--amount");
            perLayer.forEach((name, share) -> check(share, name));
            if (global && !perLayer.isEmpty()) {
                throw new IllegalArgumentException("--global ranks every layer's units together by --amount; give it or --layers, not both");
            }
        }

        /** Each layer loses its own share. */
        public Settings(double amount, Map<String, Double> perLayer, Criterion criterion) {
            this(amount, perLayer, criterion, false);
        }

        private static void check(double share, String what) {
            if (!(share >= 0 && share < 1)) {
                throw new IllegalArgumentException(what + ": the share of units to remove must be at least 0 and below 1, not " + share);
            }
        }

        /** The share a group loses: the first of its producers given one by name (qualified in a block) or id, or the amount. */
        double share(UnitGroups.Group group) {
            for (Layer layer : group.producers()) {
                for (String name : names(layer)) {
                    if (perLayer.containsKey(name)) {
                        return perLayer.get(name);
                    }
                }
            }
            return amount;
        }

        /** The share a layer loses: its own, by name or id, or the amount. */
        public double share(String name, String id) {
            Double given = perLayer.get(name);
            return given != null ? given : perLayer.getOrDefault(id, amount);
        }
    }

    /**
     * One pruned layer: its units before and after and the share of its criterion's mass the kept units hold.
     *
     * @param removed the indices of the removed units, ascending
     * @param coupled the other layers a residual sum or a shared block joins to it, which lose the same units (dense layers and
     *        convolutions by name, an Add by its name where its shortcut projection does)
     */
    public record PrunedLayer(String id, String name, String kind, int before, int after, double keptMass, int[] removed,
            List<String> coupled) {

        public PrunedLayer {
            coupled = List.copyOf(coupled);
        }

        /** A layer whose units are its own. */
        public PrunedLayer(String id, String name, String kind, int before, int after, double keptMass, int[] removed) {
            this(id, name, kind, before, after, keptMass, removed, List.of());
        }
    }

    /** The smaller network and its weights, each layer's change, and the dense layers and convolutions left whole with the reason. */
    public record Result(Network network, Weights weights, List<PrunedLayer> layers, Map<String, String> whole) {
    }

    private StructuredPruning() {
    }

    /**
     * Prunes a copy of {@code original} with {@code trained} weights; neither is changed.
     *
     * @throws IllegalArgumentException naming a {@code perLayer} name that is no prunable layer, or a layer the criterion cannot rank
     */
    public static Result prune(Network original, Weights trained, Settings settings) {
        return prune(original, trained, settings, Map.of());
    }

    /**
     * As above; {@code activity} holds each prunable layer's units' mean magnitude by layer id ({@link UnitActivity#measure}), what
     * {@link Criterion#ACTIVATION} ranks by (measured on {@code original}: units keep their numbers until their own layer's turn).
     */
    public static Result prune(Network original, Weights trained, Settings settings, Map<String, double[]> activity) {
        Network network = EcoreUtil.copy(Networks.withIds(original));
        Weights weights = copy(trained);
        UnitGroups.Found found = UnitGroups.find(network, Networks.inspect(network).shapes());
        for (String name : settings.perLayer().keySet()) {
            boolean known = found.groups().stream().anyMatch(g -> g.producers().stream().anyMatch(l -> names(l).contains(name)));
            if (!known) {
                Layer whole = found.whole().keySet().stream().filter(l -> names(l).contains(name)).findFirst().orElse(null);
                throw new IllegalArgumentException("'" + name + "' " + (whole != null ? "cannot lose units: " + found.whole().get(whole)
                        : "is no dense layer or convolution of the network") + "; prunable: " + names(found.groups()));
            }
        }
        int[] counts = settings.global() ? globalCounts(found.groups(), weights, settings, activity) : null;
        List<PrunedLayer> layers = new ArrayList<>();
        for (int g = 0; g < found.groups().size(); g++) {
            UnitGroups.Group group = found.groups().get(g);
            double[] scores = scores(group, weights, settings.criterion(), activity);
            int remove = counts != null ? counts[g] : Math.min(group.units() - 1, (int) Math.round(settings.share(group) * group.units()));
            Integer[] order = IntStream.range(0, group.units()).boxed().toArray(Integer[]::new);
            // Ties broken by index, so the same weights always lose the same units.
            Arrays.sort(order, Comparator.<Integer>comparingDouble(u -> scores[u]).thenComparingInt(u -> u));
            int[] removed = Arrays.stream(order, 0, remove).mapToInt(Integer::intValue).sorted().toArray();
            int[] kept = IntStream.range(0, group.units()).filter(u -> Arrays.binarySearch(removed, u) < 0).toArray();
            double total = Arrays.stream(scores).sum();
            double keptMass = total > 0 ? Arrays.stream(kept).mapToDouble(u -> scores[u]).sum() / total : 1;
            if (remove > 0) {
                UnitSurgery.keep(group, kept, weights);
            }
            Layer p = group.producer();
            layers.add(new PrunedLayer(p.getId(), UnitGroups.nameOf(p), UnitGroups.kind(p), group.units(), kept.length, keptMass, removed,
                    coupledNames(group)));
        }
        Map<String, String> whole = new LinkedHashMap<>();
        found.whole().forEach((layer, reason) -> whole.put(UnitGroups.nameOf(layer), reason));
        return new Result(network, weights, layers, whole);
    }

    /**
     * Step {@code step} of {@code steps} towards the units {@code target} ends with: settings that take each layer of {@code current}
     * (the network after the steps before, by layer id) to its share of the way, the units removed evenly over the steps.
     */
    public static Settings step(List<PrunedLayer> target, Network current, int step, int steps, Criterion criterion) {
        Map<String, Double> shares = new LinkedHashMap<>();
        for (PrunedLayer layer : target) {
            int goal = layer.before() - (int) Math.round((double) (layer.before() - layer.after()) * step / steps);
            Layer now = java.util.stream.Stream.concat(current.getLayers().stream(), current.getBlocks().stream().flatMap(b -> b.getLayers()
                    .stream())).filter(l -> layer.id().equals(l.getId())).findFirst().orElseThrow(
                    () -> new IllegalArgumentException("the network of the step before has no layer '" + layer.id() + "'"));
            int units = UnitGroups.units(now);
            shares.put(layer.id(), (double) Math.max(0, units - goal) / units);
        }
        return new Settings(0, shares, criterion);
    }

    /**
     * How many units each layer loses in a global cut: every unit's score divided by its layer's mean (scores of different layers
     * differ in scale with their fan-in; against the mean they say how a unit compares with its neighbours), the lowest
     * {@code amount} of all units, each layer keeping one.
     */
    static int[] globalCounts(List<UnitGroups.Group> groups, Weights weights, Settings settings, Map<String, double[]> activity) {
        record Ranked(int group, double score) {
        }
        List<Ranked> all = new ArrayList<>();
        int total = 0;
        for (int g = 0; g < groups.size(); g++) {
            double[] scores = scores(groups.get(g), weights, settings.criterion(), activity);
            double mean = Arrays.stream(scores).average().orElse(0);
            for (double score : scores) {
                all.add(new Ranked(g, mean > 0 ? score / mean : 0));
            }
            total += scores.length;
        }
        all.sort(Comparator.comparingDouble(Ranked::score));
        int target = (int) Math.round(settings.amount() * total);
        int[] counts = new int[groups.size()];
        int removed = 0;
        for (int i = 0; i < all.size() && removed < target; i++) {
            int g = all.get(i).group();
            if (counts[g] < groups.get(g).units() - 1) {
                counts[g]++;
                removed++;
            }
        }
        return counts;
    }

    /**
     * Two prunings in a row as one, by layer id: units before the first, after the second, the removed ones numbered as before the
     * first; the kept mass is NaN (the steps ranked different weights).
     */
    public static List<PrunedLayer> compose(List<PrunedLayer> first, List<PrunedLayer> then) {
        List<PrunedLayer> composed = new ArrayList<>();
        for (PrunedLayer a : first) {
            PrunedLayer b = then.stream().filter(l -> l.id().equals(a.id())).findFirst().orElse(null);
            if (b == null) {
                composed.add(a);
                continue;
            }
            int[] keptFirst = IntStream.range(0, a.before()).filter(u -> Arrays.binarySearch(a.removed(), u) < 0).toArray();
            int[] keptBoth = IntStream.range(0, b.before()).filter(u -> Arrays.binarySearch(b.removed(), u) < 0).map(u -> keptFirst[u])
                    .toArray();
            int[] removed = IntStream.range(0, a.before()).filter(u -> Arrays.binarySearch(keptBoth, u) < 0).toArray();
            composed.add(new PrunedLayer(a.id(), a.name(), a.kind(), a.before(), b.after(), Double.NaN, removed, a.coupled()));
        }
        return composed;
    }

    /**
     * Each unit's rank under the criterion (higher: more important). A coupled group's units are ranked by the mean over its
     * producers and projections (or its normalisations, for bn) of each one's scores against its own mean, as their scales differ
     * with their fan-in.
     */
    static double[] scores(UnitGroups.Group group, Weights weights, Criterion criterion, Map<String, double[]> activity) {
        Layer p = group.producer();
        if (group.isCoupled() && !criterion.measured()) {
            List<double[]> parts = new ArrayList<>();
            if (criterion == Criterion.BN_SCALE) {
                group.normalisations().forEach(norm -> parts.add(gammas(tensor(weights, norm, "scale"))));
            } else {
                group.producers().forEach(l -> parts.add(norms(tensor(weights, l, "weight"), UnitGroups.weightAxis(l), group.units(),
                        criterion)));
                for (UnitGroups.Projection projection : group.projections()) {
                    boolean dense = projection.add().getProjection() == dev.dendrite.model.network.ProjectionKind.DENSE;
                    parts.add(norms(tensor(weights, projection.add(), "projection" + projection.port() + "_weight"), dense ? 1 : 0,
                            group.units(), criterion));
                }
            }
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("--criterion bn ranks units by the batch normalisation after them, and '"
                        + UnitGroups.nameOf(p) + "' and the layers joined to it have none; use l1 or l2, or give it no share");
            }
            return meanOfRelative(parts);
        }
        if (criterion.measured()) {
            double[] measured = activity.get(p.getId());
            if (measured == null || measured.length != group.units()) {
                throw new IllegalArgumentException("--criterion " + criterion.id() + ": nothing measured for '" + UnitGroups.nameOf(p) + "'");
            }
            return measured;
        }
        if (criterion == Criterion.BN_SCALE) {
            if (group.normalisations().isEmpty()) {
                throw new IllegalArgumentException("--criterion bn ranks units by the batch normalisation after them, and '" + UnitGroups.nameOf(p)
                        + "' has none; use l1 or l2, or give it no share");
            }
            return gammas(tensor(weights, group.normalisations().get(0), "scale"));
        }
        return norms(tensor(weights, p, "weight"), UnitGroups.weightAxis(p), group.units(), criterion);
    }

    private static double[] gammas(FloatTensor scale) {
        float[] gamma = scale.values();
        return IntStream.range(0, gamma.length).mapToDouble(u -> Math.abs(gamma[u])).toArray();
    }

    /**
     * Each unit's incoming weights' L1 or L2 norm, the units on {@code axis} of the weight: a dense weight is [in, units], a
     * convolution's [units, in, k...], a transposed convolution's [in, units, k...].
     */
    private static double[] norms(FloatTensor w, int axis, int units, Criterion criterion) {
        double[] scores = new double[units];
        long inner = 1;
        for (int d = axis + 1; d < w.shape().length; d++) {
            inner *= w.shape()[d];
        }
        for (int i = 0; i < w.size(); i++) {
            int unit = (int) (i / inner % units);
            double v = w.values()[i];
            scores[unit] += criterion == Criterion.L1 ? Math.abs(v) : v * v;
        }
        if (criterion == Criterion.L2) {
            for (int u = 0; u < scores.length; u++) {
                scores[u] = Math.sqrt(scores[u]);
            }
        }
        return scores;
    }

    private static double[] meanOfRelative(List<double[]> parts) {
        double[] mean = new double[parts.get(0).length];
        for (double[] part : parts) {
            double average = Arrays.stream(part).average().orElse(0);
            for (int u = 0; u < mean.length; u++) {
                mean[u] += (average > 0 ? part[u] / average : 0) / parts.size();
            }
        }
        return mean;
    }

    private static List<String> coupledNames(UnitGroups.Group group) {
        List<String> names = new ArrayList<>(group.coupled().stream().map(UnitGroups::nameOf).toList());
        group.projections().forEach(projection -> names.add(UnitGroups.nameOf(projection.add())));
        return names;
    }

    static FloatTensor tensor(Weights weights, Layer layer, String parameter) {
        return weights.get(layer.getId(), parameter).orElseThrow(() -> new IllegalArgumentException("the weights hold no '" + parameter
                + "' for " + UnitGroups.describe(layer)));
    }

    private static String names(List<UnitGroups.Group> groups) {
        return groups.isEmpty() ? "none" : String.join(", ", groups.stream().map(g -> UnitGroups.nameOf(g.producer())).toList());
    }

    /** What a layer answers to in --layers: its name, qualified name in a block, or id. */
    private static List<String> names(Layer layer) {
        return List.of(layer.getName(), UnitGroups.nameOf(layer), layer.getId());
    }

    private static Weights copy(Weights weights) {
        Weights copy = new Weights();
        weights.flat().forEach((key, tensor) -> {
            String[] k = Weights.split(key);
            copy.put(k[0], k[1], tensor);
        });
        return copy;
    }

    /** "conv1 32 → 16, fc1 120 → 60": the layers that changed. */
    public static String describe(List<PrunedLayer> layers) {
        return String.join(", ", layers.stream().filter(l -> l.after() < l.before()).map(l -> String.format(Locale.ROOT, "%s %d → %d%s",
                l.name(), l.before(), l.after(), l.coupled().isEmpty() ? "" : " (with " + String.join(", ", l.coupled()) + ")")).toList());
    }
}
