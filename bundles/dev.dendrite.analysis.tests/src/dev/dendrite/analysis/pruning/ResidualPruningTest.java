package dev.dendrite.analysis.pruning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.dendrite.analysis.pruning.StructuredPruning.Criterion;
import dev.dendrite.analysis.pruning.StructuredPruning.PrunedLayer;
import dev.dendrite.analysis.pruning.StructuredPruning.Settings;
import dev.dendrite.model.Networks;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;

/**
 * A residual sum couples its branches: the channels of a ResNet stage's stream go together from
 * every layer that writes them (the block's last convolution and the shortcut's projection) and
 * from every layer that reads them (the next block's convolution and projection, the classifier).
 */
class ResidualPruningTest {

    @Test
    void aStagesStreamLosesTheSameChannelsInEveryLayerThatWritesOrReadsIt() throws Exception {
        Network network = TemplateLibrary.find("resnet-fashion").orElseThrow().create();
        Weights weights = StructuredPruningTest.initial(network, 2);
        StructuredPruningTest.randomNorms(network, weights, 4);
        UnitGroups.Found found = UnitGroups.find(network, Networks.inspect(network).shapes());
        UnitGroups.Group stage2 = group(found, "stage2_conv_b");
        assertEquals(List.of("stage2_conv_b"), names(stage2.producers()), "one convolution and the projection write the stream");
        assertEquals(1, stage2.projections().size());
        assertEquals("stage2_add", stage2.projections().get(0).add().getName());
        assertEquals(1, stage2.projections().get(0).port());
        assertEquals(List.of("stage2_bn_b"), stage2.normalisations().stream().map(Layer::getName).toList());
        assertEquals(List.of("conv_stage3_a", "stage3_add"), stage2.readers().stream().map(r -> r.layer().getName()).toList(),
                "the next stage's first convolution and its projection read the stream");
        assertEquals(List.of("fc"), group(found, "stage3_conv_b").readers().stream().map(r -> r.layer().getName()).toList());
        assertTrue(found.whole().get(layer(network, "conv_stem")).contains("enters the block instance 'stage1'"), found.whole().toString());

        StructuredPruning.Result result = StructuredPruning.prune(network, weights, new Settings(0.5, Map.of(), Criterion.L2));
        PrunedLayer pruned = result.layers().stream().filter(l -> l.name().equals("stage2_conv_b")).findFirst().orElseThrow();
        assertEquals(List.of("stage2_add"), pruned.coupled());
        assertEquals(16, pruned.after(), "half of 32");
        assertEquals(16, ((Convolution) layer(result.network(), "stage2_conv_b")).getOutChannels());
        assertEquals(16, result.weights().get(layer(result.network(), "stage2_add").getId(), "projection1_weight").orElseThrow().shape()[0],
                "the projection writes the kept channels only");
        assertEquals(16, result.weights().get(layer(result.network(), "stage3_add").getId(), "projection1_weight").orElseThrow().shape()[1],
                "the next projection reads them only");
        assertTrue(StructuredPruning.describe(result.layers()).contains("stage2_conv_b 32 → 16 (with stage2_add)"),
                StructuredPruning.describe(result.layers()));
        StructuredPruningTest.assertSame(network, weights, result, new long[] {3, 1, 28, 28});
    }

    @Test
    void aCoupledGroupRanksByEveryWriterAndAnswersToEachOfItsLayersNames() {
        Network network = TemplateLibrary.find("resnet-fashion").orElseThrow().create();
        Weights weights = StructuredPruningTest.initial(network, 3);
        String conv = layer(network, "stage3_conv_b").getId();
        String projection = layer(network, "stage3_add").getId();
        float[] w = weights.get(conv, "weight").orElseThrow().values(); // [64, 64, 3, 3]
        float[] p = weights.get(projection, "projection1_weight").orElseThrow().values(); // [64, 32, 1, 1]
        // Channel 5 weak in the convolution only, channel 9 weak in both: 9 ranks lowest; 5 is held up by its projection.
        java.util.Arrays.fill(w, 5 * 64 * 9, 6 * 64 * 9, 0f);
        java.util.Arrays.fill(w, 9 * 64 * 9, 10 * 64 * 9, 0f);
        java.util.Arrays.fill(p, 9 * 32, 10 * 32, 0f);
        StructuredPruning.Result result = StructuredPruning.prune(network, weights, new Settings(0, Map.of("stage3_conv_b", 1 / 64.0),
                Criterion.L1));
        PrunedLayer pruned = result.layers().stream().filter(l -> l.name().equals("stage3_conv_b")).findFirst().orElseThrow();
        assertEquals(List.of(9), java.util.Arrays.stream(pruned.removed()).boxed().toList());
        assertEquals(63, ((Convolution) layer(result.network(), "stage3_conv_b")).getOutChannels(), "the share given by the layer's name");
        assertEquals(0, result.layers().stream().filter(l -> !l.name().equals("stage3_conv_b")).mapToInt(l -> l.before() - l.after())
                .sum(), "the other layers keep theirs");
    }

    @Test
    void aSumWithWhatCannotLoseChannelsKeepsItsWritersWholeAndSaysWhy() {
        Network network = TemplateLibrary.find("resnet-fashion").orElseThrow().create();
        UnitGroups.Found found = UnitGroups.find(network, Networks.inspect(network).shapes());
        Layer blockConv = network.getBlocks().get(0).getLayers().stream().filter(l -> "conv_b".equals(l.getName())).findFirst().orElseThrow();
        String reason = found.whole().get(blockConv);
        assertTrue(reason != null && reason.contains("summed with those of 'residual16.x' (BlockInput)"), found.whole().toString());
    }

    private static UnitGroups.Group group(UnitGroups.Found found, String producer) {
        return found.groups().stream().filter(g -> g.producer().getName().equals(producer)).findFirst().orElseThrow(
                () -> new AssertionError(producer + " leads no group; whole: " + found.whole()));
    }

    private static List<String> names(List<Layer> layers) {
        return layers.stream().map(Layer::getName).toList();
    }

    private static Layer layer(Network network, String name) {
        return StructuredPruningTest.layer(network, name);
    }
}
