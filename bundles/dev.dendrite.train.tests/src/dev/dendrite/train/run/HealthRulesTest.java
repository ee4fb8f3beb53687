package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.data.NpmDatasets;

/** The health rules on hand-made records, then on MNIST: a healthy template raises nothing, a saturated sigmoid MLP raises warnings. */
class HealthRulesTest {

    private static Map<String, Map<String, Object>> record(double reluStd, double fc1Gradient, double ratio, double dead) {
        Map<String, Map<String, Object>> layers = new LinkedHashMap<>();
        layers.put("fc1", new LinkedHashMap<>(Map.of("std", 9.0, "gradientNorm", fc1Gradient, "weightNorm", 5.0, "updateRatio", ratio)));
        layers.put("relu1", new LinkedHashMap<>(Map.of("std", reluStd, "dead", dead)));
        layers.put("tanh1", new LinkedHashMap<>(Map.of("std", 0.1, "saturated", 0.0)));
        layers.put("fc2", new LinkedHashMap<>(Map.of("std", 9.0, "gradientNorm", 1.0, "weightNorm", 2.0, "updateRatio", 1e-3)));
        return layers;
    }

    private static List<String> kinds(List<HealthWarning> warnings) {
        return warnings.stream().map(w -> w.layer() + "/" + w.kind()).sorted().toList();
    }

    @Test
    void sharpSymptomsAreRaisedAtOnceAndDriftingOnesOnlyWhenTheirMedianDriftsAfterTheWarmUp() {
        HealthRules rules = new HealthRules();
        List<HealthWarning> first = rules.apply(record(3.0, 1.0, 1e-3, 0.8), 1, 10);
        assertEquals(List.of("relu1/dead"), kinds(first), "dead units at once; scale not judged in the warm-up");
        assertTrue(first.get(0).message().startsWith("warning at step 10: 80% of relu1's units are dead"), first.get(0).message());
        for (long step = 20; step <= 200; step += 10) {
            assertEquals(List.of(), rules.apply(record(3.0, 1.0, 1e-3, 0.8), 1, step), "step " + step + ": warm-up; dead said once");
        }
        List<HealthWarning> judged = rules.apply(record(3.0, 1.0, 1e-3, 0.8), 1, 210);
        assertEquals(List.of("relu1/scale"), kinds(judged), "relu1's scale; never the weighted layers' (pre-activations) nor tanh1's");
        assertTrue(judged.get(0).message().contains("relu1's outputs have had standard deviation 3.00, outside 0.5…2"), judged.get(0)
                .message());

        HealthRules drifting = new HealthRules();
        long step = 210;
        // Two bad records in a window of five leave the median healthy.
        for (double ratio : new double[] {1e-3, 1e-3, 1e-3, 0.5, 0.5, 1e-3, 1e-3}) {
            assertEquals(List.of(), drifting.apply(record(1.0, 1.0, ratio, 0), 1, step += 10), "step " + step);
        }
        // The update ratio's window already holds two bad records, so a third makes its median bad; the gradient ratio needs three.
        assertEquals(List.of("fc1/update"), kinds(drifting.apply(record(1.0, 1e-3, 0.5, 0), 1, step += 10)));
        assertEquals(List.of(), drifting.apply(record(1.0, 1e-3, 0.5, 0), 1, step += 10));
        List<HealthWarning> later = drifting.apply(record(1.0, 1e-3, 0.5, 0), 1, step += 10);
        assertEquals(List.of("fc1/vanishing"), kinds(later));
        assertTrue(later.stream().anyMatch(w -> w.message().contains("gradients have shrunk 1000-fold from fc2 back to fc1")), later.toString());
        assertEquals(step, later.get(0).step());
        // A layer's tiny gradient is vanishing only while others' are not: when all are tiny the loss is just low.
        assertEquals(List.of("fc1/vanishing"), kinds(new HealthRules().apply(record(1.0, 1e-9, 1e-3, 0), 9, 5000)));
        HealthRules converged = new HealthRules();
        Map<String, Map<String, Object>> allTiny = record(1.0, 1e-9, 1e-3, 0);
        allTiny.get("fc2").put("gradientNorm", 2e-9);
        assertEquals(List.of(), converged.apply(allTiny, 9, 5000));
    }

    @Test
    void aHealthyTemplateRaisesNothingWhileASaturatedSigmoidNetworkIsWarnedAbout(@TempDir Path dir) throws Exception {
        Dataset[] mnist = NpmDatasets.load("mnist", NpmDatasets.defaultCache());
        Network healthy = TemplateLibrary.find("lenet-300-100").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(healthy).with(null, 2, null, null, null, 1L, null);
        new Trainer(healthy, config, line -> { }).withHealthEvery(10).train(new Weights(), mnist[0], mnist[1], dir.resolve("healthy"), false);
        HealthHistory fine = HealthHistory.read(dir.resolve("healthy"));
        assertTrue(fine.samples().size() > 10, "health records: " + fine.samples().size());
        assertEquals(List.of(), fine.warnings(), "the healthy template raises no warning");

        NetworkBuilder b = new NetworkBuilder("deep-sigmoid", "six sigmoid layers");
        Layer x = b.input("image", 784);
        Weights unitVariance = new Weights();
        SplittableRandom random = new SplittableRandom(3);
        int in = 784;
        for (int i = 1; i <= 6; i++) {
            x = b.dense(x, "fc" + i, 128, ActivationFunction.SIGMOID);
            float[] w = new float[128 * in];
            for (int k = 0; k < w.length; k++) {
                w[k] = (float) (4 * random.nextGaussian());
            }
            unitVariance.put("fc" + i, "weight", new FloatTensor(new long[] {in, 128}, w));
            in = 128;
        }
        b.loss(b.dense(x, "out", 10), LossKind.CROSS_ENTROPY);
        Network sick = b.training("mnist", 1, 128, OptimizerKind.SGD, 0.1).network();
        List<String> said = new java.util.ArrayList<>();
        new Trainer(sick, TrainingConfig.from(sick).with(null, 1, null, null, null, 1L, null), said::add).withHealthEvery(25)
                .train(unitVariance, mnist[0], mnist[1], dir.resolve("sick"), false);
        HealthHistory sickHistory = HealthHistory.read(dir.resolve("sick"));
        List<HealthWarning> saturated = sickHistory.warnings().stream().filter(w -> w.kind().equals(HealthRules.SATURATED)).toList();
        assertTrue(!saturated.isEmpty(), "saturation warnings: " + sickHistory.warnings());
        HealthWarning warning = saturated.get(0);
        assertEquals(25, warning.step(), "raised at the first health record");
        assertTrue(said.contains(warning.message()), "the console says what the metrics record");
        assertTrue(warning.message().contains(warning.layer() + "'s outputs are saturated"), warning.message());
        assertTrue(Files.readString(dir.resolve("sick").resolve(RunFiles.METRICS)).contains("\"type\":\"warning\""));
    }
}
