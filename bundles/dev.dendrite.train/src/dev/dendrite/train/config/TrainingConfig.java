package dev.dendrite.train.config;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.TrainingSettings;
import dev.dendrite.runtime.Device;
import dev.dendrite.train.data.Augmentation;

/**
 * Everything a run needs besides the network: data, schedule, optimizer, randomness, device.
 * Built from the network's training defaults, then overridden from the command line or a launch
 * configuration; {@link #validate()} rejects nonsense before any training starts.
 *
 * @param schedule "constant", "step" (×0.1 at 50% and 75% of training), "cosine", "onecycle" (up over 30%, then down), "plateau[:P[:F]]" (×F, default 0.1,
 *        whenever the validation loss has not improved for P epochs, default 2), or a learning-rate range test's sweep
 *        ({@link #rangeSchedule})
 * @param warmupSteps linear learning-rate warm-up over the first steps (0 = none)
 * @param clipNorm global gradient-norm clipping threshold (0 = none)
 * @param patience early stopping: epochs without a better validation loss before stopping (0 = never)
 * @param augmentation random changes to the training pictures ({@link Augmentation#NONE}: none)
 * @param frozenLayers ids of layers (or block instances) whose parameters keep their values: no gradient, no update
 * @param trainedLayers when not empty, the only layers (or block instances) whose parameters train: every other is frozen
 * @param classWeights cross-entropy's weight per class: "" (none), "balanced" (inversely to each class's share of the
 *        training labels, resolved by the trainer) or "W0,W1,..."; validation and test losses stay unweighted
 * @param labelSmoothing ε of label smoothing: cross-entropy losses train towards (1 − ε) on the label and ε/K spread over
 *        all K classes (0: none); validation and test losses stay plain cross-entropy
 * @param mixup α of mixup (Zhang et al., 2018): each training batch is mixed with itself reversed, pictures and cross-entropy
 *        labels alike, by a λ drawn from Beta(α, α) every step (0: none)
 * @param emaDecay the decay of an exponential moving average of the weights that validation, the test and the
 *        trained model use (0: none, the last weights)
 * @param distillation a teacher whose softened class probabilities the training loss also follows ({@link Distillation#NONE}: none)
 * @param adversarial the radius within which each training batch is moved to raise its loss before the step ({@link Adversarial#NONE}: none)
 * @param beta1 Adam's and AdamW's decay of the gradients' running mean ({@link #BETA1} unless set)
 * @param beta2 Adam's and AdamW's decay of the squared gradients' running mean ({@link #BETA2} unless set)
 * @param discriminatorRate a GAN discriminator's own learning rate (Heusel et al.'s two time-scale update rule), scaled by the
 *        schedule as the generator's is; 0: the learning rate
 * @param discriminatorSteps a GAN's discriminator steps per generator step (WGAN-GP's n_critic): the generator updates at the first
 *        step and every that many after, the discriminator at every step; 1: both at every step
 * @param certified the radius whose interval bounds the step also learns from, and their schedule ({@link CertifiedTraining#NONE}: none)
 */
public record TrainingConfig(String dataset, int epochs, int batchSize, OptimizerKind optimizer, double learningRate,
        double momentum, boolean nesterov, double weightDecay, double clipNorm, long seed, String schedule, int warmupSteps,
        double validationFraction, int patience, Device device, int threads, Augmentation augmentation,
        java.util.List<String> frozenLayers, java.util.List<String> trainedLayers, double labelSmoothing,
        String classWeights, double emaDecay, double mixup, Distillation distillation, Adversarial adversarial, double beta1, double beta2,
        double discriminatorRate, int discriminatorSteps, CertifiedTraining certified) implements java.io.Serializable {

    /** Adam's and AdamW's decays of the gradients' mean and of their squares' mean unless a network or the command line says otherwise. */
    public static final double BETA1 = 0.9;
    public static final double BETA2 = 0.999;

    /** A configuration without certified training. */
    public TrainingConfig(String dataset, int epochs, int batchSize, OptimizerKind optimizer, double learningRate, double momentum,
            boolean nesterov, double weightDecay, double clipNorm, long seed, String schedule, int warmupSteps, double validationFraction,
            int patience, Device device, int threads, Augmentation augmentation, java.util.List<String> frozenLayers,
            java.util.List<String> trainedLayers, double labelSmoothing, String classWeights, double emaDecay, double mixup,
            Distillation distillation, Adversarial adversarial, double beta1, double beta2, double discriminatorRate, int discriminatorSteps) {
        this(dataset, epochs, batchSize, optimizer, learningRate, momentum, nesterov, weightDecay, clipNorm, seed, schedule, warmupSteps,
                validationFraction, patience, device, threads, augmentation, frozenLayers, trainedLayers, labelSmoothing, classWeights, emaDecay,
                mixup, distillation, adversarial, beta1, beta2, discriminatorRate, discriminatorSteps, CertifiedTraining.NONE);
    }

    /** A configuration whose discriminator (if any) learns at the learning rate, one step per generator step. */
    public TrainingConfig(String dataset, int epochs, int batchSize, OptimizerKind optimizer, double learningRate, double momentum,
            boolean nesterov, double weightDecay, double clipNorm, long seed, String schedule, int warmupSteps, double validationFraction,
            int patience, Device device, int threads, Augmentation augmentation, java.util.List<String> frozenLayers,
            java.util.List<String> trainedLayers, double labelSmoothing, String classWeights, double emaDecay, double mixup,
            Distillation distillation, Adversarial adversarial, double beta1, double beta2) {
        this(dataset, epochs, batchSize, optimizer, learningRate, momentum, nesterov, weightDecay, clipNorm, seed, schedule, warmupSteps,
                validationFraction, patience, device, threads, augmentation, frozenLayers, trainedLayers, labelSmoothing, classWeights, emaDecay,
                mixup, distillation, adversarial, beta1, beta2, 0, 1);
    }

    /** A configuration with Adam's usual betas. */
    public TrainingConfig(String dataset, int epochs, int batchSize, OptimizerKind optimizer, double learningRate, double momentum,
            boolean nesterov, double weightDecay, double clipNorm, long seed, String schedule, int warmupSteps, double validationFraction,
            int patience, Device device, int threads, Augmentation augmentation, java.util.List<String> frozenLayers,
            java.util.List<String> trainedLayers, double labelSmoothing, String classWeights, double emaDecay, double mixup,
            Distillation distillation, Adversarial adversarial) {
        this(dataset, epochs, batchSize, optimizer, learningRate, momentum, nesterov, weightDecay, clipNorm, seed, schedule, warmupSteps,
                validationFraction, patience, device, threads, augmentation, frozenLayers, trainedLayers, labelSmoothing, classWeights, emaDecay,
                mixup, distillation, adversarial, BETA1, BETA2);
    }

    /** A configuration without adversarial training. */
    public TrainingConfig(String dataset, int epochs, int batchSize, OptimizerKind optimizer, double learningRate, double momentum,
            boolean nesterov, double weightDecay, double clipNorm, long seed, String schedule, int warmupSteps, double validationFraction,
            int patience, Device device, int threads, Augmentation augmentation, java.util.List<String> frozenLayers,
            java.util.List<String> trainedLayers, double labelSmoothing, String classWeights, double emaDecay, double mixup,
            Distillation distillation) {
        this(dataset, epochs, batchSize, optimizer, learningRate, momentum, nesterov, weightDecay, clipNorm, seed, schedule, warmupSteps,
                validationFraction, patience, device, threads, augmentation, frozenLayers, trainedLayers, labelSmoothing, classWeights, emaDecay,
                mixup, distillation, Adversarial.NONE);
    }

    /** A configuration without a teacher. */
    public TrainingConfig(String dataset, int epochs, int batchSize, OptimizerKind optimizer, double learningRate, double momentum,
            boolean nesterov, double weightDecay, double clipNorm, long seed, String schedule, int warmupSteps, double validationFraction,
            int patience, Device device, int threads, Augmentation augmentation, java.util.List<String> frozenLayers,
            java.util.List<String> trainedLayers, double labelSmoothing, String classWeights, double emaDecay, double mixup) {
        this(dataset, epochs, batchSize, optimizer, learningRate, momentum, nesterov, weightDecay, clipNorm, seed, schedule, warmupSteps,
                validationFraction, patience, device, threads, augmentation, frozenLayers, trainedLayers, labelSmoothing, classWeights, emaDecay,
                mixup, Distillation.NONE);
    }

    public TrainingConfig {
        distillation = distillation == null ? Distillation.NONE : distillation;
        adversarial = adversarial == null ? Adversarial.NONE : adversarial;
        certified = certified == null ? CertifiedTraining.NONE : certified;
        augmentation = augmentation == null ? Augmentation.NONE : augmentation;
        frozenLayers = frozenLayers == null ? java.util.List.of() : java.util.List.copyOf(frozenLayers);
        trainedLayers = trainedLayers == null ? java.util.List.of() : java.util.List.copyOf(trainedLayers);
        classWeights = classWeights == null ? "" : classWeights.strip();
    }

    public static TrainingConfig from(Network network) {
        TrainingSettings s = network.getTraining();
        if (s == null) {
            return new TrainingConfig(null, 10, 64, OptimizerKind.ADAM, 1e-3, 0, false, 0, 0, 42, "constant", 0, 0.1, 0, Device.CPU, 0, Augmentation.NONE, java.util.List.of(), java.util.List.of(), 0, "", 0, 0);
        }
        return new TrainingConfig(s.getDataset(), s.getEpochs(), s.getBatchSize(), s.getOptimizer(), s.getLearningRate(),
                s.getMomentum(), false, s.getWeightDecay(), s.getGradientClipNorm(), s.getSeed(), "constant", 0, s.getValidationFraction(),
                s.getEarlyStoppingPatience(), Device.CPU, 0, Augmentation.NONE, java.util.List.of(), java.util.List.of(), 0, "", 0, 0,
                Distillation.NONE, Adversarial.NONE, s.getAdamBeta1(), s.getAdamBeta2(), s.getDiscriminatorLearningRate(),
                s.getDiscriminatorSteps());
    }

    /** @throws IllegalArgumentException with one line naming the bad setting */
    public TrainingConfig validate() {
        if (dataset == null || dataset.isBlank()) {
            throw new IllegalArgumentException("no dataset: give --data (mnist, fashion-mnist, idx:..., synthetic:...) or name one in the network");
        }
        check(epochs >= 1, "epochs must be at least 1, is " + epochs);
        check(batchSize >= 1, "batch size must be at least 1, is " + batchSize);
        check(learningRate > 0 && Double.isFinite(learningRate), "learning rate must be a finite number > 0, is " + learningRate);
        check(momentum >= 0 && momentum < 1, "momentum must be in [0, 1), is " + momentum);
        check(weightDecay >= 0 && Double.isFinite(weightDecay), "weight decay must be ≥ 0, is " + weightDecay);
        check(beta1 >= 0 && beta1 < 1 && beta2 >= 0 && beta2 < 1, "Adam's betas must be in [0, 1), are " + beta1 + " and " + beta2);
        check(discriminatorRate >= 0 && Double.isFinite(discriminatorRate), "the discriminator's learning rate must be a finite number > 0, is "
                + discriminatorRate);
        check(discriminatorSteps >= 1, "the discriminator's steps per generator step must be at least 1, are " + discriminatorSteps);
        check(clipNorm >= 0, "gradient clipping norm must be ≥ 0, is " + clipNorm);
        check(validationFraction >= 0 && validationFraction < 1, "validation fraction must be in [0, 1), is " + validationFraction);
        check(patience >= 0, "patience must be ≥ 0, is " + patience);
        check(warmupSteps >= 0, "warm-up steps must be ≥ 0, is " + warmupSteps);
        check(threads >= 0, "threads must be ≥ 0 (0 = automatic), is " + threads);
        check(java.util.Arrays.stream(classWeightValues()).allMatch(w -> w >= 0 && Double.isFinite(w))
                && (classWeights.equals(BALANCED) || classWeights.isEmpty() || java.util.Arrays.stream(classWeightValues()).anyMatch(w -> w > 0)),
                "--class-weights takes balanced, or weights ≥ 0 separated by commas with one above 0 at least; got '" + classWeights + "'");
        check(frozenLayers.isEmpty() || trainedLayers.isEmpty(), "--freeze and --train-only exclude each other: give one");
        check(labelSmoothing >= 0 && labelSmoothing < 1, "label smoothing must be in [0, 1), is " + labelSmoothing);
        check(emaDecay == 0 || emaDecay > 0 && emaDecay < 1, "--ema takes a decay in (0, 1), such as 0.999, not " + emaDecay);
        check(mixup >= 0 && Double.isFinite(mixup), "--mixup takes an α > 0, such as 0.2, not " + mixup);
        check(mixup == 0 || labelSmoothing == 0 && classWeights.isEmpty(), "--mixup already trains towards mixed labels: leave out "
                + (labelSmoothing > 0 ? "--label-smoothing" : "--class-weights"));
        distillation.check();
        adversarial.check();
        check(adversarial.none() || mixup == 0, "--adversarial and --mixup each change the training inputs: give one");
        certified.check();
        check(certified.none() || adversarial.none() && mixup == 0 && distillation.none() && classWeights.isEmpty(),
                "--certified trains against the bounds of plain cross-entropy over clean inputs: leave out " + (!adversarial.none()
                        ? "--adversarial" : mixup > 0 ? "--mixup" : !distillation.none() ? "--teacher" : "--class-weights"));
        check(distillation.none() || mixup == 0 && labelSmoothing == 0 && classWeights.isEmpty(), "--teacher already softens the targets: "
                + "leave out " + (mixup > 0 ? "--mixup" : labelSmoothing > 0 ? "--label-smoothing" : "--class-weights"));
        check(java.util.List.of("constant", "step", "cosine", ONE_CYCLE).contains(schedule) || schedule.startsWith(RANGE) || reducesOnPlateau(),
                "unknown schedule '" + schedule + "': use constant, step, cosine, onecycle or plateau[:EPOCHS[:FACTOR]]");
        if (reducesOnPlateau()) {
            check(plateauPatience() >= 1 && plateauFactor() > 0 && plateauFactor() < 1, "plateau:EPOCHS:FACTOR takes epochs ≥ 1 and a factor "
                    + "in (0, 1), as in plateau:2:0.1, not '" + schedule + "'");
        }
        if (schedule.startsWith(RANGE)) {
            double[] range = range();
            check(range[0] > 0 && range[0] < learningRate, "a range sweep starts above 0 and below its final rate " + learningRate + ", at "
                    + range[0]);
            check(range[1] >= 2, "a range sweep takes at least 2 steps, not " + (long) range[1]);
        }
        return this;
    }

    private static final String RANGE = "range:";
    private static final String PLATEAU = "plateau";

    /** Whether the rate drops by {@link #plateauFactor} each time the monitored loss stalls for {@link #plateauPatience} epochs. */
    public boolean reducesOnPlateau() {
        return schedule.equals(PLATEAU) || schedule.startsWith(PLATEAU + ":");
    }

    /** Epochs without a better validation loss (training loss without a validation split) before each reduction; 0 when unparsable. */
    public int plateauPatience() {
        String[] parts = schedule.split(":");
        try {
            return parts.length > 1 ? Integer.parseInt(parts[1]) : 2;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** What each reduction multiplies the rate by (1 without the plateau schedule); NaN when unparsable. */
    public double plateauFactor() {
        if (!reducesOnPlateau()) {
            return 1;
        }
        String[] parts = schedule.split(":");
        try {
            return parts.length > 2 ? Double.parseDouble(parts[2]) : 0.1;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** {@code --lr find} (and "find" in the launch dialog's field): the run starts with the learning-rate range test. */
    public static final String FIND_RATE = "find";

    /** Why {@link #FIND_RATE} does not combine with resuming or data-parallel training. */
    public static final String FIND_RATE_NEW_RUN_ONLY =
            "--lr find starts a new run in one process: find the rate with dendrite lr-find, then give it to --lr";

    /**
     * The schedule of a learning-rate range test: from {@code from} at the first step, the rate grows by the same
     * factor every step to this configuration's learning rate at step {@code steps} (and stays there).
     */
    public static String rangeSchedule(double from, int steps) {
        return RANGE + from + ":" + steps;
    }

    /** {from, steps} of a range schedule. */
    private double[] range() {
        String[] parts = schedule.substring(RANGE.length()).split(":");
        try {
            return new double[] {Double.parseDouble(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a range schedule is range:FROM:STEPS, not '" + schedule + "'");
        }
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    public TrainingConfig with(String newDataset, Integer newEpochs, Integer newBatch, OptimizerKind newOptimizer, Double newLr,
            Long newSeed, Device newDevice) {
        return edit(f -> {
            f.dataset = newDataset != null ? newDataset : dataset;
            f.epochs = newEpochs != null ? newEpochs : epochs;
            f.batchSize = newBatch != null ? newBatch : batchSize;
            f.optimizer = newOptimizer != null ? newOptimizer : optimizer;
            f.learningRate = newLr != null ? newLr : learningRate;
            f.seed = newSeed != null ? newSeed : seed;
            f.device = newDevice != null ? newDevice : device;
        });
    }

    /** This configuration with another seed (initial weights, data order, masks, augmentation). */
    public TrainingConfig withSeed(long newSeed) {
        return edit(f -> f.seed = newSeed);
    }

    /** This configuration with Adam's (and AdamW's) decays of the gradients' mean and of their squares' mean. */
    public TrainingConfig withBetas(double newBeta1, double newBeta2) {
        return edit(f -> {
            f.beta1 = newBeta1;
            f.beta2 = newBeta2;
        });
    }

    /**
     * Betas as {@code --betas} and the launch tab take them, "B1,B2".
     *
     * @throws IllegalArgumentException naming the text where it is not two numbers (their range is {@link #validate}'s)
     */
    public static double[] betas(String text) {
        String[] parts = text.split(",");
        try {
            if (parts.length == 2) {
                return new double[] {Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip())};
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new IllegalArgumentException("--betas takes Adam's two decays, such as 0.5,0.999, not '" + text + "'");
    }

    /** The betas as a setting is written: "0.5,0.999". */
    public String betasText() {
        return java.math.BigDecimal.valueOf(beta1).stripTrailingZeros().toPlainString() + ","
                + java.math.BigDecimal.valueOf(beta2).stripTrailingZeros().toPlainString();
    }

    /** This configuration with a GAN discriminator's own learning rate (0: the learning rate). */
    public TrainingConfig withDiscriminatorRate(double rate) {
        return edit(f -> f.discriminatorRate = rate);
    }

    /** This configuration with a GAN's discriminator steps per generator step (1: both networks at every step). */
    public TrainingConfig withDiscriminatorSteps(int steps) {
        return edit(f -> f.discriminatorSteps = steps);
    }

    /** The discriminator's rate over the learning rate: what its steps are multiplied by (1 where it has no rate of its own). */
    public double discriminatorRateFactor() {
        return discriminatorRate > 0 ? discriminatorRate / learningRate : 1;
    }

    /** This configuration with SGD's (or RMSProp's) momentum. */
    public TrainingConfig withMomentum(double newMomentum) {
        return edit(f -> f.momentum = newMomentum);
    }

    public TrainingConfig withSchedule(String newSchedule, int newWarmup, double newClip, double newMomentum, boolean newNesterov,
            double newWeightDecay, int newPatience, double newValidation, int newThreads) {
        return edit(f -> {
            f.schedule = newSchedule;
            f.warmupSteps = newWarmup;
            f.clipNorm = newClip;
            f.momentum = newMomentum;
            f.nesterov = newNesterov;
            f.weightDecay = newWeightDecay;
            f.patience = newPatience;
            f.validationFraction = newValidation;
            f.threads = newThreads;
        });
    }

    /** This configuration with other changes to the training pictures. */
    public TrainingConfig withAugmentation(Augmentation newAugmentation) {
        return edit(f -> f.augmentation = newAugmentation);
    }

    /** Layer ids as --freeze takes them, comma-separated; none for null or blank. */
    public static java.util.List<String> layerIds(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? java.util.List.of()
                : java.util.List.of(commaSeparated.strip().split("\\s*,\\s*"));
    }

    /** This configuration with these layers' (or block instances') parameters kept as they are. */
    public TrainingConfig withFrozenLayers(java.util.List<String> layers) {
        return edit(f -> f.frozenLayers = layers);
    }

    /** This configuration training only these layers' (or block instances') parameters; empty: every layer not frozen. */
    public TrainingConfig withTrainedLayers(java.util.List<String> layers) {
        return edit(f -> f.trainedLayers = layers);
    }

    /** This configuration with cross-entropy weighted per class: "", "balanced" or "W0,W1,...". */
    public TrainingConfig withClassWeights(String weights) {
        return edit(f -> f.classWeights = weights);
    }

    /** The class weights as numbers; empty for none, and for "balanced" until the trainer has counted the labels. */
    public double[] classWeightValues() {
        if (classWeights.isEmpty() || classWeights.equals(BALANCED)) {
            return new double[0];
        }
        try {
            return java.util.Arrays.stream(classWeights.split("\\s*,\\s*")).mapToDouble(Double::parseDouble).toArray();
        } catch (NumberFormatException e) {
            return new double[] {Double.NaN};
        }
    }

    /** --class-weights balanced: each class weighted inversely to its share of the training labels. */
    public static final String BALANCED = "balanced";

    /** This configuration with label smoothing ε (0: none). */
    public TrainingConfig withLabelSmoothing(double epsilon) {
        return edit(f -> f.labelSmoothing = epsilon);
    }

    /** This configuration with the weights averaged at decay {@code decay} (0: none). */
    public TrainingConfig withEmaDecay(double decay) {
        return edit(f -> f.emaDecay = decay);
    }

    /** This configuration distilling from a teacher ({@link Distillation#NONE}: none). */
    public TrainingConfig withDistillation(Distillation teacher) {
        return edit(f -> f.distillation = teacher);
    }

    /** This configuration with adversarial training ({@link Adversarial#NONE}: none). */
    public TrainingConfig withAdversarial(Adversarial training) {
        return edit(f -> f.adversarial = training);
    }

    /** This configuration with certified training ({@link CertifiedTraining#NONE}: none). */
    public TrainingConfig withCertified(CertifiedTraining training) {
        return edit(f -> f.certified = training);
    }

    /** This configuration with mixup at α (0: none). */
    public TrainingConfig withMixup(double alpha) {
        return edit(f -> f.mixup = alpha);
    }

    /** A copy of this configuration with {@code change} applied: each wither names only what it changes. */
    private TrainingConfig edit(java.util.function.Consumer<Fields> change) {
        Fields f = new Fields(this);
        change.accept(f);
        return f.build();
    }

    /** The components as fields one can set, for {@link #edit}. */
    private static final class Fields {
        String dataset;
        int epochs;
        int batchSize;
        OptimizerKind optimizer;
        double learningRate;
        double momentum;
        boolean nesterov;
        double weightDecay;
        double clipNorm;
        long seed;
        String schedule;
        int warmupSteps;
        double validationFraction;
        int patience;
        Device device;
        int threads;
        Augmentation augmentation;
        java.util.List<String> frozenLayers;
        java.util.List<String> trainedLayers;
        double labelSmoothing;
        String classWeights;
        double emaDecay;
        double mixup;
        Distillation distillation;
        Adversarial adversarial;
        double beta1;
        double beta2;
        double discriminatorRate;
        int discriminatorSteps;
        CertifiedTraining certified;

        Fields(TrainingConfig c) {
            dataset = c.dataset;
            epochs = c.epochs;
            batchSize = c.batchSize;
            optimizer = c.optimizer;
            learningRate = c.learningRate;
            momentum = c.momentum;
            nesterov = c.nesterov;
            weightDecay = c.weightDecay;
            clipNorm = c.clipNorm;
            seed = c.seed;
            schedule = c.schedule;
            warmupSteps = c.warmupSteps;
            validationFraction = c.validationFraction;
            patience = c.patience;
            device = c.device;
            threads = c.threads;
            augmentation = c.augmentation;
            frozenLayers = c.frozenLayers;
            trainedLayers = c.trainedLayers;
            labelSmoothing = c.labelSmoothing;
            classWeights = c.classWeights;
            emaDecay = c.emaDecay;
            mixup = c.mixup;
            distillation = c.distillation;
            adversarial = c.adversarial;
            beta1 = c.beta1;
            beta2 = c.beta2;
            discriminatorRate = c.discriminatorRate;
            discriminatorSteps = c.discriminatorSteps;
            certified = c.certified;
        }

        TrainingConfig build() {
            return new TrainingConfig(dataset, epochs, batchSize, optimizer, learningRate, momentum, nesterov, weightDecay, clipNorm, seed,
                    schedule, warmupSteps, validationFraction, patience, device, threads, augmentation, frozenLayers, trainedLayers,
                    labelSmoothing, classWeights, emaDecay, mixup, distillation, adversarial, beta1, beta2, discriminatorRate,
                    discriminatorSteps, certified);
        }
    }

    /** Whether validation, the test and the trained model use averaged weights ({@code --ema}). */
    public boolean averagesWeights() {
        return emaDecay > 0;
    }

    /**
     * A caution where this configuration took another family of optimizer than {@code before} (plain SGD against the
     * adaptive Adam, AdamW and RMSProp) but kept its learning rate, and that rate lies outside what the new family
     * usually trains with: SGD's effective rate (the rate over 1 - momentum) from 0.005 to 1, the adaptive ones' from
     * 1e-5 to 0.01. A rate set for one family is typically ten to a hundred times off for the other, so the run would
     * crawl or diverge without saying why. Empty where the family or the rate changed, or the rate suits either.
     */
    public java.util.Optional<String> learningRateCaution(TrainingConfig before) {
        boolean adaptive = optimizer != OptimizerKind.SGD;
        if (adaptive == (before.optimizer != OptimizerKind.SGD) || learningRate != before.learningRate) {
            return java.util.Optional.empty();
        }
        double effective = adaptive ? learningRate : learningRate / (1 - momentum);
        boolean usual = adaptive ? effective >= 1e-5 && effective <= 1e-2 : effective >= 5e-3 && effective <= 1;
        if (usual) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(String.format(java.util.Locale.ROOT, "the learning rate %s was set for %s; %s usually trains with %s",
                learningRate, before.optimizer.getLiteral(), optimizer.getLiteral(),
                adaptive ? "1e-4 to 3e-3" : momentum > 0 ? "0.01 to 0.1 times (1 - momentum)" : "0.01 to 0.1"));
    }

    /** The one-cycle schedule's name (Smith and Topin, 2019). */
    public static final String ONE_CYCLE = "onecycle";

    /**
     * One cycle as PyTorch's OneCycleLR draws it by default: from the rate / 25 up to the rate over the first 30% of the steps,
     * then down to the rate / 250,000 by the last, both halves cosine-shaped.
     */
    private double oneCycle(long step, long totalSteps) {
        double start = learningRate / 25;
        double end = start / 1e4;
        double rise = Math.max(1, 0.3 * totalSteps - 1);
        if (step <= rise) {
            return cosineBetween(start, learningRate, step / rise);
        }
        double fall = Math.max(1, totalSteps - 1 - rise);
        return cosineBetween(learningRate, end, Math.min(1, (step - rise) / fall));
    }

    /** From {@code from} at share 0 to {@code to} at share 1 along half a cosine. */
    private static double cosineBetween(double from, double to, double share) {
        return to + (from - to) / 2 * (1 + Math.cos(Math.PI * share));
    }

    /** The learning rate at a step (0-based) of {@code totalSteps}. */
    public double learningRateAt(long step, long totalSteps) {
        if (schedule.startsWith(RANGE)) {
            double[] range = range();
            double along = Math.min(step, (long) range[1] - 1) / (range[1] - 1);
            return range[0] * Math.pow(learningRate / range[0], along);
        }
        double rate = switch (schedule) {
            case "step" -> learningRate * (step >= 0.75 * totalSteps ? 0.01 : step >= 0.5 * totalSteps ? 0.1 : 1);
            case "cosine" -> learningRate * 0.5 * (1 + Math.cos(Math.PI * Math.min(1.0, step / (double) Math.max(1, totalSteps))));
            case ONE_CYCLE -> oneCycle(step, totalSteps);
            default -> learningRate;
        };
        return warmupSteps > 0 && step < warmupSteps ? rate * (step + 1) / warmupSteps : rate;
    }
}
