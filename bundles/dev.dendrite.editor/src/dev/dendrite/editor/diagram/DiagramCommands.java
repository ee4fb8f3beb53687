package dev.dendrite.editor.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.dendrite.layout.NetworkLayout;
import dev.dendrite.layout.NodeBox;
import dev.dendrite.model.network.Connection;
import dev.dendrite.model.network.Graph;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.NetworkPackage;

/** The diagram's edits as EMF commands, so that every one of them is undoable on the editor's command stack. */
public final class DiagramCommands {

    private static final NetworkPackage P = NetworkPackage.eINSTANCE;

    private DiagramCommands() {
    }

    /** A new layer of the given kind, with the model's defaults, a fresh id and its top-left corner at (x, y). */
    public static Layer newLayer(Graph graph, EClass kind, int x, int y) {
        Layer layer = (Layer) EcoreUtil.create(kind); // by its own package's factory
        String id = freshId(graph, kind.getName().toLowerCase(java.util.Locale.ROOT));
        layer.setId(id);
        layer.setName(id);
        layer.setX(x);
        layer.setY(y);
        return layer;
    }

    public static Command add(EditingDomain domain, Graph graph, Layer layer) {
        return labelled(AddCommand.create(domain, graph, P.getGraph_Layers(), layer), "Add " + layer.eClass().getName());
    }

    public static Command connect(EditingDomain domain, Graph graph, Layer source, String sourcePort, Layer target, String targetPort) {
        Connection connection = NetworkFactory.eINSTANCE.createConnection();
        connection.setSource(source);
        connection.setSourcePort(sourcePort);
        connection.setTarget(target);
        connection.setTargetPort(targetPort);
        return labelled(AddCommand.create(domain, graph, P.getGraph_Connections(), connection), "Connect");
    }

    /** Moves layers to new positions in one undoable step. */
    public static Command move(EditingDomain domain, Map<Layer, int[]> positions) {
        CompoundCommand move = new CompoundCommand(positions.size() == 1 ? "Move layer" : "Move " + positions.size() + " layers");
        positions.forEach((layer, xy) -> {
            move.append(SetCommand.create(domain, layer, P.getLayer_X(), xy[0]));
            move.append(SetCommand.create(domain, layer, P.getLayer_Y(), xy[1]));
        });
        return move.isEmpty() ? UnexecutableCommand.INSTANCE : move;
    }

    /** Deletes layers with every connection attached to them, and the given connections. */
    public static Command delete(EditingDomain domain, Graph graph, Collection<? extends EObject> selection) {
        Set<Object> layers = new HashSet<>();
        Set<Connection> connections = new LinkedHashSet<>();
        for (EObject o : selection) {
            if (o instanceof Layer layer && layer.eContainer() == graph) {
                layers.add(layer);
            } else if (o instanceof Connection c && c.eContainer() == graph) {
                connections.add(c);
            }
        }
        for (Connection c : graph.getConnections()) {
            if (layers.contains(c.getSource()) || layers.contains(c.getTarget())) {
                connections.add(c);
            }
        }
        CompoundCommand delete = new CompoundCommand("Delete");
        if (!connections.isEmpty()) {
            delete.append(RemoveCommand.create(domain, graph, P.getGraph_Connections(), connections));
        }
        if (!layers.isEmpty()) {
            delete.append(RemoveCommand.create(domain, graph, P.getGraph_Layers(), layers));
        }
        return delete.isEmpty() ? UnexecutableCommand.INSTANCE : delete;
    }

    /**
     * Copies of the layers and of the connections among them, with fresh ids, moved by an
     * offset: what paste inserts.
     */
    public static Command paste(EditingDomain domain, Graph graph, List<Layer> layers, List<Connection> connections, int offset) {
        return paste(domain, graph, new LayerClipboard(layers, connections, List.of()), offset);
    }

    /**
     * Pastes fresh copies of the clipboard's layers (new ids, moved by {@code offset}) and of the
     * connections among them. A pasted block instance uses the target network's block of the same
     * name, or brings its block along when the network has none.
     */
    public static Command paste(EditingDomain domain, Graph graph, LayerClipboard clipboard, int offset) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        List<Layer> newLayers = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Layer layer : clipboard.layers()) {
            Layer copy = (Layer) copier.copy(layer);
            String id = freshId(graph, base(layer.getId()), taken);
            taken.add(id);
            copy.setId(id);
            if (layer.getName() == null || layer.getName().equals(layer.getId())) {
                copy.setName(id);
            }
            copy.setX(layer.getX() + offset);
            copy.setY(layer.getY() + offset);
            newLayers.add(copy);
        }
        List<Connection> newConnections = new ArrayList<>();
        for (Connection c : clipboard.connections()) {
            if (copier.containsKey(c.getSource()) && copier.containsKey(c.getTarget())) {
                newConnections.add((Connection) copier.copy(c));
            }
        }
        dev.dendrite.model.network.Network network = graph instanceof dev.dendrite.model.network.Network n ? n
                : (dev.dendrite.model.network.Network) graph.eContainer();
        List<dev.dendrite.model.network.Block> newBlocks = new ArrayList<>();
        for (dev.dendrite.model.network.Block block : clipboard.blocks()) {
            var existing = network == null ? null : network.getBlocks().stream().filter(b -> java.util.Objects.equals(b.getName(), block.getName()))
                    .findFirst().orElse(null);
            if (existing != null) {
                copier.put(block, existing);
            } else {
                newBlocks.add((dev.dendrite.model.network.Block) copier.copy(block));
            }
        }
        copier.copyReferences();
        CompoundCommand paste = new CompoundCommand("Paste");
        if (!newBlocks.isEmpty() && network != null) {
            paste.append(AddCommand.create(domain, network, P.getNetwork_Blocks(), newBlocks));
        }
        if (!newLayers.isEmpty()) {
            paste.append(AddCommand.create(domain, graph, P.getGraph_Layers(), newLayers));
        }
        if (!newConnections.isEmpty()) {
            paste.append(AddCommand.create(domain, graph, P.getGraph_Connections(), newConnections));
        }
        return paste.isEmpty() ? UnexecutableCommand.INSTANCE : paste;
    }

    /** Lays the graph out with ELK and moves every layer there, as one undoable step. */
    public static Command layout(EditingDomain domain, Graph graph) {
        return layoutTo(domain, graph, layoutPositions(graph));
    }

    /**
     * ELK's positions for every layer of {@code graph}, by index in its layer list. Reads only:
     * it may run in a background job on a copy of the network that nobody edits.
     */
    public static List<int[]> layoutPositions(Graph graph) {
        Map<Layer, NodeBox> boxes = NetworkLayout.layout(graph, SceneBuilder::size);
        List<int[]> positions = new ArrayList<>();
        for (Layer layer : graph.getLayers()) {
            NodeBox box = boxes.get(layer);
            positions.add(new int[] {(int) Math.round(box.x()) + 20, (int) Math.round(box.y()) + 20});
        }
        return positions;
    }

    /** Moves the layers of {@code graph} to positions computed by {@link #layoutPositions} (on it or on a copy), as one undoable step. */
    public static Command layoutTo(EditingDomain domain, Graph graph, List<int[]> positions) {
        if (positions.size() != graph.getLayers().size()) {
            return UnexecutableCommand.INSTANCE;
        }
        Map<Layer, int[]> byLayer = new java.util.LinkedHashMap<>();
        for (int i = 0; i < positions.size(); i++) {
            byLayer.put(graph.getLayers().get(i), positions.get(i));
        }
        Command command = move(domain, byLayer);
        return command instanceof CompoundCommand c ? new CompoundCommand("Auto-layout", c.getCommandList()) : command;
    }

    /**
     * Opens or closes a block instance and lays the graph out again around its new size, as one
     * undoable step. The layout is computed when the command runs, once the size has changed.
     */
    public static Command toggleBlock(EditingDomain domain, Graph graph, dev.dendrite.model.network.BlockInstance instance) {
        return new CompoundCommand(instance.isCollapsed() ? "Expand block" : "Collapse block") {
            @Override
            protected boolean prepare() {
                return instance.getBlock() != null;
            }

            @Override
            public void execute() {
                appendAndExecute(SetCommand.create(domain, instance, P.getBlockInstance_Collapsed(), !instance.isCollapsed()));
                appendAndExecute(layout(domain, graph));
            }
        };
    }

    /**
     * Folds every repeated chain of the network's top level into a block of its own (collapsed), and
     * lays the network out again, as one undoable step; unexecutable when nothing repeats.
     */
    public static Command foldRepeated(EditingDomain domain, dev.dendrite.model.network.Network network) {
        List<dev.dendrite.model.fold.RepeatedStructures.Repeat> repeats = dev.dendrite.model.fold.RepeatedStructures.find(network, 2, 2);
        if (repeats.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        return new CompoundCommand("Fold repeated structures") {
            @Override
            protected boolean prepare() {
                return true;
            }

            @Override
            public void execute() {
                dev.dendrite.model.fold.Folding.foldAll(network, repeats, new dev.dendrite.model.fold.Folding.Edits() {
                    @Override
                    public void add(EObject owner, org.eclipse.emf.ecore.EStructuralFeature feature, Object value) {
                        appendAndExecute(org.eclipse.emf.edit.command.AddCommand.create(domain, owner, feature, value));
                    }

                    @Override
                    public void remove(EObject owner, org.eclipse.emf.ecore.EStructuralFeature feature, Object value) {
                        appendAndExecute(org.eclipse.emf.edit.command.RemoveCommand.create(domain, owner, feature, value));
                    }

                    @Override
                    public void set(EObject owner, org.eclipse.emf.ecore.EStructuralFeature feature, Object value) {
                        appendAndExecute(SetCommand.create(domain, owner, feature, value));
                    }
                });
                appendAndExecute(layout(domain, network));
            }
        };
    }

    static String freshId(Graph graph, String base) {
        return freshId(graph, base, Set.of());
    }

    private static String freshId(Graph graph, String base, Set<String> alsoTaken) {
        Set<String> ids = new HashSet<>(alsoTaken);
        EObject root = EcoreUtil.getRootContainer(graph);
        root.eAllContents().forEachRemaining(o -> {
            if (o instanceof Layer l && l.getId() != null) {
                ids.add(l.getId());
            }
        });
        for (int n = 1;; n++) {
            String id = base + n;
            if (!ids.contains(id)) {
                return id;
            }
        }
    }

    private static String base(String id) {
        String stripped = id == null ? "layer" : id.replaceAll("\\d+$", "");
        return stripped.isEmpty() ? "layer" : stripped;
    }

    private static Command labelled(Command command, String label) {
        return new CompoundCommand(label, new java.util.ArrayList<>(List.of(command)));
    }
}
