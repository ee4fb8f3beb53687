package dev.dendrite.launching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.runtime.Device;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Augmentation;

/**
 * A launch configuration's settings as the trainer's command line ({@code dendrite train}
 * options), and their validation with the command line's own messages: a dialog refuses exactly
 * what {@code ./dendrite train} would refuse, in the same words.
 */
public final class TrainingArguments {

    /** Text attribute → command-line option; in the order the options are written. */
    private static final List<String[]> OPTIONS = List.of(
            new String[] {TrainingAttributes.DATA, "--data"}, new String[] {TrainingAttributes.AUGMENT, "--augment"},
            new String[] {TrainingAttributes.EPOCHS, "--epochs"},
            new String[] {TrainingAttributes.BATCH, "--batch"}, new String[] {TrainingAttributes.OPTIMIZER, "--optimizer"},
            new String[] {TrainingAttributes.LEARNING_RATE, "--lr"}, new String[] {TrainingAttributes.MOMENTUM, "--momentum"},
            new String[] {TrainingAttributes.BETAS, "--betas"},
            new String[] {TrainingAttributes.WEIGHT_DECAY, "--weight-decay"}, new String[] {TrainingAttributes.CLIP, "--clip"},
            new String[] {TrainingAttributes.FREEZE, "--freeze"},
            new String[] {TrainingAttributes.TRAIN_ONLY, "--train-only"}, new String[] {TrainingAttributes.CLASS_WEIGHTS, "--class-weights"}, new String[] {TrainingAttributes.LABEL_SMOOTHING, "--label-smoothing"},
            new String[] {TrainingAttributes.EMA, "--ema"}, new String[] {TrainingAttributes.MIXUP, "--mixup"},
            new String[] {TrainingAttributes.TEACHER, "--teacher"}, new String[] {TrainingAttributes.DISTILL_TEMPERATURE, "--distill-temperature"},
            new String[] {TrainingAttributes.DISTILL_WEIGHT, "--distill-weight"}, new String[] {TrainingAttributes.ADVERSARIAL, "--adversarial"},
            new String[] {TrainingAttributes.ADVERSARIAL_STEPS, "--adversarial-steps"}, new String[] {TrainingAttributes.CERTIFIED, "--certified"},
            new String[] {TrainingAttributes.CERTIFIED_RAMP, "--certified-ramp"}, new String[] {TrainingAttributes.CERTIFIED_BOUNDS, "--certified-bounds"},
            new String[] {TrainingAttributes.SCHEDULE, "--schedule"}, new String[] {TrainingAttributes.WARMUP, "--warmup"},
            new String[] {TrainingAttributes.PATIENCE, "--patience"}, new String[] {TrainingAttributes.VALIDATION, "--validation"},
            new String[] {TrainingAttributes.SEED, "--seed"}, new String[] {TrainingAttributes.DEVICE, "--device"},
            new String[] {TrainingAttributes.THREADS, "--threads"}, new String[] {TrainingAttributes.REPLICAS, "--replicas"},
            new String[] {TrainingAttributes.CHECKPOINT_EVERY, "--checkpoint-every"},
            new String[] {TrainingAttributes.HEALTH_EVERY, "--health-every"}, new String[] {TrainingAttributes.TAPS, "--taps"},
            new String[] {TrainingAttributes.PROBE, "--probe"}, new String[] {TrainingAttributes.TAPS_EVERY, "--taps-every"},
            new String[] {TrainingAttributes.PROBE_SPLIT, "--probe-split"},
            new String[] {TrainingAttributes.KEEP_WEIGHTS_EVERY, "--keep-weights-every"},
            new String[] {TrainingAttributes.SHARPNESS_EVERY, "--sharpness-every"}, new String[] {TrainingAttributes.JUDGE, "--judge"},
            new String[] {TrainingAttributes.JUDGE_EVERY, "--judge-every"},
            new String[] {TrainingAttributes.DISCRIMINATOR_LR, "--discriminator-lr"},
            new String[] {TrainingAttributes.DISCRIMINATOR_STEPS, "--discriminator-steps"});

    /**
     * The attributes of the settings a run records in its config.json: what a configuration that resumes a run leaves out, so
     * the run continues with its own (the command line takes them from the run directory) rather than the network's.
     */
    public static final List<String> RECORDED_SETTINGS = List.of(TrainingAttributes.DATA, TrainingAttributes.AUGMENT, TrainingAttributes.EPOCHS,
            TrainingAttributes.BATCH, TrainingAttributes.OPTIMIZER, TrainingAttributes.LEARNING_RATE, TrainingAttributes.MOMENTUM,
            TrainingAttributes.BETAS, TrainingAttributes.WEIGHT_DECAY, TrainingAttributes.CLIP, TrainingAttributes.FREEZE,
            TrainingAttributes.TRAIN_ONLY, TrainingAttributes.CLASS_WEIGHTS, TrainingAttributes.LABEL_SMOOTHING, TrainingAttributes.EMA,
            TrainingAttributes.MIXUP,
            TrainingAttributes.SCHEDULE, TrainingAttributes.WARMUP, TrainingAttributes.PATIENCE, TrainingAttributes.VALIDATION,
            TrainingAttributes.SEED, TrainingAttributes.NESTEROV, TrainingAttributes.DISCRIMINATOR_LR, TrainingAttributes.DISCRIMINATOR_STEPS);

    private TrainingArguments() {
    }

    /** The options after {@code train FILE}: every setting the configuration gives, then {@code --nesterov}, {@code --resume}. */
    public static List<String> options(Map<String, Object> attributes) {
        List<String> args = new ArrayList<>();
        for (String[] option : OPTIONS) {
            String value = text(attributes, option[0]);
            if (value != null) {
                args.add(option[1]);
                args.add(value);
            }
        }
        if (Boolean.TRUE.equals(attributes.get(TrainingAttributes.NESTEROV))) {
            args.add("--nesterov");
        }
        if (Boolean.TRUE.equals(attributes.get(TrainingAttributes.RESUME))) {
            args.add("--resume");
        }
        return args;
    }

    /**
     * The first problem with the settings for this network, worded as {@code dendrite train} words
     * it, or empty when a run can start.
     */
    public static Optional<String> problem(Map<String, Object> attributes, Network network) {
        try {
            config(attributes, network).validate();
            if (findsRate(attributes) && Boolean.TRUE.equals(attributes.get(TrainingAttributes.RESUME))) {
                return Optional.of(TrainingConfig.FIND_RATE_NEW_RUN_ONLY);
            }
            List<String> named = new ArrayList<>(TrainingConfig.layerIds(text(attributes, TrainingAttributes.FREEZE)));
            named.addAll(TrainingConfig.layerIds(text(attributes, TrainingAttributes.TRAIN_ONLY)));
            for (String id : named) {
                boolean known = network.getLayers().stream().anyMatch(l -> l.getId().equals(id))
                        || network.getBlocks().stream().anyMatch(b -> b.getName().equals(id) || id.startsWith(b.getName() + "."));
                if (!known) {
                    return Optional.of("no layer or block '" + id + "' in " + network.getName() + " to freeze or train alone");
                }
            }
            Integer every = integer(attributes, TrainingAttributes.CHECKPOINT_EVERY, "checkpoint-every");
            if (every != null && every < 0) {
                return Optional.of("--checkpoint-every needs a number of steps ≥ 0, got " + every);
            }
            Integer replicas = integer(attributes, TrainingAttributes.REPLICAS, "replicas");
            if (replicas != null && replicas < 1) {
                return Optional.of("--replicas needs a number of replicas ≥ 1, got " + replicas);
            }
            Integer health = integer(attributes, TrainingAttributes.HEALTH_EVERY, "health-every");
            if (health != null && health < 0) {
                return Optional.of("--health-every needs a number of steps ≥ 0, got " + health);
            }
            Integer tapsEvery = integer(attributes, TrainingAttributes.TAPS_EVERY, "taps-every");
            if (tapsEvery != null && tapsEvery < 1) {
                return Optional.of("--taps-every needs a number of epochs ≥ 1, got " + tapsEvery);
            }
            Integer sharpnessEvery = integer(attributes, TrainingAttributes.SHARPNESS_EVERY, "sharpness-every");
            if (sharpnessEvery != null && sharpnessEvery < 1) {
                return Optional.of("--sharpness-every needs a number of epochs ≥ 1, got " + sharpnessEvery);
            }
            Integer judgeEvery = integer(attributes, TrainingAttributes.JUDGE_EVERY, "judge-every");
            if (judgeEvery != null && (judgeEvery < 1 || text(attributes, TrainingAttributes.JUDGE) == null)) {
                return Optional.of(judgeEvery < 1 ? "--judge-every needs a number of epochs ≥ 1, got " + judgeEvery
                        : "--judge-every goes with a judge: the classifier run that judges the samples");
            }
            Integer probe = integer(attributes, TrainingAttributes.PROBE, "probe");
            if (probe != null && probe < 1) {
                return Optional.of("--probe needs a number of samples ≥ 1, got " + probe);
            }
            Integer keepEvery = integer(attributes, TrainingAttributes.KEEP_WEIGHTS_EVERY, "keep-weights-every");
            if (keepEvery != null && keepEvery < 1) {
                return Optional.of("--keep-weights-every needs a number of epochs ≥ 1, got " + keepEvery);
            }
            String probeSplit = text(attributes, TrainingAttributes.PROBE_SPLIT);
            if (probeSplit != null && !probeSplit.equals("test") && !probeSplit.equals("train")) {
                return Optional.of("--probe-split is test or train, not '" + probeSplit + "'");
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * A caution about settings that are valid but likely not what the user meant (a learning rate kept from another family
     * of optimizer: {@link TrainingConfig#learningRateCaution}), worded for the launch dialog; empty where there is none or
     * the settings have a problem.
     */
    public static Optional<String> caution(Map<String, Object> attributes, Network network) {
        if (findsRate(attributes)) {
            return Optional.empty();
        }
        try {
            return config(attributes, network).learningRateCaution(TrainingConfig.from(network));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** "find" in the Learning rate field: the run starts with the range test ({@code dendrite train --lr find}). */
    public static boolean findsRate(Map<String, Object> attributes) {
        return TrainingConfig.FIND_RATE.equals(text(attributes, TrainingAttributes.LEARNING_RATE));
    }

    /** The settings' configuration for this network, not yet validated. */
    private static TrainingConfig config(Map<String, Object> attributes, Network network) {
        TrainingConfig base = TrainingConfig.from(network);
        TrainingConfig config = base.with(text(attributes, TrainingAttributes.DATA), integer(attributes, TrainingAttributes.EPOCHS, "epochs"),
                integer(attributes, TrainingAttributes.BATCH, "batch"), optimizer(text(attributes, TrainingAttributes.OPTIMIZER)),
                findsRate(attributes) ? null : number(attributes, TrainingAttributes.LEARNING_RATE, "lr"),
                text(attributes, TrainingAttributes.SEED) == null ? null : (long) number(attributes, TrainingAttributes.SEED, "seed").doubleValue(),
                device(text(attributes, TrainingAttributes.DEVICE)));
        config = config.withSchedule(or(text(attributes, TrainingAttributes.SCHEDULE), config.schedule()),
                or(integer(attributes, TrainingAttributes.WARMUP, "warmup"), config.warmupSteps()),
                or(number(attributes, TrainingAttributes.CLIP, "clip"), config.clipNorm()),
                or(number(attributes, TrainingAttributes.MOMENTUM, "momentum"), config.momentum()),
                Boolean.TRUE.equals(attributes.get(TrainingAttributes.NESTEROV)) || config.nesterov(),
                or(number(attributes, TrainingAttributes.WEIGHT_DECAY, "weight-decay"), config.weightDecay()),
                or(integer(attributes, TrainingAttributes.PATIENCE, "patience"), config.patience()),
                or(number(attributes, TrainingAttributes.VALIDATION, "validation"), config.validationFraction()),
                or(integer(attributes, TrainingAttributes.THREADS, "threads"), config.threads()));
        if (text(attributes, TrainingAttributes.BETAS) != null) {
            double[] betas = TrainingConfig.betas(text(attributes, TrainingAttributes.BETAS));
            config = config.withBetas(betas[0], betas[1]);
        }
        Augmentation augmentation;
        try {
            augmentation = Augmentation.parse(text(attributes, TrainingAttributes.AUGMENT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--augment: " + e.getMessage());
        }
        // The other fields' messages name their options themselves.
        return config.withAugmentation(augmentation)
                .withFrozenLayers(TrainingConfig.layerIds(text(attributes, TrainingAttributes.FREEZE)))
                .withTrainedLayers(TrainingConfig.layerIds(text(attributes, TrainingAttributes.TRAIN_ONLY)))
                .withLabelSmoothing(or(number(attributes, TrainingAttributes.LABEL_SMOOTHING, "label-smoothing"), 0.0))
                .withClassWeights(text(attributes, TrainingAttributes.CLASS_WEIGHTS))
                .withEmaDecay(or(number(attributes, TrainingAttributes.EMA, "ema"), 0.0))
                .withMixup(or(number(attributes, TrainingAttributes.MIXUP, "mixup"), 0.0))
                .withDistillation(text(attributes, TrainingAttributes.TEACHER) == null ? dev.dendrite.train.config.Distillation.NONE
                        : new dev.dendrite.train.config.Distillation(text(attributes, TrainingAttributes.TEACHER),
                                or(number(attributes, TrainingAttributes.DISTILL_TEMPERATURE, "distill-temperature"),
                                        dev.dendrite.train.config.Distillation.NONE.temperature()),
                                or(number(attributes, TrainingAttributes.DISTILL_WEIGHT, "distill-weight"),
                                        dev.dendrite.train.config.Distillation.NONE.weight())))
                .withAdversarial(text(attributes, TrainingAttributes.ADVERSARIAL) == null ? dev.dendrite.train.config.Adversarial.NONE
                        : new dev.dendrite.train.config.Adversarial(number(attributes, TrainingAttributes.ADVERSARIAL, "adversarial"), "",
                                or(integer(attributes, TrainingAttributes.ADVERSARIAL_STEPS, "adversarial-steps"), 1)))
                .withCertified(text(attributes, TrainingAttributes.CERTIFIED) == null ? dev.dendrite.train.config.CertifiedTraining.NONE
                        : new dev.dendrite.train.config.CertifiedTraining(number(attributes, TrainingAttributes.CERTIFIED, "certified"), "", -1,
                                or(integer(attributes, TrainingAttributes.CERTIFIED_RAMP, "certified-ramp"), -1), 0.5, 0,
                                text(attributes, TrainingAttributes.CERTIFIED_BOUNDS)))
                .withDiscriminatorRate(or(number(attributes, TrainingAttributes.DISCRIMINATOR_LR, "discriminator-lr"), config.discriminatorRate()))
                .withDiscriminatorSteps(or(integer(attributes, TrainingAttributes.DISCRIMINATOR_STEPS, "discriminator-steps"),
                        config.discriminatorSteps()));
    }

    /** The trimmed text of an attribute, null when absent or blank. */
    public static String text(Map<String, Object> attributes, String key) {
        Object value = attributes.get(key);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static Integer integer(Map<String, Object> attributes, String key, String option) {
        String value = text(attributes, key);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + option + " needs a whole number, got '" + value + "'");
        }
    }

    private static Double number(Map<String, Object> attributes, String key, String option) {
        String value = text(attributes, key);
        try {
            return value == null ? null : Double.valueOf(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + option + " needs a number, got '" + value + "'");
        }
    }

    private static OptimizerKind optimizer(String name) {
        if (name == null) {
            return null;
        }
        OptimizerKind kind = OptimizerKind.get(name.toLowerCase(Locale.ROOT));
        if (kind == null) {
            throw new IllegalArgumentException("unknown optimizer '" + name + "': use sgd, adam, adamw or rmsprop");
        }
        return kind;
    }

    private static Device device(String name) {
        return name == null ? null : Device.parse(name);
    }
}
