package dev.dendrite.analysis.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.importer.ImportResult;
import dev.dendrite.onnx.importer.OnnxImporter;
import dev.dendrite.onnx.weights.Weights;

/** An import is checked by running both models: equal where the import is faithful, named where one weight is off. */
class ImportCheckTest {

    private static ModelProto exported(String template) throws Exception {
        return OnnxExporter.export(TemplateLibrary.find(template).orElseThrow().create(), new Weights(), "test").model();
    }

    @Test
    void aFaithfulImportComputesTheSameOnTokensAndOnPictures() throws Exception {
        for (String template : new String[] {"transformer-tagger", "lenet-5"}) {
            ModelProto model = exported(template);
            ImportResult imported = OnnxImporter.read(model.toByteArray(), template + ".onnx", true);
            ImportCheck.Result check = ImportCheck.check(model, imported.network(), imported.weights(), 1);
            assertNull(check.problem(), template);
            assertTrue(check.same(), template + ": " + check.largestDifference());
            assertTrue(check.scale() > 0, template + ": outputs not all zero");
            assertEquals(2, check.inputs().values().iterator().next()[0], "a batch of 2");
            if (template.equals("transformer-tagger")) {
                assertArrayEquals(new long[] {2, 5}, check.inputs().get("tokens"), "token ids, 5 steps for the symbolic length");
            }
        }
    }

    @Test
    void oneWeightOffIsFoundAtTheOutputItReaches() throws Exception {
        ModelProto model = exported("lenet-5");
        ImportResult imported = OnnxImporter.read(model.toByteArray(), "lenet-5.onnx", true);
        Weights changed = new Weights();
        boolean[] first = {true};
        imported.weights().flat().forEach((key, tensor) -> {
            String[] parts = Weights.split(key);
            float[] values = tensor.values().clone();
            if (first[0] && parts[1].equals("bias")) {
                values[0] += 0.5f;
                first[0] = false;
            }
            changed.put(parts[0], parts[1], new FloatTensor(tensor.shape(), values));
        });
        ImportCheck.Result check = ImportCheck.check(model, imported.network(), changed, 1);
        assertNull(check.problem());
        assertFalse(check.same());
        assertTrue(check.largestDifference() > 1e-3, "difference " + check.largestDifference());
        assertEquals(model.getGraph().getOutput(0).getName(), check.worstOutput());
    }

    @Test
    void aSymbolicDimItCannotChooseIsAProblemNotAVerdict() throws Exception {
        ModelProto model = exported("lenet-5");
        ImportResult imported = OnnxImporter.read(model.toByteArray(), "lenet-5.onnx", true);
        var input = model.getGraph().getInput(0).toBuilder();
        input.getTypeBuilder().getTensorTypeBuilder().getShapeBuilder().setDim(2, TensorShapeProto.Dimension.newBuilder().setDimParam("H"));
        ModelProto symbolic = model.toBuilder().setGraph(model.getGraph().toBuilder().setInput(0, input)).build();
        ImportCheck.Result check = ImportCheck.check(symbolic, imported.network(), imported.weights(), 1);
        assertFalse(check.same());
        assertTrue(check.problem() != null && check.problem().contains("symbolic dim 2 (H)"), check.problem());
    }

    /** A model that fixes its batch (exports often fix 1) runs at that batch. */
    @Test
    void aFixedBatchIsTheBatchFed() throws Exception {
        ModelProto model = exported("lenet-5");
        ImportResult imported = OnnxImporter.read(model.toByteArray(), "lenet-5.onnx", true);
        var input = model.getGraph().getInput(0).toBuilder();
        input.getTypeBuilder().getTensorTypeBuilder().getShapeBuilder().setDim(0, TensorShapeProto.Dimension.newBuilder().setDimValue(1));
        ModelProto single = model.toBuilder().setGraph(model.getGraph().toBuilder().setInput(0, input)).build();
        ImportCheck.Result check = ImportCheck.check(single, imported.network(), imported.weights(), 1);
        assertNull(check.problem());
        assertTrue(check.same());
        assertEquals(1, check.inputs().values().iterator().next()[0], "the model's own batch of 1");
    }

    /**
     * TorchScript traced PyTorch's nn.Transformer with 6 source and 5 target tokens and fixed them
     * in its Reshapes: the check finds those lengths in the model's constants, each input its own.
     */
    @Test
    void aTracedEncoderDecoderIsCheckedAtTheLengthsItWasTracedWith() throws Exception {
        java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("dendrite.repository", "../..")).resolve(
                "bundles/dev.dendrite.onnx.tests/src/dev/dendrite/onnx/importer/pytorch/seq2seq_ts.onnx");
        ModelProto model = OnnxImporter.model(file);
        ImportResult imported = OnnxImporter.read(model, "seq2seq_ts.onnx", false);
        ImportCheck.Result check = ImportCheck.check(model, imported.network(), imported.weights(), 1);
        assertNull(check.problem(), check.problem());
        assertTrue(check.same(), "difference " + check.largestDifference());
        assertArrayEquals(new long[] {2, 6}, check.inputs().get("source"));
        assertArrayEquals(new long[] {2, 5}, check.inputs().get("decoder_input"));
    }
}
