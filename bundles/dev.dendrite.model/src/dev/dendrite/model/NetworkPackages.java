package dev.dendrite.model;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;

import dev.dendrite.model.network.NetworkPackage;
import dev.dendrite.model.network.convolution.ConvolutionPackage;
import dev.dendrite.model.network.generative.GenerativePackage;
import dev.dendrite.model.network.gnn.GnnPackage;
import dev.dendrite.model.network.normalization.NormalizationPackage;
import dev.dendrite.model.network.sequence.SequencePackage;

/**
 * Dendrite's EMF packages: the network's structure, training settings and core layers, then one
 * package per family of layers. Classifier names are unique across them, which lets files written
 * before the split (every kind in the core's namespace) be read by name.
 */
public final class NetworkPackages {

    private NetworkPackages() {
    }

    /** Every package, the core first; touching them registers each with EMF's global registry. */
    public static List<EPackage> all() {
        return List.of(NetworkPackage.eINSTANCE, ConvolutionPackage.eINSTANCE, SequencePackage.eINSTANCE, GnnPackage.eINSTANCE,
                NormalizationPackage.eINSTANCE, GenerativePackage.eINSTANCE);
    }

    /** Every concrete layer kind, package by package in declaration order. */
    public static List<EClass> layerKinds() {
        EClass layer = NetworkPackage.eINSTANCE.getLayer();
        return all().stream().flatMap(p -> p.getEClassifiers().stream())
                .filter(c -> c instanceof EClass kind && !kind.isAbstract() && layer.isSuperTypeOf(kind)).map(EClass.class::cast).toList();
    }

    /** The classifier of that name in any of Dendrite's packages. */
    public static Optional<EClassifier> classifier(String name) {
        return all().stream().map(p -> p.getEClassifier(name)).filter(c -> c != null).findFirst();
    }
}
