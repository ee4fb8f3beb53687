package dev.dendrite.analysis.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.analysis.evaluation.ClassificationReport;
import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.data.Dataset;

/** Ensembles against their definitions: the uncertainty split of hand-made predictions, risk-coverage counted by hand, the merged model run. */
class EnsembleTest {

    private static final int FEATURES = 4;
    private static final int CLASSES = 3;

    @Test
    void membersThatDisagreeCarryEpistemicUncertaintyAndMembersUnsureTogetherAleatoric() {
        float[][] disagree = {{1, 0}, {0, 1}};
        PredictiveUncertainty split = PredictiveUncertainty.of(disagree, 2);
        assertEquals(Math.log(2), split.total()[0], 1e-12);
        assertEquals(0, split.aleatoric()[0], 1e-12);
        assertEquals(Math.log(2), split.epistemic()[0], 1e-12, "all the uncertainty is the members' disagreement");
        float[][] unsure = {{0.5f, 0.5f}, {0.5f, 0.5f}};
        PredictiveUncertainty both = PredictiveUncertainty.of(unsure, 2);
        assertEquals(Math.log(2), both.aleatoric()[0], 1e-7);
        assertEquals(0, both.epistemic()[0], 1e-7, "they agree on being unsure");
    }

    @Test
    void theRiskCoverageCurveIsTheErrorRateOnTheSamplesKeptSurestFirst() {
        SelectivePrediction curve = SelectivePrediction.of(new double[] {0.6, 0.9, 0.7, 0.8}, new boolean[] {true, true, true, false});
        // Kept surest first: 0.9 right, 0.8 wrong, 0.7 right, 0.6 right: risks 0, 1/2, 1/3, 1/4.
        assertEquals((0 + 0.5 + 1.0 / 3 + 0.25) / 4, curve.aurc(), 1e-12);
        // 100%, 95% and 90% keep all four; 80% three; 50% two.
        assertArrayEquals(new double[] {0.75, 0.75, 0.75, 2.0 / 3, 0.5}, curve.accuracies(), 1e-12);
        assertEquals(SelectivePrediction.CURVE_POINTS, curve.curve().length);
        assertEquals(1.0, curve.curve()[0], 1e-12, "5% of four samples keeps the surest one");
        assertEquals(0.75, curve.curve()[SelectivePrediction.CURVE_POINTS - 1], 1e-12);
    }

    @Test
    void theEnsembleScoresItsMeanProbabilityAndTheMergedModelComputesIt() throws Exception {
        ModelProto base = network();
        List<ModelProto> members = List.of(perturbed(base, 1), perturbed(base, 2), withSoftmax(perturbed(base, 3)));
        List<String> names = List.of("a", "b", "c");
        Dataset data = gaussian(300, 5, base);
        EnsembleReport report = Ensemble.evaluate(members, names, data, 300, Map.of());
        float[][] p = MemberProbabilities.of(members, names, data, 300);
        for (int i = 0; i < 3 * CLASSES; i++) {
            assertTrue(p[2][i] >= 0 && p[2][i] <= 1);
        }
        float[] mean = MemberProbabilities.mean(p);
        int[] labels = new int[300];
        for (int i = 0; i < 300; i++) {
            labels[i] = data.label(i);
        }
        ClassificationReport expected = ClassificationReport.of(labels, mean, CLASSES);
        assertEquals(expected.accuracy(), report.ensemble().accuracy(), 1e-12);
        assertEquals(expected.logLoss(), report.ensemble().logLoss(), 1e-9);
        double meanLoss = report.members().stream().mapToDouble(EnsembleReport.Scores::logLoss).average().orElseThrow();
        assertTrue(report.ensemble().logLoss() <= meanLoss + 1e-9, "the log loss of the mean is at most the members' mean (Jensen)");
        assertTrue(report.oracleAccuracy() >= report.members().stream().mapToDouble(EnsembleReport.Scores::accuracy).max().orElseThrow());
        assertTrue(report.disagreement() > 0, "perturbed members disagree somewhere");
        EnsembleReport.Parts all = report.uncertainty().get("all");
        assertEquals(all.total(), all.aleatoric() + all.epistemic(), 1e-9);
        EnsembleModel.Checked merged = EnsembleModel.checked(members, names, data, 300);
        assertTrue(merged.difference() < 1e-5, "the third member's softmax is not applied twice: " + merged.difference());
        assertEquals(1, merged.model().getGraph().getOutputCount());
        assertEquals(2, merged.model().getGraph().getNodeList().stream().filter(n -> n.getName().endsWith("/softmax")).count(),
                "a Softmax after the two members that give logits only");
        assertThrows(IllegalArgumentException.class, () -> Ensemble.evaluate(List.of(base), List.of("a"), data, 10, Map.of()));

        // The mean's temperature is fitted on the validation samples' mean and applied to the split's: the predictions stay, the
        // fitted log loss is the lowest any temperature gives the validation samples.
        Dataset held = gaussian(300, 6, base);
        EnsembleReport scaled = Ensemble.evaluate(members, names, data, 300, Map.of(), null, held);
        assertEquals(report.ensemble().accuracy(), scaled.ensemble().accuracy(), 1e-12);
        var t = scaled.temperature();
        float[] heldMean = MemberProbabilities.mean(MemberProbabilities.of(members, names, held, 300));
        int[] heldLabels = new int[300];
        for (int i = 0; i < 300; i++) {
            heldLabels[i] = held.label(i);
        }
        float[] logits = new float[heldMean.length];
        for (int i = 0; i < logits.length; i++) {
            logits[i] = (float) Math.log(Math.max(1e-12, heldMean[i]));
        }
        double fitted = logLoss(heldLabels, logits, t.temperature());
        for (double other : new double[] {0.5, 0.8, 1.0, 1.25, 2.0}) {
            assertTrue(fitted <= logLoss(heldLabels, logits, other * t.temperature()) + 1e-9, "T " + t.temperature() + " beats " + other + "T");
        }
        assertEquals(null, report.temperature(), "no validation samples, no temperature");
    }

    /** Mean negative log probability of the labels under softmax(logits / T), as the classification report counts it. */
    private static double logLoss(int[] labels, float[] logits, double temperature) {
        float[] scaled = new float[logits.length];
        for (int i = 0; i < logits.length; i++) {
            scaled[i] = (float) (logits[i] / temperature);
        }
        return ClassificationReport.of(labels, scaled, CLASSES).logLoss();
    }

    @Test
    void spearmanIsThePearsonCorrelationOfRanksWithTiesAveraged() {
        assertEquals(1.0, RegressionEnsemble.spearman(new double[] {1, 2, 3, 4}, new double[] {10, 20, 30, 400}), 1e-12, "monotone");
        assertEquals(-1.0, RegressionEnsemble.spearman(new double[] {1, 2, 3}, new double[] {3, 2, 1}), 1e-12);
        // Ranks (0, 1.5, 1.5, 3) against (0, 1, 2, 3): covariance 4.5, variances 4.5 and 5.
        assertEquals(4.5 / Math.sqrt(4.5 * 5), RegressionEnsemble.spearman(new double[] {1, 2, 2, 5}, new double[] {1, 2, 3, 4}), 1e-12);
    }

    @Test
    void membersReadingTheSamplesInAnotherShapeReadTheSharedInputReshaped() throws Exception {
        ModelProto flat = network();
        NetworkBuilder b = new NetworkBuilder("square", "the same samples as 2×2 pictures");
        b.loss(b.dense(b.dense(b.flatten(b.input("x", 1, 2, 2)), "hidden", 8, ActivationFunction.TANH), "scores", CLASSES), LossKind.CROSS_ENTROPY);
        ModelProto square = OnnxExporter.export(b.network(), new Weights(), "test").model();
        Dataset data = gaussian(100, 9, flat);
        EnsembleModel.Checked merged = EnsembleModel.checked(List.of(flat, square), List.of("flat", "square"), data, 100);
        assertTrue(merged.difference() < 1e-5, "the square member reads the vectors reshaped: " + merged.difference());
        assertEquals(1, merged.model().getGraph().getNodeList().stream().filter(n -> n.getOpType().equals("Reshape") && n.getName().equals(
                "m1/reshape_input")).count());
        NetworkBuilder wide = new NetworkBuilder("wide", "five values a sample");
        wide.loss(wide.dense(wide.input("x", FEATURES + 1), "scores", CLASSES), LossKind.CROSS_ENTROPY);
        ModelProto five = OnnxExporter.export(wide.network(), new Weights(), "test").model();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EnsembleModel.merge(List.of(flat, five), List.of("flat",
                "five"), List.of(false, false)));
        assertEquals("five reads samples of 5, flat of 4: an ensemble's members read the same samples", e.getMessage());
    }

    private static ModelProto network() throws Exception {
        NetworkBuilder b = new NetworkBuilder("small", "a small classifier");
        b.loss(b.dense(b.dense(b.input("x", FEATURES), "hidden", 8, ActivationFunction.TANH), "scores", CLASSES), LossKind.CROSS_ENTROPY);
        return OnnxExporter.export(b.network(), new Weights(), "test").model();
    }

    /** {@code model} with Gaussian noise of 0.5 added to every float initializer. */
    private static ModelProto perturbed(ModelProto model, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        var graph = model.getGraph().toBuilder();
        for (int t = 0; t < graph.getInitializerCount(); t++) {
            TensorProto tensor = graph.getInitializer(t);
            if (tensor.getDataType() != TensorProto.DataType.FLOAT_VALUE) {
                continue;
            }
            java.nio.FloatBuffer values = tensor.getRawData().asReadOnlyByteBuffer().order(java.nio.ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
            java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(values.remaining() * 4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            while (values.hasRemaining()) {
                out.putFloat((float) (values.get() + 0.5 * random.nextGaussian()));
            }
            out.flip();
            graph.setInitializer(t, tensor.toBuilder().setRawData(com.google.protobuf.ByteString.copyFrom(out)));
        }
        return model.toBuilder().setGraph(graph).build();
    }

    private static ModelProto withSoftmax(ModelProto model) {
        String logits = model.getGraph().getOutput(0).getName();
        var graph = model.getGraph().toBuilder();
        graph.addNode(NodeProto.newBuilder().setOpType("Softmax").setName("own-softmax").addInput(logits).addOutput("probabilities").addAttribute(
                AttributeProto.newBuilder().setName("axis").setType(AttributeProto.AttributeType.INT).setI(1)));
        graph.setOutput(0, graph.getOutput(0).toBuilder().setName("probabilities"));
        return model.toBuilder().setGraph(graph).build();
    }

    /** Gaussian samples labelled by {@code model}'s own reading, one in five relabelled at random. */
    private static Dataset gaussian(int n, long seed, ModelProto model) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[n * FEATURES];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        Dataset unlabelled = Dataset.classification("gaussian", new long[] {FEATURES}, x, new int[n], CLASSES);
        float[] p = MemberProbabilities.of(List.of(model), List.of("model"), unlabelled, n)[0];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int c = 1; c < CLASSES; c++) {
                best = p[i * CLASSES + c] > p[i * CLASSES + best] ? c : best;
            }
            labels[i] = i % 5 == 0 ? random.nextInt(CLASSES) : best;
        }
        return Dataset.classification("gaussian", new long[] {FEATURES}, x, labels, CLASSES);
    }
}
