package dev.dendrite.launching.internal;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * The class path of a trainer JVM: Dendrite's headless bundles and the libraries they use, as
 * installed in this Eclipse. No UI, no layout, no OSGi: the trainer is a plain JVM running
 * {@code dendrite train}.
 */
final class TrainerClasspath {

    static final String MAIN_CLASS = "dev.dendrite.cli.Main";

    private static final List<String> BUNDLES = List.of("dev.dendrite.cli", "dev.dendrite.analysis", "dev.dendrite.train", "dev.dendrite.onnx", "dev.dendrite.model",
            "dev.dendrite.runtime", "com.microsoft.onnxruntime", "org.tribuo.util.onnx", "com.google.protobuf", "com.google.gson",
            "org.eclipse.emf.common", "org.eclipse.emf.ecore", "org.eclipse.emf.ecore.xmi");

    private TrainerClasspath() {
    }

    /** @throws IllegalStateException naming the bundle that is missing from this installation */
    static List<File> entries() {
        List<File> entries = new ArrayList<>();
        for (String name : BUNDLES) {
            Bundle bundle = Platform.getBundle(name);
            File location = bundle == null ? null : FileLocator.getBundleFileLocation(bundle).orElse(null);
            if (location == null) {
                throw new IllegalStateException("the bundle " + name + " that the trainer needs is not installed");
            }
            if (location.isDirectory()) {
                // A bundle in development (PDE or a Tycho build): its classes are in an output folder.
                for (String output : List.of("target/classes", "bin")) {
                    File classes = new File(location, output);
                    if (classes.isDirectory()) {
                        entries.add(classes);
                    }
                }
            }
            entries.add(location);
        }
        return entries;
    }
}
