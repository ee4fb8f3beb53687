package dev.dendrite.analysis.ood;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnxruntime.OnnxTensor;
import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.data.Dataset;

/**
 * Out-of-distribution detection on a ReLU network, whose logits grow linearly along any ray from the
 * origin (Hein et al., 2019): samples scaled far out are read more surely than the data, so the
 * confidence scores rank them as more in-distribution, while their features lie far from every
 * class's and the Mahalanobis score rejects them.
 */
class OodDetectionTest {

    private static final int FEATURES = 6;
    private static final int CLASSES = 3;

    @Test
    void farSamplesFoolTheSoftmaxConfidenceButNotTheFeatureDistance() throws Exception {
        ModelProto model = reluNetwork();
        Dataset in = readByModel(model, 500, 1, 1);
        Dataset fit = readByModel(model, 1000, 2, 1);
        Dataset far = readByModel(model, 500, 3, 40);
        OodReport report = OodDetection.run(model, in, fit, Map.of("far", far), new OodSettings(500, 1000, 10, 4));
        assertEquals(OodScore.CLASSIFIER, report.scores(), "a softmax and a dense last layer: every score of a classifier");
        assertTrue(report.skipped().isEmpty());
        assertEquals(1.0, report.inAccuracy(), 1e-12, "labelled by the model's own reading");
        OodReport.OutSet set = report.sets().get(0);
        assertTrue(set.confidence() > report.inConfidence(), set.confidence() + " against " + report.inConfidence());
        for (OodScore score : List.of(OodScore.MSP, OodScore.MAX_LOGIT, OodScore.ENERGY, OodScore.ENTROPY)) {
            assertTrue(set.metrics().get(score).auroc() < 0.3, score + " ranks the far samples as more in-distribution: " + set.metrics().get(score));
        }
        assertTrue(set.metrics().get(OodScore.MAHALANOBIS).auroc() > 0.99, set.metrics().get(OodScore.MAHALANOBIS).toString());
        assertTrue(set.metrics().get(OodScore.MAHALANOBIS).fprAt95() < 0.05);
        assertEquals(OodScore.MAHALANOBIS, set.best());
        assertEquals(500, java.util.Arrays.stream(set.predicted()).sum());
        assertEquals(4, set.examples().size());
        for (int i = 1; i < set.examples().size(); i++) {
            assertTrue(set.examples().get(i).probability() <= set.examples().get(i - 1).probability(), "surest first");
        }
        OodReport.Example surest = set.examples().get(0);
        float[] values = new float[FEATURES];
        far.features(surest.sample(), values, 0);
        assertTrue(java.util.Arrays.equals(values, surest.values()));
        assertEquals(far.label(surest.sample()), surest.predicted(), "the far set's labels are the model's readings too");
    }

    @Test
    void withoutTrainingSamplesTheFeatureScoresAreNamedAsLeftOut() throws Exception {
        ModelProto model = reluNetwork();
        Dataset in = readByModel(model, 100, 1, 1);
        OodReport report = OodDetection.run(model, in, null, Map.of("noise", OodSets.uniformNoise(in, 100, -3, 3, 1)), new OodSettings(100, 0, 1, 0));
        assertEquals(List.of(OodScore.MSP, OodScore.MAX_LOGIT, OodScore.ENERGY, OodScore.ENTROPY, OodScore.ODIN), report.scores());
        assertEquals("no training samples to fit them on", report.skipped().get(OodScore.MAHALANOBIS));
        assertEquals(2, report.skipped().size());
        Dataset wider = Dataset.classification("wider", new long[] {FEATURES + 1}, new float[FEATURES + 1], new int[1], CLASSES);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OodDetection.run(model, in, null, Map.of("wider", wider),
                OodSettings.defaults()));
        assertEquals("wider's samples have 7 values, the model reads 6", e.getMessage());
    }

    @Test
    void theLogitsAreTheOutputOrASoftmaxsInputAndTheFeaturesTheLastDenseLayersInput() throws Exception {
        ModelProto model = reluNetwork();
        ClassifierTaps taps = ClassifierTaps.of(model);
        assertEquals(model.getGraph().getOutput(0).getName(), taps.logits(), "Dendrite's classifiers output logits");
        NodeProto relu = model.getGraph().getNodeList().stream().filter(n -> n.getOpType().equals("Relu")).findFirst().orElseThrow();
        assertEquals(relu.getOutput(0), taps.features(), "the hidden layer's activations");
        ModelProto softmax = withSoftmax(model);
        ClassifierTaps ending = ClassifierTaps.of(softmax);
        assertTrue(ending.softmaxEnds());
        assertEquals(taps.logits(), ending.logits(), "the softmax's input");
        // Read through the softmax, the scores are the logits' own.
        Dataset in = readByModel(model, 200, 1, 1);
        Dataset far = readByModel(model, 200, 3, 40);
        OodSettings settings = new OodSettings(200, 200, 5, 0);
        OodReport plain = OodDetection.run(model, in, in, Map.of("far", far), settings);
        OodReport read = OodDetection.run(softmax, in, in, Map.of("far", far), settings);
        assertEquals(plain.scores(), read.scores());
        for (OodScore score : plain.scores()) {
            assertEquals(plain.sets().get(0).metrics().get(score).auroc(), read.sets().get(0).metrics().get(score).auroc(), 1e-9, score.key());
        }
        NetworkBuilder b = new NetworkBuilder("linear", "a linear classifier");
        b.loss(b.dense(b.input("x", FEATURES), "scores", CLASSES), LossKind.CROSS_ENTROPY);
        ClassifierTaps linear = ClassifierTaps.of(OnnxExporter.export(b.network(), new Weights(), "test").model());
        assertTrue(linear.featuresAreInput(), "a linear classifier's features are its input");
        assertNull(linear.whyNoFeatures());
    }

    /**
     * ODIN at temperature 1 without a step is the maximum softmax probability; a small step raises every sample's (it climbs the
     * predicted class's log probability), and a high temperature flattens them towards one over the classes.
     */
    @Test
    void odinStepsUpThePredictedClassAndTempersTheSoftmax() throws Exception {
        ModelProto model = reluNetwork();
        Dataset in = readByModel(model, 100, 1, 1);
        Map<String, Dataset> far = Map.of("far", readByModel(model, 100, 3, 40));
        OodReport plain = OodDetection.run(model, in, null, far, new OodSettings(100, 0, 1, 0, true, 1, 0));
        assertArrayEquals(plain.inScores(OodScore.MSP), plain.inScores(OodScore.ODIN), 1e-6);
        OodReport stepped = OodDetection.run(model, in, null, far, new OodSettings(100, 0, 1, 0, true, 1, 0.01));
        double[] before = plain.inScores(OodScore.ODIN);
        double[] after = stepped.inScores(OodScore.ODIN);
        for (int i = 0; i < before.length; i++) {
            assertTrue(after[i] >= before[i] - 1e-6, "sample " + i + ": " + before[i] + " to " + after[i]);
        }
        assertTrue(java.util.stream.IntStream.range(0, before.length).anyMatch(i -> after[i] > before[i] + 1e-4), "the step raises them");
        OodReport hot = OodDetection.run(model, in, null, far, new OodSettings(100, 0, 1, 0, true, 1000, 0));
        for (double p : hot.inScores(OodScore.ODIN)) {
            assertEquals(1.0 / CLASSES, p, 0.01, "at temperature 1000 the softmax is nearly flat");
        }
    }

    /**
     * A projection onto the first three of six coordinates is an exact autoencoder of data in that subspace: its samples are rebuilt
     * without error, samples off it with the error of their other coordinates, so the reconstruction score tells them apart perfectly.
     */
    @Test
    void anAutoencoderIsScoredByItsReconstructionErrorAlone() throws Exception {
        ModelProto projection = projection();
        SplittableRandom random = new SplittableRandom(4);
        int n = 200;
        float[] inside = new float[n * FEATURES];
        float[] off = new float[n * FEATURES];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < FEATURES; d++) {
                off[i * FEATURES + d] = (float) random.nextGaussian();
                inside[i * FEATURES + d] = d < 3 ? (float) random.nextGaussian() : 0;
            }
        }
        Dataset in = Dataset.classification("subspace", new long[] {FEATURES}, inside, new int[n], 2);
        Dataset other = Dataset.classification("everywhere", new long[] {FEATURES}, off, new int[n], 2);
        OodReport report = OodDetection.run(projection, in, in, Map.of("everywhere", other), new OodSettings(n, n, 5, 3));
        assertTrue(report.reconstruction());
        assertEquals(List.of(OodScore.RECONSTRUCTION), report.scores());
        assertEquals(0, report.inConfidence(), 1e-12, "the subspace is rebuilt exactly");
        assertTrue(Double.isNaN(report.inAccuracy()));
        OodReport.OutSet set = report.sets().get(0);
        double expected = 0;
        for (int i = 0; i < n; i++) {
            for (int d = 3; d < FEATURES; d++) {
                expected += off[i * FEATURES + d] * off[i * FEATURES + d] / (FEATURES * (double) n);
            }
        }
        assertEquals(expected, set.confidence(), 1e-5, "the mean error is the other coordinates' mean square");
        assertEquals(1.0, set.metrics().get(OodScore.RECONSTRUCTION).auroc(), 1e-12);
        assertEquals(0.0, set.metrics().get(OodScore.RECONSTRUCTION).fprAt95(), 1e-12);
        assertEquals(3, set.examples().size());
        assertTrue(set.examples().get(0).probability() <= set.examples().get(1).probability(), "rebuilt best first");
        assertEquals(-1, set.examples().get(0).predicted());
    }

    /**
     * A variational autoencoder is scored by its reconstruction error, its loss as trained (the weighted error plus β times the KL
     * term), its code's KL term and the loss's typicality: per sample the loss is that sum, the KL terms' mean is what the latent
     * space reports, and typicality is the loss's distance from its mean over the training samples (here the same ones).
     */
    @Test
    void aVariationalAutoencoderIsAlsoScoredByItsLossAndItsCodesDivergence() throws Exception {
        ModelProto model = initialised("vae", 2);
        int n = 60;
        Dataset[] sets = brightAndDim(n, 8);
        Dataset in = sets[0];
        Dataset other = sets[1];
        OodReport report = OodDetection.run(model, in, in, Map.of("dim", other), new OodSettings(n, n, 5, 3));
        assertEquals(List.of(OodScore.RECONSTRUCTION, OodScore.ELBO, OodScore.KL, OodScore.TYPICALITY, OodScore.KL_TYPICALITY), report.scores());
        assertTrue(report.reconstruction());
        double[][] scores = report.inScores();
        double meanLoss = -java.util.Arrays.stream(scores[1]).average().orElseThrow();
        double meanKl = -java.util.Arrays.stream(scores[2]).average().orElseThrow();
        double klSum = 0;
        for (int i = 0; i < n; i++) {
            assertEquals(-Math.abs(-scores[1][i] - meanLoss), scores[3][i], 1e-6 * meanLoss, "typicality of sample " + i);
            assertEquals(-Math.abs(-scores[2][i] - meanKl), scores[4][i], 1e-6 * meanKl, "the KL's typicality of sample " + i);
            assertEquals(784 * -scores[0][i] + -scores[2][i], -scores[1][i], 1e-6 * Math.abs(scores[1][i]), "sample " + i);
            assertTrue(-scores[2][i] > 0, "a code away from the prior has a positive KL term");
            klSum += -scores[2][i];
        }
        var code = dev.dendrite.analysis.latent.VariationalCode.of(model, "vae");
        var space = dev.dendrite.analysis.latent.LatentSpace.of(model, code, in, new dev.dendrite.analysis.latent.LatentSpace.Settings(n, 2, null,
                null, 2, 1, 1));
        assertEquals(space.kl(), klSum / n, 1e-6 * space.kl());
        assertEquals(5, report.sets().get(0).metrics().size());
        assertEquals(5, report.sets().get(0).scores().length);
        // Without training samples there is no typical loss to measure from.
        assertEquals(List.of(OodScore.RECONSTRUCTION, OodScore.ELBO, OodScore.KL), OodDetection.run(model, in, null, Map.of("dim", other),
                new OodSettings(n, 0, 5, 3)).scores());
    }

    /** y = x·diag(1, 1, 1, 0, 0, 0): one output per input. */
    /**
     * Given a background model, an autoencoder is also scored by the likelihood ratio: the background's loss as trained less the
     * model's, sample by sample (a model against itself: 0 everywhere); a classifier, or a background that is one, is refused by name.
     */
    @Test
    void aBackgroundModelGivesTheLikelihoodRatio() throws Exception {
        ModelProto model = initialised("vae", 2);
        ModelProto background = initialised("vae", 5);
        int n = 40;
        Dataset[] sets = brightAndDim(n, 3);
        Dataset in = sets[0];
        Dataset other = sets[1];
        OodSettings settings = new OodSettings(n, 0, 5, 3);
        OodReport report = OodDetection.run(model, in, in, Map.of("dim", other), settings, background);
        assertEquals(List.of(OodScore.RECONSTRUCTION, OodScore.ELBO, OodScore.KL, OodScore.LIKELIHOOD_RATIO), report.scores());
        OodReport alone = OodDetection.run(background, in, in, Map.of("dim", other), settings);
        for (int i = 0; i < n; i++) {
            double expected = -alone.inScores()[1][i] - -report.inScores()[1][i];
            assertEquals(expected, report.inScores()[3][i], 1e-6 * Math.abs(report.inScores()[1][i]), "sample " + i);
            assertEquals(-alone.sets().get(0).scores()[1][i] - -report.sets().get(0).scores()[1][i], report.sets().get(0).scores()[3][i],
                    1e-6 * Math.abs(report.sets().get(0).scores()[1][i]), "other sample " + i);
        }
        assertTrue(report.sets().get(0).metrics().containsKey(OodScore.LIKELIHOOD_RATIO));
        OodReport itself = OodDetection.run(model, in, in, Map.of("dim", other), settings, model);
        assertTrue(java.util.Arrays.stream(itself.inScores()[3]).allMatch(r -> r == 0), "a model against itself: no ratio");

        ModelProto classifier = reluNetwork();
        Dataset classes = readByModel(classifier, 50, 4, 1);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> OodDetection.run(classifier, classes, classes, Map
                .of("same", classes), new OodSettings(50, 0, 5, 3), model));
        assertTrue(refused.getMessage().contains("compares autoencoders' losses, and this model is a classifier"), refused.getMessage());
        IllegalArgumentException notAnAutoencoder = assertThrows(IllegalArgumentException.class, () -> OodDetection.run(model, in, in, Map.of(
                "dim", other), settings, initialised("lenet-300-100", 1)));
        assertTrue(notAnAutoencoder.getMessage().startsWith("the background model is not an autoencoder of bright"), notAnAutoencoder
                .getMessage());
    }

    /** {@code n} pictures of uniform values in [0, 1] ("bright") and as many in [0, 0.1] ("dim"). */
    private static Dataset[] brightAndDim(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] bright = new float[n * 784];
        float[] dim = new float[n * 784];
        for (int i = 0; i < bright.length; i++) {
            bright[i] = (float) random.nextDouble();
            dim[i] = (float) (0.1 * random.nextDouble());
        }
        return new Dataset[] {Dataset.classification("bright", new long[] {1, 28, 28}, bright, new int[n], 2), Dataset.classification("dim",
                new long[] {1, 28, 28}, dim, new int[n], 2)};
    }

    /** A template's network with weights drawn by {@code seed}, exported. */
    private static ModelProto initialised(String template, long seed) throws Exception {
        var network = dev.dendrite.model.templates.TemplateLibrary.find(template).orElseThrow().create();
        Weights weights = new Weights();
        dev.dendrite.onnx.weights.WeightInitializer.complete(dev.dendrite.model.Networks.withIds(network), dev.dendrite.model.Networks.inspect(
                network).shapes(), weights, seed);
        return OnnxExporter.export(network, weights, "test").model();
    }

    private static ModelProto projection() {
        float[] p = new float[FEATURES * FEATURES];
        for (int d = 0; d < 3; d++) {
            p[d * FEATURES + d] = 1;
        }
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(p.length * 4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (float v : p) {
            bytes.putFloat(v);
        }
        bytes.flip();
        var type = ai.onnx.proto.OnnxMl.TypeProto.newBuilder().setTensorType(ai.onnx.proto.OnnxMl.TypeProto.Tensor.newBuilder().setElemType(
                ai.onnx.proto.OnnxMl.TensorProto.DataType.FLOAT_VALUE).setShape(ai.onnx.proto.OnnxMl.TensorShapeProto.newBuilder().addDim(
                        ai.onnx.proto.OnnxMl.TensorShapeProto.Dimension.newBuilder().setDimParam("N")).addDim(
                                ai.onnx.proto.OnnxMl.TensorShapeProto.Dimension.newBuilder().setDimValue(FEATURES))));
        var graph = ai.onnx.proto.OnnxMl.GraphProto.newBuilder().setName("projection").addInput(ai.onnx.proto.OnnxMl.ValueInfoProto.newBuilder()
                .setName("x").setType(type)).addOutput(ai.onnx.proto.OnnxMl.ValueInfoProto.newBuilder().setName("y").setType(type)).addInitializer(
                        ai.onnx.proto.OnnxMl.TensorProto.newBuilder().setName("P").setDataType(ai.onnx.proto.OnnxMl.TensorProto.DataType.FLOAT_VALUE)
                                .addDims(FEATURES).addDims(FEATURES).setRawData(com.google.protobuf.ByteString.copyFrom(bytes))).addNode(NodeProto
                                        .newBuilder().setOpType("MatMul").setName("project").addInput("x").addInput("P").addOutput("y"));
        return ModelProto.newBuilder().setIrVersion(10).addOpsetImport(ai.onnx.proto.OnnxMl.OperatorSetIdProto.newBuilder().setVersion(21))
                .setGraph(graph).build();
    }

    /** {@code model} with a Softmax over its output as its output. */
    private static ModelProto withSoftmax(ModelProto model) {
        String logits = model.getGraph().getOutput(0).getName();
        var graph = model.getGraph().toBuilder();
        graph.addNode(NodeProto.newBuilder().setOpType("Softmax").setName("softmax").addInput(logits).addOutput("probabilities").addAttribute(
                ai.onnx.proto.OnnxMl.AttributeProto.newBuilder().setName("axis").setType(ai.onnx.proto.OnnxMl.AttributeProto.AttributeType.INT)
                        .setI(1)));
        graph.setOutput(0, graph.getOutput(0).toBuilder().setName("probabilities"));
        return model.toBuilder().setGraph(graph).build();
    }

    /** Six inputs, a ReLU layer of 16, three classes, weights drawn at random. */
    private static ModelProto reluNetwork() throws Exception {
        NetworkBuilder b = new NetworkBuilder("relu", "a ReLU classifier");
        b.loss(b.dense(b.dense(b.input("x", FEATURES), "hidden", 16, ActivationFunction.RELU), "scores", CLASSES), LossKind.CROSS_ENTROPY);
        return OnnxExporter.export(b.network(), new Weights(), "test").model();
    }

    /** {@code n} Gaussian samples times {@code scale}, labelled by the model's own reading. */
    private static Dataset readByModel(ModelProto model, int n, long seed, double scale) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[n * FEATURES];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (scale * random.nextGaussian());
        }
        int[] labels = new int[n];
        try (ModelSession session = OnnxRuntime.open(model.toByteArray(), "plain", RuntimeSettings.forTrainer());
             OnnxTensor tensor = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x), new long[] {n, FEATURES});
             var result = session.session().run(Map.of(session.inputNames().iterator().next(), tensor))) {
            FloatBuffer out = ((OnnxTensor) result.get(0)).getFloatBuffer();
            for (int i = 0; i < n; i++) {
                int best = 0;
                for (int c = 1; c < CLASSES; c++) {
                    best = out.get(i * CLASSES + c) > out.get(i * CLASSES + best) ? c : best;
                }
                labels[i] = best;
            }
        }
        return Dataset.classification("gaussian ×" + scale, new long[] {FEATURES}, x, labels, CLASSES);
    }
}
