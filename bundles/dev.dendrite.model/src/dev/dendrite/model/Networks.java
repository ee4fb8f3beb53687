package dev.dendrite.model;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.shape.ShapeInference;
import dev.dendrite.model.shape.ShapeResult;
import dev.dendrite.model.validation.SemanticChecks;

/** The entry point to a network's analysis: shapes, parameters and every diagnostic. */
public final class Networks {

    private Networks() {
    }

    /** Shapes and diagnostics of a network. */
    public record Inspection(ShapeResult shapes, Diagnostic diagnostic) {

        public boolean hasErrors() {
            return diagnostic.getSeverity() >= Diagnostic.ERROR;
        }
    }

    /** Infers every shape and runs every check; never throws on a bad network. */
    public static Inspection inspect(Network network) {
        ShapeResult shapes = ShapeInference.infer(network);
        BasicDiagnostic diagnostic = new BasicDiagnostic(ModelDiagnostics.SOURCE, 0,
                "Network '" + network.getName() + "'", new Object[] {network});
        shapes.diagnostics().forEach(diagnostic::add);
        SemanticChecks.check(network).forEach(diagnostic::add);
        return new Inspection(shapes, diagnostic);
    }

    /**
     * The network itself when every layer (of the network and its blocks) has an id; otherwise a
     * copy whose layers without one get the stable id {@link dev.dendrite.model.io.DnetIO#assignIds}
     * gives. Lowering and training key tensors by ids, and must not write to a model an editor shows.
     */
    public static dev.dendrite.model.network.Network withIds(dev.dendrite.model.network.Network network) {
        java.util.List<dev.dendrite.model.network.Graph> graphs = new java.util.ArrayList<>(java.util.List.of(network));
        graphs.addAll(network.getBlocks());
        boolean complete = graphs.stream().flatMap(g -> g.getLayers().stream()).allMatch(l -> l.getId() != null && !l.getId().isBlank());
        if (complete) {
            return network;
        }
        dev.dendrite.model.network.Network copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(network);
        dev.dendrite.model.io.DnetIO.assignIds(copy);
        return copy;
    }
}
