package dev.dendrite.analysis.quantization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.ModelProto;
import dev.dendrite.train.data.Dataset;

/** BatchNormalization folded into the convolution or dense layer before it computes what the two did. */
class BatchNormFoldingTest {

    @Test
    void foldedLayersGiveTheOutputsOfLayerAndNormalisation() throws Exception {
        for (String template : new String[] {"resnet-fashion", "batchnorm-mlp"}) {
            ModelProto model = QuantizationModels.exported(template);
            long norms = model.getGraph().getNodeList().stream().filter(n -> n.getOpType().equals("BatchNormalization")).count();
            assertTrue(norms >= 2, template);
            BatchNormFolding.Folded folded = BatchNormFolding.fold(model);
            assertEquals(norms, folded.folded(), template);
            assertTrue(folded.model().getGraph().getNodeList().stream().noneMatch(n -> n.getOpType().equals("BatchNormalization")), template);
            // Nothing reads a normalisation's parameters any more, so none stays behind; the layers keep their weights' names.
            assertTrue(folded.model().getGraph().getNodeList().stream().filter(n -> n.getOpType().equals("Conv") || n.getOpType().equals("Gemm"))
                    .allMatch(n -> n.getInput(1).endsWith("weight")), template);
            assertTrue(folded.model().getGraph().getInitializerList().stream().noneMatch(t -> t.getName().endsWith("/mean")), template);
            Dataset data = QuantizationModels.samples(template.equals("resnet-fashion") ? new long[] {1, 28, 28} : new long[] {784}, 16, 0, 1, 3);
            float[] expected = QuantizationModels.outputs(model, data, "level=none");
            float[] actual = QuantizationModels.outputs(folded.model(), data, "level=none");
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], actual[i], 1e-4 * (1 + Math.abs(expected[i])), template + " output " + i);
            }
        }
    }
}
