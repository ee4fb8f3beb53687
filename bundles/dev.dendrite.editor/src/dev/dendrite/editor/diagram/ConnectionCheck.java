package dev.dendrite.editor.diagram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.dendrite.model.ModelDiagnostics;
import dev.dendrite.model.Networks;
import dev.dendrite.model.network.Connection;
import dev.dendrite.model.network.Graph;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkFactory;

/**
 * Decides, before the drop, whether a connection may be made and why not: the editor shows the
 * answer while the user drags. Shape problems are found by inferring shapes on a copy of the
 * network with the connection added, so the reason is the model's own diagnostic.
 */
public final class ConnectionCheck {

    /** @param allowed whether the connection may be made; @param reason why not, or the shape it will carry */
    public record Verdict(boolean allowed, String reason) {
    }

    private ConnectionCheck() {
    }

    public static Verdict check(Graph graph, Layer source, String sourcePort, Layer target, String targetPort) {
        Network network = network(graph);
        return check(graph, network == null ? null : Networks.inspect(network), source, sourcePort, target, targetPort);
    }

    /**
     * The same, given the inspection of the network as it is (the editor has it already, so a
     * hover does not infer the shapes of the unchanged network again).
     */
    public static Verdict check(Graph graph, Networks.Inspection current, Layer source, String sourcePort, Layer target,
            String targetPort) {
        if (source == target) {
            return new Verdict(false, "a layer cannot feed itself");
        }
        for (Connection c : graph.getConnections()) {
            if (c.getTarget() == target && targetPort.equals(c.getTargetPort())) {
                return new Verdict(false, "input '" + targetPort + "' of " + ModelDiagnostics.label(target) + " is already connected");
            }
        }
        if (reaches(graph, target, source)) {
            return new Verdict(false, "the connection would close a cycle (" + ModelDiagnostics.label(target) + " already feeds "
                    + ModelDiagnostics.label(source) + ")");
        }
        Network network = network(graph);
        if (network == null) {
            return new Verdict(true, "");
        }
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Network copy = (Network) copier.copy(network);
        copier.copyReferences();
        Layer sourceCopy = (Layer) copier.get(source);
        Layer targetCopy = (Layer) copier.get(target);
        Connection trial = NetworkFactory.eINSTANCE.createConnection();
        trial.setSource(sourceCopy);
        trial.setSourcePort(sourcePort);
        trial.setTarget(targetCopy);
        trial.setTargetPort(targetPort);
        ((Graph) copier.get(graph)).getConnections().add(trial);
        // Only errors the connection brings, about the layer or this port, count: the target may lack other inputs.
        Set<String> before = new HashSet<>();
        for (Diagnostic d : current.diagnostic().getChildren()) {
            before.add(d.getMessage());
        }
        Networks.Inspection inspection = Networks.inspect(copy);
        for (Diagnostic d : inspection.diagnostic().getChildren()) {
            boolean aboutThisPort = d.getData().size() < 2 || targetPort.equals(d.getData().get(1));
            if (d.getSeverity() >= Diagnostic.ERROR && ModelDiagnostics.layerOf(d) == targetCopy && aboutThisPort
                    && !before.contains(d.getMessage())) {
                return new Verdict(false, d.getMessage());
            }
        }
        var value = inspection.shapes().output(sourceCopy, sourcePort);
        return new Verdict(true, value == null ? "" : value.shape().toString());
    }

    private static boolean reaches(Graph graph, Layer from, Layer to) {
        Deque<Layer> pending = new ArrayDeque<>();
        Set<Layer> seen = new HashSet<>();
        pending.push(from);
        while (!pending.isEmpty()) {
            Layer layer = pending.pop();
            if (layer == to) {
                return true;
            }
            if (seen.add(layer)) {
                for (Connection c : graph.getConnections()) {
                    if (c.getSource() == layer && c.getTarget() != null) {
                        pending.push(c.getTarget());
                    }
                }
            }
        }
        return false;
    }

    static Network network(Graph graph) {
        return graph instanceof Network n ? n : graph.eContainer() instanceof Network n ? n : null;
    }
}
