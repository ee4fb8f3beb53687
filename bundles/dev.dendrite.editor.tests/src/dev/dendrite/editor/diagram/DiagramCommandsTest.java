package dev.dendrite.editor.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;

import dev.dendrite.editor.scene.NodeItem;
import dev.dendrite.editor.scene.Scene;
import dev.dendrite.model.Networks;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkPackage;
import dev.dendrite.model.network.normalization.NormalizationFactory;
import dev.dendrite.model.templates.TemplateLibrary;

class DiagramCommandsTest {

    private final BasicCommandStack stack = new BasicCommandStack();
    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
            new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), stack);
    private final Network network = TemplateLibrary.find("lenet-5").orElseThrow().create();

    private Layer named(String name) {
        return network.getLayers().stream().filter(l -> name.equals(l.getName())).findFirst().orElseThrow();
    }

    @Test
    void addConnectMoveDeleteAreUndoneAndRedoneExactly() {
        Network original = EcoreUtil.copy(network);
        Layer dropout = DiagramCommands.newLayer(network, NetworkPackage.eINSTANCE.getDropout(), 500, 40);
        assertEquals("dropout1", dropout.getId());
        stack.execute(DiagramCommands.add(domain, network, dropout));
        stack.execute(DiagramCommands.connect(domain, network, named("fc1"), "out", dropout, "in"));
        stack.execute(DiagramCommands.move(domain, Map.of(named("conv1"), new int[] {123, 456})));
        stack.execute(DiagramCommands.delete(domain, network, List.of(named("conv2"))));
        assertEquals(456, named("conv1").getY());
        assertTrue(network.getLayers().stream().noneMatch(l -> "conv2".equals(l.getName())));
        assertTrue(network.getConnections().stream().noneMatch(c -> "conv2".equals(c.getSource().getName())
                || "conv2".equals(c.getTarget().getName())), "connections of a deleted layer go with it");
        Network edited = EcoreUtil.copy(network);

        while (stack.canUndo()) {
            stack.undo();
        }
        assertTrue(EcoreUtil.equals(original, network), "undo restores the original");
        while (stack.canRedo()) {
            stack.redo();
        }
        assertTrue(EcoreUtil.equals(edited, network), "redo restores the edit");
    }

    @Test
    void deletingASelectedConnectionKeepsItsLayers() {
        var connection = network.getConnections().get(0);
        int layers = network.getLayers().size();
        stack.execute(DiagramCommands.delete(domain, network, List.of(connection)));
        assertFalse(network.getConnections().contains(connection));
        assertEquals(layers, network.getLayers().size());
        assertTrue(Networks.inspect(network).hasErrors(), "the layer that lost its input says so");
        stack.undo();
        assertTrue(network.getConnections().contains(connection));
        assertFalse(Networks.inspect(network).hasErrors());
    }

    @Test
    void pasteCopiesLayersAndTheirInnerConnectionsWithFreshIds() {
        List<Layer> copied = List.of(named("fc1"), named("fc2"));
        var inner = network.getConnections().stream()
                .filter(c -> copied.contains(c.getSource()) && copied.contains(c.getTarget())).toList();
        int layers = network.getLayers().size();
        int connections = network.getConnections().size();
        stack.execute(DiagramCommands.paste(domain, network, copied, inner, 30));
        assertEquals(layers + 2, network.getLayers().size());
        assertEquals(connections + inner.size(), network.getConnections().size());
        Set<String> ids = new HashSet<>();
        network.eAllContents().forEachRemaining(o -> {
            if (o instanceof Layer l) {
                assertTrue(ids.add(l.getId()), "duplicate id " + l.getId());
            }
        });
        Layer pasted = network.getLayers().get(layers);
        assertEquals(named("fc1").getX() + 30, pasted.getX());
        assertNotEquals(named("fc1").getId(), pasted.getId());
        assertFalse(Networks.inspect(network).diagnostic().getChildren().stream()
                .anyMatch(d -> d.getMessage().contains(pasted.getId()) && d.getMessage().contains("duplicate")));
    }

    @Test
    void theClipboardHoldsDetachedCopiesThatPasteIntoAnotherNetwork() {
        Network resnet = TemplateLibrary.find("resnet-small").orElseThrow().create();
        var instance = (dev.dendrite.model.network.BlockInstance) resnet.getLayers().stream()
                .filter(dev.dendrite.model.network.BlockInstance.class::isInstance).findFirst().orElseThrow();
        Layer before = resnet.getConnections().stream().filter(c -> c.getTarget() == instance).findFirst().orElseThrow().getSource();
        LayerClipboard clipboard = LayerClipboard.copyOf(List.of(before, instance), resnet);
        // Later edits of the source do not reach the clipboard.
        instance.setName("renamed after copy");
        resnet.getBlocks().get(0).getLayers().clear();

        Network other = dev.dendrite.model.network.NetworkFactory.eINSTANCE.createNetwork();
        other.setName("other");
        BasicCommandStack otherStack = new BasicCommandStack();
        var otherDomain = new org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain(
                new org.eclipse.emf.edit.provider.ComposedAdapterFactory(org.eclipse.emf.edit.provider.ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
                otherStack);
        otherStack.execute(DiagramCommands.paste(otherDomain, other, clipboard, 0));
        assertEquals(2, other.getLayers().size());
        assertEquals(1, other.getConnections().size(), "the connection between the copied layers comes along");
        var pasted = (dev.dendrite.model.network.BlockInstance) other.getLayers().stream()
                .filter(dev.dendrite.model.network.BlockInstance.class::isInstance).findFirst().orElseThrow();
        assertNotEquals("renamed after copy", pasted.getName());
        assertEquals(other, pasted.getBlock().eContainer(), "the block is brought into the target network, not referenced across networks");
        assertFalse(pasted.getBlock().getLayers().isEmpty(), "the block as it was when copied");
        other.getConnections().forEach(c -> {
            assertEquals(other, c.getSource().eContainer());
            assertEquals(other, c.getTarget().eContainer());
        });
        otherStack.execute(DiagramCommands.paste(otherDomain, other, clipboard, 30));
        assertEquals(1, other.getBlocks().size(), "a second paste reuses the block of the same name");
        otherStack.undo();
        otherStack.undo();
        assertTrue(other.getLayers().isEmpty() && other.getBlocks().isEmpty(), "undo removes the pasted block too");
    }

    @Test
    void expandingABlockLaysTheGraphOutAroundItAndUndoesInOneStep() {
        Network resnet = TemplateLibrary.find("resnet-small").orElseThrow().create();
        dev.dendrite.layout.NetworkLayout.applyAll(resnet);
        var instance = (dev.dendrite.model.network.BlockInstance) resnet.getLayers().stream()
                .filter(dev.dendrite.model.network.BlockInstance.class::isInstance).findFirst().orElseThrow();
        Network before = EcoreUtil.copy(resnet);
        stack.execute(DiagramCommands.toggleBlock(domain, resnet, instance));
        assertFalse(instance.isCollapsed());
        assertEquals("Expand block", stack.getUndoCommand().getLabel());
        List<NodeItem> top = SceneBuilder.build(resnet, Networks.inspect(resnet)).nodes().stream().filter(n -> n.parent() == null).toList();
        for (int i = 0; i < top.size(); i++) {
            for (int j = i + 1; j < top.size(); j++) {
                assertFalse(top.get(i).box().intersects(top.get(j).box()), top.get(i).title() + " overlaps " + top.get(j).title());
            }
        }
        stack.undo();
        assertTrue(EcoreUtil.equals(before, resnet), "undo closes the block and restores every position");
        stack.redo();
        assertFalse(instance.isCollapsed());
    }

    @Test
    void autoLayoutPlacesNodesWithoutOverlapInOneUndoableStep() {
        network.getLayers().forEach(l -> {
            l.setX(0);
            l.setY(0);
        });
        stack.execute(DiagramCommands.layout(domain, network));
        assertEquals("Auto-layout", stack.getUndoCommand().getLabel());
        Scene scene = SceneBuilder.build(network, Networks.inspect(network));
        List<NodeItem> nodes = scene.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                assertFalse(nodes.get(i).box().intersects(nodes.get(j).box()), nodes.get(i).title() + " overlaps " + nodes.get(j).title());
            }
        }
        stack.undo();
        assertTrue(network.getLayers().stream().allMatch(l -> l.getX() == 0 && l.getY() == 0));
    }

    /** Two dense blocks of four DenseNet layers (BN, ReLU, 1×1 conv, BN, ReLU, 3×3 conv, concatenated with their input). */
    private static Network dense() {
        var b = new dev.dendrite.model.templates.NetworkBuilder("dense", "");
        var f = dev.dendrite.model.network.NetworkFactory.eINSTANCE;
        Layer x = b.conv(b.input("image", 3, 16, 16), "stem", 16, 3, 1, 1);
        for (int block = 0; block < 2; block++) {
            for (int layer = 0; layer < 4; layer++) {
                String id = "b" + block + "l" + layer;
                Layer y = b.activation(b.add(NormalizationFactory.eINSTANCE.createBatchNorm(), id + "_bn1", x),
                        dev.dendrite.model.network.ActivationFunction.RELU);
                y = b.conv(y, id + "_conv1", 32, 1, 1, 0);
                y = b.activation(b.add(NormalizationFactory.eINSTANCE.createBatchNorm(), id + "_bn2", y),
                        dev.dendrite.model.network.ActivationFunction.RELU);
                y = b.conv(y, id + "_conv2", 8, 3, 1, 1);
                var concat = f.createConcat();
                concat.setInputs(2);
                b.add(concat, id + "_concat", null);
                b.connect(x, "out", concat, "in0");
                b.connect(y, "out", concat, "in1");
                x = concat;
            }
        }
        b.loss(b.dense(b.flatten(x), "classifier", 10), dev.dendrite.model.network.LossKind.CROSS_ENTROPY);
        return b.network();
    }

    @Test
    void repeatedStructuresFoldIntoBlocksAsOneUndoableStep() {
        Network net = dense();
        Network original = EcoreUtil.copy(net);
        Layer classifier = net.getLayers().stream().filter(l -> "classifier".equals(l.getId())).findFirst().orElseThrow();
        String before = Networks.inspect(net).shapes().of(classifier).inputs().toString();
        int layers = net.getLayers().size();
        var fold = DiagramCommands.foldRepeated(domain, net);
        assertTrue(fold.canExecute());
        stack.execute(fold);
        assertEquals(8, net.getBlocks().size(), "each of the 8 dense layers in a block of its own");
        assertEquals(layers - 8 * 6 + 8, net.getLayers().size());
        assertTrue(net.getBlocks().stream().allMatch(b -> b.getLayers().size() == 6 + 2), "six layers and the block's input and output");
        var inspection = Networks.inspect(net);
        assertTrue(inspection.diagnostic().getSeverity() < org.eclipse.emf.common.util.Diagnostic.ERROR, inspection.diagnostic().toString());
        assertEquals(before, inspection.shapes().of(classifier).inputs().toString(), "the folded network computes the same shapes");
        Network folded = EcoreUtil.copy(net);
        stack.undo();
        assertTrue(EcoreUtil.equals(original, net), "undo unfolds exactly");
        stack.redo();
        assertTrue(EcoreUtil.equals(folded, net), "redo folds again");
        assertFalse(DiagramCommands.foldRepeated(domain, net).canExecute(), "nothing left to fold");
    }
}
