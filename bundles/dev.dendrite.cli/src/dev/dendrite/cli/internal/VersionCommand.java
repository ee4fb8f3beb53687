package dev.dendrite.cli.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dendrite.cli.Command;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.runtime.OnnxRuntime;

/** {@code dendrite version}: Dendrite, ONNX Runtime and Java versions, and the execution providers. */
public final class VersionCommand implements Command {

    @Override
    public String name() {
        return "version";
    }

    @Override
    public String summary() {
        return "print the versions of Dendrite, ONNX Runtime and Java";
    }

    @Override
    public String usage() {
        return "Usage: dendrite version [--json]";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws UsageException {
        if (!args.isEmpty()) {
            throw new UsageException("version takes no arguments, got '" + String.join(" ", args) + "'");
        }
        OnnxRuntime.RuntimeInfo runtime = OnnxRuntime.info();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("dendrite", DendriteVersion.get());
        json.put("onnxruntime", runtime.version());
        json.put("providers", runtime.providers());
        json.put("natives", runtime.natives());
        json.put("java", Runtime.version().toString());
        json.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        String text = "Dendrite " + json.get("dendrite") + "\nONNX Runtime " + runtime.version() + " (providers: "
                + String.join(", ", runtime.providers()) + "; " + runtime.natives() + ")\nJava " + json.get("java") + " on " + json.get("os");
        context.print(json, text);
        return 0;
    }
}
