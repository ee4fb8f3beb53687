package dev.dendrite.analysis.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OnnxTensor;
import dev.dendrite.analysis.evaluation.ClassificationReport;
import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.data.Dataset;

/** Adversarial attacks against what they must do by their definitions: exact for a linear classifier, finite differences for the gradient. */
class AdversarialAttackTest {

    private static final int FEATURES = 6;

    /**
     * A two-class linear classifier's best L∞ attack is known in closed form: the loss's gradient points along w_other − w_label,
     * and a sample is fooled within radius ε exactly when its margin z_label − z_other is below ε·‖w_label − w_other‖₁. FGSM takes
     * that step at once and PGD reaches it, so both fool exactly those samples, each by a perturbation of L∞ norm ε.
     */
    @Test
    void aLinearClassifierIsFooledExactlyWhereItsMarginIsBelowTheRadiusTimesItsWeightsL1Norm() throws Exception {
        ModelProto model = linearClassifier();
        int n = 400;
        float[] x = new float[n * FEATURES];
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        double[][] logits = logits(model, x, n);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            // The model's own reading, but one sample in ten mislabelled: those are wrong before any attack.
            int read = logits[i][1] > logits[i][0] ? 1 : 0;
            labels[i] = i % 10 == 0 ? 1 - read : read;
        }
        Dataset data = Dataset.classification("gaussian", new long[] {FEATURES}, x, labels, 2);
        double l1 = 0;
        for (double d : weightDifference(model)) {
            l1 += Math.abs(d);
        }
        double[] epsilons = {0.02, 0.05, 0.1, 0.3};
        for (AttackSettings.Attack attack : AttackSettings.Attack.values()) {
            AttackSettings settings = new AttackSettings(attack, epsilons, 10, AttackSettings.defaultStepSize(10), true, n, 3, Double.NaN,
                    Double.NaN);
            RobustnessReport report = AdversarialAttack.run(model, data, settings, 5);
            assertEquals(n - n / 10, report.cleanCorrect(), "the mislabelled tenth is wrong unattacked");
            for (int k = 0; k < epsilons.length; k++) {
                int expected = 0;
                int ties = 0;
                for (int i = 0; i < n; i++) {
                    if (i % 10 != 0) {
                        double margin = Math.abs(logits[i][1] - logits[i][0]);
                        expected += margin < epsilons[k] * l1 ? 1 : 0;
                        ties += Math.abs(margin - epsilons[k] * l1) < 1e-4 ? 1 : 0;
                    }
                }
                RobustnessReport.Level level = report.levels().get(k);
                assertTrue(expected > 0 && expected < n - n / 10 || k == 0, attack + ": some but not all fooled at " + epsilons[k]);
                assertEquals(expected, level.fooled(), ties, attack + " at radius " + epsilons[k]);
                assertEquals(report.cleanCorrect() - level.fooled(), level.correct());
                if (level.fooled() > 0 && attack == AttackSettings.Attack.FGSM) {
                    // FGSM moves every value by ±ε.
                    assertEquals(epsilons[k], level.meanLinf(), 1e-5);
                } else if (level.fooled() > 0) {
                    // PGD keeps the first iterate that fools, inside the ball.
                    assertTrue(level.meanLinf() > 0 && level.meanLinf() <= epsilons[k] + 1e-6, level.meanLinf() + " at " + epsilons[k]);
                }
                assertTrue(level.randomCorrect() >= level.correct(), "noise of the radius fools no more than the attack");
            }
            assertTrue(report.warnings().isEmpty(), report.warnings().toString());
            for (RobustnessReport.Example example : report.examples()) {
                assertEquals(1 - example.label(), example.adversarialClass());
                for (int v = 0; v < FEATURES; v++) {
                    assertTrue(Math.abs(example.adversarial()[v] - example.original()[v]) <= example.epsilon() + 1e-6);
                }
            }
        }
    }

    /**
     * In the L2 ball the same classifier's best attack moves along w_other − w_label by ε: a sample is fooled exactly when its
     * margin is below ε·‖w_label − w_other‖₂. FGSM's L2 form (one step along the normalised gradient) and PGD from the sample
     * reach it; every fooling perturbation has length ε at most, FGSM's exactly ε.
     */
    @Test
    void inTheL2BallTheMarginIsComparedWithTheWeightsL2Norm() throws Exception {
        ModelProto model = linearClassifier();
        int n = 300;
        float[] x = new float[n * FEATURES];
        SplittableRandom random = new SplittableRandom(8);
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        double[][] logits = logits(model, x, n);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = logits[i][1] > logits[i][0] ? 1 : 0;
        }
        Dataset data = Dataset.classification("gaussian", new long[] {FEATURES}, x, labels, 2);
        double l2 = 0;
        for (double d : weightDifference(model)) {
            l2 += d * d;
        }
        l2 = Math.sqrt(l2);
        double[] epsilons = {0.1, 0.3, 1};
        for (AttackSettings.Attack attack : AttackSettings.Attack.values()) {
            AttackSettings settings = new AttackSettings(attack, epsilons, 10, AttackSettings.defaultStepSize(10), false, n, 3, Double.NaN,
                    Double.NaN, Norm.L2);
            RobustnessReport report = AdversarialAttack.run(model, data, settings, 0);
            for (int k = 0; k < epsilons.length; k++) {
                int expected = 0;
                int ties = 0;
                for (int i = 0; i < n; i++) {
                    double margin = Math.abs(logits[i][1] - logits[i][0]);
                    expected += margin < epsilons[k] * l2 ? 1 : 0;
                    ties += Math.abs(margin - epsilons[k] * l2) < 1e-4 ? 1 : 0;
                }
                RobustnessReport.Level level = report.levels().get(k);
                assertTrue(expected > 0 && expected < n, "some but not all fooled at " + epsilons[k]);
                assertEquals(expected, level.fooled(), ties, attack + " in the L2 ball at radius " + epsilons[k]);
                if (attack == AttackSettings.Attack.FGSM) {
                    assertEquals(epsilons[k], level.meanL2(), 1e-5, "FGSM's L2 step is the whole radius");
                } else {
                    assertTrue(level.meanL2() <= epsilons[k] + 1e-5, level.meanL2() + " within " + epsilons[k]);
                }
                assertTrue(level.randomCorrect() >= level.correct(), "noise of the radius fools no more than the attack");
            }
        }
    }

    /** The loss's gradient against central differences of the cross-entropy, for a network of logits and one ending in a softmax. */
    @Test
    void theLossGradientMatchesFiniteDifferencesOfTheCrossEntropy() throws Exception {
        NetworkBuilder b = new NetworkBuilder("softmax", "a network ending in a softmax");
        b.loss(b.activation(b.dense(b.dense(b.input("x", FEATURES), "hidden", 8, ActivationFunction.TANH), "scores", 3), ActivationFunction.SOFTMAX),
                LossKind.CROSS_ENTROPY);
        ModelProto softmax = OnnxExporter.export(b.network(), new Weights(), "test").model();
        ModelProto lenet = OnnxExporter.export(TemplateLibrary.find("lenet-5").orElseThrow().create(), new Weights(), "test").model();
        for (ModelProto model : List.of(softmax, lenet)) {
            boolean isLenet = model == lenet;
            long[] shape = isLenet ? new long[] {2, 1, 28, 28} : new long[] {2, FEATURES};
            int size = isLenet ? 784 : FEATURES;
            int classes = isLenet ? 10 : 3;
            float[] x = new float[2 * size];
            SplittableRandom random = new SplittableRandom(11);
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) random.nextDouble();
            }
            int[] labels = {1, 2};
            float[] targets = new float[2 * classes];
            targets[labels[0]] = 1;
            targets[classes + labels[1]] = 1;
            try (ModelSession plain = OnnxRuntime.open(model.toByteArray(), "plain", RuntimeSettings.forTrainer())) {
                boolean probabilities = ClassificationReport.areProbabilities(AdversarialAttack.forward(plain, plain.inputNames().iterator().next(),
                        x, shape), classes);
                assertEquals(!isLenet, probabilities, "the softmax network's outputs are probabilities, LeNet-5's logits");
                try (LossGradient gradient = new LossGradient(model, probabilities)) {
                    float[] analytic = gradient.gradient(x, shape, targets, classes);
                    for (int k : new int[] {0, size / 2 + 3, size + 1, 2 * size - 1}) {
                        double h = 1e-3;
                        float kept = x[k];
                        x[k] = kept + (float) h;
                        double up = loss(plain, x, shape, labels, classes, probabilities);
                        x[k] = kept - (float) h;
                        double down = loss(plain, x, shape, labels, classes, probabilities);
                        x[k] = kept;
                        double numeric = (up - down) / (2 * h);
                        assertEquals(numeric, analytic[k], 1e-3 + 2e-2 * Math.abs(numeric), (isLenet ? "lenet-5" : "softmax") + " value " + k);
                    }
                }
            }
        }
    }

    /** Pictures stay in their valid range and within the ball, and the fooled samples are drawn a row each. */
    @Test
    void adversarialPicturesStayInTheValidRangeAndAreDrawn() throws Exception {
        ModelProto lenet = OnnxExporter.export(TemplateLibrary.find("lenet-5").orElseThrow().create(), new Weights(), "test").model();
        int n = 30;
        float[] x = new float[n * 784];
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextDouble() < 0.8 ? 0 : (float) random.nextDouble();
        }
        int[] labels = new int[n];
        double[][] logits = logits(lenet, x, n, new long[] {n, 1, 28, 28});
        for (int i = 0; i < n; i++) {
            for (int c = 1; c < 10; c++) {
                labels[i] = logits[i][c] > logits[i][labels[i]] ? c : labels[i];
            }
        }
        Dataset data = Dataset.classification("pictures", new long[] {1, 28, 28}, x, labels, 10);
        AttackSettings settings = new AttackSettings(AttackSettings.Attack.PGD, new double[] {0.5, 0.02}, 5, 0.5, true, n, 1, 0, 1);
        RobustnessReport report = AdversarialAttack.run(lenet, data, settings, 4);
        assertEquals(n, report.cleanCorrect(), "labelled by the model's own reading");
        assertEquals(0.02, report.levels().get(0).epsilon(), "radii ascending");
        assertEquals(4, report.examples().size(), "a random network is fooled easily at half the range");
        for (RobustnessReport.Example example : report.examples()) {
            assertTrue(example.adversarialClass() != example.label());
            for (int v = 0; v < 784; v++) {
                float a = example.adversarial()[v];
                assertTrue(a >= 0 && a <= 1, "clipped to [0, 1]: " + a);
                assertTrue(Math.abs(a - example.original()[v]) <= example.epsilon() + 1e-6);
            }
        }
        var picture = AdversarialImages.picture(report);
        assertEquals(3 * 28 * 4 + 2 * 2 * 4, picture.getWidth(), "the sample, the perturbation and the adversarial input");
        assertEquals(4 * 28 * 4 + 3 * 2 * 4, picture.getHeight(), "a row per example");
        // The perturbation is drawn red where the attack raised a value by the whole radius, blue where it lowered it.
        assertEquals(0xFF0000, AdversarialImages.diverging(1) & 0xFFFFFF);
        assertEquals(0x0000FF, AdversarialImages.diverging(-1) & 0xFFFFFF);
        assertEquals(0xFFFFFF, AdversarialImages.diverging(0) & 0xFFFFFF);
    }

    /** The signs of a masked gradient: accuracy rising with the radius, noise doing more harm than the attack, accuracy left at half the range. */
    @Test
    void namesTheSignsOfAMaskedGradient() {
        AttackSettings settings = new AttackSettings(AttackSettings.Attack.PGD, new double[] {0.1, 0.2, 0.5}, 10, 0.25, true, 100, 0, 0, 1);
        Tally honest = tally(new int[] {80, 50, 5}, new int[] {95, 90, 60});
        assertTrue(honest.report(settings, 100, List.of(), new long[] {4}, null, null).warnings().isEmpty());
        List<String> warnings = tally(new int[] {40, 70, 60}, new int[] {30, 90, 90}).report(settings, 100, List.of(), new long[] {4}, null, null).warnings();
        assertEquals(3, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("accuracy rises from radius 0.1 (40 right) to 0.2 (70 right)"), warnings.get(0));
        assertTrue(warnings.get(1).startsWith("random noise of radius 0.1 leaves fewer right (30) than the attack (40)"), warnings.get(1));
        assertTrue(warnings.get(2).startsWith("at radius 0.5 (half the input's range) any input can be moved to a flat one, yet 60.0% stay right"),
                warnings.get(2));
    }

    /** The median smallest fooling radius counts only samples right unattacked, those never fooled beyond every radius. */
    @Test
    void theMedianRadiusCountsOnlySamplesRightUnattacked() {
        AttackSettings settings = new AttackSettings(AttackSettings.Attack.FGSM, new double[] {0.1, 0.2}, 1, 1, false, 5, 0, Double.NaN, Double.NaN);
        Tally tally = new Tally(2, 2, 5);
        boolean[] right = {true, true, false, true, false};
        double[] first = {0.1, 0.2, Double.NaN, Double.NaN, Double.NaN};
        for (int i = 0; i < 5; i++) {
            tally.rightUnattacked[i] = right[i];
            tally.firstFooling[i] = first[i];
            tally.cleanCorrect += right[i] ? 1 : 0;
        }
        assertEquals(0.2, tally.report(settings, 5, List.of(), new long[] {2}, null, null).medianEpsilon(), "0.1, 0.2 and beyond: 0.2");
        tally.firstFooling[1] = Double.NaN;
        assertTrue(Double.isNaN(tally.report(settings, 5, List.of(), new long[] {2}, null, null).medianEpsilon()), "two of three withstand every radius");
    }

    private static Tally tally(int[] correct, int[] randomCorrect) {
        Tally tally = new Tally(correct.length, 10, 100);
        tally.cleanCorrect = 100;
        System.arraycopy(correct, 0, tally.correct, 0, correct.length);
        System.arraycopy(randomCorrect, 0, tally.randomCorrect, 0, correct.length);
        return tally;
    }

    /** A dense layer of two classes over {@link #FEATURES} inputs, its weights drawn at random. */
    private static ModelProto linearClassifier() throws Exception {
        NetworkBuilder b = new NetworkBuilder("linear", "a linear classifier");
        b.loss(b.dense(b.input("x", FEATURES), "scores", 2), LossKind.CROSS_ENTROPY);
        return OnnxExporter.export(b.network(), new Weights(), "test").model();
    }

    /** w₁ − w₀ of a linear classifier, read back from the model: the logits of each unit vector less those of zero. */
    private static double[] weightDifference(ModelProto model) throws Exception {
        float[] units = new float[(FEATURES + 1) * FEATURES];
        for (int j = 0; j < FEATURES; j++) {
            units[(j + 1) * FEATURES + j] = 1;
        }
        double[][] basis = logits(model, units, FEATURES + 1);
        double[] difference = new double[FEATURES];
        for (int j = 0; j < FEATURES; j++) {
            difference[j] = (basis[j + 1][1] - basis[0][1]) - (basis[j + 1][0] - basis[0][0]);
        }
        return difference;
    }

    private static double loss(ModelSession plain, float[] x, long[] shape, int[] labels, int classes, boolean probabilities) throws Exception {
        float[] out = AdversarialAttack.forward(plain, plain.inputNames().iterator().next(), x, shape);
        double sum = 0;
        double[] row = new double[classes];
        for (int i = 0; i < labels.length; i++) {
            ClassificationReport.probabilities(out, i * classes, classes, probabilities, row);
            sum -= Math.log(row[labels[i]]);
        }
        return sum;
    }

    private static double[][] logits(ModelProto model, float[] x, int n) throws Exception {
        return logits(model, x, n, new long[] {n, FEATURES});
    }

    private static double[][] logits(ModelProto model, float[] x, int n, long[] shape) throws Exception {
        try (ModelSession session = OnnxRuntime.open(model.toByteArray(), "plain", RuntimeSettings.forTrainer());
             OnnxTensor tensor = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x), shape);
             var result = session.session().run(Map.of(session.inputNames().iterator().next(), tensor))) {
            FloatBuffer values = ((OnnxTensor) result.get(0)).getFloatBuffer();
            int width = values.remaining() / n;
            double[][] out = new double[n][width];
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < width; c++) {
                    out[i][c] = values.get();
                }
            }
            return out;
        }
    }
}
