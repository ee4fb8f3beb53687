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
}
