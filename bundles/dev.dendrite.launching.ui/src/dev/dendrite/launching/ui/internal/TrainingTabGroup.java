package dev.dendrite.launching.ui.internal;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTabGroup;
import org.eclipse.debug.ui.CommonTab;
import org.eclipse.debug.ui.ILaunchConfigurationDialog;
import org.eclipse.debug.ui.ILaunchConfigurationTab;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.FilteredResourcesSelectionDialog;

import dev.dendrite.launching.TrainingAttributes;
import dev.dendrite.launching.ui.internal.SettingsTab.FieldSpec;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.train.data.Augmentation;
import dev.dendrite.train.data.AugmentedExamples;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.data.DataSources;
import dev.dendrite.train.data.NpmDatasets;

/** The tabs of a "Dendrite Training" configuration: network, data, optimisation, loss and layers, device, reproducibility, output, common. */
public final class TrainingTabGroup extends AbstractLaunchConfigurationTabGroup {

    static final String[] DATA_SETS = {"mnist", "fashion-mnist", "synthetic:two-moons", "synthetic:spirals", "synthetic:swiss-roll",
        "synthetic:s-curve", "synthetic:sphere",
        "synthetic:teacher", "synthetic:sine", "synthetic:parity", "synthetic:tagging", "synthetic:sine-forecast", "synthetic:sine-generation",
        "synthetic:sine-next", "synthetic:last-sign", "synthetic:phrases", "synthetic:reverse", "synthetic:copy", "synthetic:sort", "synthetic:communities",
        "synthetic:motifs", "synthetic:cycles", "synthetic:bonds", "synthetic:lookup",
        "idx:IMAGES,LABELS", "csv:FILE", "npy:FEATURES,LABELS", "images:DIR", "graphs:FILE.jsonl", "sequences:FILE.jsonl", "text:FILE",
        "cifar10:DIR"};

    @Override
    public void createTabs(ILaunchConfigurationDialog dialog, String mode) {
        setTabs(new ILaunchConfigurationTab[] {networkTab(), dataTab(), optimisationTab(), lossAndLayersTab(), deviceTab(),
            new SettingsTab("Reproducibility", "Runs with the same seed give bit-identical loss curves (data order, initial weights, masks).",
                    List.of(FieldSpec.text("Seed", TrainingAttributes.SEED, "the run's seed; empty: the network's"))),
            new SettingsTab("Output", "Each launch writes a run directory: configuration, status, metrics, checkpoints, the generated graphs "
                    + "and the trained model.", List.of(
                    FieldSpec.text("Runs folder", TrainingAttributes.RUNS_FOLDER, "workspace folder of the run directories; empty: the project's runs/", "the project's runs/"),
                    FieldSpec.text("Run name", TrainingAttributes.RUN_NAME, "empty: NETWORK-date-time, a new directory per launch", "network-date-time, new each launch"),
                    FieldSpec.check("Resume the run directory's last checkpoint", TrainingAttributes.RESUME,
                            "continue a cancelled or crashed run exactly where it stopped"),
                    FieldSpec.text("Checkpoint every (steps)", TrainingAttributes.CHECKPOINT_EVERY, "also checkpoint inside epochs; empty or 0: per epoch", "each epoch's end"),
                    FieldSpec.text("Activation health every (steps)", TrainingAttributes.HEALTH_EVERY, "per-layer statistics inside the train "
                            + "step for the Activation Health view; every 100 costs 0.1–3% of the time; empty or 0: none", "none"),
                    FieldSpec.text("Record activations of", TrainingAttributes.TAPS, "all, or layer ids separated by commas: their outputs on "
                            + "a probe set after each epoch, for the Embedding view; empty: none", "none"),
                    FieldSpec.text("Probe samples", TrainingAttributes.PROBE, "how many samples the recorded activations cover; "
                            + "empty: 1000", "1000"),
                    FieldSpec.text("Record every (epochs)", TrainingAttributes.TAPS_EVERY, "the checkpoints recorded: before training, every "
                            + "N epochs and the last; empty: every epoch", "every epoch"),
                    FieldSpec.text("Probe split", TrainingAttributes.PROBE_SPLIT, "test or train: whose first samples the probe set is "
                            + "(train: neural collapse as defined, on the samples the network learns from); empty: test", "test"),
                    FieldSpec.text("Keep weights every (epochs)", TrainingAttributes.KEEP_WEIGHTS_EVERY, "the model's weights before "
                            + "training, every N epochs and at the last, in weights/: the training path the Loss Landscape view draws over the "
                            + "loss; empty: none", "none"),
                    FieldSpec.text("Sharpness every (epochs)", TrainingAttributes.SHARPNESS_EVERY, "the Hessian's top eigenvalue on 512 "
                            + "training samples every N epochs and at the last, beside SGD's edge of stability, for the Training Monitor; "
                            + "about 40 gradients each; empty: none", "none"),
                    FieldSpec.text("Judge a GAN's samples with", TrainingAttributes.JUDGE, "a classifier trained on the same data, a run "
                            + "directory (runs/NAME) or an ONNX model: 1,000 samples judged against the test split (Fréchet distance, "
                            + "classifier score, classes covered) for the Training Monitor; empty: none", "none"),
                    FieldSpec.text("Judge every (epochs)", TrainingAttributes.JUDGE_EVERY, "how often the judge reads the samples, and at "
                            + "the last epoch; empty: every epoch", "every epoch"))),
            new CommonTab()});
        SettingsTab.group(SettingsTab::problem, (Object[]) getTabs());
    }

    public static SettingsTab networkTab() {
        return new SettingsTab("Network", "The network to train: a .dnet file in the workspace. Its training settings are the defaults of "
                + "every other tab.", List.of(FieldSpec.text("Network", TrainingAttributes.NETWORK, "workspace path, e.g. /project/lenet-5.dnet"))) {
            @Override
            protected void extend(Composite page) {
                new Label(page, SWT.NONE);
                Button browse = new Button(page, SWT.PUSH);
                browse.setText("Browse...");
                browse.addListener(SWT.Selection, e -> {
                    FilteredResourcesSelectionDialog dialog = new FilteredResourcesSelectionDialog(page.getShell(), false,
                            ResourcesPlugin.getWorkspace().getRoot(), IResource.FILE);
                    dialog.setTitle("Network");
                    dialog.setInitialPattern("*.dnet");
                    if (dialog.open() == 0 && dialog.getFirstResult() instanceof IFile file) {
                        ((Text) control(TrainingAttributes.NETWORK)).setText(file.getFullPath().toString());
                    }
                });
            }
        };
    }

    public static SettingsTab dataTab() {
        return new SettingsTab("Data", "Built-in data sets (fetched once by npm package name and cached), generated ones, or your files. "
                + "The first item, or an empty field, keeps the network's own data set.",
                List.of(FieldSpec.choice("Data", TrainingAttributes.DATA,
                        "mnist, fashion-mnist, synthetic:NAME, idx:IMAGES,LABELS[,TEST_IMAGES,TEST_LABELS], csv:FILE, npy:FEATURES,LABELS, "
                                + "images:DIR, graphs:FILE.jsonl[,TEST.jsonl], sequences:FILE.jsonl[,TEST.jsonl], text:FILE[,WINDOW], cifar10:DIR",
                        DATA_SETS),
                        FieldSpec.choice("Augmentation", TrainingAttributes.AUGMENT, "changes to every training picture, drawn afresh each "
                                + "epoch: shift:P (up to P pixels each way), flip (mirror half; not for digits or text), rotate:D (turn by up to D degrees), cutout:P (erase a "
                                + "P×P square), mutate:M (M% of values redrawn), noise:S (Gaussian noise of deviation S: a smoothed model's training), "
                                + "comma-separated; validation and test pictures stay as they are; empty: none",
                                "none", "shift:2", "shift:2,rotate:10", "shift:2,flip", "shift:4,flip", "shift:2,cutout:8", "shift:4,flip,cutout:8",
                                "noise:0.25"))) {
            @Override
            protected void extend(Composite page) {
                Button preview = new Button(page, SWT.PUSH);
                preview.setText("Preview");
                preview.setToolTipText("Shapes and counts of the data set, and with an augmentation its first training pictures as "
                        + "epochs 1 to 3 change them");
                Label summary = new Label(page, SWT.WRAP);
                summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
                summary.setText("Shapes and counts of the chosen data set");
                AugmentationStrip strip = new AugmentationStrip(page);
                strip.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false, 2, 1));
                preview.addListener(SWT.Selection, e -> {
                    String spec = effective(TrainingAttributes.DATA);
                    String augment = effective(TrainingAttributes.AUGMENT);
                    summary.setText("Reading " + spec + "...");
                    Job.create("Reading " + spec, monitor -> {
                        String text;
                        AugmentedExamples examples = null;
                        try {
                            BatchSource[] sets = DataSources.loadAny(spec, NpmDatasets.defaultCache(), 42);
                            text = DataSources.describe(sets);
                            Augmentation augmentation = Augmentation.parse(augment);
                            if (!augmentation.none()) {
                                examples = AugmentedExamples.of(sets[0], augmentation, 42, 8, 3);
                                text += "; below: the first 8 training pictures and, row by row, epochs 1 to 3 of " + augmentation.spec();
                            }
                        } catch (Exception ex) {
                            text = ex.getMessage();
                        }
                        String shown = text;
                        AugmentedExamples drawn = examples;
                        page.getDisplay().asyncExec(() -> {
                            if (!summary.isDisposed()) {
                                summary.setText(shown);
                                strip.show(drawn);
                            }
                        });
                        return Status.OK_STATUS;
                    }).schedule();
                });
            }
        };
    }

    static SettingsTab optimisationTab() {
        return new SettingsTab("Optimisation", "Empty fields and the choices marked (the network's) keep the network's settings.", List.of(
                FieldSpec.choice("Optimizer", TrainingAttributes.OPTIMIZER, "sgd, adam, adamw or rmsprop", "sgd", "adam", "adamw", "rmsprop"),
                FieldSpec.text("Learning rate", TrainingAttributes.LEARNING_RATE,
                        "a number > 0, or find: the run starts with the range test and trains at the rate it suggests"),
                FieldSpec.choice("Schedule", TrainingAttributes.SCHEDULE, "constant, step (×0.1 at 50% and 75%), cosine, onecycle (from a 25th "
                        + "of the rate up to it over 30% of the steps, then down to nearly 0), or plateau[:P[:F]] (×F, default 0.1, whenever the "
                        + "validation loss has not improved for P epochs, default 2)", "constant", "step", "cosine", "onecycle", "plateau",
                        "plateau:3:0.5"),
                FieldSpec.text("Warm-up steps", TrainingAttributes.WARMUP, "linear warm-up over the first steps"),
                FieldSpec.text("Batch size", TrainingAttributes.BATCH, "samples per step"),
                FieldSpec.text("Epochs", TrainingAttributes.EPOCHS, "passes over the training data"),
                FieldSpec.text("Momentum", TrainingAttributes.MOMENTUM, "SGD momentum in [0, 1)"),
                FieldSpec.check("Nesterov momentum", TrainingAttributes.NESTEROV, "look-ahead momentum"),
                FieldSpec.text("Adam's betas", TrainingAttributes.BETAS, "Adam's and AdamW's decays of the gradients' mean and of their "
                        + "squares', as B1,B2 (GANs: 0.5,0.999)"),
                FieldSpec.text("Discriminator's learning rate", TrainingAttributes.DISCRIMINATOR_LR, "a GAN's discriminator at its own "
                        + "rate, the generator at the learning rate (two time-scale update rule: 4e-4 against 1e-4); empty: the network's (the "
                        + "learning rate unless set)", "the network's"),
                FieldSpec.text("Discriminator steps per generator step", TrainingAttributes.DISCRIMINATOR_STEPS, "a GAN's discriminator "
                        + "updates at every step, its generator at every K-th (WGAN-GP: 5); empty: the network's", "the network's"),
                FieldSpec.text("Weight decay", TrainingAttributes.WEIGHT_DECAY, "L2 (AdamW: decoupled)"),
                FieldSpec.text("Gradient clipping (global norm)", TrainingAttributes.CLIP, "0: none"),
                FieldSpec.text("Weight averaging (EMA decay)", TrainingAttributes.EMA, "e.g. 0.999: validation, the test and the model "
                        + "use a moving average of the weights; empty or 0: the last weights", "none: the last weights"),
                FieldSpec.text("Validation fraction", TrainingAttributes.VALIDATION, "split off the training data, seeded"),
                FieldSpec.text("Early-stopping patience (epochs)", TrainingAttributes.PATIENCE, "0: never stop early"))) {
            @Override
            protected void extend(Composite page) {
                LearningRateFinder.attach(page, this::getLaunchConfigurationDialog, (Text) control(TrainingAttributes.LEARNING_RATE));
            }
        };
    }

    /** How the loss weighs each sample, and which layers train: what fine-tuning and imbalanced data need. */
    static SettingsTab lossAndLayersTab() {
        return new SettingsTab("Loss and layers", "How cross-entropy weighs each sample, what it learns from besides the labels, and which "
                + "layers train. Empty fields keep plain cross-entropy and train every layer.", List.of(
                FieldSpec.text("Label smoothing", TrainingAttributes.LABEL_SMOOTHING, "ε in [0, 1): cross-entropy trains towards 1 − ε on "
                        + "the label and ε/K on each class; validation and test losses stay plain; empty or 0: none", "none"),
                FieldSpec.text("Mixup α", TrainingAttributes.MIXUP, "each batch mixed with itself reversed, pictures and labels alike, by λ "
                        + "from Beta(α, α) each step (0.2 is usual); empty or 0: none", "none"),
                FieldSpec.text("Teacher (distillation)", TrainingAttributes.TEACHER, "a trained classifier to learn from as well as the labels: "
                        + "a run directory (runs/NAME) or an ONNX model; the loss follows its class probabilities softened by the temperature "
                        + "(knowledge distillation); empty: none", "none"),
                FieldSpec.text("Distillation temperature", TrainingAttributes.DISTILL_TEMPERATURE, "T softens the teacher's and the student's "
                        + "probabilities alike; empty: 4", "4"),
                FieldSpec.text("Distillation weight", TrainingAttributes.DISTILL_WEIGHT, "α in (0, 1], the soft targets' share of the loss "
                        + "(1: the labels are not read); empty: 0.5", "0.5"),
                FieldSpec.text("Adversarial radius", TrainingAttributes.ADVERSARIAL, "ε: each batch is moved within ε of itself (each value "
                        + "by at most ε) up the loss's gradient before the step learns from it (fast adversarial training; 0.1 for pictures "
                        + "in [0, 1]); a step costs about two; empty: none", "none"),
                FieldSpec.text("Adversarial steps", TrainingAttributes.ADVERSARIAL_STEPS, "K gradient steps of 2.5·ε/K from the random start "
                        + "(PGD adversarial training; each a forward and backward pass more); empty: 1 step of 1.25·ε", "1"),
                FieldSpec.text("Certified radius (IBP)", TrainingAttributes.CERTIFIED, "ε: the step also learns from the worst logits interval "
                        + "bounds allow within ε of each sample, so that they certify the trained network (certified training; train at a "
                        + "somewhat larger ε than the one to certify); empty: none", "none"),
                FieldSpec.text("Certified ramp (epochs)", TrainingAttributes.CERTIFIED_RAMP, "epochs over which ε and the bounds' share rise "
                        + "from 0, after one clean epoch; empty: half the epochs after it", "half the epochs"),
                FieldSpec.choice("Certified bounds", TrainingAttributes.CERTIFIED_BOUNDS, "interval: interval bounds alone; crown-ibp: mixed "
                        + "with CROWN-IBP's linear bounds through the dense layers before the last, their share falling from 1 to 0 over the "
                        + "ramp (tighter at larger radii, a dearer step)", "interval", "crown-ibp"),
                FieldSpec.text("Class weights", TrainingAttributes.CLASS_WEIGHTS, "balanced (every class weighs alike) or W0,W1,...: "
                        + "cross-entropy weighs each sample by its label's weight; empty: none", "none: every class alike"),
                FieldSpec.text("Frozen layers", TrainingAttributes.FREEZE, "layer or block ids, comma-separated, whose parameters keep "
                        + "their values (fine-tuning the last layers of a pre-trained network); empty: every layer trains", "none"),
                FieldSpec.text("Train only", TrainingAttributes.TRAIN_ONLY, "layer or block ids, comma-separated: the only ones that train, "
                        + "every other is frozen (instead of Frozen layers); empty: every layer not frozen trains", "every layer not frozen")));
    }

    static SettingsTab deviceTab() {
        return new SettingsTab("Device", "Where ONNX Runtime runs the generated graphs. CUDA falls back to the CPU with the reason "
                + "in the console when it cannot be used.", List.of(
                FieldSpec.choice("Device", TrainingAttributes.DEVICE, "cpu or cuda", "cpu", "cuda"),
                FieldSpec.text("CPU threads", TrainingAttributes.THREADS, "0 or empty: every core, one for small and graph steps"),
                FieldSpec.text("Step replicas", TrainingAttributes.REPLICAS,
                        "slices of the batch run side by side; empty: automatic (convolutional and recurrent networks: one per core), 1: whole",
                        "automatic"))) {
            @Override
            protected void extend(Composite page) {
                Label cuda = new Label(page, SWT.WRAP);
                cuda.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
                String text;
                try {
                    var info = OnnxRuntime.info();
                    text = "ONNX Runtime " + info.version() + ": " + String.join(", ", info.providers())
                            + (info.providers().contains("CUDA") ? " (CUDA available)" : " (no CUDA provider: install the Dendrite CUDA feature)");
                } catch (RuntimeException | LinkageError e) {
                    text = "ONNX Runtime cannot be loaded here: " + e.getMessage();
                }
                cuda.setText(text);
            }
        };
    }
}
