package dev.dendrite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Multiply;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.Reshape;
import dev.dendrite.model.network.convolution.ConvolutionFactory;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.templates.NetworkBuilder;

/** Multiply: equal shapes, gates broadcast where a dim is 1, and what does not broadcast named. */
class MultiplyShapeTest {

    private static final NetworkFactory F = NetworkFactory.eINSTANCE;

    private static List<String> errors(Network network) {
        return Networks.inspect(network).diagnostic().getChildren().stream().filter(d -> d.getSeverity() == Diagnostic.ERROR)
                .map(Diagnostic::getMessage).toList();
    }

    private static Multiply multiply(NetworkBuilder b, Layer first, Layer second) {
        Multiply multiply = b.add(F.createMultiply(), "gate", first);
        b.connect(second, "", multiply, Ports.IN + 1);
        return multiply;
    }

    @Test
    void gatesOfTheSameShapeOrOfOneChannelWeightEachBroadcast() {
        NetworkBuilder glu = new NetworkBuilder("glu", "");
        Layer x = glu.sequence("x", 6);
        Multiply gated = multiply(glu, glu.dense(x, "value", 8), glu.activation(glu.dense(x, "gate_logits", 8), ActivationFunction.SIGMOID));
        assertEquals(List.of(), errors(glu.network()));
        assertEquals("N×T×8", Networks.inspect(glu.network()).shapes().output(gated, Ports.OUT).toString());
        // Squeeze-and-excitation: [N, 4, 6, 6] times channel weights [N, 4, 1, 1].
        NetworkBuilder se = new NetworkBuilder("se", "");
        Layer image = se.conv(se.input("image", 3, 6, 6), "conv", 4, 3, 1, 1);
        var pooled = ConvolutionFactory.eINSTANCE.createGlobalPooling();
        Layer weights = se.activation(se.dense(se.add(pooled, "squeeze", image), "excite", 4), ActivationFunction.SIGMOID);
        Reshape column = F.createReshape();
        column.getDims().addAll(List.of(4, 1, 1));
        Multiply scaled = multiply(se, image, se.add(column, "channels", weights));
        assertEquals(List.of(), errors(se.network()));
        assertEquals("N×4×6×6", Networks.inspect(se.network()).shapes().output(scaled, Ports.OUT).toString());
    }

    @Test
    void shapesThatDoNotBroadcastAreNamed() {
        NetworkBuilder rank = new NetworkBuilder("rank", "");
        Layer image = rank.input("image", 4, 6, 6);
        multiply(rank, image, rank.input("weights", 4));
        assertEquals(List.of("Multiply 'gate', port 'in1': in1 has shape N×4 but in0 has N×4×6×6: a Multiply's inputs have the same rank, "
                + "batch first (reshape a gate of [N, C] to [N, C, 1, 1] for images)"), errors(rank.network()));
        NetworkBuilder width = new NetworkBuilder("width", "");
        multiply(width, width.input("a", 8), width.input("b", 3));
        assertEquals(List.of("Multiply 'gate', port 'in1': in1 has shape N×3, which does not broadcast with in0 N×8 at dim 1 (3 against 8): "
                + "each dim equal or 1"), errors(width.network()));
    }
}
