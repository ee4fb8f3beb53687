package dev.dendrite.train.run;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The activation and gradient health rules, applied to each health record in turn; each kind of
 * warning is raised once per layer. Sharp symptoms (dead or saturated units, one layer's gradient
 * vanishing while others' do not) are raised at the first record that shows them. Drifting ones
 * (activation scale, update size, gradients shrinking or growing across layers) are judged on the
 * median of the last {@value #WINDOW} records, after a warm-up of {@value #WARM_UP} steps in which
 * freshly initialised weights and Adam's first steps move fast by design; an update too small only
 * matters early (up to step {@value #EARLY}): later it means the run has converged.
 */
public final class HealthRules {

    /** Kinds of warning, as in the metrics records. */
    public static final String DEAD = "dead";
    public static final String SATURATED = "saturated";
    public static final String SCALE = "scale";
    public static final String UPDATE = "update";
    public static final String VANISHING = "vanishing";
    public static final String EXPLODING = "exploding";

    static final double DEAD_FRACTION = 0.5;
    static final double SATURATED_FRACTION = 0.5;
    static final double STD_LOW = 0.5;
    static final double STD_HIGH = 2;
    static final double UPDATE_LOW = 1e-4;
    static final double UPDATE_HIGH = 1e-2;
    static final double VANISHING_NORM = 1e-7;
    /** A layer's gradient counts as vanished only while another layer's is above this (when all are tiny the loss is simply low). */
    static final double ALIVE_NORM = 1e-4;
    /** Gradient norms differing by more than this factor between the first and the last trained layer. */
    static final double ACROSS_LAYERS = 100;
    static final int WINDOW = 5;
    static final long WARM_UP = 200;
    static final long EARLY = 1000;

    private final Set<String> warned = new HashSet<>();
    private final Map<String, ArrayDeque<Double>> windows = new HashMap<>();

    /**
     * @param layers each layer's values (mean, std, dead, saturated, gradientNorm, weightNorm, updateRatio), in forward order
     * @return the warnings this record raises for the first time
     */
    public List<HealthWarning> apply(Map<String, Map<String, Object>> layers, int epoch, long step) {
        List<HealthWarning> raised = new ArrayList<>();
        List<String> trained = layers.entrySet().stream().filter(e -> e.getValue().get("weightNorm") != null).map(Map.Entry::getKey).toList();
        double largestGradient = layers.values().stream().mapToDouble(v -> number(v.get("gradientNorm"))).filter(Double::isFinite).max()
                .orElse(Double.NaN);
        boolean judged = step > WARM_UP;
        for (var entry : layers.entrySet()) {
            String layer = entry.getKey();
            Map<String, Object> v = entry.getValue();
            double dead = number(v.get("dead"));
            double saturated = number(v.get("saturated"));
            double gradient = number(v.get("gradientNorm"));
            raise(raised, layer, DEAD, epoch, step, dead > DEAD_FRACTION, String.format(Locale.ROOT, "%.0f%% of %s's units are "
                    + "dead (never positive in a batch): lower the learning rate, or use LeakyReLU, ELU or GELU", 100 * dead, layer));
            raise(raised, layer, SATURATED, epoch, step, saturated > SATURATED_FRACTION, String.format(Locale.ROOT, "%.0f%% of %s's "
                    + "outputs are saturated (their gradient is almost 0): normalise the inputs, initialise smaller or use ReLU", 100
                    * saturated, layer));
            raise(raised, layer, VANISHING, epoch, step, gradient < VANISHING_NORM && largestGradient > ALIVE_NORM, String.format(
                    Locale.ROOT, "%s's gradient norm is %.1e while others' reach %.1e: its gradients vanish", layer, gradient,
                    largestGradient));
            // Activation scale: the outputs of unbounded nonlinearities and of normalisations, the signals the next layer sees
            // (tanh and sigmoid outputs are bounded, std ≤ 1 and ≤ ½ by construction: saturation is their rule).
            if (v.get("weightNorm") == null && v.get("gradientNorm") == null && !v.containsKey("saturated")) {
                double std = median(layer + "/std", number(v.get("std")));
                raise(raised, layer, SCALE, epoch, step, judged && (std < STD_LOW || std > STD_HIGH), String.format(Locale.ROOT,
                        "%s's outputs have had standard deviation %.2f, outside %.1f…%.0f: %s", layer, std, STD_LOW, STD_HIGH,
                        std < STD_LOW ? "signals shrink through the network; use He or Xavier initialisation or normalisation layers"
                                : "signals grow through the network; initialise smaller or add normalisation layers"));
            }
            if (v.get("updateRatio") != null) {
                double ratio = median(layer + "/update", number(v.get("updateRatio")));
                boolean high = ratio > UPDATE_HIGH;
                boolean low = ratio < UPDATE_LOW && step <= EARLY;
                raise(raised, layer, UPDATE, epoch, step, judged && (high || low), String.format(Locale.ROOT, "each update has "
                        + "changed %s's weights by %.1e of their norm, outside 1e-4…1e-2: the learning rate is likely too %s", layer, ratio,
                        high ? "high" : "low"));
            }
        }
        if (trained.size() >= 2) {
            String first = trained.get(0);
            String output = trained.get(trained.size() - 1);
            double factor = median("@across", number(layers.get(first).get("gradientNorm")) / number(layers.get(output).get(
                    "gradientNorm")));
            raise(raised, first, VANISHING, epoch, step, judged && factor < 1 / ACROSS_LAYERS, String.format(Locale.ROOT, "gradients "
                    + "have shrunk %.0f-fold from %s back to %s: they vanish on the way to the input; use ReLU-like activations, "
                    + "normalisation or skip connections", 1 / factor, output, first));
            raise(raised, first, EXPLODING, epoch, step, judged && factor > ACROSS_LAYERS, String.format(Locale.ROOT, "gradients have "
                    + "grown %.0f-fold from %s back to %s: they explode on the way to the input; clip gradients or initialise smaller",
                    factor, output, first));
        }
        return raised;
    }

    /** NaN (so no rule fires) for a missing or null value. */
    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** The median of the last WINDOW values of a series, NaN until the window is full. */
    private double median(String series, double value) {
        ArrayDeque<Double> window = windows.computeIfAbsent(series, s -> new ArrayDeque<>());
        window.addLast(value);
        if (window.size() > WINDOW) {
            window.removeFirst();
        }
        if (window.size() < WINDOW) {
            return Double.NaN;
        }
        double[] sorted = window.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[WINDOW / 2];
    }

    private void raise(List<HealthWarning> raised, String layer, String kind, int epoch, long step, boolean holds, String message) {
        if (holds && warned.add(layer + "/" + kind)) {
            raised.add(new HealthWarning(layer, kind, epoch, step, "warning at step " + step + ": " + message));
        }
    }
}
