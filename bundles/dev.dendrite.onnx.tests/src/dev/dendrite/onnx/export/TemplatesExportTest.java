package dev.dendrite.onnx.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.dendrite.model.Networks;
import dev.dendrite.model.templates.Template;
import dev.dendrite.model.templates.TemplateLibrary;

/** Every template exports to ONNX, runs in ONNX Runtime and matches the reference computation. */
class TemplatesExportTest {

    static Stream<Template> templates() {
        return TemplateLibrary.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void templateExportsRunsAndMatches(Template template) throws Exception {
        var network = template.create();
        ExportResult export = new ExportHarness(template.id().hashCode()).check(network, 1e-4);
        assertEquals(Networks.inspect(network).shapes().totalParameters().total(), export.parameters());
        assertTrue(export.model().getIrVersion() <= 13 && export.model().getOpsetImport(0).getVersion() <= 26);
    }
}
