package dev.dendrite.launching.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

import dev.dendrite.analysis.experiment.SweepPlan;

/**
 * File > New > Dendrite Sweep: a sweep file from a form (the network, epochs, a random search of the
 * learning rate and batch size, seeds, successive halving; for a GAN its discriminator's rate and a
 * classifier run that judges the samples), its JSON shown as it will be written so the format is learnt
 * by using it; opened in a text editor, and run at once where asked.
 */
public final class NewSweepWizard extends Wizard implements INewWizard {

    private static final String[] OPTIMIZERS = {"the network's", "adam", "adamw", "sgd", "rmsprop"};

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private Page page;

    @Override
    public void init(IWorkbench bench, IStructuredSelection sel) {
        this.workbench = bench;
        this.selection = sel;
        setWindowTitle("New Dendrite Sweep");
    }

    @Override
    public void addPages() {
        page = new Page(selection);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IFile file = page.createNewFile();
        if (file == null) {
            return false;
        }
        try {
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
            if (page.runNow.getSelection()) {
                DebugUITools.launch(SweepShortcut.configurationFor(file), "run");
            }
        } catch (PartInitException e) {
            page.setErrorMessage("Created " + file.getFullPath() + " but could not open it: " + e.getMessage());
        } catch (CoreException e) {
            page.setErrorMessage("Created " + file.getFullPath() + " but could not run it: " + e.getMessage());
        }
        return true;
    }

    /** The page (tests fill it as a user would). */
    public Page page() {
        return page;
    }

    /** File name and folder, then the form and the file's preview. */
    public static final class Page extends WizardNewFileCreationPage {

        private final List<IFile> networks = new ArrayList<>();
        private final IStructuredSelection selection;
        private Combo network;
        private Spinner epochs;
        private Combo optimizer;
        private Spinner trials;
        private Text lrFrom;
        private Text lrTo;
        private Text batches;
        /** Adam's β1 and β2, enabled where the runs train with Adam or AdamW (chosen, or the network's own). */
        private Text betaOne;
        private Text betaTwo;
        private Text seeds;
        private Button halving;
        private Spinner eta;
        private Button hyperband;
        /** The plan the form last described, or null. */
        private SweepPlan planned;
        private Text discriminatorFrom;
        private Text discriminatorTo;
        /** A GAN's discriminator steps per generator step. */
        private Text discriminatorSteps;
        private Combo judge;
        /** The network choice {@link #gan} was read for. */
        private int ganRead = -2;
        private boolean gan;
        private boolean ownAdam;
        /** The classifier runs the judge box offers, in its order after "none". */
        private final List<Path> judges = new ArrayList<>();
        private Button runNow;
        private Text preview;

        Page(IStructuredSelection selection) {
            super("sweep", selection);
            this.selection = selection;
            setTitle("Dendrite Sweep");
            setDescription("A random search of the learning rate and batch size, optionally by successive halving (in Hyperband's "
                    + "brackets or one).");
            setFileExtension("json");
            setFileName("sweep.json");
        }

        @Override
        protected void createAdvancedControls(Composite parent) {
            Composite form = new Composite(parent, SWT.NONE);
            form.setLayout(new GridLayout(4, false));
            form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            label(form, "Network:");
            network = new Combo(form, SWT.READ_ONLY);
            network.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
            listNetworks();
            label(form, "Epochs:");
            epochs = spinner(form, 9, 1, 10_000);
            label(form, "Optimizer:");
            optimizer = new Combo(form, SWT.READ_ONLY);
            optimizer.setItems(OPTIMIZERS);
            optimizer.select(0);
            label(form, "Trials:");
            trials = spinner(form, 18, 1, 10_000);
            label(form, "Seeds:");
            seeds = text(form, "1", "whole numbers: each trial trains once per seed");
            label(form, "Learning rate from:");
            lrFrom = text(form, "1e-4", "drawn log-uniformly between the two; equal for one rate every run shares");
            label(form, "to:");
            lrTo = text(form, "0.1", "drawn log-uniformly between the two; equal for one rate every run shares");
            label(form, "Batch sizes:");
            batches = text(form, "32, 64, 128", "one of them drawn per trial; one size for every run");
            ((GridData) batches.getLayoutData()).horizontalSpan = 3;
            label(form, "Adam's β1:");
            betaOne = text(form, "", "Adam's and AdamW's decay of the gradients' running mean: several (e.g. 0.5, 0.9) drawn one per trial, "
                    + "one every run shares; empty for the network's own (GANs train with 0.5)");
            betaOne.setMessage("the network's");
            label(form, "β2:");
            betaTwo = text(form, "", "Adam's and AdamW's decay of the squared gradients' running mean: several (e.g. 0.9, 0.999) drawn one "
                    + "per trial, one every run shares; empty for the network's own (WGAN-GP's critics train with 0.9)");
            betaTwo.setMessage("the network's");
            label(form, "Discriminator's rate from:");
            discriminatorFrom = text(form, "", "a GAN's: drawn log-uniformly between the two; empty for the network's own (the "
                    + "generator's rate unless set)");
            label(form, "to:");
            discriminatorTo = text(form, "", "a GAN's: drawn log-uniformly between the two; equal for one rate every run shares");
            label(form, "Discriminator steps:");
            discriminatorSteps = text(form, "", "a GAN's discriminator steps per generator step: several (e.g. 1, 5) drawn one per trial, one "
                    + "every run shares; empty for the network's own (1 unless set)");
            discriminatorSteps.setMessage("the network's");
            ((GridData) discriminatorSteps.getLayoutData()).horizontalSpan = 3;
            label(form, "Judge:");
            judge = new Combo(form, SWT.READ_ONLY);
            judge.setToolTipText("a GAN's: a classifier run on the same data judges each run's samples, and the runs are ranked by the "
                    + "Fréchet distance (halving too) instead of the adversarial loss");
            judge.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
            listJudges();
            halving = new Button(form, SWT.CHECK);
            halving.setText("Successive halving, eta:");
            halving.setSelection(true);
            halving.setToolTipText("train every trial to the first rung's epochs, then only the best 1/eta on, rung by rung");
            eta = spinner(form, 3, 2, 10);
            hyperband = new Button(form, SWT.CHECK);
            hyperband.setText("in Hyperband's brackets");
            hyperband.setToolTipText("several successive halvings (Li et al., 2018): fewer trials from more epochs each, the last trained "
                    + "whole; the brackets decide how many trials");
            hyperband.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
            runNow = new Button(form, SWT.CHECK);
            runNow.setText("Run the sweep when finished");
            runNow.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 4, 1));
            preview = new Text(form, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL);
            GridData previewData = new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1);
            previewData.heightHint = 220;
            preview.setLayoutData(previewData);
            preview.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
            for (var control : List.of(network, optimizer, epochs, trials, eta, lrFrom, lrTo, batches, betaOne, betaTwo, seeds,
                    discriminatorFrom, discriminatorTo, discriminatorSteps, judge)) {
                control.addListener(SWT.Modify, e -> update());
                control.addListener(SWT.Selection, e -> update());
            }
            halving.addListener(SWT.Selection, e -> {
                eta.setEnabled(halving.getSelection());
                hyperband.setEnabled(halving.getSelection());
                update();
            });
            hyperband.addListener(SWT.Selection, e -> update());
            update();
        }

        /** The workspace's networks, the selected one (or the first in the selection's project) chosen. */
        private void listNetworks() {
            try {
                ResourcesPlugin.getWorkspace().getRoot().accept(resource -> {
                    if (resource instanceof IFile f && "dnet".equals(f.getFileExtension())) {
                        networks.add(f);
                    }
                    return resource.getType() != IResource.FILE && !resource.getName().equals("runs");
                });
            } catch (CoreException e) {
                setErrorMessage("The workspace's networks could not be listed: " + e.getMessage());
            }
            network.setItems(networks.stream().map(f -> f.getFullPath().toString()).toArray(String[]::new));
            Object chosen = selection == null ? null : selection.getFirstElement();
            int index = chosen instanceof IFile f ? networks.indexOf(f) : -1;
            network.select(Math.max(0, index));
        }

        /**
         * The finished classifier runs of the workspace's {@code runs} folders (a test accuracy, not a generator), newest first: the
         * judges a GAN sweep can take.
         */
        private void listJudges() {
            List<dev.dendrite.train.run.RunRecord> found = new ArrayList<>();
            for (var project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
                if (!project.isOpen() || project.getLocation() == null) {
                    continue;
                }
                try (var runs = java.nio.file.Files.list(project.getLocation().toFile().toPath().resolve("runs"))) {
                    for (Path run : runs.filter(dev.dendrite.train.run.RunReader::isRunDirectory).toList()) {
                        var record = dev.dendrite.train.run.RunReader.readWithoutMetrics(run);
                        if (record.state() == dev.dendrite.train.run.RunState.FINISHED && !Double.isNaN(record.testAccuracy())
                                && java.nio.file.Files.isRegularFile(run.resolve("model.onnx"))) {
                            found.add(record);
                        }
                    }
                } catch (java.io.IOException | RuntimeException e) {
                    // A project without runs, or a run that cannot be read: not offered.
                }
            }
            found.sort(java.util.Comparator.comparing(dev.dendrite.train.run.RunRecord::startedAt, java.util.Comparator.nullsLast(
                    java.util.Comparator.reverseOrder())));
            judge.add("none: rank by the test loss");
            for (var run : found) {
                judges.add(run.directory());
                judge.add(String.format(java.util.Locale.ROOT, "%s/runs/%s (%.1f%%)", run.directory().getParent().getParent().getFileName(),
                        run.directory().getFileName(), 100 * run.testAccuracy()));
            }
            judge.select(0);
        }

        /** Whether the chosen network is a GAN's (only then do the discriminator's rate and the judge apply); read once per choice. */
        private boolean ganChosen() {
            int index = network.getSelectionIndex();
            if (index != ganRead) {
                ganRead = index;
                IFile chosen = index < 0 || index >= networks.size() ? null : networks.get(index);
                var loaded = chosen == null || chosen.getLocation() == null ? null
                        : dev.dendrite.model.io.DnetIO.load(chosen.getLocation().toFile().toPath());
                gan = loaded != null && loaded.ok() && dev.dendrite.model.GanParts.isGan(loaded.network().get());
                var training = loaded != null && loaded.ok() ? loaded.network().get().getTraining() : null;
                ownAdam = training != null && (training.getOptimizer() == dev.dendrite.model.network.OptimizerKind.ADAM
                        || training.getOptimizer() == dev.dendrite.model.network.OptimizerKind.ADAMW);
            }
            return gan;
        }

        /** Whether the runs train with Adam or AdamW: chosen, or the network's own optimizer (read with {@link #ganChosen}). */
        private boolean adamChosen() {
            ganChosen();
            String chosen = optimizer.getText();
            return optimizer.getSelectionIndex() == 0 ? ownAdam : chosen.equals("adam") || chosen.equals("adamw");
        }

        /** The plan the form describes, or null with the problem as the page's error. */
        SweepPlan plan() {
            if (networks.isEmpty() || network.getSelectionIndex() < 0) {
                setErrorMessage("No .dnet network in the workspace: create one first (File > New > Dendrite Network)");
                return null;
            }
            boolean gan = ganChosen();
            discriminatorFrom.setEnabled(gan);
            discriminatorTo.setEnabled(gan);
            discriminatorSteps.setEnabled(gan);
            judge.setEnabled(gan);
            boolean adam = adamChosen();
            betaOne.setEnabled(adam);
            betaTwo.setEnabled(adam);
            boolean brackets = halving.getSelection() && hyperband.getSelection();
            trials.setEnabled(!brackets);
            try {
                double from = Double.parseDouble(lrFrom.getText().strip());
                double to = Double.parseDouble(lrTo.getText().strip());
                List<Integer> sizes = SweepPlan.numbers(batches.getText()).stream().map(Long::intValue).toList();
                double[] discriminator = gan ? discriminatorRates() : new double[2];
                String judgeRun = gan && judge.getSelectionIndex() > 0 ? relative(judges.get(judge.getSelectionIndex() - 1)) : null;
                String optimizerChosen = optimizer.getSelectionIndex() == 0 ? null : optimizer.getText();
                List<Double> beta1s = adam ? SweepPlan.decimals(betaOne.getText()) : List.of();
                List<Double> beta2s = adam ? SweepPlan.decimals(betaTwo.getText()) : List.of();
                List<Integer> steps = gan ? SweepPlan.numbers(discriminatorSteps.getText()).stream().map(Long::intValue).toList() : List.of();
                SweepPlan made = new SweepPlan(relative(networks.get(network.getSelectionIndex())), epochs.getSelection(), optimizerChosen,
                        trials.getSelection(), from, to, sizes, SweepPlan.numbers(seeds.getText()), halving.getSelection() ? eta.getSelection()
                                : 0, discriminator[0], discriminator[1], judgeRun, beta1s, beta2s, steps, brackets);
                hyperband.setText(brackets ? "in Hyperband's brackets: " + made.hyperbandTrials() + " trials" : "in Hyperband's brackets");
                hyperband.requestLayout();
                return made;
            } catch (NumberFormatException e) {
                setErrorMessage(gan ? "The learning rates' ends must be numbers, e.g. 1e-4 and 0.1 (the discriminator's may be empty)"
                        : "The learning rate's ends must be numbers, e.g. 1e-4 and 0.1");
            } catch (IllegalArgumentException e) {
                setErrorMessage(e.getMessage().substring(0, 1).toUpperCase() + e.getMessage().substring(1));
            }
            return null;
        }

        /** The discriminator's two rates; both 0 where both fields are empty (the generator's rate). */
        private double[] discriminatorRates() {
            String from = discriminatorFrom.getText().strip();
            String to = discriminatorTo.getText().strip();
            if (from.isEmpty() && to.isEmpty()) {
                return new double[2];
            }
            double low = Double.parseDouble(from.isEmpty() ? to : from);
            return new double[] {low, to.isEmpty() ? low : Double.parseDouble(to)};
        }

        /** The network's path from the sweep file's folder (how the sweep file resolves it). */
        private String relative(IFile net) {
            return net.getLocation() == null ? net.getName() : relative(net.getLocation().toFile().toPath());
        }

        /** A file's or folder's path from the sweep file's folder, or the whole path where the folder is not known yet. */
        private String relative(Path target) {
            var folder = getContainerFullPath();
            var container = folder == null ? null : ResourcesPlugin.getWorkspace().getRoot().findMember(folder);
            if (container == null || container.getLocation() == null) {
                return target.toString();
            }
            Path from = container.getLocation().toFile().toPath();
            return from.relativize(target).toString().replace('\\', '/');
        }

        private void update() {
            if (preview == null) {
                return;
            }
            setErrorMessage(null);
            planned = plan();
            preview.setText(planned == null ? "" : planned.json());
            setPageComplete(planned != null && validatePage());
        }

        @Override
        protected boolean validatePage() {
            boolean valid = super.validatePage() && (preview == null || !preview.getText().isEmpty());
            if (valid && planned != null) {
                // What the search costs, before any of it is spent (as dendrite sweep --plan says); the page's checks clear it.
                setMessage(planned.halvingEta() == 0 ? String.format(java.util.Locale.ROOT, "%d runs, %d epochs", planned.runs(), planned
                        .epochsWhole()) : String.format(java.util.Locale.ROOT, "%d runs, at most %d of the %d epochs they would take whole",
                                planned.runs(), planned.epochsPlanned(), planned.epochsWhole()), IMessageProvider.INFORMATION);
            }
            return valid;
        }

        @Override
        protected InputStream getInitialContents() {
            SweepPlan plan = plan();
            return plan == null ? null : new ByteArrayInputStream(plan.json().getBytes(StandardCharsets.UTF_8));
        }

        /** The form's file text as it stands (tests). */
        public String previewText() {
            return preview.getText();
        }

        /** Fills the form as a user would (tests). */
        public void fill(org.eclipse.core.runtime.IPath folder, String fileName, IFile net, int epochCount, int trialCount, String from, String to,
                String sizes, boolean halve) {
            setContainerFullPath(folder);
            setFileName(fileName);
            network.select(networks.indexOf(net));
            epochs.setSelection(epochCount);
            trials.setSelection(trialCount);
            lrFrom.setText(from);
            lrTo.setText(to);
            batches.setText(sizes);
            halving.setSelection(halve);
            update();
        }

        /** Ticks or clears Hyperband's brackets (tests). */
        public void hyperband(boolean on) {
            hyperband.setSelection(on);
            update();
        }

        /** The Hyperband box's text and whether the trials spinner is enabled (tests). */
        public String hyperbandText() {
            return hyperband.getText() + (trials.isEnabled() ? "" : " (trials disabled)");
        }

        /** Sets a GAN's discriminator rates and chooses the judge (null: none), as a user would (tests). */
        public void judgeBy(String from, String to, Path judgeRun) {
            discriminatorFrom.setText(from);
            discriminatorTo.setText(to);
            judge.select(judgeRun == null ? 0 : judges.indexOf(judgeRun) + 1);
            update();
        }

        /** Sets Adam's β1 as a user would type it (tests). */
        public void betaOne(String values) {
            betaOne.setText(values);
            update();
        }

        /** Sets Adam's β2 as a user would type it (tests). */
        public void betaTwo(String values) {
            betaTwo.setText(values);
            update();
        }

        /** Sets a GAN's discriminator steps as a user would type them (tests). */
        public void discriminatorSteps(String values) {
            discriminatorSteps.setText(values);
            update();
        }

        /** Whether the β1 field is enabled (tests). */
        public boolean betaOneEnabled() {
            return betaOne.isEnabled();
        }

        /** Whether the β2 and the discriminator steps fields are enabled (tests). */
        public boolean[] betaTwoAndStepsEnabled() {
            return new boolean[] {betaTwo.isEnabled(), discriminatorSteps.isEnabled()};
        }

        /** Chooses the optimizer by its item ("the network's", "adam", "sgd", ...) (tests). */
        public void chooseOptimizer(String item) {
            optimizer.select(java.util.Arrays.asList(OPTIMIZERS).indexOf(item));
            update();
        }

        /** The classifier runs offered as judges (tests). */
        public List<Path> judges() {
            return judges;
        }

        /** The templates' links do not apply: a sweep file is never linked. */
        @Override
        protected org.eclipse.core.runtime.IStatus validateLinkedResource() {
            return org.eclipse.core.runtime.Status.OK_STATUS;
        }

        @Override
        protected void createLinkTarget() {
            // no linked files: see validateLinkedResource
        }

        private static void label(Composite parent, String text) {
            new Label(parent, SWT.NONE).setText(text);
        }

        private static Spinner spinner(Composite parent, int value, int min, int max) {
            Spinner spinner = new Spinner(parent, SWT.BORDER);
            spinner.setValues(value, min, max, 0, 1, 10);
            return spinner;
        }

        private static Text text(Composite parent, String value, String tip) {
            Text text = new Text(parent, SWT.BORDER);
            text.setText(value);
            text.setToolTipText(tip);
            text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            return text;
        }
    }
}
