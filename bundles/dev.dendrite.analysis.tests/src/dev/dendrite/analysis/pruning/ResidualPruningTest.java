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
import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Add;
import dev.dendrite.model.network.BlockKind;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.templates.NetworkBuilder;
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
        // The first stage is a block: its stream crosses the block's ports, one group with the stem.
        UnitGroups.Group stage1 = group(found, "conv_stem");
        assertEquals(List.of("conv_stem", "residual16.conv_b"), stage1.producers().stream().map(UnitGroups::nameOf).toList());
        assertEquals(List.of("residual16.conv_a", "conv_stage2_a", "stage2_add"), stage1.readers().stream().map(r -> UnitGroups.nameOf(r
                .layer())).toList());
        assertEquals(List.of("fc"), List.copyOf(found.whole().keySet().stream().map(Layer::getName).toList()), "only the classifier whole");

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

    /** A stage of two identity blocks of one block (shared weights): the stream runs through both instances, one group. */
    @Test
    void aBlockUsedTwiceInAStageCarriesOneStreamThroughBothInstances() throws Exception {
        NetworkBuilder b = new NetworkBuilder("two-blocks", "");
        var block = b.block("unit", BlockKind.RESIDUAL, body -> {
            Layer in = body.blockInput("x");
            Layer y = body.dense(body.dense(in, "fc_a", 12, ActivationFunction.RELU), "fc_b", 8);
            Add add = body.add(NetworkFactory.eINSTANCE.createAdd(), "add", y);
            body.connect(in, "", add, "in1");
            body.blockOutput(add, "y");
        });
        Layer x = b.dense(b.input("x", 5), "stem", 8, ActivationFunction.TANH);
        x = b.use(block, "first", x);
        x = b.use(block, "second", x);
        b.loss(b.dense(x, "head", 3), LossKind.CROSS_ENTROPY);
        Network network = b.training("synthetic:moons", 1, 8, OptimizerKind.SGD, 0.1).network();
        UnitGroups.Found found = UnitGroups.find(network, Networks.inspect(network).shapes());
        UnitGroups.Group stream = group(found, "stem");
        assertEquals(List.of("stem", "unit.fc_b"), stream.producers().stream().map(UnitGroups::nameOf).toList());
        assertEquals(List.of("unit.fc_a", "head"), stream.readers().stream().map(r -> UnitGroups.nameOf(r.layer())).toList());
        Weights weights = StructuredPruningTest.initial(network, 7);
        StructuredPruning.Result result = StructuredPruning.prune(network, weights, new Settings(0.5, Map.of(), Criterion.L1));
        assertEquals(4, result.layers().stream().filter(l -> l.name().equals("stem")).findFirst().orElseThrow().after());
        StructuredPruningTest.assertSame(network, weights, result, new long[] {6, 5});
    }

    /** A block applied to two inputs (shared weights) reads both with the same rows: the layers feeding it lose the same units. */
    @Test
    void theLayersFeedingOneBlockOnTwoInputsLoseTheSameUnits() throws Exception {
        NetworkBuilder b = new NetworkBuilder("siamese", "");
        var tower = b.block("tower", BlockKind.ENCODER, body -> body.blockOutput(body.dense(body.blockInput("x"), "fc", 4,
                ActivationFunction.RELU), "y"));
        Layer left = b.use(tower, "left", b.dense(b.input("a", 5), "near", 10, ActivationFunction.RELU));
        Layer right = b.use(tower, "right", b.dense(b.input("b", 5), "far", 10, ActivationFunction.RELU));
        Add joined = b.add(NetworkFactory.eINSTANCE.createAdd(), "joined", left);
        b.connect(right, "", joined, "in1");
        b.loss(b.dense(joined, "head", 2), LossKind.CROSS_ENTROPY);
        Network network = b.training("synthetic:moons", 1, 8, OptimizerKind.SGD, 0.1).network();
        UnitGroups.Found found = UnitGroups.find(network, Networks.inspect(network).shapes());
        assertEquals(List.of("near", "far"), group(found, "near").producers().stream().map(Layer::getName).toList());
        assertEquals(List.of("tower.fc"), group(found, "tower.fc").producers().stream().map(UnitGroups::nameOf).toList(),
                "the tower's units leave both instances into one sum");
        Weights weights = StructuredPruningTest.initial(network, 11);
        StructuredPruning.Result result = StructuredPruning.prune(network, weights, new Settings(0.5, Map.of(), Criterion.L2));
        assertEquals(List.of(5, 2), result.layers().stream().map(PrunedLayer::after).toList());
        StructuredPruningTest.assertSame(network, weights, result, new long[] {4, 5});
    }

    @Test
    void aSumWithTheNetworksInputKeepsItsWritersWholeAndSaysWhy() {
        NetworkBuilder b = new NetworkBuilder("input-skip", "");
        Layer input = b.input("x", 6);
        Layer y = b.dense(b.dense(input, "fc1", 12, ActivationFunction.RELU), "fc2", 6);
        Add add = b.add(NetworkFactory.eINSTANCE.createAdd(), "add", y);
        b.connect(input, "", add, "in1");
        b.loss(b.dense(add, "head", 2), LossKind.CROSS_ENTROPY);
        Network network = b.training("synthetic:moons", 1, 8, OptimizerKind.SGD, 0.1).network();
        UnitGroups.Found found = UnitGroups.find(network, Networks.inspect(network).shapes());
        assertEquals(List.of("fc1"), found.groups().stream().map(g -> g.producer().getName()).toList());
        String reason = found.whole().get(layer(network, "fc2"));
        assertTrue(reason != null && reason.contains("meet those of 'x' (Input) at a residual sum or a shared block, which cannot lose them"),
                found.whole().toString());
    }

    private static UnitGroups.Group group(UnitGroups.Found found, String producer) {
        return found.groups().stream().filter(g -> UnitGroups.nameOf(g.producer()).equals(producer)).findFirst().orElseThrow(
                () -> new AssertionError(producer + " leads no group; whole: " + found.whole()));
    }

    private static List<String> names(List<Layer> layers) {
        return layers.stream().map(Layer::getName).toList();
    }

    private static Layer layer(Network network, String name) {
        return StructuredPruningTest.layer(network, name);
    }
}
