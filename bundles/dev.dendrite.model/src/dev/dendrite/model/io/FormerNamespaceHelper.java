package dev.dendrite.model.io;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;

import dev.dendrite.model.NetworkPackages;
import dev.dendrite.model.network.NetworkPackage;

/**
 * Reads files written before the layer families had packages of their own: there every layer's
 * {@code xsi:type} names the core namespace ({@code dnet:Convolution}). A kind the core no longer
 * holds is found by name in the family package that now holds it, and made by that package's
 * factory (a factory makes only its own classes, by a per-package id).
 */
final class FormerNamespaceHelper extends XMIHelperImpl {

    FormerNamespaceHelper(XMLResource resource) {
        super(resource);
    }

    @Override
    public EClassifier getType(EFactory factory, String typeName) {
        EClassifier type = super.getType(factory, typeName);
        if (type == null && factory != null && factory.getEPackage() == NetworkPackage.eINSTANCE) {
            return NetworkPackages.classifier(typeName).orElse(null);
        }
        return type;
    }

    @Override
    public EObject createObject(EFactory factory, EClassifier type) {
        if (type instanceof EClass kind && factory != null && kind.getEPackage() != factory.getEPackage()) {
            return super.createObject(kind.getEPackage().getEFactoryInstance(), type);
        }
        return super.createObject(factory, type);
    }
}
