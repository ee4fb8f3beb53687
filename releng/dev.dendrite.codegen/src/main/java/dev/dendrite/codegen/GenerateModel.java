package dev.dendrite.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Generates Dendrite's EMF model and edit code from {@code network.genmodel} into a scratch folder,
 * then either compares it with the committed {@code src-gen/} folders ({@code check}: exits 1 and
 * lists the differing files) or copies it over them ({@code write}). {@code init} writes a new
 * genmodel from {@code network.ecore} and the family packages' {@code .ecore} files beside it.
 *
 * <p>Usage: {@code GenerateModel REPO_ROOT check|write|init}
 */
public final class GenerateModel {

    private static final String MODEL_ID = "dev.dendrite.model";
    private static final String EDIT_ID = "dev.dendrite.model.edit";
    /** The core package first, then the family packages whose layers extend its Layer. */
    private static final List<String> ECORE_FILES = List.of("network", "convolution", "sequence", "gnn", "normalization", "generative");

    private GenerateModel() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !List.of("check", "write", "init").contains(args[1])) {
            throw new IllegalArgumentException("usage: GenerateModel REPO_ROOT check|write|init");
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        Path modelBundle = root.resolve("bundles").resolve(MODEL_ID);
        Path editBundle = root.resolve("bundles").resolve(EDIT_ID);
        Path genmodelFile = modelBundle.resolve("model/network.genmodel");
        registerEmf();
        if (args[1].equals("init")) {
            initGenModel(modelBundle.resolve("model"), genmodelFile);
            System.out.println("codegen: wrote " + genmodelFile);
            return;
        }
        Path scratch = Files.createTempDirectory("dendrite-codegen");
        try {
            generate(genmodelFile, scratch);
            List<Pair> pairs = List.of(
                    new Pair(scratch.resolve("model/src-gen"), modelBundle.resolve("src-gen")),
                    new Pair(scratch.resolve("edit/src-gen"), editBundle.resolve("src-gen")),
                    new Pair(scratch.resolve("edit/icons"), editBundle.resolve("icons")),
                    new Pair(scratch.resolve("edit/plugin.properties"), editBundle.resolve("plugin.properties")));
            if (args[1].equals("write")) {
                for (Pair pair : pairs) {
                    pair.copy();
                }
                System.out.println("codegen: regenerated " + modelBundle.resolve("src-gen") + " and " + editBundle.resolve("src-gen"));
            } else {
                List<String> differences = new ArrayList<>();
                for (Pair pair : pairs) {
                    differences.addAll(pair.differences(root));
                }
                if (!differences.isEmpty()) {
                    // Thrown, not System.exit: this runs inside Maven's JVM (exec:java).
                    throw new IllegalStateException("the committed generated EMF code differs from what network.genmodel generates:\n  "
                            + String.join("\n  ", differences)
                            + "\nRegenerate with: ./mvnw -pl releng/dev.dendrite.codegen -Ddendrite.codegen.mode=write verify");
                }
                System.out.println("codegen: committed src-gen/ matches network.genmodel");
            }
        } finally {
            deleteTree(scratch);
        }
    }

    private static void registerEmf() {
        Map<String, Object> factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new EcoreResourceFactoryImpl());
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        // Outside Eclipse the generator adapters come from no extension point: without this, nothing is written.
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
    }

    private static void initGenModel(Path modelFolder, Path genmodelFile) throws IOException {
        ResourceSet resources = new ResourceSetImpl();
        List<EPackage> ePackages = new ArrayList<>();
        for (String name : ECORE_FILES) {
            Resource ecore = resources.getResource(URI.createFileURI(modelFolder.resolve(name + ".ecore").toString()), true);
            ePackages.add((EPackage) ecore.getContents().get(0));
        }
        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(ePackages);
        genModel.setModelName("Network");
        genModel.setModelPluginID(MODEL_ID);
        genModel.setEditPluginID(EDIT_ID);
        genModel.setModelDirectory("/" + MODEL_ID + "/src-gen");
        genModel.setEditDirectory("/" + EDIT_ID + "/src-gen");
        genModel.setEditPluginClass("dev.dendrite.model.network.provider.NetworkEditPlugin");
        genModel.setComplianceLevel(GenJDKLevel.JDK210_LITERAL);
        genModel.setImporterID("org.eclipse.emf.importer.ecore");
        genModel.setBundleManifest(false);
        genModel.setUpdateClasspath(false);
        genModel.setCopyrightFields(false);
        genModel.setOperationReflection(true);
        genModel.setImportOrganizing(true);
        genModel.setSuppressInterfaces(false);
        genModel.setCreationCommands(true);
        genModel.setCodeFormatting(false);
        genModel.setProviderRootExtendsClass("dev.dendrite.model.edit.RangeCheckingItemProviderAdapter");
        for (GenPackage genPackage : genModel.getGenPackages()) {
            String name = genPackage.getEcorePackage().getName();
            genModel.getForeignModel().add(name + ".ecore");
            for (var genClass : genPackage.getGenClasses()) {
                for (var genFeature : genClass.getGenFeatures()) {
                    genFeature.setPropertyCategory(propertyCategory(genFeature.getName()));
                    genFeature.setPropertyDescription(documentationOf(genFeature.getEcoreFeature()));
                }
            }
            // The core is dev.dendrite.model.network; each family package sits below it.
            genPackage.setBasePackage(name.equals("network") ? "dev.dendrite.model" : "dev.dendrite.model.network");
            genPackage.setPrefix(Character.toUpperCase(name.charAt(0)) + name.substring(1));
            genPackage.setDisposableProviderFactory(true);
            genPackage.setMultipleEditorPages(false);
        }
        Resource genResource = resources.createResource(URI.createFileURI(genmodelFile.toString()));
        genResource.getContents().add(genModel);
        genResource.save(Map.of());
    }

    /** The Properties view groups a layer's settings: identity, layout and penalties apart from its hyper-parameters. */
    private static String propertyCategory(String feature) {
        return switch (feature) {
            case "name", "id", "description", "formatVersion" -> "Identity";
            case "x", "y", "collapsed" -> "Layout";
            case "regularization", "l1", "l2" -> "Regularization";
            default -> "Settings";
        };
    }

    private static String documentationOf(org.eclipse.emf.ecore.EStructuralFeature feature) {
        String doc = org.eclipse.emf.ecore.util.EcoreUtil.getDocumentation(feature);
        return doc == null ? null : doc;
    }

    private static void generate(Path genmodelFile, Path scratch) throws IOException {
        EcorePlugin.getPlatformResourceMap().put(MODEL_ID, URI.createFileURI(scratch.resolve("model") + "/"));
        EcorePlugin.getPlatformResourceMap().put(EDIT_ID, URI.createFileURI(scratch.resolve("edit") + "/"));
        ResourceSet resources = new ResourceSetImpl();
        Resource resource = resources.getResource(URI.createFileURI(genmodelFile.toString()), true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        Diagnostic validation = genModel.diagnose();
        if (validation.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("network.genmodel is invalid: " + validation);
        }
        Generator generator = new Generator();
        generator.setInput(genModel);
        BasicMonitor monitor = new BasicMonitor();
        check(generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, monitor), "model");
        check(generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, monitor), "edit");
        // EMF's template names a placeholder provider; Dendrite names itself.
        Path properties = scratch.resolve("edit/plugin.properties");
        Files.writeString(properties, Files.readString(properties)
                .replace("pluginName = Network Edit Support", "pluginName = Dendrite Network Model Edit Support")
                .replace("providerName = www.example.org", "providerName = Dendrite"));
    }

    private static void check(Diagnostic diagnostic, String what) {
        if (diagnostic.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("generating the " + what + " code failed: " + diagnostic);
        }
    }

    /** A generated file or folder and its committed counterpart. */
    private record Pair(Path generated, Path committed) {

        List<String> differences(Path root) throws IOException {
            List<String> result = new ArrayList<>();
            TreeSet<String> names = new TreeSet<>();
            names.addAll(relativeFiles(generated));
            names.addAll(relativeFiles(committed));
            for (String name : names) {
                Path a = name.isEmpty() ? generated : generated.resolve(name);
                Path b = name.isEmpty() ? committed : committed.resolve(name);
                String shown = root.relativize(b).toString();
                if (!Files.exists(b)) {
                    result.add("missing: " + shown);
                } else if (!Files.exists(a)) {
                    result.add("not generated (stale): " + shown);
                } else if (!Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b))) {
                    result.add("differs: " + shown);
                }
            }
            return result;
        }

        void copy() throws IOException {
            if (Files.isRegularFile(generated)) {
                Files.copy(generated, committed, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                return;
            }
            deleteTree(committed);
            for (String name : relativeFiles(generated)) {
                Path target = committed.resolve(name);
                Files.createDirectories(target.getParent());
                Files.copy(generated.resolve(name), target);
            }
        }

        private static List<String> relativeFiles(Path dir) throws IOException {
            if (!Files.exists(dir)) {
                return List.of();
            }
            if (Files.isRegularFile(dir)) {
                return List.of("");
            }
            try (Stream<Path> files = Files.walk(dir)) {
                return files.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString().replace('\\', '/')).toList();
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
