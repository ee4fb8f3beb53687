package dev.dendrite.model.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;

import dev.dendrite.model.NetworkPackages;
import dev.dendrite.model.Networks;
import dev.dendrite.model.network.Network;

/**
 * Dendrite's EValidator: validates a whole network (shapes, structure, semantics) when asked to
 * validate its root, so that the Diagnostician, the editor and Problems markers see the same
 * diagnostics as {@code dendrite inspect}.
 */
public final class NetworkValidator implements EValidator {

    public static final NetworkValidator INSTANCE = new NetworkValidator();

    private NetworkValidator() {
    }

    /** Registers the validator for Dendrite's packages (idempotent; plain Java has no extension registry). */
    public static void register() {
        NetworkPackages.all().forEach(p -> EValidator.Registry.INSTANCE.put(p, INSTANCE));
    }

    @Override
    public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(eObject.eClass(), eObject, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (!(eObject instanceof Network network)) {
            return true; // checked as part of its network
        }
        Networks.Inspection inspection = Networks.inspect(network);
        if (diagnostics != null) {
            inspection.diagnostic().getChildren().forEach(diagnostics::add);
        }
        return !inspection.hasErrors();
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }
}
