package dev.dendrite.analysis.ui.internal;

import static dev.dendrite.launching.ui.internal.ViewExports.action;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;

import dev.dendrite.analysis.evaluation.ClassificationReport;
import dev.dendrite.analysis.evaluation.Evaluation;
import dev.dendrite.analysis.evaluation.SequenceReport;
import dev.dendrite.launching.internal.RunEvaluation;
import dev.dendrite.launching.ui.internal.ViewExports;
import dev.dendrite.train.run.RunFiles;
import dev.dendrite.train.run.RunReader;

/**
 * The Evaluation view: a finished run's model scored on its test (or training) split, as
 * {@code dendrite evaluate} scores it: the headline scores, the confusion matrix, each class's
 * precision, recall and F1, a reliability diagram, and the misclassified samples (the most
 * confident first; a click on a cell shows its own); a regression model's errors per output.
 * Shows the evaluation a run keeps ({@code evaluation-SPLIT.json}); Evaluate computes it in a
 * trainer JVM, as a cancellable job.
 */
public final class EvaluationView extends ViewPart implements dev.dendrite.launching.ui.internal.RunViewer {

    public static final String ID = "dev.dendrite.analysis.ui.evaluation";
    private static final String[] SPLITS = {"test", "train", "validation"};
    private static final String NO_AUGMENTATION = "none";

    private Composite root;
    private RunChoice runs;
    private Combo split;
    private Combo augmentation;
    private Button evaluate;
    private Label status;
    private ConfusionMatrixChart matrix;
    private ReliabilityChart reliability;
    private MistakesPanel mistakes;
    private SequenceChart sequence;
    private ReconstructionStrip reconstructions;
    private SashForm left;
    private Table scores;
    private Evaluation shown;
    private RunEvaluation.Augmented augmented;
    private Job running;
    /** The dialog Generate... opened last (null until its run's model is read). */
    private org.eclipse.jface.window.Window opened;

    @Override
    public void createPartControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(16, false));
        new Label(root, SWT.NONE).setText("Run:");
        runs = new RunChoice(root, EvaluationView::finished, this::load);
        new Label(root, SWT.NONE).setText("Split:");
        split = new Combo(root, SWT.READ_ONLY);
        split.setItems(SPLITS);
        split.select(0);
        split.addListener(SWT.Selection, e -> load());
        Label tta = new Label(root, SWT.NONE);
        tta.setText("TTA:");
        tta.setToolTipText("Test-time augmentation: the changes Evaluate averages a picture classifier's probabilities over");
        augmentation = new Combo(root, SWT.DROP_DOWN);
        augmentation.setItems(NO_AUGMENTATION, "flip", "shift:2", "shift:2,flip", "shift:2,cutout:8");
        augmentation.select(0);
        augmentation.setToolTipText("Evaluate averages a picture classifier's probabilities over each picture and 4 changed copies "
                + "(dendrite evaluate --tta); the run keeps its plain evaluation, which Evaluate with none computes");
        evaluate = new Button(root, SWT.PUSH);
        evaluate.setText("Evaluate");
        evaluate.addListener(SWT.Selection, e -> evaluate());
        Button predict = new Button(root, SWT.PUSH);
        predict.setText("Predict...");
        predict.setToolTipText("The run's model on image files, CSV rows or graphs (JSON Lines) of your own: each one's most likely classes");
        predict.addListener(SWT.Selection, e -> askAndPredict());
        Button generate = new Button(root, SWT.PUSH);
        generate.setText("Generate...");
        generate.setToolTipText("A next-step model (a character-level language model, a wave model) continues a prime on its own; a GAN's "
                + "generator, or a variational autoencoder's decoder from its prior, draws samples and interpolations");
        generate.addListener(SWT.Selection, e -> generateOrDraw(runs.chosen()));
        Button features = new Button(root, SWT.PUSH);
        features.setText("Features...");
        features.setToolTipText("What the run's units and classes respond to: for each, the input that drives it highest (gradient ascent on "
                + "the input) above the test samples that drive it most (dendrite features)");
        features.addListener(SWT.Selection, e -> features());
        Button latent = new Button(root, SWT.PUSH);
        latent.setText("Latent space...");
        latent.setToolTipText("A variational autoencoder's code: each dimension's KL term and activity, the decoder's manifold over two "
                + "dimensions, the test samples' codes by class, samples of the prior (dendrite latent)");
        latent.addListener(SWT.Selection, e -> latent());
        Button quantize = new Button(root, SWT.PUSH);
        quantize.setText("Quantize...");
        quantize.setToolTipText("Round the run's model to 8-bit (or narrower) integers after training: its test score beside the float model's, "
                + "at every width, with its size and speed (dendrite quantize)");
        quantize.addListener(SWT.Selection, e -> quantize());
        Button prune = new Button(root, SWT.PUSH);
        prune.setText("Prune...");
        prune.setToolTipText("Remove whole neurons and channels from the run's model: the smaller network's test score beside the original's, "
                + "at every amount, with its parameters and speed, fine-tuned where asked (dendrite prune)");
        prune.addListener(SWT.Selection, e -> prune());
        Button robustness = new Button(root, SWT.PUSH);
        robustness.setText("Robustness...");
        robustness.setToolTipText("Attack the run's classifier (PGD or FGSM within a radius of each test sample): its accuracy at growing radii "
                + "beside random noise of each radius, and the samples it fooled (dendrite robustness)");
        robustness.addListener(SWT.Selection, e -> robustness());
        Button ood = new Button(root, SWT.PUSH);
        ood.setText("Out-of-distribution...");
        ood.setToolTipText("How well the classifier's confidence, logits and features tell its test split from other data (another data "
                + "set, noise, negatives, a class it never saw), and the foreign samples it is surest of (dendrite ood)");
        ood.addListener(SWT.Selection, e -> outOfDistribution());
        Button ensemble = new Button(root, SWT.PUSH);
        ensemble.setText("Ensemble...");
        ensemble.setToolTipText("Average the run's class probabilities with other runs on its data set (other seeds, other settings): the "
                + "ensemble beside each member, its uncertainty split, the accuracy on the samples it is surest of (dendrite ensemble)");
        ensemble.addListener(SWT.Selection, e -> ensemble());
        status = new Label(root, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 16, 1));
        SashForm body = new SashForm(root, SWT.HORIZONTAL);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 16, 1));
        left = new SashForm(body, SWT.VERTICAL);
        matrix = new ConfusionMatrixChart(left);
        mistakes = new MistakesPanel(left, problem -> status.setText(problem));
        // A sequence model's scores along its sequences take the pictures' place (its samples are no pictures).
        sequence = new SequenceChart(left);
        // An autoencoder's worst reconstructions take the matrix's place.
        reconstructions = new ReconstructionStrip(left);
        left.setWeights(3, 1, 2, 3);
        SashForm side = new SashForm(body, SWT.VERTICAL);
        scores = new Table(side, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        scores.setHeaderVisible(true);
        reliability = new ReliabilityChart(side);
        side.setWeights(3, 2);
        body.setWeights(3, 2);
        matrix.onCell((actual, predicted) -> {
            if (actual < scores.getItemCount()) {
                scores.setSelection(actual);
                scores.showSelection();
            }
            mistakes.showFor(actual, predicted);
        });
        scores.addListener(SWT.Selection, e -> {
            matrix.select(scores.getSelectionIndex());
            mistakes.showFor(scores.getSelectionIndex(), -1);
        });
        var menu = getViewSite().getActionBars().getMenuManager();
        menu.add(action("Refresh", this::refresh));
        menu.add(action("Export Confusion Matrix as PNG...", () -> ViewExports.askAndExport(root.getShell(), "*.png", f -> ViewExports.savePng(
                matrix.control(), f))));
        menu.add(action("Export Sequence Chart or Reconstructions as PNG...", () -> {
            if (shownChart() == null) {
                status.setText("Neither a sequence model's chart nor an autoencoder's reconstructions are shown: evaluate such a run first");
                return;
            }
            ViewExports.askAndExport(root.getShell(), "*.png", this::exportShownChart);
        }));
        refresh();
    }

    /** The sequence chart or the reconstructions, whichever is shown (only it has pixels to copy), or null. */
    private org.eclipse.swt.widgets.Control shownChart() {
        return sequence.control().isVisible() ? sequence.control() : reconstructions.control().isVisible() ? reconstructions.control() : null;
    }

    /** Writes the sequence chart or the reconstructions shown as a PNG (the view menu; tests). */
    public void exportShownChart(Path file) throws java.io.IOException {
        var chart = shownChart();
        if (chart == null) {
            throw new java.io.IOException("neither a sequence chart nor reconstructions are shown");
        }
        ViewExports.savePng(chart, file);
    }

    /** A run that finished with a model to evaluate. */
    static boolean finished(Path dir) {
        return RunReader.isRunDirectory(dir) && Files.isRegularFile(dir.resolve(RunFiles.MODEL));
    }

    /** Finds the workspace's finished runs again. */
    public void refresh() {
        runs.rescan(null);
        load();
    }

    @Override
    public void show(Path run) {
        runs.rescan(run);
        load();
    }

    /** The evaluation drawn, or null (tests). */
    public Evaluation evaluation() {
        return shown;
    }

    /** Classes in the matrix and rows in the table (tests). */
    public int[] drawn() {
        return new int[] {matrix.classes(), scores.getItemCount()};
    }

    /** The Saliency check box, for a test to click (tests). */
    public org.eclipse.swt.widgets.Button saliencyBox() {
        return mistakes.saliencyBox();
    }

    /** The saliency method's box (tests). */
    public org.eclipse.swt.widgets.Combo saliencyMethodBox() {
        return mistakes.methodBox();
    }

    /** Mistakes drawn, how many with a picture, how many with saliency over it (tests). */
    public int[] mistakesDrawn() {
        return mistakes.drawn();
    }

    /** Plots of scores along the sequences drawn, 0 where none is shown (tests). */
    public int sequencePlots() {
        return sequence.control().isVisible() ? sequence.plots() : 0;
    }

    /** Worst reconstructions drawn beside their samples (tests). */
    public int reconstructionsDrawn() {
        return reconstructions.control().isVisible() ? reconstructions.drawn() : 0;
    }

    /** The sequence chart's tooltip at a point (tests). */
    public String describeSequences(int x, int y) {
        return sequence.describe(x, y);
    }

    /** Whether the evaluated samples have been read (tests). */
    public boolean samplesRead() {
        return mistakes.samplesRead();
    }

    /** Clicks a cell of the confusion matrix (tests). */
    public void clickCell(int actual, int predicted) {
        matrix.click(actual, predicted);
    }

    /** The status line (tests). */
    public String statusText() {
        return status.getText();
    }

    /** The matrix's tooltip at a point (tests). */
    public String describeMatrix(int x, int y) {
        return matrix.describe(x, y);
    }

    /** Presses Evaluate (tests). */
    public void pressEvaluate() {
        evaluate();
    }

    /** Opens a dialog in which the chosen run's next-step model continues a prime (tests call it). */
    /** Presses Generate... (tests): {@link #openedByGenerate} tells the dialog once the run's model is read. */
    public void pressGenerate() {
        generateOrDraw(runs.chosen());
    }

    public org.eclipse.jface.window.Window openedByGenerate() {
        return opened;
    }

    /**
     * Opens the Samples dialog for a GAN's generator or a VAE, the Generate dialog for any other run: which one the run's model
     * file tells, read in a job (a large model takes a while to parse).
     */
    private void generateOrDraw(Path chosen) {
        opened = null;
        if (chosen == null) {
            opened = generate();
            return;
        }
        Job read = Job.create("Reading the model of " + chosen.getFileName(), monitor -> {
            boolean draws = dev.dendrite.launching.internal.RunGeneration.generator(chosen)
                    || dev.dendrite.launching.internal.RunGeneration.variational(chosen);
            root.getDisplay().asyncExec(() -> {
                if (root.isDisposed() || !chosen.equals(runs.chosen())) {
                    return;
                }
                opened = draws ? samples() : generate();
            });
            return Status.OK_STATUS;
        });
        read.setSystem(true);
        read.schedule();
    }

    public GenerateDialog generate() {
        Path run = runs.chosen();
        if (run == null) {
            return null;
        }
        GenerateDialog dialog = new GenerateDialog(root.getShell(), run);
        dialog.open();
        return dialog;
    }

    /** Opens the Samples dialog on the chosen run, a GAN's (the Generate... button on a GAN's run; tests). */
    public SamplesDialog samples() {
        Path run = runs.chosen();
        if (run == null) {
            return null;
        }
        SamplesDialog dialog = new SamplesDialog(root.getShell(), run);
        dialog.open();
        return dialog;
    }

    /** Opens the Quantize dialog on the chosen run (the button; tests). */
    public QuantizeDialog quantize() {
        Path run = runs.chosen();
        if (run == null) {
            return null;
        }
        QuantizeDialog dialog = new QuantizeDialog(root.getShell(), run);
        dialog.open();
        return dialog;
    }

    /** Opens the Features dialog on the chosen run (the button; tests). */
    public FeaturesDialog features() {
        Path run = runs.chosen();
        if (run == null) {
            return null;
        }
        FeaturesDialog dialog = new FeaturesDialog(root.getShell(), run);
        dialog.open();
        return dialog;
    }

    /** Opens the Latent space dialog on the chosen run (the button; tests). */
    public LatentDialog latent() {
        Path run = runs.chosen();
        if (run == null) {
            return null;
        }
        LatentDialog dialog = new LatentDialog(root.getShell(), run);
        dialog.open();
        return dialog;
    }

    /** Opens the Prune dialog on the chosen run (the button; tests). */
    public PruneDialog prune() {
        Path run = runs.chosen();
        if (run == null) {
            return null;
        }
        PruneDialog dialog = new PruneDialog(root.getShell(), run);
        dialog.open();
        return dialog;
    }

    /** Opens the Robustness dialog on the chosen run (the button; tests). */
    public RobustnessDialog robustness() {
        Path run = runs.chosen();
        if (run == null) {
            return null;
        }
        RobustnessDialog dialog = new RobustnessDialog(root.getShell(), run);
        dialog.open();
        return dialog;
    }

    /** Opens the Out-of-distribution dialog on the chosen run (the button; tests). */
    public OodDialog outOfDistribution() {
        Path run = runs.chosen();
        if (run == null) {
            return null;
        }
        OodDialog dialog = new OodDialog(root.getShell(), run);
        dialog.open();
        return dialog;
    }

    /** Opens the Ensemble dialog on the chosen run (the button; tests). */
    public EnsembleDialog ensemble() {
        Path run = runs.chosen();
        if (run == null) {
            return null;
        }
        EnsembleDialog dialog = new EnsembleDialog(root.getShell(), run);
        dialog.open();
        return dialog;
    }

    /** Asks for image or CSV files and predicts them with the chosen run's model. */
    private void askAndPredict() {
        if (runs.chosen() != null) {
            Predicting.ask(root.getShell(), runs.chosen());
        }
    }

    /** Predicts {@code files} with the chosen run's model in a trainer JVM and shows them in a dialog of their own (tests call it). */
    public PredictionsDialog predict(java.util.List<Path> files) {
        return runs.chosen() == null ? null : Predicting.start(root.getShell(), runs.chosen(), files);
    }

    private String chosenSplit() {
        return SPLITS[Math.max(0, split.getSelectionIndex())];
    }

    private void load() {
        Path run = runs.chosen();
        if (run == null) {
            draw(null);
            status.setText("No finished run in the workspace: train a network, then Refresh");
            return;
        }
        Evaluation kept = RunEvaluation.kept(run, chosenSplit());
        draw(kept);
        if (kept == null) {
            status.setText(run.getFileName() + " has no evaluation on its " + chosenSplit() + " split yet: press Evaluate");
        }
    }

    /** Types a test-time augmentation into its field ("none" or empty: none) (tests). */
    public void augmentWith(String spec) {
        augmentation.setText(spec);
    }

    private void evaluate() {
        Path run = runs.chosen();
        if (run == null || running != null) {
            return;
        }
        if (dev.dendrite.launching.internal.RunGeneration.generator(run)) {
            status.setText(run.getFileName() + " is a GAN: its model is the generator, which reads noise, not data. Generate... draws its "
                    + "samples and interpolations; the Training Monitor shows the generator's loss and the discriminator's accuracy");
            return;
        }
        String on = chosenSplit();
        String spec = augmentation.getText().strip();
        if (!spec.isEmpty() && !spec.equals(NO_AUGMENTATION)) {
            evaluateAugmented(run, on, spec);
            return;
        }
        evaluate.setEnabled(false);
        status.setText("Evaluating " + run.getFileName() + " on its " + on + " split...");
        running = TrainerJob.schedule("Evaluating " + run.getFileName(), true, root, "Evaluation cancelled", monitor -> RunEvaluation.run(run,
                on, monitor), (done, problem) -> {
                    running = null;
                    evaluate.setEnabled(true);
                    if (problem != null) {
                        status.setText(run.getFileName() + ": " + problem);
                    } else if (run.equals(runs.chosen()) && on.equals(chosenSplit())) {
                        draw(done);
                    }
                });
    }

    private void evaluateAugmented(Path run, String on, String spec) {
        evaluate.setEnabled(false);
        status.setText("Evaluating " + run.getFileName() + " on its " + on + " split with test-time augmentation " + spec + "...");
        running = TrainerJob.schedule("Evaluating " + run.getFileName(), true, root, "Evaluation cancelled", monitor -> RunEvaluation
                .withAugmentation(run, on, spec, monitor), (done, problem) -> {
                    running = null;
                    evaluate.setEnabled(true);
                    if (problem != null) {
                        status.setText(run.getFileName() + ": " + problem);
                    } else if (run.equals(runs.chosen()) && on.equals(chosenSplit())) {
                        draw(done.evaluation());
                        augmented = done;
                        status.setText(String.format(java.util.Locale.ROOT, "%s, with test-time augmentation %s (%d draws): accuracy %.2f%%, "
                                + "%.2f%% on the pictures as they are; not kept (the run keeps its plain evaluation)", status.getText(), done.spec(),
                                done.draws(), 100 * done.evaluation().classification().accuracy(), 100 * done.accuracyWithout()));
                    }
                });
    }

    /** The last evaluation with test-time augmentation shown, or null (tests). */
    public RunEvaluation.Augmented augmented() {
        return augmented;
    }

    private void draw(Evaluation evaluation) {
        augmented = null;
        shown = evaluation;
        scores.removeAll();
        for (TableColumn column : scores.getColumns()) {
            column.dispose();
        }
        ClassificationReport c = evaluation == null ? null : evaluation.classification();
        matrix.show(c);
        reliability.show(c);
        SequenceReport along = evaluation == null ? null : evaluation.sequence();
        // A classifier of token sequences (a text classifier, a tagger, a decoder) has mistakes of its own to show, its token ids in
        // the pictures' place (a tagger's mistaken step boxed, an encoder-decoder's source beside its chart by position).
        boolean tokenMistakes = along != null && c != null;
        mistakes.evaluation(runs.chosen(), along == null || tokenMistakes ? evaluation : null);
        sequence.show(along);
        var reconstruction = evaluation == null ? null : evaluation.reconstruction();
        reconstructions.show(reconstruction);
        matrix.control().setVisible((along == null || c != null) && reconstruction == null);
        mistakes.control().setVisible((along == null || tokenMistakes) && reconstruction == null);
        sequence.control().setVisible(along != null);
        reconstructions.control().setVisible(reconstruction != null);
        if (evaluation != null) {
            columns(EvaluationSummary.headers(evaluation));
            for (String[] row : EvaluationSummary.rows(evaluation)) {
                new TableItem(scores, SWT.NONE).setText(row);
            }
            status.setText(EvaluationSummary.status(evaluation));
        }
        for (TableColumn column : scores.getColumns()) {
            // Wide enough for the longest value (a regression error of five significant digits), never narrower than the header.
            int header = column.getWidth();
            column.pack();
            column.setWidth(Math.max(header, column.getWidth()));
        }
        root.layout(true, true);
    }

    private void columns(String[] names) {
        for (String name : names) {
            TableColumn column = new TableColumn(scores, name.equals("Class") || name.equals("Output") ? SWT.LEFT : SWT.RIGHT);
            column.setText(name);
            column.setWidth(name.length() <= 6 ? 64 : 82);
        }
    }

    @Override
    public void setFocus() {
        runs.setFocus();
    }
}
