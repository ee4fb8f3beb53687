package dev.dendrite.model;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

import dev.dendrite.model.network.Layer;

/**
 * Diagnostics of Dendrite's model. Each names the layer as {@code Kind 'name'} so that a student
 * can find it, and carries the layer (and the port, when there is one) as data for markers.
 */
public final class ModelDiagnostics {

    public static final String SOURCE = "dev.dendrite.model";

    public static final int SHAPE = 1;
    public static final int STRUCTURE = 2;
    public static final int SEMANTICS = 3;
    public static final int FILE = 4;

    private ModelDiagnostics() {
    }

    /** {@code Dense 'fc1'}: the layer's kind and its name (or id when unnamed). */
    public static String label(Layer layer) {
        String name = layer.getName() != null && !layer.getName().isBlank() ? layer.getName() : layer.getId();
        return layer.eClass().getName() + " '" + (name == null ? "?" : name) + "'";
    }

    public static Diagnostic error(int code, EObject subject, String port, String message) {
        return create(Diagnostic.ERROR, code, subject, port, message);
    }

    public static Diagnostic warning(int code, EObject subject, String port, String message) {
        return create(Diagnostic.WARNING, code, subject, port, message);
    }

    public static Diagnostic create(int severity, int code, EObject subject, String port, String message) {
        String text = subject instanceof Layer layer ? label(layer) + (port != null ? ", port '" + port + "'" : "") + ": " + message
                : message;
        Object[] data = subject == null ? new Object[0] : port == null ? new Object[] {subject} : new Object[] {subject, port};
        return new BasicDiagnostic(severity, SOURCE, code, text, data);
    }

    /** The layer a diagnostic is about, or null. */
    public static Layer layerOf(Diagnostic diagnostic) {
        return diagnostic.getData().stream().filter(Layer.class::isInstance).map(Layer.class::cast).findFirst().orElse(null);
    }
}
