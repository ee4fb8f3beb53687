package dev.dendrite.editor.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.Diagnostic;

import dev.dendrite.model.ModelDiagnostics;
import dev.dendrite.model.Networks;
import dev.dendrite.model.network.Layer;

/** Writes a network's diagnostics as Problems-view markers on its file; each names the layer to reveal. */
public final class ProblemMarkers {

    public static final String TYPE = "dev.dendrite.editor.problem";
    /** Marker attribute: the id of the layer the problem is about. */
    public static final String LAYER_ID = "layerId";

    private ProblemMarkers() {
    }

    public static void update(IFile file, Networks.Inspection inspection) throws CoreException {
        file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
        for (Diagnostic d : inspection.diagnostic().getChildren()) {
            if (d.getSeverity() < Diagnostic.WARNING) {
                continue;
            }
            IMarker marker = file.createMarker(TYPE);
            marker.setAttribute(IMarker.SEVERITY, d.getSeverity() >= Diagnostic.ERROR ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
            marker.setAttribute(IMarker.MESSAGE, d.getMessage());
            Layer layer = ModelDiagnostics.layerOf(d);
            if (layer != null) {
                marker.setAttribute(LAYER_ID, layer.getId());
                marker.setAttribute(IMarker.LOCATION, ModelDiagnostics.label(layer));
            }
        }
    }
}
