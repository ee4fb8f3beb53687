package dev.dendrite.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;

import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.Command;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.model.ModelDiagnostics;
import dev.dendrite.model.Networks;
import dev.dendrite.model.io.DnetIO;
import dev.dendrite.model.io.LoadResult;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.gnn.GraphInput;
import dev.dendrite.model.params.ParameterCount;
import dev.dendrite.model.shape.LayerShapes;
import dev.dendrite.train.graph.FlopCounter;

/**
 * {@code dendrite inspect FILE.dnet}: every layer with its output shape, parameter count and
 * forward operations per sample, the totals (parameters, operations, activation values), and the
 * diagnostics. Exits 1 when the network has errors, 2 when the file cannot be read.
 */
public final class InspectCommand implements Command {

    @Override
    public String name() {
        return "inspect";
    }

    @Override
    public String summary() {
        return "show every layer's output shape and parameters, the total and the problems of a .dnet file";
    }

    @Override
    public String usage() {
        return "Usage: dendrite inspect FILE.dnet [--json]\nExit codes: 0 valid, 1 the network has errors, 2 the file cannot be read.";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws UsageException {
        Path file = Path.of(Arguments.parse(args, Map.of(), Set.of()).single("FILE.dnet"));
        LoadResult loaded = DnetIO.load(file);
        if (loaded.network().isEmpty()) {
            throw new UsageException(loaded.firstProblem());
        }
        Network network = loaded.network().get();
        Networks.Inspection inspection = Networks.inspect(network);
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostic().getChildren());
        diagnostics.addAll(inspection.diagnostic().getChildren());
        long errors = diagnostics.stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR).count();
        long warnings = diagnostics.stream().filter(d -> d.getSeverity() == Diagnostic.WARNING).count();
        ParameterCount total = inspection.shapes().totalParameters();

        List<Object> layers = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        text.append("Network '").append(network.getName()).append("' (").append(file.getFileName()).append("): ")
                .append(String.format("%,d parameters (%,d weights, %,d biases, %,d other)%n", total.total(), total.weights(),
                        total.biases(), total.other()));
        // The kind column as wide as the longest kind shown ("TransposedConvolution"), so the columns stay aligned.
        int kindWidth = network.getLayers().stream().mapToInt(l -> l.eClass().getName().length()).max().orElse(0);
        String row = "  %-18s %-" + Math.max(18, kindWidth) + "s %-26s %12s %10s%n";
        text.append(String.format(row, "LAYER", "KIND", "OUTPUT", "PARAMETERS", "FLOPS"));
        Map<Layer, Double> flops = errors == 0 ? flops(inspection) : Map.of();
        for (Layer layer : network.getLayers()) {
            LayerShapes shapes = inspection.shapes().of(layer);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", layer.getId());
            entry.put("name", layer.getName());
            entry.put("kind", layer.eClass().getName());
            Map<String, Object> outputs = new LinkedHashMap<>();
            String primary = "?";
            if (shapes != null) {
                shapes.outputs().forEach((port, value) -> outputs.put(port, value.toString()));
                primary = outputs.isEmpty() ? "-" : String.join(", ", outputs.values().stream().map(String::valueOf).toList());
            }
            entry.put("outputs", outputs);
            ParameterCount count = shapes == null ? null : shapes.parameters();
            entry.put("parameters", count == null ? null : count.total());
            entry.put("weights", count == null ? null : count.weights());
            entry.put("flops", flops.get(layer));
            layers.add(entry);
            text.append(String.format(row, clip(layer.getName()), layer.eClass().getName(), primary,
                    count == null ? "?" : String.format("%,d", count.total()), flops.containsKey(layer) ? compact(flops.get(layer)) : ""));
        }
        List<Object> problems = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("severity", diagnostic.getSeverity() >= Diagnostic.ERROR ? "error" : diagnostic.getSeverity() == Diagnostic.WARNING ? "warning" : "info");
            entry.put("message", diagnostic.getMessage());
            Layer layer = ModelDiagnostics.layerOf(diagnostic);
            entry.put("layer", layer == null ? null : layer.getId());
            problems.add(entry);
            text.append(entry.get("severity")).append(": ").append(diagnostic.getMessage()).append('\n');
        }
        boolean graphNetwork = network.getLayers().stream().anyMatch(l -> l instanceof GraphInput);
        Cost cost = errors == 0 && (!flops.isEmpty() || graphNetwork) ? Cost.of(network, inspection, flops) : null;
        if (cost != null) {
            text.append(cost.line()).append('\n');
        }
        text.append(errors == 0 ? "Valid" + (warnings > 0 ? " with " + warnings + " warning(s)" : "") + "."
                : file.getFileName() + " is invalid: " + errors + " error(s), " + warnings + " warning(s).");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file.toString());
        json.put("network", network.getName());
        json.put("valid", errors == 0);
        json.put("parameters", total.total());
        json.put("weights", total.weights());
        json.put("biases", total.biases());
        json.put("forwardFlops", cost == null ? null : cost.forward());
        json.put("trainingFlops", cost == null ? null : cost.training());
        json.put("activationValues", cost == null ? null : cost.activations());
        json.put("graphFlops", cost == null || cost.perGraph() == null ? null : cost.perGraph().json());
        json.put("layers", layers);
        json.put("diagnostics", problems);
        context.print(json, text.toString());
        return errors == 0 ? 0 : 1;
    }

    /**
     * What a sample costs: forward and training operations (null where a layer's size depends on the sequence length or the
     * graph), and the values the layers' outputs hold, which training keeps for the backward pass (null where not fixed).
     */
    private record Cost(Double forward, Double training, Long activations, boolean graphs, GraphCost perGraph) {

        static Cost of(Network network, Networks.Inspection inspection, Map<Layer, Double> flops) {
            boolean fixed = true;
            long values = 0;
            // A block instance's values are its block's layers' (its own output is its last layer's; its ports pass values on).
            List<Layer> layers = new ArrayList<>();
            for (Layer layer : network.getLayers()) {
                if (layer instanceof dev.dendrite.model.network.BlockInstance instance && instance.getBlock() != null) {
                    instance.getBlock().getLayers().stream().filter(l -> !(l instanceof dev.dendrite.model.network.BlockInput)
                            && !(l instanceof dev.dendrite.model.network.BlockOutput)).forEach(layers::add);
                } else {
                    layers.add(layer);
                }
            }
            for (Layer layer : layers) {
                LayerShapes shapes = inspection.shapes().of(layer);
                if (shapes == null || layer instanceof dev.dendrite.model.network.Loss || layer instanceof dev.dendrite.model.network.Input) {
                    continue;
                }
                for (var value : shapes.outputs().values()) {
                    fixed &= value.shape().rank() == 0 || value.shape().fixedFrom(1);
                    values += value.shape().rank() == 0 ? 0 : value.shape().productFrom(1);
                }
            }
            boolean graphs = network.getLayers().stream().anyMatch(l -> l instanceof GraphInput);
            // Every counted layer known: the sum is the forward cost (the trainer's own count gives training's, as the bench reports).
            boolean complete = fixed && !graphs && !flops.isEmpty();
            double forward = flops.values().stream().mapToDouble(Double::doubleValue).sum();
            return new Cost(complete ? forward : null, complete ? forward / FlopCounter.perSample(inspection.shapes(), false)
                    * FlopCounter.perSample(inspection.shapes(), true) : null, fixed && !graphs ? values : null, graphs,
                    graphs ? GraphCost.of(network) : null);
        }

        String line() {
            if (perGraph != null) {
                return perGraph.line();
            }
            if (forward == null) {
                return "Cost per sample: depends on " + (graphs ? "each graph's nodes and edges" : "the sequence length");
            }
            return String.format(java.util.Locale.ROOT, "Cost per sample: %s FLOP forward, about %s in a training step; %,d activation "
                    + "values (%s in float32, kept for the backward pass)", compact(forward), compact(training), activations,
                    bytes(4L * activations));
        }
    }

    /**
     * A graph network's cost, linear in a graph's nodes V and edges E (the edge index's columns: an undirected edge counts
     * twice): per node, per edge and per graph (the layers after global pooling), forward and in a training step.
     */
    record GraphCost(double perNode, double perEdge, double perGraph, double trainingPerNode, double trainingPerEdge,
            double trainingPerGraph) {

        /** Null where the count is not linear (a layer it cannot size). */
        static GraphCost of(dev.dendrite.model.network.Network network) {
            try {
                double[] forward = terms(network, false);
                double[] training = terms(network, true);
                return forward == null || training == null ? null : new GraphCost(forward[0], forward[1], forward[2], training[0], training[1],
                        training[2]);
            } catch (RuntimeException e) {
                return null;
            }
        }

        /**
         * Per node, per edge and per graph, from the count at three sizes of at least a node and an edge (an empty graph would
         * leave its layers uncounted); null where a fourth disagrees (not linear).
         */
        private static double[] terms(dev.dendrite.model.network.Network network, boolean training) {
            double base = FlopCounter.perGraph(network, training, 1, 1);
            double node = FlopCounter.perGraph(network, training, 2, 1) - base;
            double edge = FlopCounter.perGraph(network, training, 1, 2) - base;
            double constant = base - node - edge;
            double check = FlopCounter.perGraph(network, training, 37, 113);
            return Math.abs(check - (constant + 37 * node + 113 * edge)) <= 1e-6 * Math.max(1, check) ? new double[] {node, edge, constant} : null;
        }

        String line() {
            return String.format(java.util.Locale.ROOT, "Cost per graph of V nodes and E edges: %s FLOP forward, about %s in a training step",
                    formula(perNode, perEdge, perGraph), formula(trainingPerNode, trainingPerEdge, trainingPerGraph));
        }

        private static String formula(double node, double edge, double graph) {
            StringBuilder text = new StringBuilder(String.format(java.util.Locale.ROOT, "%,.0f·V + %,.0f·E", node, edge));
            if (graph > 0) {
                text.append(String.format(java.util.Locale.ROOT, " + %,.0f", graph));
            }
            return text.toString();
        }

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("perNode", perNode);
            json.put("perEdge", perEdge);
            json.put("perGraph", perGraph);
            json.put("trainingPerNode", trainingPerNode);
            json.put("trainingPerEdge", trainingPerEdge);
            json.put("trainingPerGraph", trainingPerGraph);
            return json;
        }
    }

    /** The layers' forward operations; none where a network's shapes defeat the count (the rest of inspect still reports). */
    private static Map<Layer, Double> flops(Networks.Inspection inspection) {
        try {
            return FlopCounter.forwardPerLayer(inspection.shapes());
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    /** 470.4k, 2.35M, 1.2G: three significant digits. */
    static String compact(double value) {
        String[] units = {"", "k", "M", "G", "T"};
        int unit = 0;
        double v = value;
        while (Math.abs(v) >= 1000 && unit < units.length - 1) {
            v /= 1000;
            unit++;
        }
        return (v >= 100 || unit == 0 ? String.format(java.util.Locale.ROOT, "%.0f", v) : v >= 10
                ? String.format(java.util.Locale.ROOT, "%.1f", v) : String.format(java.util.Locale.ROOT, "%.2f", v)) + units[unit];
    }

    private static String bytes(long count) {
        return count >= 1L << 20 ? String.format(java.util.Locale.ROOT, "%.1f MiB", count / (double) (1L << 20))
                : String.format(java.util.Locale.ROOT, "%.1f KiB", count / 1024.0);
    }

    private static String clip(String text) {
        String value = text == null ? "" : text;
        return value.length() > 18 ? value.substring(0, 17) + "…" : value;
    }
}
