package dev.dendrite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.convolution.ConvolutionFactory;
import dev.dendrite.model.network.convolution.Upsample;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.templates.NetworkBuilder;

/** Upsample: each spatial dim scale times as long, pictures and one-dimensional maps alike; vectors and a zero scale named. */
class UpsampleShapeTest {

    private static List<String> errors(Network network) {
        return Networks.inspect(network).diagnostic().getChildren().stream().filter(d -> d.getSeverity() == Diagnostic.ERROR)
                .map(Diagnostic::getMessage).toList();
    }

    private static Network upsampled(int scale, int... shape) {
        NetworkBuilder b = new NetworkBuilder("up", "");
        Upsample up = ConvolutionFactory.eINSTANCE.createUpsample();
        up.setScale(scale);
        b.add(up, "up", b.input("x", shape));
        return b.network();
    }

    private static String shape(Network network) {
        return Networks.inspect(network).shapes().output(network.getLayers().get(1), Ports.OUT).toString();
    }

    @Test
    void eachSpatialDimGrowsByTheScale() {
        assertEquals("N×8×14×10", shape(upsampled(2, 8, 7, 5)));
        assertEquals("N×3×12", shape(upsampled(3, 3, 4)));
        assertEquals(List.of(), errors(upsampled(1, 2, 3, 3)));
    }

    @Test
    void vectorsAndAZeroScaleAreNamed() {
        assertEquals(List.of("Upsample 'up', port 'in': expects [N, C, L] or [N, C, H, W], got N×12"), errors(upsampled(2, 12)));
        assertEquals(1, errors(upsampled(0, 2, 4, 4)).size());
        assertEquals(true, errors(upsampled(0, 2, 4, 4)).get(0).contains("scale"), errors(upsampled(0, 2, 4, 4)).toString());
    }
}
