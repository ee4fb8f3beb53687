package dev.dendrite.onnx.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.dendrite.model.Networks;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.convolution.StepPadding;
import dev.dendrite.model.network.sequence.Attention;
import dev.dendrite.model.network.sequence.ClassToken;
import dev.dendrite.model.network.sequence.PositionalEncoding;
import dev.dendrite.model.network.sequence.SequenceFactory;
import dev.dendrite.model.network.sequence.SequencePooling;
import dev.dendrite.model.templates.Template;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.export.ExportResult;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.export.TestAccess;

/** Export → import → export gives the same outputs on random inputs. */
class RoundTripTest {

    static Stream<Template> templates() {
        return TemplateLibrary.all().stream();
    }

    /** Dendrite's own models come back exactly: the network rides along in the model's metadata. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everyTemplateRoundTripsThroughItsEmbeddedNetwork(Template template) throws Exception {
        roundTrip(template.create(), false);
    }

    /** Standard operators map back to layers: the same computation without the embedded description. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mlp-classifier", "mlp-regressor", "lenet-300-100", "lenet-5", "conv-2", "resnet-small", "batchnorm-mlp",
        "layernorm-mlp", "dropout-mlp", "rnn-classifier", "rnn-tagger", "rnn-generator", "lstm-forecaster", "bilstm-tagger",
        "seq2seq", "transformer-tagger", "transformer-generator", "transformer-rows", "transformer-seq2seq", "text-cnn", "tcn-generator", "wavenet-generator", "autoencoder", "denoising-autoencoder", "rbm", "dbn"})
    void templatesRoundTripThroughOperatorMapping(String id) throws Exception {
        ImportResult imported = roundTrip(TemplateLibrary.find(id).orElseThrow().create(), true);
        assertFalse(imported.fromEmbeddedNetwork());
        assertTrue(imported.notes().get(0).contains("no Loss layer"));
    }

    /** A transformer's attention, positions and average over steps come back as those layers, with their settings, not as operators. */
    @org.junit.jupiter.api.Test
    void transformersImportAsAttentionAndPositionLayers() throws Exception {
        ImportResult rows = roundTrip(TemplateLibrary.find("transformer-rows").orElseThrow().create(), true);
        assertEquals(1, rows.network().getLayers().stream().filter(SequencePooling.class::isInstance).count(),
                "the average over the rows: " + rows.network().getLayers());
        assertTrue(rows.network().getLayers().stream().noneMatch(dev.dendrite.model.network.OnnxOperator.class::isInstance),
                "transformer-rows: no generic operator left");
        for (String id : List.of("transformer-tagger", "transformer-generator")) {
            Network original = TemplateLibrary.find(id).orElseThrow().create();
            ImportResult imported = roundTrip(original, true);
            List<Attention> attention = imported.network().getLayers().stream()
                    .filter(Attention.class::isInstance).map(Attention.class::cast).toList();
            List<PositionalEncoding> positions = imported.network().getLayers().stream()
                    .filter(PositionalEncoding.class::isInstance)
                    .map(PositionalEncoding.class::cast).toList();
            boolean causal = id.equals("transformer-generator");
            assertEquals(2, attention.size(), id + ": " + imported.network().getLayers());
            attention.forEach(a -> assertEquals(causal, a.isCausal(), id + " causal"));
            attention.forEach(a -> assertEquals(4, a.getHeads(), id + " heads"));
            assertEquals(1, positions.size(), id);
            assertEquals(!causal, positions.get(0).isLearned(), id + ": the generator's fixed sinusoids are recognised");
            assertEquals(64, positions.get(0).getMaxLength());
            assertTrue(imported.network().getLayers().stream().noneMatch(dev.dendrite.model.network.OnnxOperator.class::isInstance),
                    id + ": no generic operator left");
        }
    }

    /** The text CNN's convolutions over the steps come back as such, each padded as before, and its pools over the steps as pools. */
    @org.junit.jupiter.api.Test
    void convolutionsOverStepsImportWithTheirStepPadding() throws Exception {
        Network original = TemplateLibrary.find("text-cnn").orElseThrow().create();
        List<StepPadding> paddings = List.of(StepPadding.CAUSAL,
                StepPadding.VALID, StepPadding.SAME);
        List<Convolution> convolutions = original.getLayers().stream()
                .filter(Convolution.class::isInstance).map(Convolution.class::cast).toList();
        for (int i = 0; i < convolutions.size(); i++) {
            convolutions.get(i).setStepPadding(paddings.get(i));
        }
        // The harness feeds 4 steps: the valid window of 4 leaves one.
        convolutions.get(0).setDilation(2);
        ImportResult imported = roundTrip(original, true);
        List<Convolution> back = imported.network().getLayers().stream()
                .filter(Convolution.class::isInstance).map(Convolution.class::cast).toList();
        assertEquals(paddings, back.stream().map(Convolution::getStepPadding).toList());
        assertEquals(List.of(2, 1, 1), back.stream().map(Convolution::getDilation).toList());
        assertEquals(3, imported.network().getLayers().stream().filter(SequencePooling.class::isInstance).count());
        assertTrue(imported.network().getLayers().stream().noneMatch(dev.dendrite.model.network.OnnxOperator.class::isInstance),
                "no generic operator left: " + imported.network().getLayers());
    }

    /** The encoder-decoder's cross-attention comes back as Attention layers reading the encoder's output as their memory. */
    @org.junit.jupiter.api.Test
    void crossAttentionImportsAsAttentionReadingItsMemory() throws Exception {
        ImportResult imported = roundTrip(TemplateLibrary.find("transformer-seq2seq").orElseThrow().create(), true);
        List<Attention> attention = imported.network().getLayers().stream()
                .filter(Attention.class::isInstance).map(Attention.class::cast).toList();
        assertEquals(6, attention.size(), imported.network().getLayers().toString());
        List<dev.dendrite.model.network.Layer> memories = attention.stream().map(a -> dev.dendrite.model.ports.Ports.source(a,
                dev.dendrite.model.ports.Ports.MEMORY)).flatMap(java.util.Optional::stream).toList();
        assertEquals(2, memories.size(), "the two decoder layers' cross-attention");
        assertEquals("encoder_norm", memories.get(0).getId());
        assertEquals(memories.get(0), memories.get(1));
        assertEquals(2, attention.stream().filter(Attention::isCausal).count(), "the decoder's self-attention");
        assertTrue(imported.network().getLayers().stream().noneMatch(dev.dendrite.model.network.OnnxOperator.class::isInstance));
    }

    /** Dendrite's class token (an Expand of the table to the batch, concatenated before the steps) comes back as the layer. */
    @org.junit.jupiter.api.Test
    void aClassTokenImportsAsTheLayer() throws Exception {
        var b = new dev.dendrite.model.templates.NetworkBuilder("tokens", "class tokens");
        var token = SequenceFactory.eINSTANCE.createClassToken();
        token.setCount(2);
        var x = b.add(token, "cls", b.dense(b.input("x", 5, 6), "embed", 8));
        b.loss(b.dense(b.flatten(x), "fc", 3), dev.dendrite.model.network.LossKind.CROSS_ENTROPY);
        ImportResult imported = roundTrip(b.network(), true);
        var tokens = imported.network().getLayers().stream().filter(ClassToken.class::isInstance)
                .map(ClassToken.class::cast).toList();
        assertEquals(1, tokens.size(), "layers: " + imported.network().getLayers());
        assertEquals(2, tokens.get(0).getCount());
        assertTrue(imported.network().getLayers().stream().noneMatch(dev.dendrite.model.network.OnnxOperator.class::isInstance));
    }

    private static ImportResult roundTrip(Network network, boolean mapOperators) throws Exception {
        TestAccess harness = new TestAccess(network.getName().hashCode());
        ExportResult first = harness.export(network);
        ImportResult imported = OnnxImporter.read(first.model().toByteArray(), network.getName() + ".onnx", mapOperators);
        assertEquals(!mapOperators, imported.fromEmbeddedNetwork());
        ExportResult second = OnnxExporter.export(imported.network(), imported.weights(), "test");
        assertEquals(first.model().getGraph().getOutputCount(), second.model().getGraph().getOutputCount());
        if (!mapOperators) {
            assertEquals(Networks.inspect(network).shapes().totalParameters(), Networks.inspect(imported.network()).shapes().totalParameters());
        }
        Map<String, Object> inputs = harness.inputs(network);
        List<float[]> before = TestAccess.run(first.model(), inputs);
        List<float[]> after = TestAccess.run(second.model(), inputs);
        for (int i = 0; i < before.size(); i++) {
            if (mapOperators) {
                assertArrayEquals(before.get(i), after.get(i), 1e-5f, "output " + i);
            } else {
                assertArrayEquals(before.get(i), after.get(i), "output " + i + " is bit-identical");
            }
        }
        return imported;
    }
}
