package dev.dendrite.model.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;

import dev.dendrite.model.ModelDiagnostics;
import dev.dendrite.model.NetworkPackages;
import dev.dendrite.model.network.Block;
import dev.dendrite.model.network.Graph;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkPackage;

/**
 * Reads and writes {@code .dnet} files. Reading never throws and never hangs on a malformed or
 * hostile file: every problem becomes a diagnostic naming the file, the line and the problem.
 * Writing goes to a temporary file first and renames it, so a failed save never destroys the
 * user's previous file.
 */
public final class DnetIO {

    /** The format version this Dendrite writes. */
    public static final int FORMAT_VERSION = 1;

    /** Files larger than this are refused before parsing: no network needs 64 MB of XML. */
    public static final long MAX_FILE_BYTES = 64L << 20;

    /** Migrations from older format versions, applied in order. */
    public static final List<DnetMigration> MIGRATIONS = List.of();

    private DnetIO() {
    }

    static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        Map<String, Boolean> features = new HashMap<>();
        // No DTDs, no external entities: a .dnet file is plain XMI.
        features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
        options.put(XMLResource.OPTION_PARSER_FEATURES, features);
        return options;
    }

    private static ResourceSet newResourceSet() {
        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new DnetResourceFactory());
        for (EPackage p : NetworkPackages.all()) {
            resources.getPackageRegistry().put(p.getNsURI(), p);
        }
        return resources;
    }

    public static LoadResult load(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                return failure(name, "is " + size + " bytes; .dnet files larger than " + MAX_FILE_BYTES + " bytes are refused");
            }
            return parse(Files.readAllBytes(file), name, URI.createFileURI(file.toAbsolutePath().toString()));
        } catch (NoSuchFileException e) {
            return failure(name, "does not exist (" + file + ")");
        } catch (IOException e) {
            return failure(name, "cannot be read: " + e.getMessage());
        }
    }

    /** Reads a network from text; {@code name} names it in messages. */
    public static LoadResult parse(String text, String name) {
        return parse(text.getBytes(StandardCharsets.UTF_8), name, URI.createURI("memory:/" + name.replace(' ', '_')));
    }

    static LoadResult parse(byte[] bytes, String name, URI uri) {
        if (bytes.length == 0) {
            return failure(name, "is empty");
        }
        Resource resource = newResourceSet().createResource(uri.appendFileExtension("dnet").trimFileExtension());
        BasicDiagnostic problems = new BasicDiagnostic(ModelDiagnostics.SOURCE, ModelDiagnostics.FILE,
                name + " has problems", new Object[0]);
        try {
            resource.load(new ByteArrayInputStream(bytes), loadOptions());
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // StackOverflowError: pathological nesting must not take the IDE down.
            problems.add(ModelDiagnostics.error(ModelDiagnostics.FILE, null, null, name + ": " + describe(e)));
        }
        for (Resource.Diagnostic error : resource.getErrors()) {
            addUnique(problems, Diagnostic.ERROR, name, error);
        }
        for (Resource.Diagnostic warning : resource.getWarnings()) {
            addUnique(problems, Diagnostic.WARNING, name, warning);
        }
        Optional<Network> network = root(resource, name, problems);
        network.ifPresent(n -> migrate(n, name, problems));
        if (problems.getChildren().isEmpty()) {
            return new LoadResult(network, Diagnostic.OK_INSTANCE);
        }
        return new LoadResult(network, problems);
    }

    private static Optional<Network> root(Resource resource, String name, BasicDiagnostic problems) {
        List<EObject> contents = resource.getContents();
        if (contents.isEmpty()) {
            if (problems.getSeverity() < Diagnostic.ERROR) {
                problems.add(ModelDiagnostics.error(ModelDiagnostics.FILE, null, null, name + " contains no network"));
            }
            return Optional.empty();
        }
        if (!(contents.get(0) instanceof Network network)) {
            problems.add(ModelDiagnostics.error(ModelDiagnostics.FILE, null, null, name + ": the root element is a "
                    + contents.get(0).eClass().getName() + ", not a Network"));
            return Optional.empty();
        }
        if (contents.size() > 1) {
            problems.add(ModelDiagnostics.warning(ModelDiagnostics.FILE, null, null, name + " holds "
                    + contents.size() + " root elements; only the first network is used"));
        }
        return Optional.of(network);
    }

    private static void migrate(Network network, String name, BasicDiagnostic problems) {
        int version = network.getFormatVersion();
        if (version > FORMAT_VERSION) {
            problems.add(ModelDiagnostics.error(ModelDiagnostics.FILE, network, null, name + " was written by a newer Dendrite (format "
                    + version + "); this Dendrite reads formats up to " + FORMAT_VERSION));
            return;
        }
        if (version < 1) {
            problems.add(ModelDiagnostics.error(ModelDiagnostics.FILE, network, null, name + " declares format version " + version
                    + ", which does not exist (the first is 1)"));
            return;
        }
        for (DnetMigration migration : MIGRATIONS) {
            if (migration.fromVersion() == network.getFormatVersion()) {
                migration.migrate(network);
                network.setFormatVersion(migration.fromVersion() + 1);
            }
        }
    }

    private static void addUnique(BasicDiagnostic problems, int severity, String name, Resource.Diagnostic problem) {
        String detail = problem instanceof Throwable t ? describe(t)
                : (problem.getLine() > 0 ? "line " + problem.getLine() + ", column " + problem.getColumn() + ": " : "")
                        + clean(problem.getMessage());
        String message = name + ": " + detail;
        if (problems.getChildren().stream().noneMatch(d -> d.getMessage().equals(message))) {
            problems.add(ModelDiagnostics.create(severity, ModelDiagnostics.FILE, null, null, message));
        }
    }

    /**
     * One problem of reading, where in the file it is when known. EMF wraps the parser's exception
     * in its own, which the load also throws, so both describe themselves the same way and are
     * reported once.
     */
    private static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.xml.sax.SAXParseException sax) {
                return "line " + sax.getLineNumber() + ", column " + sax.getColumnNumber() + ": not well-formed XML ("
                        + oneLine(sax.getMessage()) + ")";
            }
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof XMIException xmi && xmi.getLine() > 0) {
                return "line " + xmi.getLine() + ", column " + xmi.getColumn() + ": " + clean(xmi.getMessage());
            }
        }
        if (e instanceof StackOverflowError) {
            return "is nested too deeply to read";
        }
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return oneLine(cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }

    private static final Pattern FOREIGN_PACKAGE = Pattern.compile("^Package with uri '(.*)' not found\\.?$");
    /** The namespaces of the layer families' packages begin so ({@code urn:dev.dendrite:network:convolution:1}). */
    private static final String FAMILY_NAMESPACES = "urn:dev.dendrite:network:";

    /** EMF's message without the location it appends (already said), and a foreign namespace said as such. */
    private static String clean(String message) {
        String text = oneLine(message).replaceFirst("\\s*\\([^()]*, \\d+, \\d+\\)$", "");
        Matcher foreign = FOREIGN_PACKAGE.matcher(text);
        if (foreign.matches() && foreign.group(1).startsWith(FAMILY_NAMESPACES)) {
            // A family package this Dendrite does not have: a file from a newer one, not someone else's XML.
            return "layers of a kind this Dendrite does not know (the namespace '" + foreign.group(1) + "'): the file was written by a "
                    + "newer Dendrite";
        }
        if (foreign.matches()) {
            return "not a Dendrite network: " + ("null".equals(foreign.group(1)) ? "its elements have no XML namespace"
                    : "its elements are in the XML namespace '" + foreign.group(1) + "'") + " (Dendrite's is '" + NetworkPackage.eNS_URI + "')";
        }
        return text;
    }

    private static String oneLine(String text) {
        String line = text == null ? "no detail" : text.replaceAll("\\s+", " ").strip();
        return line.length() > 400 ? line.substring(0, 400) + "..." : line;
    }

    private static LoadResult failure(String name, String problem) {
        BasicDiagnostic diagnostic = new BasicDiagnostic(ModelDiagnostics.SOURCE, ModelDiagnostics.FILE, name + " cannot be read",
                new Object[0]);
        diagnostic.add(ModelDiagnostics.error(ModelDiagnostics.FILE, null, null, name + " " + problem));
        return new LoadResult(Optional.empty(), diagnostic);
    }

    /** Serialises a network as {@code .dnet} text; layers without ids get stable ones first. */
    public static String toText(Network network) throws IOException {
        assignIds(network);
        Resource resource = newResourceSet().createResource(URI.createURI("memory:/network.dnet"));
        Network copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(network);
        copy.setFormatVersion(FORMAT_VERSION);
        resource.getContents().add(copy);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, null);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Writes a network to a file atomically (temporary file, then rename). */
    public static void save(Network network, Path file) throws IOException {
        AtomicFiles.write(file, toText(network).getBytes(StandardCharsets.UTF_8));
    }

    /** Gives every layer without an id a stable one (kind and number), unique across the network and its blocks. */
    public static void assignIds(Network network) {
        Set<String> used = new HashSet<>();
        List<Graph> graphs = new java.util.ArrayList<>(List.of(network));
        graphs.addAll(network.getBlocks());
        for (Graph graph : graphs) {
            for (Layer layer : graph.getLayers()) {
                if (layer.getId() != null && !layer.getId().isBlank()) {
                    used.add(layer.getId());
                }
            }
        }
        for (Graph graph : graphs) {
            String prefix = graph instanceof Block block ? (block.getName() == null ? "block" : block.getName()) + "." : "";
            for (Layer layer : graph.getLayers()) {
                if (layer.getId() == null || layer.getId().isBlank()) {
                    String base = prefix + layer.eClass().getName().toLowerCase();
                    int n = 1;
                    while (used.contains(base + n)) {
                        n++;
                    }
                    layer.setId(base + n);
                    used.add(base + n);
                }
            }
        }
    }
}
