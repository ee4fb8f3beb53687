package dev.dendrite.model.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every template, grouped by course topic: each is valid, shape-complete and names its data and training defaults. */
public final class TemplateLibrary {

    private TemplateLibrary() {
    }

    public static List<Template> all() {
        List<Template> all = new ArrayList<>();
        all.addAll(FeedForwardTemplates.all());
        all.addAll(ConvolutionTemplates.all());
        all.addAll(SequenceTemplates.all());
        all.addAll(TransformerTemplates.all());
        all.addAll(GraphTemplates.all());
        all.addAll(EnergyTemplates.all());
        all.addAll(AdversarialTemplates.all());
        return List.copyOf(all);
    }

    public static Optional<Template> find(String id) {
        return all().stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
