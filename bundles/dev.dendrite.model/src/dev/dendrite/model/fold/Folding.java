package dev.dendrite.model.fold;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import dev.dendrite.model.network.Block;
import dev.dendrite.model.network.BlockInput;
import dev.dendrite.model.network.BlockInstance;
import dev.dendrite.model.network.BlockKind;
import dev.dendrite.model.network.BlockOutput;
import dev.dendrite.model.network.Connection;
import dev.dendrite.model.network.Graph;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.NetworkPackage;

/**
 * Folds a chain of layers into a block of its own and puts a collapsed instance of it where the
 * chain was: the layers keep their ids (so their weights), the block is used once (nothing is
 * shared), and the network computes what it computed. Every change goes through {@link Edits}, so
 * an editor can make it one undoable command; {@link #DIRECT} applies it at once.
 */
public final class Folding {

    private static final NetworkFactory F = NetworkFactory.eINSTANCE;
    private static final NetworkPackage P = NetworkPackage.eINSTANCE;

    /** The primitive changes a fold is made of. */
    public interface Edits {

        void add(EObject owner, EStructuralFeature feature, Object value);

        void remove(EObject owner, EStructuralFeature feature, Object value);

        void set(EObject owner, EStructuralFeature feature, Object value);
    }

    /** Applies every change to the model at once. */
    @SuppressWarnings("unchecked")
    public static final Edits DIRECT = new Edits() {
        @Override
        public void add(EObject owner, EStructuralFeature feature, Object value) {
            ((EList<Object>) owner.eGet(feature)).add(value);
        }

        @Override
        public void remove(EObject owner, EStructuralFeature feature, Object value) {
            ((EList<Object>) owner.eGet(feature)).remove(value);
        }

        @Override
        public void set(EObject owner, EStructuralFeature feature, Object value) {
            owner.eSet(feature, value);
        }
    };

    private Folding() {
    }

    /** Folds every occurrence of every repeat; returns the instances made. */
    public static List<BlockInstance> foldAll(Network network, List<RepeatedStructures.Repeat> repeats, Edits edits) {
        List<BlockInstance> instances = new ArrayList<>();
        Set<String> ids = ids(network);
        for (RepeatedStructures.Repeat repeat : repeats) {
            for (List<Layer> chain : repeat.occurrences()) {
                instances.add(fold(network, chain, repeat.label(), "block " + (instances.size() + 1), ids, edits));
            }
        }
        return instances;
    }

    /**
     * Folds one chain (each layer with one input connection, each but the last with one output
     * connection, all of the network's top level) into a new block named {@code name}, used by an
     * instance named {@code instanceName}.
     */
    public static BlockInstance fold(Network network, List<Layer> chain, String name, String instanceName, Set<String> ids, Edits edits) {
        Layer first = chain.get(0);
        Layer last = chain.get(chain.size() - 1);
        Set<Layer> inside = new HashSet<>(chain);
        Block block = F.createBlock();
        block.setName(name);
        block.setKind(BlockKind.GENERIC);
        BlockInput input = F.createBlockInput();
        input.setName("in");
        input.setId(unique(first.getId() + "_in", ids));
        BlockOutput output = F.createBlockOutput();
        output.setName("out");
        output.setId(unique(last.getId() + "_out", ids));
        BlockInstance instance = F.createBlockInstance();
        instance.setName(instanceName);
        instance.setId(unique(first.getId() + "_block", ids));
        instance.setBlock(block);
        instance.setCollapsed(true);
        instance.setX(first.getX());
        instance.setY(first.getY());
        block.getLayers().add(input);
        block.getLayers().add(output);
        // The block's own connections first, while it is new: undoing and redoing the fold then gives the same lists.
        for (Connection connection : network.getConnections()) {
            boolean from = inside.contains(connection.getSource());
            boolean to = inside.contains(connection.getTarget());
            if (to && !from) {
                block.getConnections().add(connection(input, "", connection.getTarget(), connection.getTargetPort()));
            } else if (from && !to && block.getConnections().stream().noneMatch(c -> c.getSource() == connection.getSource()
                    && c.getTarget() == output)) {
                block.getConnections().add(connection(connection.getSource(), connection.getSourcePort(), output, ""));
            }
        }
        edits.add(network, P.getNetwork_Blocks(), block);
        for (Connection connection : List.copyOf(network.getConnections())) {
            boolean from = inside.contains(connection.getSource());
            boolean to = inside.contains(connection.getTarget());
            if (from && to) {
                edits.remove(network, P.getGraph_Connections(), connection);
                edits.add(block, P.getGraph_Connections(), connection);
            } else if (to) {
                edits.set(connection, P.getConnection_Target(), instance);
                edits.set(connection, P.getConnection_TargetPort(), "in");
            } else if (from) {
                edits.set(connection, P.getConnection_Source(), instance);
                edits.set(connection, P.getConnection_SourcePort(), "out");
            }
        }
        for (Layer layer : chain) {
            edits.remove(network, P.getGraph_Layers(), layer);
            edits.add(block, P.getGraph_Layers(), layer);
        }
        edits.add(network, P.getGraph_Layers(), instance);
        return instance;
    }

    /** Every id in use, in the network and its blocks. */
    public static Set<String> ids(Network network) {
        Set<String> ids = new HashSet<>();
        List<Graph> graphs = new ArrayList<>(List.of(network));
        graphs.addAll(network.getBlocks());
        graphs.forEach(g -> g.getLayers().forEach(l -> ids.add(l.getId())));
        return ids;
    }

    private static String unique(String base, Set<String> ids) {
        String id = base;
        for (int i = 2; !ids.add(id); i++) {
            id = base + "_" + i;
        }
        return id;
    }

    private static Connection connection(Layer source, String sourcePort, Layer target, String targetPort) {
        Connection connection = F.createConnection();
        connection.setSource(source);
        connection.setSourcePort(sourcePort);
        connection.setTarget(target);
        connection.setTargetPort(targetPort);
        return connection;
    }
}
