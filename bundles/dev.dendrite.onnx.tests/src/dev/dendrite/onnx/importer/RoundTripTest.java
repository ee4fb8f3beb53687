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
        "seq2seq", "autoencoder", "denoising-autoencoder", "rbm", "dbn"})
    void templatesRoundTripThroughOperatorMapping(String id) throws Exception {
        ImportResult imported = roundTrip(TemplateLibrary.find(id).orElseThrow().create(), true);
        assertFalse(imported.fromEmbeddedNetwork());
        assertTrue(imported.notes().get(0).contains("no Loss layer"));
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
