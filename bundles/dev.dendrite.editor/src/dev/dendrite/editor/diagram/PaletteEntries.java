package dev.dendrite.editor.diagram;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;

import dev.dendrite.model.NetworkPackages;
import dev.dendrite.model.network.NetworkPackage;
import dev.dendrite.model.templates.Template;
import dev.dendrite.model.templates.TemplateLibrary;

/**
 * What the palette offers: every concrete layer kind grouped by family (but the generic ONNX
 * operator, which only import creates: it is defined by the model it came from), then the templates.
 */
public final class PaletteEntries {

    /** A palette entry: a layer kind, or a template whose layers are inserted together. */
    public record Entry(String label, EClass kind, Template template) {
    }

    public record Group(String label, List<Entry> entries) {
    }

    private PaletteEntries() {
    }

    public static List<Group> groups() {
        Map<Family, List<Entry>> byFamily = new EnumMap<>(Family.class);
        for (EClass kind : NetworkPackages.layerKinds()) {
            if (kind != NetworkPackage.eINSTANCE.getOnnxOperator()) {
                byFamily.computeIfAbsent(Family.of(kind), f -> new ArrayList<>()).add(new Entry(kind.getName(), kind, null));
            }
        }
        // The loss ends its group, as it ends a network (the sequence package's Embedding would follow it otherwise).
        EClass loss = NetworkPackage.eINSTANCE.getLoss();
        byFamily.values().forEach(entries -> entries.sort(java.util.Comparator.comparing(e -> e.kind() == loss)));
        List<Group> groups = new ArrayList<>();
        byFamily.forEach((family, entries) -> groups.add(new Group(family.label(), entries)));
        List<Entry> templates = new ArrayList<>();
        for (Template template : TemplateLibrary.all()) {
            if (template.create().getBlocks().isEmpty()) {
                templates.add(new Entry(template.id(), null, template));
            }
        }
        groups.add(new Group("Templates", templates));
        return groups;
    }
}
