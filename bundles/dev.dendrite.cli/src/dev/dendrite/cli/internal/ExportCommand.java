package dev.dendrite.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.Command;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.model.io.DnetIO;
import dev.dendrite.model.io.LoadResult;
import dev.dendrite.model.network.Network;
import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.onnx.export.ExportResult;
import dev.dendrite.onnx.OnnxFiles;
import dev.dendrite.onnx.importer.OnnxFormatException;
import dev.dendrite.onnx.weights.WeightsFile;

/** {@code dendrite export FILE.dnet -o model.onnx}: a standard ONNX model with inference semantics. */
public final class ExportCommand implements Command {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "export a network to a standard ONNX model: export FILE.dnet -o model.onnx";
    }

    @Override
    public String usage() {
        return "Usage: dendrite export FILE.dnet -o MODEL.onnx [--weights FILE.weights.onnx] [--force] [--json]\n"
                + "Weights come from --weights, else from FILE.weights.onnx next to the network if it exists;\n"
                + "parameters without a value are initialised from the network's seed.";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws UsageException, IOException {
        Arguments parsed = Arguments.parse(args, Map.of("-o", "output", "--output", "output", "--weights", "weights"), Set.of("--force", "--compact"));
        Path file = Path.of(parsed.single("FILE.dnet"));
        String output = parsed.option("output");
        if (output == null) {
            throw new UsageException("missing -o MODEL.onnx");
        }
        Path target = Path.of(output);
        if (Files.exists(target) && !parsed.flag("force")) {
            throw new UsageException(target + " already exists; choose another name or add --force to replace it");
        }
        LoadResult loaded = DnetIO.load(file);
        if (!loaded.ok()) {
            throw new UsageException(loaded.firstProblem());
        }
        Network network = loaded.network().get();
        Path weightsFile = parsed.option("weights") != null ? Path.of(parsed.option("weights")) : WeightsFile.companionOf(file);
        boolean withWeights = Files.exists(weightsFile);
        if (parsed.option("weights") != null && !withWeights) {
            throw new UsageException("weights file " + weightsFile + " does not exist");
        }
        try {
            ExportResult result = OnnxFiles.exportNetwork(network, weightsFile, target, DendriteVersion.get());
            if (parsed.flag("compact")) {
                return CompactExportReport.write(context, network, result, target);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", file.toString());
            json.put("output", target.toString());
            json.put("weights", withWeights ? weightsFile.toString() : "initialized");
            json.put("inputs", result.inputs());
            json.put("outputs", result.outputs());
            json.put("operators", result.operators());
            json.put("nodes", result.model().getGraph().getNodeCount());
            json.put("parameters", result.parameters());
            json.put("opset", result.model().getOpsetImport(0).getVersion());
            String text = "Wrote " + target + ": " + result.model().getGraph().getNodeCount() + " nodes, "
                    + String.format("%,d", result.parameters()) + " parameters (" + (withWeights ? "weights from " + weightsFile
                            : "freshly initialised weights") + "), opset " + result.model().getOpsetImport(0).getVersion()
                    + "\n  inputs:  " + String.join(", ", result.inputs()) + "\n  outputs: " + String.join(", ", result.outputs())
                    + "\n  operators: " + result.operators();
            context.print(json, text);
            return 0;
        } catch (ExportException | OnnxFormatException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
