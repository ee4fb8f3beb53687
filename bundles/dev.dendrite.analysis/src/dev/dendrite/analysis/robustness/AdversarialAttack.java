package dev.dendrite.analysis.robustness;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.analysis.evaluation.ClassificationReport;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.train.data.Dataset;

/**
 * Adversarial robustness of a classifier (Goodfellow et al., 2015; Madry et al., 2018): at each
 * radius ε, the accuracy left when every sample is moved within the L∞ (or L2) ball of radius ε to raise
 * the loss of its own class, beside the accuracy under random noise of the same radius (the
 * control that tells a weakness to worst-case directions from one to any noise). A sample counts
 * as fooled when any of the attack's iterates is misclassified.
 */
public final class AdversarialAttack {

    /** The report a run keeps, beside its model. */
    public static final String REPORT = "robustness.json";

    /** Samples run together. */
    static final int BATCH = 250;

    private final Classifier target;
    private final LossGradient loss;
    private final Dataset data;
    private final AttackSettings settings;
    private final int classes;
    /** Whether the inputs are crafted on another model's gradient, blind to the target's readings. */
    private final boolean transfer;
    /** Bounds where asked to certify, else null. */
    private final Certification certification;
    /** The smoothed model's noise where asked to certify it, else null. */
    private final RandomizedSmoothing smoothing;

    private AdversarialAttack(Classifier target, LossGradient loss, Dataset data, AttackSettings settings, boolean transfer,
            Certification certification, RandomizedSmoothing smoothing) {
        this.target = target;
        this.loss = loss;
        this.data = data;
        this.settings = settings;
        this.classes = target.classes();
        this.transfer = transfer;
        this.certification = certification;
        this.smoothing = smoothing;
    }

    /**
     * Attacks the first {@code settings.samples()} samples of {@code data} (all where fewer), keeping up to {@code examples} fooled
     * ones.
     *
     * @throws IllegalArgumentException for data without class labels, a model whose outputs are not the data's classes, or a model
     *         Dendrite cannot differentiate (naming the operator)
     */
    public static RobustnessReport run(ModelProto model, Dataset data, AttackSettings settings, int examples) throws OrtException,
            ModelLoadException {
        return run(model, data, settings, examples, null);
    }

    /**
     * As above; with {@code bounds} (null: none), also how many samples those bounds prove robust at each radius (L∞ only).
     *
     * @throws IllegalArgumentException also for an operator the bounds do not pass through
     */
    public static RobustnessReport run(ModelProto model, Dataset data, AttackSettings settings, int examples, BoundMethod bounds)
            throws OrtException, ModelLoadException {
        return run(model, model, data, settings, examples, bounds);
    }

    /**
     * A transfer attack where {@code source} is not {@code model}: the inputs are crafted on {@code source}'s gradient, the attack run
     * to its end without looking at {@code model}, and {@code model} reads them (black-box; Papernot et al., 2016). With the same
     * model, the white-box attack above.
     */
    public static RobustnessReport run(ModelProto model, ModelProto source, Dataset data, AttackSettings settings, int examples,
            BoundMethod bounds) throws OrtException, ModelLoadException {
        return run(model, source, data, settings, examples, bounds, null);
    }

    /**
     * As above; {@code smoothing} with {@link BoundMethod#SMOOTHING} certifies the smoothed model in the L2 ball instead of bounding
     * the model itself.
     */
    public static RobustnessReport run(ModelProto model, ModelProto source, Dataset data, AttackSettings settings, int examples,
            BoundMethod bounds, RandomizedSmoothing smoothing) throws OrtException, ModelLoadException {
        if ((bounds == BoundMethod.SMOOTHING) != (smoothing != null)) {
            throw new IllegalArgumentException("randomized smoothing needs its noise, and only it");
        }
        if (smoothing != null && settings.norm() != Norm.L2) {
            throw new IllegalArgumentException("randomized smoothing certifies the L2 ball; give --norm l2");
        }
        if (!data.hasLabels()) {
            throw new IllegalArgumentException("an attack raises the loss of each sample's class; " + data.name() + " has float targets");
        }
        int n = Math.min(settings.samples(), data.size());
        try (Classifier target = Classifier.open(model, data, n);
             Classifier crafter = source == model ? null : Classifier.open(source, data, n)) {
            if (crafter != null && crafter.classes() != target.classes()) {
                throw new IllegalArgumentException("the source model gives " + crafter.classes() + " outputs per sample, the attacked one "
                        + target.classes());
            }
            try (LossGradient gradient = new LossGradient(source, (crafter == null ? target : crafter).probabilities());
                 Certification certification = bounds == null || smoothing != null ? null : Certification.open(model, settings, bounds,
                         target.shape())) {
                return new AdversarialAttack(target, gradient, data, settings, crafter != null, certification, smoothing).attack(n, target
                        .shape(), examples);
            }
        }
    }

    private RobustnessReport attack(int n, long[] declared, int examples) throws OrtException {
        double[] epsilons = settings.epsilons();
        int size = data.sampleSize();
        Tally tally = new Tally(epsilons.length, classes, n);
        List<RobustnessReport.Example> kept = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(settings.seed());
        // The noise control draws apart from the attack's starts: the same noise whichever attack runs.
        SplittableRandom noise = new SplittableRandom(settings.seed() ^ 0x5DEECE66DL);
        for (int from = 0; from < n; from += BATCH) {
            int rows = Math.min(BATCH, n - from);
            float[] x = new float[rows * size];
            int[] labels = new int[rows];
            for (int i = 0; i < rows; i++) {
                data.features(from + i, x, i * size);
                labels[i] = data.label(from + i);
                tally.classTotals[labels[i]]++;
            }
            long[] shape = declared.clone();
            shape[0] = rows;
            float[] targets = new float[rows * classes];
            for (int i = 0; i < rows; i++) {
                targets[i * classes + labels[i]] = 1;
            }
            Outcome clean = outcome(target.forward(x, shape), labels);
            boolean[] wasRight = new boolean[rows];
            for (int i = 0; i < rows; i++) {
                wasRight[i] = clean.right[i];
                tally.rightUnattacked[from + i] = clean.right[i];
                tally.cleanCorrect += clean.right[i] ? 1 : 0;
                tally.cleanLoss += clean.loss[i];
            }
            // FGSM's direction is the same for every radius: one gradient per sample.
            float[] direction = settings.attack() == AttackSettings.Attack.FGSM ? settings.norm().direction(loss.gradient(x, shape, targets, classes),
                    size) : null;
            boolean[] fooledBefore = new boolean[rows];
            RandomizedSmoothing.Certificate[] smoothed = smoothed(x, from, rows, size, declared, labels, tally);
            for (int k = 0; k < epsilons.length; k++) {
                float epsilon = (float) epsilons[k];
                Attacked attacked = direction != null ? fgsm(x, direction, epsilon, shape, labels) : pgd(x, targets, epsilon, shape, labels,
                        random);
                for (int i = 0; i < rows; i++) {
                    boolean right = wasRight[i] && !attacked.fooled[i];
                    tally.correct[k] += right ? 1 : 0;
                    tally.classCorrect[k][labels[i]] += right ? 1 : 0;
                    tally.loss[k] += attacked.loss[i];
                    if (wasRight[i] && attacked.fooled[i]) {
                        tally.fooled[k]++;
                        double linf = 0;
                        double l2 = 0;
                        for (int v = i * size; v < (i + 1) * size; v++) {
                            double d = attacked.inputs[v] - x[v];
                            linf = Math.max(linf, Math.abs(d));
                            l2 += d * d;
                        }
                        tally.linf[k] += linf;
                        tally.l2[k] += Math.sqrt(l2);
                        if (!fooledBefore[i]) {
                            fooledBefore[i] = true;
                            tally.firstFooling[from + i] = epsilons[k];
                            if (kept.size() < examples) {
                                kept.add(new RobustnessReport.Example(from + i, labels[i], clean.probability[i], attacked.classes[i],
                                        attacked.probability[i], epsilons[k], Arrays.copyOfRange(x, i * size, (i + 1) * size),
                                        Arrays.copyOfRange(attacked.inputs, i * size, (i + 1) * size)));
                            }
                        }
                    }
                }
                if (certification != null) {
                    boolean[] candidates = new boolean[rows];
                    for (int i = 0; i < rows; i++) {
                        candidates[i] = wasRight[i] && !attacked.fooled[i];
                    }
                    Certification.Proof proof = certification.prove(x, shape, labels, epsilon, candidates);
                    tally.certified[k] = Math.max(0, tally.certified[k]);
                    tally.intervalCertified[k] = Math.max(0, tally.intervalCertified[k]);
                    for (int i = 0; i < rows; i++) {
                        tally.certified[k] += proof.certified()[i] && wasRight[i] ? 1 : 0;
                        tally.intervalCertified[k] += proof.interval()[i] && wasRight[i] ? 1 : 0;
                    }
                }
                if (smoothed != null) {
                    tally.certified[k] = Math.max(0, tally.certified[k]);
                    for (int i = 0; i < rows; i++) {
                        tally.certified[k] += smoothed[i].predicted() == labels[i] && smoothed[i].radius() >= epsilon ? 1 : 0;
                    }
                }
                Outcome noisy = outcome(target.forward(moved(x, settings.norm().surface(x.length, size, epsilon, noise)), shape),
                        labels);
                for (int i = 0; i < rows; i++) {
                    tally.randomCorrect[k] += noisy.right[i] ? 1 : 0;
                }
            }
        }
        return tally.report(settings, n, kept, data.sampleShape(), smoothing != null ? BoundMethod.SMOOTHING : certification == null ? null
                : certification.method(), smoothing);
    }

    /** The smoothed model's certificate at each row of the batch (each sample's noise drawn from the seed and its index), or null. */
    private RandomizedSmoothing.Certificate[] smoothed(float[] x, int from, int rows, int size, long[] declared, int[] labels, Tally tally)
            throws OrtException {
        if (smoothing == null) {
            return null;
        }
        RandomizedSmoothing.Certificate[] certificates = new RandomizedSmoothing.Certificate[rows];
        for (int i = 0; i < rows; i++) {
            certificates[i] = smoothing.certify(target, x, i * size, size, declared, new SplittableRandom(settings.seed() * 0x9E3779B97F4A7C15L
                    + from + i));
            tally.smoothedCorrect += certificates[i].predicted() == labels[i] ? 1 : 0;
            tally.abstained += certificates[i].predicted() < 0 ? 1 : 0;
            tally.radiusSum += certificates[i].predicted() == labels[i] ? certificates[i].radius() : 0;
        }
        return certificates;
    }

    /** A model's outputs at {@code x}. */
    static float[] forward(ModelSession session, String input, float[] x, long[] shape) throws OrtException {
        try (OnnxTensor tensor = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x), shape);
             OrtSession.Result result = session.session().run(Map.of(input, tensor))) {
            FloatBuffer values = ((OnnxTensor) result.get(0)).getFloatBuffer();
            float[] out = new float[values.remaining()];
            values.get(out);
            return out;
        }
    }

    /** What the model read from a batch: the class, its probability, whether it is the label, the label's cross-entropy. */
    private record Outcome(int[] classes, double[] probability, boolean[] right, double[] loss) {
    }

    private Outcome outcome(float[] outputs, int[] labels) {
        int rows = labels.length;
        Outcome o = new Outcome(new int[rows], new double[rows], new boolean[rows], new double[rows]);
        double[] row = new double[classes];
        for (int i = 0; i < rows; i++) {
            ClassificationReport.probabilities(outputs, i * classes, classes, target.probabilities(), row);
            int best = 0;
            for (int c = 1; c < classes; c++) {
                best = row[c] > row[best] ? c : best;
            }
            o.classes[i] = best;
            o.probability[i] = row[best];
            o.right[i] = best == labels[i];
            o.loss[i] = -Math.log(Math.max(row[labels[i]], 1e-12));
        }
        return o;
    }

    /**
     * The attack's inputs and, per sample, whether some iterate fooled the model and what it read where it did (else at the
     * last), and the loss at the last iterate (the attack's objective after all its steps).
     */
    private record Attacked(float[] inputs, boolean[] fooled, int[] classes, double[] probability, double[] loss) {
    }

    private Attacked fgsm(float[] x, float[] direction, float epsilon, long[] shape, int[] labels) throws OrtException {
        float[] moved = new float[x.length];
        for (int v = 0; v < x.length; v++) {
            moved[v] = clip(x[v] + epsilon * direction[v]);
        }
        Outcome read = outcome(target.forward(moved, shape), labels);
        boolean[] fooled = new boolean[labels.length];
        for (int i = 0; i < labels.length; i++) {
            fooled[i] = !read.right[i];
        }
        return new Attacked(moved, fooled, read.classes, read.probability, read.loss);
    }

    private Attacked pgd(float[] x, float[] targets, float epsilon, long[] shape, int[] labels, SplittableRandom random) throws OrtException {
        int rows = labels.length;
        int size = x.length / rows;
        float step = (float) (settings.stepSize() * epsilon);
        Norm norm = settings.norm();
        float[] at = settings.randomStart() ? moved(x, norm.uniform(x.length, size, epsilon, random)) : x.clone();
        float[] kept = at.clone();
        boolean[] fooled = new boolean[rows];
        int[] read = new int[rows];
        double[] probability = new double[rows];
        double[] lossAt = null;
        for (int s = 0; s <= settings.steps(); s++) {
            // A transfer attack runs to its end blind to the target, which reads only the last iterate.
            Outcome now = transfer && s < settings.steps() ? null : outcome(target.forward(at, shape), labels);
            for (int i = 0; i < rows && now != null; i++) {
                if (!fooled[i]) {
                    // The first iterate that fools a sample is its adversarial input; until then the latest.
                    fooled[i] = !now.right[i];
                    read[i] = now.classes[i];
                    probability[i] = now.probability[i];
                    System.arraycopy(at, i * size, kept, i * size, size);
                }
            }
            if (s == settings.steps()) {
                lossAt = now.loss;
                break;
            }
            float[] direction = norm.direction(loss.gradient(at, shape, targets, classes), size);
            float[] offset = new float[at.length];
            for (int v = 0; v < at.length; v++) {
                offset[v] = at[v] - x[v] + step * direction[v];
            }
            norm.project(offset, size, epsilon);
            at = moved(x, offset);
        }
        return new Attacked(kept, fooled, read, probability, lossAt);
    }

    /** x moved by {@code offset}, clipped to the valid range. */
    private float[] moved(float[] x, float[] offset) {
        float[] moved = new float[x.length];
        for (int v = 0; v < x.length; v++) {
            moved[v] = clip(x[v] + offset[v]);
        }
        return moved;
    }

    private float clip(float v) {
        return settings.clipped() ? (float) Math.max(settings.low(), Math.min(settings.high(), v)) : v;
    }
}
