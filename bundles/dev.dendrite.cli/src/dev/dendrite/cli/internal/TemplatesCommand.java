package dev.dendrite.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dendrite.cli.Command;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.model.Networks;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.templates.Template;
import dev.dendrite.model.templates.TemplateLibrary;

/** {@code dendrite templates}: the example networks {@code dendrite new} can write. */
public final class TemplatesCommand implements Command {

    @Override
    public String name() {
        return "templates";
    }

    @Override
    public String summary() {
        return "list the network templates (dendrite new TEMPLATE -o FILE.dnet writes one)";
    }

    @Override
    public String usage() {
        return "Usage: dendrite templates [--json]";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws UsageException {
        if (!args.isEmpty()) {
            throw new UsageException("templates takes no arguments, got '" + String.join(" ", args) + "'");
        }
        List<Object> list = new ArrayList<>();
        StringBuilder text = new StringBuilder(String.format("%-22s %-14s %12s  %s%n", "TEMPLATE", "TOPIC", "PARAMETERS", "WHAT IT SHOWS"));
        for (Template template : TemplateLibrary.all()) {
            Network network = template.create();
            long parameters = Networks.inspect(network).shapes().totalParameters().total();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", template.id());
            entry.put("topic", template.topic());
            entry.put("summary", template.summary());
            entry.put("dataset", network.getTraining().getDataset());
            entry.put("parameters", parameters);
            list.add(entry);
            text.append(String.format("%-22s %-14s %,12d  %s%n", template.id(), template.topic(), parameters, template.summary()));
        }
        context.print(Map.of("templates", list), text.toString().stripTrailing());
        return 0;
    }
}
