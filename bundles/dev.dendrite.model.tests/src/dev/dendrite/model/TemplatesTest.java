package dev.dendrite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.dendrite.model.io.DnetIO;
import dev.dendrite.model.io.LoadResult;
import dev.dendrite.model.network.Block;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.templates.Template;
import dev.dendrite.model.templates.TemplateLibrary;

class TemplatesTest {

    static Stream<Template> templates() {
        return TemplateLibrary.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everyTemplateIsValidAndShapeComplete(Template template) {
        Network network = template.create();
        Networks.Inspection inspection = Networks.inspect(network);
        List<String> errors = inspection.diagnostic().getChildren().stream()
                .filter(d -> d.getSeverity() >= Diagnostic.WARNING).map(Diagnostic::getMessage).toList();
        assertEquals(List.of(), errors, template.id() + " has problems");
        for (Layer layer : network.getLayers()) {
            assertNotNull(inspection.shapes().of(layer), template.id() + ": no shapes for " + ModelDiagnostics.label(layer));
        }
        for (Block block : network.getBlocks()) {
            for (Layer layer : block.getLayers()) {
                assertNotNull(inspection.shapes().of(layer), template.id() + ": no shapes inside block for " + ModelDiagnostics.label(layer));
            }
        }
        assertNotNull(network.getTraining(), template.id() + " names its training defaults");
        assertFalse(network.getTraining().getDataset().isBlank(), template.id() + " names a dataset");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everyTemplateSurvivesSaveAndLoad(Template template) throws Exception {
        Network network = template.create();
        String text = DnetIO.toText(network);
        LoadResult loaded = DnetIO.parse(text, template.id() + ".dnet");
        assertTrue(loaded.ok(), loaded.diagnostic().toString());
        assertEquals(text, DnetIO.toText(loaded.network().orElseThrow()), "a second save writes the same file");
        assertEquals(Networks.inspect(network).shapes().totalParameters(),
                Networks.inspect(loaded.network().get()).shapes().totalParameters());
    }

    @Test
    void templatesCoverEveryCourseTopic() {
        Set<String> ids = new HashSet<>();
        TemplateLibrary.all().forEach(t -> assertTrue(ids.add(t.id()), "duplicate template id " + t.id()));
        for (String id : List.of("mlp-classifier", "mlp-regressor", "lenet-300-100", "lenet-5", "conv-2", "conv-4", "conv-6",
                "resnet-small", "resnet-fashion", "rnn-classifier", "rnn-tagger", "rnn-generator", "lstm-forecaster", "bilstm-tagger", "seq2seq",
                "transformer-tagger", "transformer-generator", "transformer-rows", "transformer-seq2seq", "gcn-node-classifier", "gat-node-classifier", "mp-graph-classifier", "autoencoder", "denoising-autoencoder", "rbm", "dbn",
                "batchnorm-mlp", "layernorm-mlp", "rmsnorm-mlp", "dropout-mlp")) {
            assertTrue(ids.contains(id), "missing template " + id);
        }
    }
}
