package dev.dendrite.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.dendrite.analysis.evaluation.SaliencyImages;
import dev.dendrite.analysis.robustness.AdversarialAttack;
import dev.dendrite.analysis.robustness.AdversarialImages;
import dev.dendrite.analysis.robustness.AttackSettings;
import dev.dendrite.analysis.robustness.BoundMethod;
import dev.dendrite.analysis.robustness.RandomizedSmoothing;
import dev.dendrite.analysis.robustness.RobustnessReport;
import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.Command;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.model.io.AtomicFiles;
import dev.dendrite.train.data.Dataset;

/**
 * {@code dendrite robustness RUN_DIR|MODEL.onnx}: a classifier's accuracy under adversarial attack
 * (FGSM or PGD within an L∞ ball) at growing radii, beside random noise of each radius, with the
 * samples it fooled drawn and the signs of a masked gradient named.
 */
public final class RobustnessCommand implements Command {

    /** Samples attacked unless told: enough for accuracies to a point or so, quick for PGD on the course's networks. */
    static final int DEFAULT_SAMPLES = 1000;
    /** Fooled samples drawn unless told. */
    static final int DEFAULT_EXAMPLES = 8;
    /** Randomized smoothing's noise unless told, as a share of the inputs' span (Cohen et al.'s middle setting on [0, 1] pictures). */
    static final double DEFAULT_SIGMA = 0.25;
    static final int DEFAULT_NOISE_SAMPLES = 10_000;

    @Override
    public String name() {
        return "robustness";
    }

    @Override
    public String summary() {
        return "adversarial robustness: accuracy under FGSM or PGD attack at growing radii, beside random noise, with fooled samples drawn";
    }

    @Override
    public String usage() {
        return """
                Usage: dendrite robustness RUN_DIR|MODEL.onnx [--attack pgd|fgsm] [--norm linf|l2] [--epsilons E,E,...] [--steps K] [--step-size R]
                                          [--no-random-start] [--certify] [--bounds interval|crown-ibp|crown|smoothing] [--sigma S] [--noise-samples N]
                                          [--alpha A] [--transfer-from RUN_DIR|MODEL.onnx] [--samples N|all] [--examples K] [--range LO,HI|none] [--seed S]
                                          [--data SPEC] [--split test|train|validation] [-o DIR] [--data-cache DIR] [--json]
                How far a classifier's accuracy falls when each sample is moved, within an L∞ ball of radius ε (no input
                value by more than ε), in the direction that raises its own class's cross-entropy most. --attack pgd (the
                default; Madry et al., 2018) takes K signed gradient steps (--steps, default 10) of R·ε (--step-size, default
                2.5/K), each projected back into the ball and the valid range, from a random point of the ball (unless
                --no-random-start); fgsm (Goodfellow et al., 2015) takes one step of ε. A sample counts as fooled when any
                iterate is misclassified. The gradient is the model's own graph differentiated by Dendrite (any model Dendrite
                trains can be attacked), so the attack is white-box. Each radius is also tried with random noise (each value
                moved by +ε or -ε): an attack that does no more harm than noise, or accuracy that rises with the radius, is
                named as a sign of a masked gradient (Athalye et al., 2018), robustness the attack only appears to find.
                --certify also propagates interval bounds through the network (IBP; Gowal et al., 2018): a sample whose
                class's lowest logit over the whole ball exceeds every other class's highest is certified robust, no
                attack can fool it ("certifiedAccuracy" in JSON): a floor under the attacked accuracy, which is a ceiling.
                Sound but loose for networks not trained for it; L∞ only. --bounds crown-ibp (implies --certify) also
                carries linear bounds of each margin z_label - z_j backward from the logits to the input, every ReLU,
                LeakyReLU, ELU, sigmoid, tanh or max pool between two lines over its input's interval bounds (Zhang et
                al., 2020); --bounds crown (Zhang et al., 2018) first tightens those intervals by backward passes of their
                own from every unit a line is loose over, layer by layer: far tighter on networks not trained for bounds,
                and seconds per sample on a convolutional one. Linear bounds run on the samples the attack did not fool
                and intervals did not certify, one per core; "intervalCertifiedAccuracy" keeps what intervals alone
                certify. Dense, convolutional (2-D), batch-normalised, pooled and residual networks; other operators are
                named.
                --norm l2 --bounds smoothing certifies the smoothed model instead (randomized smoothing; Cohen et al., 2019):
                the class the model reads most often from the sample plus Gaussian noise of deviation --sigma (default 0.25
                of the span), counted among --noise-samples noisy copies (default 10,000; 100 more guess the class), holds
                throughout the L2 ball of radius sigma * PhiInverse(pA), pA the count's lower Clopper-Pearson bound at
                confidence 1 - --alpha (default 0.001); below 1/2 it abstains. Any model (forward passes only); one trained
                with --augment noise:SIGMA keeps its accuracy under the noise. "smoothing" in JSON: the smoothed model's
                accuracy, abstentions and average certified radius; the levels' certifiedAccuracy are the smoothed model's.
                --transfer-from RUN_DIR|MODEL.onnx crafts the inputs on another model's gradient, the attack run to its end
                without reading the attacked model, which then reads them: a black-box transfer attack (Papernot et al., 2016),
                and the check that a model's robustness is no artefact of its own gradient.
                --epsilons are in the input's units (default 0.01, 0.02, 0.05, 0.1, 0.2, 0.3 of the input values' span: for
                pictures in [0, 1] the radii MNIST papers report). --norm l2 bounds the perturbation's Euclidean length
                instead (steps along the gradient's direction, projections onto the sphere, random starts and noise
                uniform in the ball and on its surface; default radii 0.25, 0.5, 1, 1.5, 2, 3 of the span). Pictures are clipped to the range of their values (e.g. [0, 1]),
                vectors not; --range sets it or turns it off. --samples attacks the split's first N (default 1000) or all.
                The fooled samples (--examples, default 8, each at the smallest radius that fooled it) are drawn as
                adversarial-examples.png in DIR (default RUN_DIR/robustness, or robustness/ beside a model file): the sample,
                what the attack added (red up, blue down) and the input the model misreads. A run keeps the report as
                robustness.json (the Evaluation view's Robustness... shows it).""";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(ModelTarget.OPTIONS);
        options.put("--attack", "attack");
        options.put("--norm", "norm");
        options.put("--transfer-from", "transfer-from");
        options.put("--epsilons", "epsilons");
        options.put("--steps", "steps");
        options.put("--step-size", "step-size");
        options.put("--samples", "samples");
        options.put("--examples", "examples");
        options.put("--range", "range");
        options.put("--seed", "seed");
        options.put("--bounds", "bounds");
        options.put("--sigma", "sigma");
        options.put("--noise-samples", "noise-samples");
        options.put("--alpha", "alpha");
        options.put("-o", "out");
        Arguments a = Arguments.parse(args, options, Set.of("--no-random-start", "--certify"));
        AttackSettings.Attack attack;
        dev.dendrite.analysis.robustness.Norm norm;
        BoundMethod bounds;
        try {
            attack = AttackSettings.Attack.of(a.option("attack") == null ? "pgd" : a.option("attack"));
            norm = dev.dendrite.analysis.robustness.Norm.of(a.option("norm") == null ? "linf" : a.option("norm"));
            bounds = a.option("bounds") != null ? BoundMethod.of(a.option("bounds")) : a.flag("certify") ? BoundMethod.INTERVAL : null;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (bounds == BoundMethod.SMOOTHING && norm != dev.dendrite.analysis.robustness.Norm.L2) {
            throw new UsageException("--bounds smoothing certifies the L2 ball; give --norm l2");
        }
        if (bounds != null && bounds != BoundMethod.SMOOTHING && norm != dev.dendrite.analysis.robustness.Norm.LINF) {
            throw new UsageException("--certify bounds the L∞ ball (interval bounds); leave out --norm l2, or certify the L2 ball by "
                    + "--bounds smoothing");
        }
        if (bounds != BoundMethod.SMOOTHING && (a.option("sigma") != null || a.option("noise-samples") != null || a.option("alpha") != null)) {
            throw new UsageException("--sigma, --noise-samples and --alpha set randomized smoothing; give --bounds smoothing");
        }
        if (attack == AttackSettings.Attack.FGSM && (a.option("steps") != null || a.option("step-size") != null || a.flag("no-random-start"))) {
            throw new UsageException("--steps, --step-size and --no-random-start shape PGD; FGSM takes one step of the radius from the sample");
        }
        Integer steps = TrainCommand.integer(a, "steps");
        Double stepSize = TrainCommand.number(a, "step-size");
        Integer examples = TrainCommand.integer(a, "examples");
        Integer seed = TrainCommand.integer(a, "seed");
        if (examples != null && examples < 0) {
            throw new UsageException("--examples draws 0 fooled samples or more, not " + examples);
        }
        ModelTarget target = ModelTarget.resolve(a, "robustness");
        Dataset data = target.samples("robustness");
        if (!data.hasLabels()) {
            throw new UsageException("robustness attacks classifiers; " + target.spec() + " has float targets, not classes");
        }
        int samples = ModelTarget.samples(a.option("samples"), data.size(), DEFAULT_SAMPLES);
        double[] span = span(data, samples);
        double[] range = range(a.option("range"), span, SaliencyImages.imageShape(data.sampleShape()) != null);
        double[] epsilons = a.option("epsilons") != null ? epsilons(a.option("epsilons")) : scaled(span[1] - span[0],
                norm == dev.dendrite.analysis.robustness.Norm.L2 ? AttackSettings.DEFAULT_L2_EPSILONS : AttackSettings.DEFAULT_EPSILONS);
        int k = steps == null ? AttackSettings.DEFAULT_STEPS : steps;
        AttackSettings settings;
        try {
            settings = new AttackSettings(attack, epsilons, k, stepSize == null ? AttackSettings.defaultStepSize(k) : stepSize,
                    !a.flag("no-random-start"), samples, seed == null ? 0 : seed, range[0], range[1], norm);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        RandomizedSmoothing smoothing = null;
        if (bounds == BoundMethod.SMOOTHING) {
            Double sigma = TrainCommand.number(a, "sigma");
            Integer noise = TrainCommand.integer(a, "noise-samples");
            Double alpha = TrainCommand.number(a, "alpha");
            try {
                smoothing = new RandomizedSmoothing(sigma == null ? DEFAULT_SIGMA * (span[1] - span[0]) : sigma, noise == null
                        ? DEFAULT_NOISE_SAMPLES : noise, 100, alpha == null ? 0.001 : alpha);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        RandomizedSmoothing smoothed = smoothing;
        ai.onnx.proto.OnnxMl.ModelProto source = null;
        Path sourceFile = null;
        if (a.option("transfer-from") != null) {
            sourceFile = ModelTarget.modelFile(Path.of(a.option("transfer-from")), "--transfer-from ");
            ModelTarget crafted = new ModelTarget(null, sourceFile, target.spec(), target.split(), data, null, 0, null);
            source = crafted.analyse("attack", model -> model);
        }
        ai.onnx.proto.OnnxMl.ModelProto crafter = source;
        RobustnessReport report = target.analyse("attack", model -> AdversarialAttack.run(model, crafter == null ? model : crafter, data,
                settings, examples == null ? DEFAULT_EXAMPLES : examples, bounds, smoothed));
        Path picture = target.outputFolder(a, "robustness").resolve("adversarial-examples.png");
        boolean drawn = AdversarialImages.write(report, picture);
        Map<String, Object> json = RobustnessJson.of(target, report, drawn ? picture : null);
        json.put("transferFrom", sourceFile == null ? null : sourceFile.toString());
        if (target.run() != null) {
            Path kept = target.run().resolve(AdversarialAttack.REPORT);
            json.put("report", kept.toString());
            // Kept in the run, where the Evaluation view's Robustness dialog shows it again.
            AtomicFiles.write(kept, dev.dendrite.train.run.RunJson.document(json).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        String text = RobustnessJson.text(target, report, drawn ? picture : null);
        context.print(json, sourceFile == null ? text : text.replaceFirst("\n", ", crafted on " + sourceFile
                + " (a transfer attack: the attacked model's gradient unused)\n"));
        return 0;
    }

    /** The smallest and largest value of the first {@code samples} samples. */
    private static double[] span(Dataset data, int samples) {
        float[] x = new float[data.sampleSize()];
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < samples; i++) {
            data.features(i, x, 0);
            for (float v : x) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        return new double[] {low, high};
    }

    /** {@code --range}, else the values' span for pictures and none for vectors: {NaN, NaN} for none. */
    private static double[] range(String option, double[] span, boolean pictures) throws UsageException {
        double[] none = {Double.NaN, Double.NaN};
        if (option == null) {
            return pictures && span[1] > span[0] ? span : none;
        }
        if (option.equals("none")) {
            return none;
        }
        String[] parts = option.split(",");
        try {
            if (parts.length == 2) {
                double low = Double.parseDouble(parts[0].strip());
                double high = Double.parseDouble(parts[1].strip());
                if (low < high) {
                    return new double[] {low, high};
                }
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new UsageException("--range takes the valid inputs' low and high ends, LO,HI with LO below HI (e.g. 0,1), or none, not '"
                + option + "'");
    }

    private static double[] epsilons(String option) throws UsageException {
        String[] parts = option.split(",");
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                values[i] = Double.NaN;
            }
            if (!(values[i] > 0) || Double.isInfinite(values[i])) {
                throw new UsageException("--epsilons takes positive radii separated by commas, not '" + parts[i].strip() + "'");
            }
        }
        return values;
    }

    /** The default radii as shares of the values' span. */
    private static double[] scaled(double span, double[] shares) {
        double unit = span > 0 ? span : 1;
        double[] values = new double[shares.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = shares[i] * unit;
        }
        return values;
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    static List<Object> list(double[] values) {
        List<Object> list = new ArrayList<>();
        for (double v : values) {
            list.add(Double.isNaN(v) ? null : v);
        }
        return list;
    }
}
