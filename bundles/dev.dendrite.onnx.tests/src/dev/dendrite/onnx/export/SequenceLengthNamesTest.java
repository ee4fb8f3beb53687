package dev.dendrite.onnx.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtSession;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;

/**
 * An encoder-decoder's source and target have lengths of their own: the export names them apart
 * (one dim_param for sequences of two lengths makes ONNX Runtime reuse a buffer of the wrong size),
 * and the model runs on a source of 7 steps and a target of 4.
 */
class SequenceLengthNamesTest {

    @Test
    void sourceAndTargetLengthsAreNamedApartAndMayDiffer() throws Exception {
        for (String id : List.of("transformer-seq2seq", "seq2seq")) {
            ModelProto model = OnnxExporter.export(TemplateLibrary.find(id).orElseThrow().create(), new Weights(), "test").model();
            assertEquals(List.of("N", "T"), dims(model.getGraph().getInputList(), "source"), id);
            assertEquals(List.of("N", "T_decoder_input"), dims(model.getGraph().getInputList(), "decoder_input"), id);
            assertEquals(List.of("N", "T_decoder_input", "16"), dims(model.getGraph().getOutputList(), model.getGraph().getOutput(0).getName()),
                    id + ": the decoder's steps");
            assertEquals(2 * 4 * 16, run(model, 7, 4).length, id + ": 2 sequences of 4 steps of 16 scores");
        }
        ModelProto tagger = OnnxExporter.export(TemplateLibrary.find("transformer-tagger").orElseThrow().create(), new Weights(), "test").model();
        assertEquals(List.of("N", "T", "4"), dims(tagger.getGraph().getOutputList(), tagger.getGraph().getOutput(0).getName()),
                "one sequence input: its length stays T");
    }

    private static List<String> dims(List<ValueInfoProto> values, String name) {
        ValueInfoProto value = values.stream().filter(v -> v.getName().equals(name)).findFirst().orElseThrow();
        return value.getType().getTensorType().getShape().getDimList().stream()
                .map(d -> d.hasDimParam() ? d.getDimParam() : String.valueOf(d.getDimValue())).toList();
    }

    private static float[] run(ModelProto model, int sourceSteps, int targetSteps) throws Exception {
        Map<String, OnnxTensor> feeds = new HashMap<>();
        try (ModelSession session = OnnxRuntime.open(model.toByteArray(), "seq2seq", RuntimeSettings.forIde())) {
            feeds.put("source", OnnxTensor.createTensor(OnnxRuntime.environment(), LongBuffer.wrap(new long[2 * sourceSteps]),
                    new long[] {2, sourceSteps}));
            feeds.put("decoder_input", OnnxTensor.createTensor(OnnxRuntime.environment(), LongBuffer.wrap(new long[2 * targetSteps]),
                    new long[] {2, targetSteps}));
            try (OrtSession.Result result = session.session().run(feeds)) {
                var buffer = ((OnnxTensor) result.get(0)).getFloatBuffer();
                float[] values = new float[buffer.remaining()];
                buffer.get(values);
                return values;
            }
        } finally {
            feeds.values().forEach(OnnxTensor::close);
        }
    }
}
