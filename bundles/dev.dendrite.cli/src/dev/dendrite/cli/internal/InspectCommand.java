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
import dev.dendrite.model.params.ParameterCount;
import dev.dendrite.model.shape.LayerShapes;

/**
 * {@code dendrite inspect FILE.dnet}: every layer with its output shape and parameter count, the
 * total, and the diagnostics. Exits 1 when the network has errors, 2 when the file cannot be read.
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
        text.append(String.format("  %-18s %-18s %-26s %12s%n", "LAYER", "KIND", "OUTPUT", "PARAMETERS"));
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
            layers.add(entry);
            text.append(String.format("  %-18s %-18s %-26s %12s%n", clip(layer.getName()), layer.eClass().getName(), primary,
                    count == null ? "?" : String.format("%,d", count.total())));
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
        text.append(errors == 0 ? "Valid" + (warnings > 0 ? " with " + warnings + " warning(s)" : "") + "."
                : file.getFileName() + " is invalid: " + errors + " error(s), " + warnings + " warning(s).");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file.toString());
        json.put("network", network.getName());
        json.put("valid", errors == 0);
        json.put("parameters", total.total());
        json.put("weights", total.weights());
        json.put("biases", total.biases());
        json.put("layers", layers);
        json.put("diagnostics", problems);
        context.print(json, text.toString());
        return errors == 0 ? 0 : 1;
    }

    private static String clip(String text) {
        String value = text == null ? "" : text;
        return value.length() > 18 ? value.substring(0, 17) + "…" : value;
    }
}
