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
import dev.dendrite.layout.NetworkLayout;
import dev.dendrite.model.Networks;
import dev.dendrite.model.io.DnetIO;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.templates.Template;
import dev.dendrite.model.templates.TemplateLibrary;

/** {@code dendrite new TEMPLATE -o FILE.dnet}: writes a template as a new network file. */
public final class NewCommand implements Command {

    @Override
    public String name() {
        return "new";
    }

    @Override
    public String summary() {
        return "write a network from a template: new TEMPLATE -o FILE.dnet [--force]";
    }

    @Override
    public String usage() {
        return "Usage: dendrite new TEMPLATE -o FILE.dnet [--force] [--json]\n"
                + "Writes the template as a .dnet file; an existing file is kept unless --force is given.\n"
                + "dendrite templates lists the templates.";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws UsageException, IOException {
        Arguments parsed = Arguments.parse(args, Map.of("-o", "output", "--output", "output"), Set.of("--force"));
        String id = parsed.single("TEMPLATE (dendrite templates lists them)");
        Template template = TemplateLibrary.find(id).orElseThrow(() -> new UsageException("unknown template '" + id
                + "' (dendrite templates lists them)"));
        String output = parsed.option("output");
        if (output == null) {
            throw new UsageException("missing -o FILE.dnet");
        }
        Path file = Path.of(output);
        if (Files.exists(file) && !parsed.flag("force")) {
            throw new UsageException(file + " already exists; choose another name or add --force to replace it");
        }
        Network network = template.create();
        NetworkLayout.applyAll(network);
        DnetIO.save(network, file);
        long parameters = Networks.inspect(network).shapes().totalParameters().total();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("template", id);
        json.put("file", file.toString());
        json.put("parameters", parameters);
        context.print(json, "Wrote " + file + " from template " + id + " (" + String.format("%,d", parameters) + " parameters)");
        return 0;
    }
}
