package dev.dendrite.onnx.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;

/** A GAN exports as its generator: it reads the noise alone and outputs the samples; the discriminator's weights ride along. */
class GanExportTest {

    @Test
    void theGanTemplateExportsItsGenerator() throws Exception {
        Network gan = TemplateLibrary.find("gan").orElseThrow().create();
        var model = OnnxExporter.export(gan, new Weights(), "test").model();
        var graph = model.getGraph();
        assertEquals(List.of("z"), graph.getInputList().stream().map(i -> i.getName()).toList(), "the real digits' input goes");
        assertEquals(1, graph.getOutputCount());
        var dims = graph.getOutput(0).getType().getTensorType().getShape().getDimList();
        assertEquals(784, dims.get(dims.size() - 1).getDimValue(), "a digit per noise vector");
        assertTrue(graph.getInitializerList().stream().anyMatch(t -> t.getName().equals("discriminator.fc1/weight")),
                "the discriminator's weights travel with the model");
        assertTrue(graph.getNodeList().stream().noneMatch(n -> n.getInputList().contains("discriminator.fc1/weight")),
                "no node judges anything");
    }
}
