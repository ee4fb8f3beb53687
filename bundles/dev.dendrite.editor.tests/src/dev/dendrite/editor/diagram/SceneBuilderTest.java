package dev.dendrite.editor.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.dendrite.editor.scene.EdgeItem;
import dev.dendrite.editor.scene.NodeItem;
import dev.dendrite.editor.scene.Scene;
import dev.dendrite.editor.scene.Severity;
import dev.dendrite.layout.NetworkLayout;
import dev.dendrite.model.Networks;
import dev.dendrite.model.network.BlockInstance;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.convolution.ConvolutionFactory;
import dev.dendrite.model.network.convolution.StepPadding;
import dev.dendrite.model.network.convolution.TransposedConvolution;
import dev.dendrite.model.templates.Template;
import dev.dendrite.model.templates.TemplateLibrary;

class SceneBuilderTest {

    private static Network lenet() {
        return TemplateLibrary.find("lenet-5").orElseThrow().create();
    }

    private static Layer layer(Network network, String name) {
        return network.getLayers().stream().filter(l -> name.equals(l.getName())).findFirst().orElseThrow();
    }

    @Test
    void lenetShowsKeyAttributesParametersAndShapesOnEdges() {
        Network network = lenet();
        Scene scene = SceneBuilder.build(network, Networks.inspect(network));
        assertEquals(network.getLayers().size(), scene.nodes().size());
        assertEquals(network.getConnections().size(), scene.edges().size());

        NodeItem conv1 = scene.node(layer(network, "conv1"));
        assertEquals("conv1", conv1.title());
        assertEquals("Conv 5×5, 6, s1 p2", conv1.detail());
        assertEquals("156 params", conv1.parameters());
        assertEquals(Family.CONVOLUTION.rgb(), conv1.rgb());
        assertEquals(Severity.NONE, conv1.severity());

        EdgeItem fromConv1 = scene.edges().stream().filter(e -> e.source() == conv1).findFirst().orElseThrow();
        assertEquals("N×6×28×28", fromConv1.label());
        EdgeItem fromConv2 = scene.edges().stream().filter(e -> e.source().title().equals("conv2")).findFirst().orElseThrow();
        assertEquals("N×16×10×10", fromConv2.label());
    }

    /** A spectrally normalised layer says so on its node ("SN"); the others do not. */
    @Test
    void spectrallyNormalisedLayersSaySo() {
        Network network = lenet();
        ((Convolution) layer(network, "conv1")).setSpectralNorm(true);
        var fc = network.getLayers().stream().filter(dev.dendrite.model.network.Dense.class::isInstance).findFirst().orElseThrow();
        ((dev.dendrite.model.network.Dense) fc).setSpectralNorm(true);
        Scene scene = SceneBuilder.build(network, Networks.inspect(network));
        assertEquals("Conv 5×5, 6, s1 p2, SN", scene.node(layer(network, "conv1")).detail());
        assertEquals("Conv 5×5, 16, s1 p0", scene.node(layer(network, "conv2")).detail());
        org.junit.jupiter.api.Assertions.assertTrue(scene.node(fc).detail().endsWith(", SN"), scene.node(fc).detail());
    }

    /** The DCGAN's transposed convolutions show kernel, channels, stride and padding; their edges the doubled maps. */
    @Test
    void transposedConvolutionsShowTheirSettingsAndTheMapsTheyEnlarge() {
        Network network = dev.dendrite.model.templates.TemplateLibrary.find("dcgan").orElseThrow().create();
        var up2 = (TransposedConvolution) layer(network, "up2");
        up2.setKernel(3);
        up2.setOutputPadding(1);
        Scene scene = SceneBuilder.build(network, Networks.inspect(network));
        NodeItem up1 = scene.node(layer(network, "up1"));
        assertEquals("ConvT 4×4, 32, s2 p1", up1.detail());
        assertEquals(Family.CONVOLUTION.rgb(), up1.rgb());
        assertEquals("32,800 params", up1.parameters());
        assertEquals("ConvT 3×3, 1, s2 p1 op1", scene.node(up2).detail());
        assertEquals("N×32×14×14", scene.edges().stream().filter(e -> e.source() == up1).findFirst().orElseThrow().label());
        assertEquals("N×1×28×28", scene.edges().stream().filter(e -> e.source() == scene.node(up2)).findFirst().orElseThrow().label());
    }

    @Test
    void convolutionsOverStepsSayHowTheyPadAndEdgesHowManyStepsAreLeft() {
        Network network = dev.dendrite.model.templates.TemplateLibrary.find("text-cnn").orElseThrow().create();
        Convolution conv4 = (Convolution) layer(network, "conv4");
        conv4.setStepPadding(StepPadding.VALID);
        conv4.setDilation(2);
        Scene scene = SceneBuilder.build(network, Networks.inspect(network));
        assertEquals("Conv 3 over T, 32", scene.node(layer(network, "conv3")).detail());
        assertEquals("Conv 4 over T, 32 valid d2", scene.node(layer(network, "conv4")).detail());
        EdgeItem fromConv4 = scene.edges().stream().filter(e -> e.source().title().equals("conv4")).findFirst().orElseThrow();
        assertEquals("N×T−6×32", fromConv4.label());
        var pool = ConvolutionFactory.eINSTANCE.createPooling();
        pool.setDimensions(1);
        pool.setSequence(true);
        pool.setKernel(3);
        pool.setStride(2);
        assertEquals("MaxPool 3 over T, s2", dev.dendrite.editor.diagram.LayerText.detail(pool));
        var multiply = dev.dendrite.model.network.NetworkFactory.eINSTANCE.createMultiply();
        multiply.setInputs(3);
        assertEquals("Multiply 3", dev.dendrite.editor.diagram.LayerText.detail(multiply));
    }

    @Test
    void aShapeErrorBecomesABadgeWithTheDiagnosticAsTooltip() {
        Network network = lenet();
        Convolution conv2 = (Convolution) layer(network, "conv2");
        conv2.setKernel(40); // larger than its 14×14 input
        Scene scene = SceneBuilder.build(network, Networks.inspect(network));
        NodeItem node = scene.node(conv2);
        assertEquals(Severity.ERROR, node.severity());
        assertNotNull(node.problem());
        assertTrue(node.problem().contains("conv2"), node.problem());
        assertFalse(node.badge().isEmpty());
    }

    @Test
    void everyTemplateBuildsAScene() {
        for (Template template : TemplateLibrary.all()) {
            Network network = template.create();
            NetworkLayout.apply(network);
            Scene scene = SceneBuilder.build(network, Networks.inspect(network));
            assertEquals(network.getLayers().size(), scene.nodes().size(), template.id());
            long ownEdges = network.getConnections().size();
            assertEquals(ownEdges, scene.edges().size(), template.id());
            for (EdgeItem edge : scene.edges()) {
                assertFalse(edge.label().isEmpty(), template.id() + ": an edge without a shape");
                for (NodeItem node : scene.nodes()) {
                    assertFalse(edge.labelBox().intersects(node.box()),
                            template.id() + ": the label " + edge.label() + " of an edge from " + edge.source().title() + " covers " + node.title());
                }
            }
            assertTrue(scene.nodes().stream().allMatch(n -> n.severity() != Severity.ERROR), template.id() + " has errors");
        }
    }

    @Test
    void anExpandedBlockContainsItsLayersAndEdgesAndMovesThemAlong() {
        Network network = TemplateLibrary.find("resnet-small").orElseThrow().create();
        NetworkLayout.applyAll(network);
        BlockInstance instance = (BlockInstance) network.getLayers().stream().filter(BlockInstance.class::isInstance).findFirst().orElseThrow();
        Scene closed = SceneBuilder.build(network, Networks.inspect(network));
        assertFalse(closed.node(instance).isContainer());
        double[] closedSize = SceneBuilder.size(instance);

        instance.setCollapsed(false);
        Scene open = SceneBuilder.build(network, Networks.inspect(network));
        NodeItem container = open.node(instance);
        int inner = instance.getBlock().getLayers().size();
        assertEquals(inner, container.children().size());
        assertEquals(network.getLayers().size() + inner, open.nodes().size());
        assertEquals(network.getConnections().size() + instance.getBlock().getConnections().size(), open.edges().size());
        assertTrue(SceneBuilder.size(instance)[0] > closedSize[0] && SceneBuilder.size(instance)[1] > closedSize[1]);
        for (NodeItem child : container.children()) {
            assertTrue(container.box().contains(child.box()), child.title() + " lies inside the open block");
            assertEquals(container, child.parent());
        }
        NodeItem firstChild = container.children().get(0);
        double before = firstChild.box().x();
        open.move(List.of(container), 30, 0);
        assertEquals(before + 30, firstChild.box().x(), 1e-9, "the contents move with the block");
        open.move(List.of(firstChild), 50, 0);
        assertEquals(before + 30, firstChild.box().x(), 1e-9, "a layer inside a block does not move on its own");
    }

    @Test
    void labelsOfOtherKindsNameTheirSettings() {
        Network network = lenet();
        assertEquals("MaxPool 2×2, s2", LayerText.detail(network.getLayers().stream()
                .filter(l -> l.eClass().getName().equals("Pooling")).findFirst().orElseThrow()));
        assertEquals("Dense 120", LayerText.detail(layer(network, "fc1")));
        assertEquals("Loss cross-entropy", LayerText.detail(network.getLayers().stream()
                .filter(l -> l.eClass().getName().equals("Loss")).findFirst().orElseThrow()));
        assertEquals(List.of("", "61,706 params"), List.of(LayerText.parameters(0), LayerText.parameters(61706)));
    }
}
