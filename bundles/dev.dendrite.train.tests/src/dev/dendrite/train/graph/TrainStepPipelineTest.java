package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkPackage;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.onnx.weights.WeightsFile;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.data.SyntheticData;
import dev.dendrite.train.run.Trainer;
import dev.dendrite.train.run.TrainingResult;

/** The step pipeline: its steps, a plugged-in gradient source and per-kind lowering, roles, freezing, and a read-only network. */
class TrainStepPipelineTest {

    private static Network template(String id) {
        return TemplateLibrary.find(id).orElseThrow().create();
    }

    private static final Dataset MOONS = SyntheticData.twoMoons(600, 0.1, 1);

    private static TrainingConfig moonsConfig(Network network, int epochs) {
        return TrainingConfig.from(network).with("synthetic:two-moons", epochs, 32, OptimizerKind.SGD, 0.05, 3L, null);
    }

    @Test
    void theStandardPipelineHasSmallNamedSteps() {
        assertEquals(List.of("forward", "mixup", "loss", "adversarial", "certified", "roles", "pool-before-relu", "convolution-patches", "gradient-penalty", "gradients", "penalties", "clipping", "gradient-norms", "update", "average", "outputs",
                "activation-statistics", "evaluation"), TrainStepPipeline.standard().stepNames());
    }

    @Test
    void theRunsSeedDrawsTheInitialWeights() throws Exception {
        Network network = template("mlp-classifier");
        long own = network.getTraining().getSeed();
        TrainingConfig base = moonsConfig(network, 1);
        float[] ownSeed = TrainStepPipeline.standard().build(network, new Weights(), base.withSeed(own),
                GraphOptions.DEFAULT).initial().flat().get("hidden1/weight").values();
        float[] seedOne = TrainStepPipeline.standard().build(network, new Weights(), base.with(null, null, null, null, null, own + 1, null),
                GraphOptions.DEFAULT).initial().flat().get("hidden1/weight").values();
        float[] again = TrainStepPipeline.standard().build(network, new Weights(), base.with(null, null, null, null, null, own + 1, null),
                GraphOptions.DEFAULT).initial().flat().get("hidden1/weight").values();
        assertFalse(java.util.Arrays.equals(ownSeed, seedOne), "another seed, other initial weights");
        assertTrue(java.util.Arrays.equals(seedOne, again), "the same seed, the same initial weights");
        assertEquals(own, network.getTraining().getSeed(), "the caller's network keeps its seed");
        Weights exported = dev.dendrite.onnx.export.OnnxExporter.export(network, new Weights(), "test").weights();
        assertTrue(java.util.Arrays.equals(exported.flat().get("hidden1/weight").values(), ownSeed),
                "at the network's own seed, the weights an export of the network initialises");
    }

    @Test
    void aRunGivenTheInitialParametersTrainsAsARunGivenNone(@TempDir Path dir) throws Exception {
        // The template standardises its inputs: the statistics must still come from the training data.
        Network network = template("mlp-classifier");
        TrainingConfig config = moonsConfig(network, 1).withSeed(9);
        Weights initial = TrainStepBuilder.initialParameters(network, config);
        assertTrue(initial.flat().containsKey("hidden1/weight"));
        assertFalse(initial.flat().keySet().stream().anyMatch(key -> key.startsWith("standardize/")), "no placeholder statistics: "
                + initial.flat().keySet());
        List<Double> none = new Trainer(network, config, l -> { }).train(new Weights(), MOONS, MOONS, dir.resolve("none"), false).stepLosses();
        List<Double> given = new Trainer(network, config, l -> { }).train(initial, MOONS, MOONS, dir.resolve("given"), false).stepLosses();
        assertEquals(none, given);
    }

    @Test
    void aNewGradientSourcePlugsInWithoutTouchingTheOtherSteps(@TempDir Path dir) throws Exception {
        // Gradient ascent: the autodiff gradients, negated. Penalties, clipping, norms and SGD are the standard steps.
        GradientSource ascent = ctx -> {
            Map<String, String> negated = new HashMap<>();
            new AutodiffGradients().gradients(ctx).forEach((p, g) -> negated.put(p, ctx.graph().node("Neg", List.of(g), p + "/ascent")));
            return negated;
        };
        Network network = template("mlp-classifier");
        List<Double> descending = new Trainer(network, moonsConfig(network, 3), l -> { }).train(new Weights(), MOONS, MOONS,
                dir.resolve("descent"), false).stepLosses();
        List<Double> ascending = new Trainer(template("mlp-classifier"), moonsConfig(network, 3), l -> { })
                .withPipeline(TrainStepPipeline.standard().withGradientSource(ascent))
                .train(new Weights(), MOONS, MOONS, dir.resolve("ascent"), false).stepLosses();
        assertEquals(descending.get(0), ascending.get(0), "the same first step");
        assertTrue(last(descending) < descending.get(0), "descent lowers the loss: " + descending.get(0) + " -> " + last(descending));
        assertTrue(last(ascending) > 2 * ascending.get(0), "ascent raises it: " + ascending.get(0) + " -> " + last(ascending));
    }

    @Test
    void aNewPerKindLoweringPlugsInForTrainingOnly() throws Exception {
        Network network = template("dropout-mlp");
        TrainingGraphs standard = TrainStepPipeline.standard().build(network, new Weights(), moonsConfig(network, 1), GraphOptions.DEFAULT);
        assertFalse(standard.randomInputs().isEmpty(), "standard dropout feeds masks");
        // Dropout lowered as the identity in training too: no masks are fed, nothing else changes.
        TrainingLayerLowering identity = (layer, in, shapes, ctx, training) -> Map.of(Ports.OUT,
                ctx.op("Identity", layer.getId(), in.get(Ports.IN)));
        TrainingGraphs plugged = TrainStepPipeline.standard().withLowering(NetworkPackage.eINSTANCE.getDropout(), identity)
                .build(network, new Weights(), moonsConfig(network, 1), GraphOptions.DEFAULT);
        assertTrue(plugged.randomInputs().isEmpty(), "the plugged lowering declares no masks");
        assertEquals(standard.parameters(), plugged.parameters());
        assertEquals(count(standard.trainStep(), "Relu"), count(plugged.trainStep(), "Relu"), "other kinds lower as before");
        assertEquals(count(standard.evaluation(), "Mul"), count(plugged.evaluation(), "Mul"), "the evaluation graph is untouched");
    }

    @Test
    void aStepInsertedAfterAnotherSeesItsResult() throws Exception {
        TrainStepStep lossSquared = new TrainStepStep() {
            @Override
            public String name() {
                return "loss-squared";
            }

            @Override
            public void apply(TrainStepContext ctx) {
                OutputStep.output(ctx.graph(), ctx.graph().node("Mul", List.of(ctx.loss, ctx.loss), "loss_sq"), "loss_squared");
            }
        };
        Network network = template("mlp-classifier");
        TrainingGraphs graphs = TrainStepPipeline.standard().insertAfter("outputs", lossSquared).build(network, new Weights(),
                moonsConfig(network, 1), GraphOptions.DEFAULT);
        assertTrue(graphs.trainStep().getGraph().getOutputList().stream().anyMatch(o -> o.getName().equals("loss_squared")));
    }

    @Test
    void everyTensorHasARoleAndExportsSelectByIt() throws Exception {
        Network network = template("batchnorm-mlp");
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 32, OptimizerKind.RMSPROP, 1e-3, 1L, null);
        TrainingGraphs graphs = TrainStepPipeline.standard().build(network, new Weights(), config, new GraphOptions(true, false));
        assertEquals(graphs.initial().flat().keySet(), graphs.roles().keySet(), "every tensor has a role");
        Map<String, ParameterRole> roles = graphs.roles();
        roles.forEach((key, role) -> {
            ParameterRole expected = key.endsWith(":mask") ? ParameterRole.MASK : key.startsWith("optimizer/") ? ParameterRole.OPTIMIZER_STATE
                    : key.endsWith("/mean") || key.endsWith("/var") ? ParameterRole.RUNNING_STATISTIC
                    : key.endsWith("/weight") ? ParameterRole.WEIGHT : ParameterRole.BIAS;
            assertEquals(expected, role, key);
        });
        assertTrue(roles.containsValue(ParameterRole.MASK) && roles.containsValue(ParameterRole.OPTIMIZER_STATE));
    }

    @Test
    void frozenWeightsKeepTheirValuesWhileBiasesTrain(@TempDir Path dir) throws Exception {
        Network network = template("mlp-classifier");
        GraphOptions frozen = GraphOptions.DEFAULT.freezing(Set.of(), Set.of(ParameterRole.WEIGHT));
        TrainingGraphs graphs = TrainStepPipeline.standard().build(network, new Weights(), moonsConfig(network, 1), frozen);
        assertTrue(graphs.parameters().stream().noneMatch(p -> p.endsWith("/weight")), "no weight is updated: " + graphs.parameters());
        assertFalse(graphs.parameters().isEmpty(), "biases still train");
        new Trainer(network, moonsConfig(network, 1), l -> { }).withOptions(frozen).train(new Weights(), MOONS, MOONS, dir, false);
        Weights trained = WeightsFile.read(dir.resolve("final.weights.onnx"));
        graphs.initial().flat().forEach((key, start) -> {
            FloatTensor end = trained.flat().get(key);
            if (key.endsWith("/weight")) {
                assertEquals(start, end, key + " is frozen");
            } else if (key.endsWith("/bias")) {
                assertNotEquals(start, end, key + " trains");
            }
        });
    }

    @Test
    void buildingAndTrainingNeverWriteToTheCallersNetwork(@TempDir Path dir) throws Exception {
        Network network = template("dropout-mlp");
        for (Layer layer : network.getLayers()) {
            layer.setId(null);
        }
        int[] notifications = {0};
        network.eAdapters().add(new EContentAdapter() {
            @Override
            public void notifyChanged(Notification notification) {
                super.notifyChanged(notification);
                if (!notification.isTouch()) {
                    notifications[0]++;
                }
            }
        });
        TrainingResult result = new Trainer(network, moonsConfig(network, 1).with("test", 1, 32, null, null, null, null), l -> { })
                .train(new Weights(), dev.dendrite.train.run.RunControlFixtures.moonsAsImages(200),
                        dev.dendrite.train.run.RunControlFixtures.moonsAsImages(200), dir, false);
        assertTrue(result.testLoss() > 0);
        assertEquals(0, notifications[0], "the network was not modified");
        network.getLayers().forEach(layer -> assertNull(layer.getId(), "no id was assigned to the caller's layer"));
    }

    @Test
    void edgePopupTrainsOnlyScoresThroughAStraightThroughGradient() throws Exception {
        Network network = template("mlp-classifier");
        TrainingGraphs graphs = TrainStepPipeline.standard().build(network, new Weights(), moonsConfig(network, 1), GraphOptions.edgePopup(0.5));
        assertEquals(java.util.List.of("hidden1/weight:score", "hidden2/weight:score", "logits/weight:score"),
                graphs.parameters().stream().sorted().toList(), "only the scores are updated");
        assertEquals(ParameterRole.SCORE, graphs.roles().get("hidden1/weight:score"));
    }

    private static double last(List<Double> values) {
        return values.get(values.size() - 1);
    }

    private static long count(ModelProto model, String opType) {
        return model.getGraph().getNodeList().stream().map(NodeProto::getOpType).filter(opType::equals).count();
    }
}
