package dev.dendrite.editor.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkPackage;
import dev.dendrite.model.network.convolution.ConvolutionPackage;
import dev.dendrite.model.templates.NetworkBuilder;

class ConnectionCheckTest {

    private final NetworkBuilder builder = new NetworkBuilder("check", "");
    private final Input image = builder.input("image", 1, 28, 28);
    private final Input vector = builder.input("vector", 20);
    private final Layer fc = builder.dense(vector, "fc", 8);
    private final Network network = builder.network();

    private Layer added(org.eclipse.emf.ecore.EClass kind) {
        Layer layer = DiagramCommands.newLayer(network, kind, 0, 0);
        network.getLayers().add(layer);
        return layer;
    }

    @Test
    void aCompatibleConnectionIsAllowedAndNamesTheShapeItWillCarry() {
        Layer conv = added(ConvolutionPackage.eINSTANCE.getConvolution());
        ConnectionCheck.Verdict verdict = ConnectionCheck.check(network, image, "out", conv, "in");
        assertTrue(verdict.allowed(), verdict.reason());
        assertEquals("N×1×28×28", verdict.reason());
    }

    @Test
    void aShapeMismatchIsRefusedWithTheModelsReason() {
        Layer conv = added(ConvolutionPackage.eINSTANCE.getConvolution());
        ConnectionCheck.Verdict verdict = ConnectionCheck.check(network, fc, "out", conv, "in");
        assertFalse(verdict.allowed());
        assertTrue(verdict.reason().contains("Convolution"), verdict.reason());
    }

    @Test
    void selfLoopsCyclesAndTakenInputsAreRefused() {
        Dense second = (Dense) added(NetworkPackage.eINSTANCE.getDense());
        assertEquals("a layer cannot feed itself", ConnectionCheck.check(network, fc, "out", fc, "in").reason());
        network.getConnections().add(connection(fc, second));
        ConnectionCheck.Verdict cycle = ConnectionCheck.check(network, second, "out", fc, "in");
        assertFalse(cycle.allowed());
        assertTrue(cycle.reason().contains("already connected") || cycle.reason().contains("cycle"), cycle.reason());
        Dense third = (Dense) added(NetworkPackage.eINSTANCE.getDense());
        ConnectionCheck.Verdict taken = ConnectionCheck.check(network, image, "out", second, "in");
        assertFalse(taken.allowed());
        assertTrue(taken.reason().contains("already connected"), taken.reason());
        network.getConnections().add(connection(second, third));
        ConnectionCheck.Verdict loop = ConnectionCheck.check(network, third, "out", added(NetworkPackage.eINSTANCE.getAdd()), "in0");
        assertTrue(loop.allowed(), loop.reason());
    }

    @Test
    void aRealCycleIsNamed() {
        Layer add = added(NetworkPackage.eINSTANCE.getAdd());
        Dense after = (Dense) added(NetworkPackage.eINSTANCE.getDense());
        network.getConnections().add(connection(fc, add, "in0"));
        network.getConnections().add(connection(add, after, "in"));
        ConnectionCheck.Verdict verdict = ConnectionCheck.check(network, after, "out", add, "in1");
        assertFalse(verdict.allowed());
        assertTrue(verdict.reason().contains("cycle"), verdict.reason());
    }

    private static dev.dendrite.model.network.Connection connection(Layer from, Layer to) {
        return connection(from, to, "in");
    }

    private static dev.dendrite.model.network.Connection connection(Layer from, Layer to, String port) {
        var c = dev.dendrite.model.network.NetworkFactory.eINSTANCE.createConnection();
        c.setSource(from);
        c.setSourcePort("out");
        c.setTarget(to);
        c.setTargetPort(port);
        return c;
    }
}
