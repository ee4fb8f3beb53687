package dev.dendrite.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.dendrite.analysis.interop.ImportCheck;
import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.Cli;
import dev.dendrite.cli.Command;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.model.Networks;
import dev.dendrite.onnx.importer.ImportResult;
import dev.dendrite.onnx.importer.OnnxFormatException;
import dev.dendrite.onnx.importer.OnnxImporter;
import dev.dendrite.onnx.OnnxFiles;
import dev.dendrite.onnx.importer.UnsupportedOperatorsException;
import dev.dendrite.onnx.weights.WeightsFile;

/** {@code dendrite import model.onnx -o FILE.dnet}: an ONNX model as an editable network with its weights. */
public final class ImportCommand implements Command {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "import an ONNX model as a network with its weights: import model.onnx -o FILE.dnet";
    }

    @Override
    public String usage() {
        return "Usage: dendrite import MODEL.onnx -o FILE.dnet [--loss KIND] [--data SPEC] [--map-operators] [--fold] [--verify] [--force] [--json]\n"
                + "Writes FILE.dnet and FILE.weights.onnx. Models exported by Dendrite are restored exactly;\n"
                + "--map-operators maps their operators instead, as for any other model. A model with operators\n"
                + "Dendrite cannot express is refused with the list of them. --fold folds repeated structures (chains\n"
                + "of layers whose kinds and settings recur, as DenseNet's dense layers) into collapsed blocks, each\n"
                + "its own (nothing is shared): the network computes the same and opens readable.\n"
                + "--loss KIND (" + dev.dendrite.model.LossHead.KINDS + ") adds a Loss layer on the model's one output, and\n"
                + "--data SPEC (as train --data takes it) sets its training data, so that dendrite train runs it as it is.\n"
                + "--verify runs the model and the imported network in ONNX Runtime on the same random inputs (a batch of 2,\n"
                + "5 steps where the length is symbolic) and compares every output: exit 1 when they differ by more than\n"
                + "1e-4 of the largest output value (the files stay, for a look).";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws UsageException, IOException {
        Arguments parsed = Arguments.parse(args, Map.of("-o", "output", "--output", "output", "--loss", "loss", "--data", "data"),
                Set.of("--force", "--map-operators", "--fold", "--verify"));
        Path model = Path.of(parsed.single("MODEL.onnx"));
        String output = parsed.option("output");
        if (output == null) {
            throw new UsageException("missing -o FILE.dnet");
        }
        Path target = Path.of(output);
        Path weightsFile = WeightsFile.companionOf(target);
        if ((Files.exists(target) || Files.exists(weightsFile)) && !parsed.flag("force")) {
            throw new UsageException((Files.exists(target) ? target : weightsFile)
                    + " already exists; choose another name or add --force to replace it");
        }
        if (!Files.isRegularFile(model)) {
            throw new UsageException(model + " does not exist");
        }
        String lossName = parsed.option("loss");
        dev.dendrite.model.network.LossKind loss = lossName == null ? null : dev.dendrite.model.LossHead.kind(lossName);
        if (lossName != null && loss == null) {
            throw new UsageException("unknown loss '" + lossName + "': use " + dev.dendrite.model.LossHead.KINDS);
        }
        String data = parsed.option("data");
        List<String> cautions = new ArrayList<>();
        ImportResult result;
        ai.onnx.proto.OnnxMl.ModelProto proto;
        try {
            boolean fold = parsed.flag("fold");
            proto = OnnxImporter.model(model); // read once: the import and --verify both use it
            result = OnnxFiles.importModel(proto, model.getFileName().toString(), target, parsed.flag("map-operators"), network -> {
                String caution = dev.dendrite.model.LossHead.makeTrainable(network, loss, data);
                if (caution != null) {
                    cautions.add(caution);
                }
                if (fold) {
                    dev.dendrite.model.fold.Folding.foldAll(network, dev.dendrite.model.fold.RepeatedStructures.find(network, 2, 2),
                            dev.dendrite.model.fold.Folding.DIRECT);
                }
                dev.dendrite.layout.NetworkLayout.applyAll(network);
            });
        } catch (UnsupportedOperatorsException e) {
            return unsupported(context, e);
        } catch (OnnxFormatException | IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        List<String> notes = new ArrayList<>(result.notes().stream().filter(note -> loss == null || !note.equals(OnnxImporter.NO_LOSS))
                .toList());
        notes.addAll(cautions);
        long parameters = Networks.inspect(result.network()).shapes().totalParameters().total();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", model.toString());
        json.put("output", target.toString());
        json.put("weights", weightsFile.toString());
        json.put("network", result.network().getName());
        json.put("layers", result.network().getLayers().size());
        json.put("parameters", parameters);
        json.put("fromEmbeddedNetwork", result.fromEmbeddedNetwork());
        json.put("notes", notes);
        json.put("blocks", result.network().getBlocks().size());
        int blocks = result.network().getBlocks().size();
        StringBuilder text = new StringBuilder("Wrote " + target + " (" + result.network().getLayers().size() + " layers"
                + (blocks > 0 ? " at the top, " + blocks + " blocks" : "") + ", "
                + String.format("%,d", parameters) + " parameters) and " + weightsFile
                + (result.fromEmbeddedNetwork() ? "; restored from the Dendrite network the model carries" : ""));
        notes.forEach(note -> text.append("\nnote: ").append(note));
        int exit = 0;
        if (parsed.flag("verify")) {
            exit = verify(model, proto, result, json, text);
        }
        context.print(json, text.toString());
        return exit;
    }

    /** Runs both and compares ({@link ImportCheck}); adds "verified" to the JSON and a line to the text. */
    private static int verify(Path model, ai.onnx.proto.OnnxMl.ModelProto proto, ImportResult result, Map<String, Object> json,
            StringBuilder text) {
        ImportCheck.Result check = ImportCheck.check(proto, result.network(), result.weights(), 1);
        Map<String, Object> verified = new LinkedHashMap<>();
        Map<String, Object> inputs = new LinkedHashMap<>();
        check.inputs().forEach((name, dims) -> inputs.put(name, java.util.Arrays.stream(dims).boxed().toList()));
        verified.put("inputs", inputs);
        verified.put("same", check.same());
        verified.put("largestDifference", Double.isNaN(check.largestDifference()) ? null : check.largestDifference());
        verified.put("scale", Double.isNaN(check.scale()) ? null : check.scale());
        verified.put("output", check.worstOutput());
        verified.put("problem", check.problem());
        json.put("verified", verified);
        text.append("\n").append(check.summary(model.getFileName().toString()));
        if (check.problem() != null) {
            json.put("error", "not verified: " + check.problem());
        } else if (!check.same()) {
            json.put("error", "the imported network computes something else than " + model.getFileName() + " (largest difference "
                    + check.largestDifference() + " at output '" + check.worstOutput() + "')");
        }
        return check.same() ? Cli.OK : Cli.FAILED;
    }

    private static int unsupported(CommandContext context, UnsupportedOperatorsException e) {
        if (context.json()) {
            List<Object> list = new ArrayList<>();
            e.unsupported().forEach(u -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("op", u.opType());
                entry.put("node", u.nodeName());
                entry.put("reason", u.reason());
                list.add(entry);
            });
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("command", "import");
            json.put("error", e.getMessage());
            json.put("exitCode", Cli.BAD_INPUT);
            json.put("unsupportedCounts", e.counts());
            json.put("unsupported", list);
            context.print(json, "");
        } else {
            context.err().println("dendrite import: " + e.getMessage());
        }
        return Cli.BAD_INPUT;
    }
}
