package dev.dendrite.model.fold;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;

import dev.dendrite.model.network.BlockInput;
import dev.dendrite.model.network.BlockInstance;
import dev.dendrite.model.network.BlockOutput;
import dev.dendrite.model.network.Connection;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Loss;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkPackage;
import dev.dendrite.model.network.convolution.Pooling;

/**
 * Finds the repeated sub-structures of a large network: maximal chains of layers, each with one
 * input connection and one output connection, whose layer kinds and settings occur at least twice
 * (DenseNet's dense layers, the convolution paths of ResNet's bottlenecks, Inception's branches).
 * Plain data out; {@link Folding} folds them into blocks.
 */
public final class RepeatedStructures {

    /** One kind of chain and every place it occurs, in network order. */
    public record Repeat(String signature, String label, List<List<Layer>> occurrences) {
    }

    private RepeatedStructures() {
    }

    /** Chains of at least {@code minLength} layers that occur at least {@code minRepeats} times, the most frequent first. */
    public static List<Repeat> find(Network network, int minLength, int minRepeats) {
        Map<Layer, List<Connection>> in = new LinkedHashMap<>();
        Map<Layer, List<Connection>> out = new LinkedHashMap<>();
        for (Connection c : network.getConnections()) {
            out.computeIfAbsent(c.getSource(), k -> new ArrayList<>()).add(c);
            in.computeIfAbsent(c.getTarget(), k -> new ArrayList<>()).add(c);
        }
        Set<Layer> taken = new HashSet<>();
        Map<String, Repeat> bySignature = new LinkedHashMap<>();
        for (Layer layer : network.getLayers()) {
            if (taken.contains(layer) || !link(layer, in, out)) {
                continue;
            }
            // A chain starts where the layer before is not a link of the same chain.
            Layer before = in.get(layer).get(0).getSource();
            if (link(before, in, out) && out.get(before).size() == 1) {
                continue;
            }
            List<Layer> chain = new ArrayList<>(List.of(layer));
            Layer at = layer;
            while (out.get(at).size() == 1) {
                Layer next = out.get(at).get(0).getTarget();
                if (!link(next, in, out) || taken.contains(next) || chain.contains(next)) {
                    break;
                }
                chain.add(next);
                at = next;
            }
            if (chain.size() >= minLength) {
                taken.addAll(chain);
                String signature = signature(chain);
                bySignature.computeIfAbsent(signature, s -> new Repeat(s, label(chain), new ArrayList<>())).occurrences().add(chain);
            }
        }
        return bySignature.values().stream().filter(r -> r.occurrences().size() >= minRepeats)
                .sorted((a, b) -> Integer.compare(b.occurrences().size() * b.occurrences().get(0).size(),
                        a.occurrences().size() * a.occurrences().get(0).size()))
                .toList();
    }

    /** A layer that can sit inside a folded chain: one connection in, one or more out, and not an interface or a loss. */
    private static boolean link(Layer layer, Map<Layer, List<Connection>> in, Map<Layer, List<Connection>> out) {
        return !(layer instanceof Input || layer instanceof Loss || layer instanceof BlockInstance || layer instanceof BlockInput
                || layer instanceof BlockOutput) && in.getOrDefault(layer, List.of()).size() == 1 && !out.getOrDefault(layer, List.of()).isEmpty();
    }

    /** The layers' kinds and settings (not their ids, names or positions): equal chains compute alike. */
    static String signature(List<Layer> chain) {
        StringBuilder text = new StringBuilder();
        for (Layer layer : chain) {
            text.append(layer.eClass().getName()).append('(');
            for (EAttribute attribute : layer.eClass().getEAllAttributes()) {
                if (attribute.getEContainingClass() == NetworkPackage.Literals.LAYER
                        || attribute.getEContainingClass() == NetworkPackage.Literals.NAMED_ELEMENT) {
                    continue;
                }
                text.append(attribute.getName()).append('=').append(layer.eGet(attribute)).append(',');
            }
            text.append(')');
        }
        return text.toString();
    }

    /** How a layer reads in a block's name: the activation function, or a short kind. */
    private static String shortKind(Layer layer) {
        if (layer instanceof dev.dendrite.model.network.Activation activation) {
            return activation.getFunction().getLiteral();
        }
        return switch (layer.eClass().getName()) {
            case "Convolution" -> "Conv";
            case "TransposedConvolution" -> "ConvT";
            case "BatchNorm" -> "BN";
            case "LayerNorm" -> "LN";
            case "Pooling" -> layer instanceof Pooling p ? p.getPoolType().getLiteral() + "pool" : "Pool";
            default -> layer.eClass().getName();
        };
    }

    /** A short name of the chain's kinds, e.g. "BN·relu·Conv·BN·relu·Conv". */
    static String label(List<Layer> chain) {
        List<String> kinds = new ArrayList<>();
        String previous = null;
        int run = 0;
        for (Layer layer : chain) {
            String kind = shortKind(layer);
            if (kind.equals(previous)) {
                run++;
                continue;
            }
            if (previous != null) {
                kinds.add(run > 1 ? previous + "×" + run : previous);
            }
            previous = kind;
            run = 1;
        }
        kinds.add(run > 1 ? previous + "×" + run : previous);
        // A chain that repeats a shorter one reads as that one, counted: "(BN·relu·Conv)×2".
        for (int period = 1; period <= kinds.size() / 2; period++) {
            if (kinds.size() % period == 0 && periodic(kinds, period)) {
                String unit = String.join("·", kinds.subList(0, period));
                return (period > 1 ? "(" + unit + ")" : unit) + "×" + kinds.size() / period;
            }
        }
        return String.join("·", kinds);
    }

    private static boolean periodic(List<String> kinds, int period) {
        for (int i = period; i < kinds.size(); i++) {
            if (!kinds.get(i).equals(kinds.get(i - period))) {
                return false;
            }
        }
        return true;
    }
}
