package dev.dendrite.launching;

/**
 * The attributes of a "Dendrite Training" launch configuration. Every setting is optional: an
 * absent one takes the network's own training setting, as on the command line.
 */
public final class TrainingAttributes {

    public static final String TYPE_ID = "dev.dendrite.launching.training";

    /** Workspace path of the {@code .dnet} file ("/project/nets/lenet.dnet"). */
    public static final String NETWORK = "dev.dendrite.network";
    /** A data specification as {@code --data} takes it (mnist, synthetic:two-moons, idx:..., csv:...). */
    public static final String DATA = "dev.dendrite.data";
    /** Changes to the training pictures as {@code --augment} takes them ("shift:2,flip"); empty: none. */
    public static final String AUGMENT = "dev.dendrite.augment";
    public static final String EPOCHS = "dev.dendrite.epochs";
    public static final String BATCH = "dev.dendrite.batch";
    public static final String OPTIMIZER = "dev.dendrite.optimizer";
    public static final String LEARNING_RATE = "dev.dendrite.lr";
    public static final String MOMENTUM = "dev.dendrite.momentum";
    public static final String NESTEROV = "dev.dendrite.nesterov";
    /** Adam's and AdamW's decays as {@code --betas} takes them ("0.5,0.999"); empty: the network's. */
    public static final String BETAS = "dev.dendrite.betas";
    public static final String WEIGHT_DECAY = "dev.dendrite.weightDecay";
    public static final String CLIP = "dev.dendrite.clip";
    /** Layer ids whose parameters keep their values ({@code --freeze}), comma-separated; empty: every layer trains. */
    public static final String FREEZE = "dev.dendrite.freeze";
    /** The only layer ids that train ({@code --train-only}), comma-separated; empty: every layer not frozen. */
    public static final String TRAIN_ONLY = "dev.dendrite.trainOnly";
    /** Cross-entropy's class weights ({@code --class-weights}): balanced or W0,W1,...; empty: none. */
    public static final String CLASS_WEIGHTS = "dev.dendrite.classWeights";
    /** Label smoothing's ε ({@code --label-smoothing}); empty: none. */
    public static final String LABEL_SMOOTHING = "dev.dendrite.labelSmoothing";
    /** The decay of the weights' moving average ({@code --ema}); empty: none. */
    public static final String EMA = "dev.dendrite.ema";
    /** Mixup's α ({@code --mixup}); empty: none. */
    public static final String MIXUP = "dev.dendrite.mixup";
    /** The teacher of knowledge distillation, a run directory or an ONNX model ({@code --teacher}); empty: none. */
    public static final String TEACHER = "dev.dendrite.teacher";
    /** Distillation's temperature ({@code --distill-temperature}); empty: 4. */
    public static final String DISTILL_TEMPERATURE = "dev.dendrite.distillTemperature";
    /** Distillation's share of the soft targets ({@code --distill-weight}); empty: 0.5. */
    public static final String DISTILL_WEIGHT = "dev.dendrite.distillWeight";
    /** Adversarial training's radius (--adversarial); empty: none. */
    public static final String ADVERSARIAL = "dev.dendrite.adversarial";
    /** Adversarial training's gradient steps (--adversarial-steps); empty: 1. */
    public static final String ADVERSARIAL_STEPS = "dev.dendrite.adversarialSteps";
    /** Certified (IBP) training's radius (--certified); empty: none. */
    public static final String CERTIFIED = "dev.dendrite.certified";
    /** Certified training's ramp in epochs (--certified-ramp); empty: half the epochs after the warm-up. */
    public static final String CERTIFIED_RAMP = "dev.dendrite.certifiedRamp";
    /** Certified training's bounds (--certified-bounds interval|crown-ibp); empty: interval. */
    public static final String CERTIFIED_BOUNDS = "dev.dendrite.certifiedBounds";
    public static final String SCHEDULE = "dev.dendrite.schedule";
    public static final String WARMUP = "dev.dendrite.warmup";
    public static final String PATIENCE = "dev.dendrite.patience";
    public static final String VALIDATION = "dev.dendrite.validation";
    public static final String SEED = "dev.dendrite.seed";
    /** "cpu" or "cuda". */
    public static final String DEVICE = "dev.dendrite.device";
    public static final String THREADS = "dev.dendrite.threads";
    /** Replicas of the train step over the cores ({@code --replicas}); empty: automatic. */
    public static final String REPLICAS = "dev.dendrite.replicas";
    /** Workspace path of the folder that receives run directories (default: the network's project's "runs"). */
    public static final String RUNS_FOLDER = "dev.dendrite.runsFolder";
    /** A fixed run directory name; empty: NETWORK-yyyyMMdd-HHmmss for every launch. */
    public static final String RUN_NAME = "dev.dendrite.runName";
    /** Continue the run directory's last checkpoint instead of starting over. */
    public static final String RESUME = "dev.dendrite.resume";
    public static final String CHECKPOINT_EVERY = "dev.dendrite.checkpointEvery";
    /** Activation and gradient statistics every N train steps (empty or 0: none); new configurations start at {@link #DEFAULT_HEALTH_EVERY}. */
    public static final String HEALTH_EVERY = "dev.dendrite.healthEvery";
    public static final String DEFAULT_HEALTH_EVERY = "100";
    /** Layers whose activations are recorded on a probe set after each epoch ("all" or ids), for the Embedding view. */
    public static final String TAPS = "dev.dendrite.taps";
    public static final String PROBE = "dev.dendrite.probe";
    /** Record the activations every N epochs (and before training and at the last epoch). */
    public static final String TAPS_EVERY = "dev.dendrite.tapsEvery";
    /** Whose first samples the probe set is: "test" (empty) or "train" (what neural collapse is defined on). */
    public static final String PROBE_SPLIT = "dev.dendrite.probeSplit";
    /** Keep the model's weights every N epochs (and before training and at the last), the training path the Loss Landscape view draws. */
    public static final String KEEP_WEIGHTS_EVERY = "dev.dendrite.keepWeightsEvery";
    /** The Hessian's top eigenvalue every N epochs (and at the last), for the Training Monitor's Sharpness chart; empty: none. */
    public static final String SHARPNESS_EVERY = "dev.dendrite.sharpnessEvery";
    /** A GAN's samples judged by this classifier (a run directory or an ONNX model) through training; empty: none. */
    public static final String JUDGE = "dev.dendrite.judge";
    /** A GAN discriminator's own learning rate (the two time-scale update rule); empty: the learning rate. */
    public static final String DISCRIMINATOR_LR = "dev.dendrite.discriminatorLearningRate";
    /** A GAN's discriminator steps per generator step (WGAN-GP's n_critic); empty: the network's (1 unless set). */
    public static final String DISCRIMINATOR_STEPS = "dev.dendrite.discriminatorSteps";
    /** Judge the samples every N epochs (and at the last); empty: every epoch. */
    public static final String JUDGE_EVERY = "dev.dendrite.judgeEvery";

    /** The launched process's attribute holding the run directory's absolute path. */
    public static final String PROCESS_RUN_DIRECTORY = "dev.dendrite.runDirectory";

    private TrainingAttributes() {
    }
}
