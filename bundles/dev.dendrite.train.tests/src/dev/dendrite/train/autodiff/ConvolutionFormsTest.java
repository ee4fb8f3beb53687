package dev.dendrite.train.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.GraphBuilder;

/**
 * Which form the convolution rules choose from static shapes (each form's values are checked
 * against finite differences in {@link RuleGradientTest}): separable shifts for small stride-1
 * kernels on images of at least 256 output pixels, stacked shifts for them on smaller images,
 * patches for other small kernels (strided, 1×1), the transposed form where a batch's patches would not fit, batch groups for few input
 * channels, and a flipped-kernel convolution for stride-1 input gradients.
 */
class ConvolutionFormsTest {

    @Test
    void smallKernelsOnSmallImagesUsePatchesAndLargeImagesKeepTheTransposedForm() {
        assertEquals(Set.of("separable", "flipped"), forms(16, 16, 32, 3, 1), "stride 1, 32×32");
        assertEquals(Set.of("separable", "flipped"), forms(32, 32, 16, 3, 1), "stride 1, 16×16: 256 output pixels");
        assertEquals(Set.of("stacked", "flipped"), forms(64, 64, 8, 3, 1), "stride 1, 8×8: too few pixels for per-sample shifts");
        assertEquals(Set.of("transposed", "flipped"), forms(64, 64, 224, 3, 1), "64 × 9 × 224² patch values per sample");
        assertEquals(Set.of("transposed", "transposed input"), forms(6, 16, 14, 5, 1), "a 5×5 kernel");
        assertEquals(Set.of("patches", "transposed input"), forms(16, 16, 32, 3, 2), "stride 2");
        assertEquals(Set.of("batch groups", "transposed input"), forms(1, 6, 28, 5, 1), "one input channel, a 5×5 kernel");
    }

    @Test
    void aStridedInputGradientOfKnownSizeNeedsNoCut() {
        assertEquals(Set.of("patches", "transposed input"), forms(16, 16, 16, 3, 2), "even size: output padding 1");
        assertEquals(Set.of("patches", "transposed input"), forms(16, 16, 15, 3, 2), "odd size: output padding 0");
        assertEquals(Set.of("transposed", "transposed input", "cut"), forms(16, 16, -1, 3, 2), "size unknown until run time");
    }

    @Test
    void aStridedPointwiseInputGradientPlacesAOneByOneConvolutionAtItsPixels() {
        assertEquals(Set.of("patches", "placed pointwise"), forms(16, 32, 32, 1, 2), "a projection shortcut, 32×32");
        assertEquals(Set.of("patches", "placed pointwise"), forms(16, 32, 15, 1, 2), "odd size");
        assertEquals(Set.of("transposed", "transposed input", "cut"), forms(16, 32, -1, 1, 2), "size unknown until run time");
    }

    /**
     * The forms of the kernel and input gradients of a convolution [N, in, size, size] -> out
     * channels (size -1: symbolic), and "cut" where the input gradient is sliced back to the input's size.
     */
    private static Set<String> forms(long in, long out, long size, long kernel, long stride) {
        GraphBuilder g = new GraphBuilder("conv");
        g.input("x", GraphBuilder.ElementType.FLOAT, size > 0 ? List.of("N", in, size, size) : List.of("N", in, "H", "W"));
        g.input("w", GraphBuilder.ElementType.FLOAT, List.of(out, in, kernel, kernel));
        long pad = kernel / 2;
        g.node("Conv", List.of("x", "w"), "y", Attr.ints("kernel_shape", kernel, kernel), Attr.ints("strides", stride, stride),
                Attr.ints("pads", pad, pad, pad, pad));
        List<NodeProto> forward = List.copyOf(g.graph().getNodeList());
        Autodiff.backward(g, forward, Map.of(forward.get(0).getOutput(0), "y_grad"), Set.of("x", "w"));
        Set<String> forms = new java.util.HashSet<>();
        Set<String> transposedInputs = new java.util.HashSet<>();
        for (NodeProto node : g.graph().getNodeList()) {
            if (node.getName().contains("grad/conv_dx")) {
                transposedInputs.addAll(node.getOutputList());
            }
        }
        for (NodeProto node : g.graph().getNodeList()) {
            String name = node.getName();
            if (name.contains("grad/patches")) {
                forms.add("patches");
            } else if (name.contains("grad/stacked_dw")) {
                forms.add("stacked");
            } else if (name.contains("grad/separable_x") && node.getOpType().equals("Conv")) {
                forms.add("separable");
            } else if (name.contains("grad/cut")) {
                if (transposedInputs.contains(node.getInput(0))) {
                    forms.add("cut");
                }
            } else if (name.contains("grad/conv_dw") && node.getAttributeList().stream().anyMatch(a -> a.getName().equals("group"))) {
                forms.add("batch groups");
            } else if (name.contains("grad/conv_dw")) {
                forms.add("transposed");
            } else if (name.contains("grad/pointwise_placed")) {
                forms.add("placed pointwise");
            } else if (name.contains("grad/conv_dx")) {
                forms.add(node.getOpType().equals("Conv") ? "flipped" : "transposed input");
            }
        }
        return forms;
    }
}
