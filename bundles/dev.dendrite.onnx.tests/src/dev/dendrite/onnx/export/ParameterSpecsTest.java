package dev.dendrite.onnx.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.dendrite.model.Networks;
import dev.dendrite.model.network.BlockInstance;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.templates.Template;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.ParameterSpec;
import dev.dendrite.onnx.weights.ParameterSpecs;

/** The parameter layout the ONNX bridge uses holds exactly as many trainable values as the model counts. */
class ParameterSpecsTest {

    static Stream<Template> templates() {
        return TemplateLibrary.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void trainableSpecSizesEqualTheParameterCount(Template template) {
        Network network = template.create();
        Networks.Inspection inspection = Networks.inspect(network);
        List<Layer> layers = new ArrayList<>(network.getLayers());
        network.getBlocks().forEach(b -> layers.addAll(b.getLayers()));
        for (Layer layer : layers) {
            if (layer instanceof BlockInstance || inspection.shapes().of(layer) == null) {
                continue;
            }
            long trainable = ParameterSpecs.of(layer, inspection.shapes().of(layer).inputs()).stream()
                    .filter(ParameterSpec::trainable).mapToLong(ParameterSpec::size).sum();
            assertEquals(inspection.shapes().of(layer).parameters().total(), trainable, template.id() + " " + layer.getId());
        }
    }
}
