package dev.dendrite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.convolution.TransposedConvolution;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.templates.NetworkBuilder;

/**
 * Transposed convolutions size their maps as PyTorch's ConvTranspose does, (in − 1)·stride − 2·padding + kernel + outputPadding,
 * count in × out × k² weights, and name the settings that cannot work.
 */
class TransposedConvolutionShapeTest {

    private static List<String> errors(Network network) {
        return Networks.inspect(network).diagnostic().getChildren().stream().filter(d -> d.getSeverity() == Diagnostic.ERROR)
                .map(Diagnostic::getMessage).toList();
    }

    private static Network transposed(java.util.function.Consumer<TransposedConvolution> settings, int... shape) {
        NetworkBuilder b = new NetworkBuilder("up", "");
        TransposedConvolution t = b.transposedConv(b.input("x", shape), "up", 4, 4, 2, 1);
        settings.accept(t);
        return b.network();
    }

    private static String shape(Network network) {
        return Networks.inspect(network).shapes().output(network.getLayers().get(1), Ports.OUT).toString();
    }

    @Test
    void mapsGrowAsPyTorchSizesThem() {
        // DCGAN's doubling: kernel 4, stride 2, padding 1 takes 7 × 7 to 14 × 14.
        assertEquals("N×4×14×14", shape(transposed(t -> { }, 8, 7, 7)));
        // Kernel 3, stride 2, padding 1 gives 2·in − 1; output padding 1 makes it 2·in again.
        assertEquals("N×4×13×13", shape(transposed(t -> t.setKernel(3), 8, 7, 7)));
        assertEquals("N×4×14×14", shape(transposed(t -> {
            t.setKernel(3);
            t.setOutputPadding(1);
        }, 8, 7, 7)));
        assertEquals("N×4×17", shape(transposed(t -> {
            t.setDimensions(1);
            t.setKernel(5);
            t.setStride(3);
            t.setPadding(0);
        }, 2, 5)));
    }

    @Test
    void weightsAreInTimesOutTimesTheKernel() {
        Network network = transposed(t -> { }, 8, 7, 7);
        assertEquals(8 * 4 * 16 + 4, Networks.inspect(network).shapes().of(network.getLayers().get(1)).parameters().total());
        network = transposed(t -> t.setBias(false), 8, 7, 7);
        assertEquals(8 * 4 * 16, Networks.inspect(network).shapes().of(network.getLayers().get(1)).parameters().total());
    }

    @Test
    void settingsThatCannotWorkAreNamed() {
        assertEquals(List.of("TransposedConvolution 'up', port 'in': ConvTranspose2d expects [N, C, H, W], got N×12 (reshape flat vectors to "
                + "images first)"), errors(transposed(t -> { }, 12)));
        List<String> outputPadding = errors(transposed(t -> t.setOutputPadding(2), 8, 7, 7));
        assertEquals(1, outputPadding.size());
        assertTrue(outputPadding.get(0).contains("outputPadding must be below the stride (2), is 2"), outputPadding.toString());
        List<String> channels = errors(transposed(t -> t.setInChannels(3), 8, 7, 7));
        assertTrue(channels.get(0).contains("expects 3 input channels"), channels.toString());
        List<String> padding = errors(transposed(t -> {
            t.setKernel(1);
            t.setStride(1);
            t.setPadding(1);
        }, 8, 1, 1));
        assertEquals(1, padding.size());
        assertTrue(padding.get(0).contains("padding 1 takes off more"), padding.toString());
    }
}
