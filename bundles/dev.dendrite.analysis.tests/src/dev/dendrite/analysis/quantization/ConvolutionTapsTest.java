package dev.dendrite.analysis.quantization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.onnx.graph.Attr;

/** The mean a convolution's tap reads: padded positions count as zeros, strides skip positions. */
class ConvolutionTapsTest {

    @Test
    void aCornerTapReadsPaddingAtTheEdges() {
        double[] ones = new double[16];
        Arrays.fill(ones, 1);
        NodeProto padded = NodeProto.newBuilder().setOpType("Conv").addAttribute(Attr.ints("pads", 1, 1, 1, 1)).build();
        double[] taps = ConvolutionTaps.means(padded, ones, new long[] {1, 4, 4}, 3, 3);
        // On a 4×4 input with padding 1 the top-left tap reads the input at 3 of 4 rows and 3 of 4 columns; the centre always.
        assertEquals(9.0 / 16, taps[0], 1e-12);
        assertEquals(12.0 / 16, taps[1], 1e-12);
        assertEquals(1, taps[4], 1e-12);
        // Rows that differ: a stride of 2 without padding reads rows 0 and 2 with the first tap row, 2 and 4 with the last.
        double[] rows = new double[25];
        for (int i = 0; i < 25; i++) {
            rows[i] = i / 5;
        }
        NodeProto strided = NodeProto.newBuilder().setOpType("Conv").addAttribute(Attr.ints("strides", 2, 2)).build();
        double[] stridedTaps = ConvolutionTaps.means(strided, rows, new long[] {1, 5, 5}, 3, 3);
        assertEquals(1, stridedTaps[0], 1e-12);
        assertEquals(3, stridedTaps[6], 1e-12);
    }
}
