package dev.dendrite.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.dendrite.model.network.Block;
import dev.dendrite.model.network.Connection;
import dev.dendrite.model.network.Graph;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.templates.Template;
import dev.dendrite.model.templates.TemplateLibrary;

class NetworkLayoutTest {

    static Stream<Template> templates() {
        return TemplateLibrary.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everyTemplateLaysOutLeftToRightWithoutOverlaps(Template template) {
        Network network = template.create();
        List<Graph> graphs = new ArrayList<>(List.of(network));
        graphs.addAll(network.getBlocks());
        for (Graph graph : graphs) {
            Map<Layer, NodeBox> boxes = NetworkLayout.layout(graph, NetworkLayout.DEFAULT_SIZE);
            assertEquals(graph.getLayers().size(), boxes.size());
            List<NodeBox> all = new ArrayList<>(boxes.values());
            for (int i = 0; i < all.size(); i++) {
                for (int j = i + 1; j < all.size(); j++) {
                    assertFalse(all.get(i).overlaps(all.get(j)), template.id() + ": figures overlap");
                }
            }
            for (Connection connection : graph.getConnections()) {
                assertTrue(boxes.get(connection.getSource()).right() <= boxes.get(connection.getTarget()).x(),
                        template.id() + ": " + connection.getSource().getId() + " is left of " + connection.getTarget().getId());
            }
        }
    }

    @Test
    void applyStoresPositionsInTheModel() {
        Network network = TemplateLibrary.find("lenet-5").orElseThrow().create();
        NetworkLayout.apply(network);
        Layer first = network.getLayers().get(0);
        Layer last = network.getLayers().get(network.getLayers().size() - 1);
        assertTrue(last.getX() > first.getX() + 1000, "a 14-layer chain spreads to the right: " + last.getX());
        for (Block block : network.getBlocks()) {
            NetworkLayout.apply(block);
        }
    }
}
