package dev.dendrite.analysis.ui.internal;

import static dev.dendrite.launching.ui.internal.ViewExports.action;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.OperationCanceledException;
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
import dev.dendrite.analysis.evaluation.RegressionReport;
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

    private Composite root;
    private RunChoice runs;
    private Combo split;
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
    private Job running;

    @Override
    public void createPartControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(7, false));
        new Label(root, SWT.NONE).setText("Run:");
        runs = new RunChoice(root, EvaluationView::finished, this::load);
        new Label(root, SWT.NONE).setText("Split:");
        split = new Combo(root, SWT.READ_ONLY);
        split.setItems(SPLITS);
        split.select(0);
        split.addListener(SWT.Selection, e -> load());
        evaluate = new Button(root, SWT.PUSH);
        evaluate.setText("Evaluate");
        evaluate.addListener(SWT.Selection, e -> evaluate());
        Button predict = new Button(root, SWT.PUSH);
        predict.setText("Predict...");
        predict.setToolTipText("The run's model on image files or CSV rows of your own: each one's most likely classes");
        predict.addListener(SWT.Selection, e -> askAndPredict());
        Button generate = new Button(root, SWT.PUSH);
        generate.setText("Generate...");
        generate.setToolTipText("A next-step model (a character-level language model, a wave model) continues a prime on its own");
        generate.addListener(SWT.Selection, e -> generate());
        status = new Label(root, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 7, 1));
        SashForm body = new SashForm(root, SWT.HORIZONTAL);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 7, 1));
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
        refresh();
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
    public GenerateDialog generate() {
        Path run = runs.chosen();
        if (run == null) {
            return null;
        }
        GenerateDialog dialog = new GenerateDialog(root.getShell(), run);
        dialog.open();
        return dialog;
    }

    /** Asks for image or CSV files and predicts them with the chosen run's model. */
    private void askAndPredict() {
        if (runs.chosen() == null) {
            return;
        }
        org.eclipse.swt.widgets.FileDialog ask = new org.eclipse.swt.widgets.FileDialog(root.getShell(), SWT.OPEN | SWT.MULTI);
        ask.setText("Predict with " + runs.chosen().getFileName());
        ask.setFilterExtensions(new String[] {"*.png;*.jpg;*.jpeg;*.gif;*.bmp;*.csv", "*.*"});
        ask.setFilterNames(new String[] {"Images and CSV rows", "All files"});
        if (ask.open() == null) {
            return;
        }
        java.util.List<Path> files = java.util.Arrays.stream(ask.getFileNames()).map(f -> Path.of(ask.getFilterPath(), f)).toList();
        predict(files);
    }

    /** Predicts {@code files} with the chosen run's model in a trainer JVM and shows them in a dialog of their own (tests call it). */
    public PredictionsDialog predict(java.util.List<Path> files) {
        Path run = runs.chosen();
        if (run == null || files.isEmpty()) {
            return null;
        }
        PredictionsDialog[] dialog = new PredictionsDialog[1];
        dialog[0] = new PredictionsDialog(root.getShell(), "Predictions of " + run.getFileName(), centre -> predictInJob(run, files, centre,
                dialog[0]));
        dialog[0].open();
        predictInJob(run, files, false, dialog[0]);
        return dialog[0];
    }

    private static void predictInJob(Path run, java.util.List<Path> files, boolean centre, PredictionsDialog dialog) {
        Job job = Job.create("Predicting with " + run.getFileName(), monitor -> {
            java.util.List<dev.dendrite.launching.internal.RunPrediction.Predicted> predicted = null;
            String problem = null;
            try {
                Path seen = Files.createTempDirectory("dendrite-predict");
                predicted = dev.dendrite.launching.internal.RunPrediction.run(run, files, centre, seen, monitor);
            } catch (CoreException e) {
                problem = e.getStatus().getMessage();
            } catch (java.io.IOException e) {
                problem = "cannot make a folder for the pictures: " + e.getMessage();
            } catch (OperationCanceledException e) {
                problem = "Prediction cancelled";
            }
            var done = predicted;
            String failure = problem;
            var display = org.eclipse.swt.widgets.Display.getDefault();
            display.asyncExec(() -> {
                if (done != null) {
                    dialog.show(String.format(Locale.ROOT, "%d input(s), %s: each as the model read it, its most likely classes%s", done.size(),
                            run.getFileName(), centre ? ", ink centred as in MNIST" : ""), done);
                } else {
                    dialog.failed(failure);
                }
            });
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
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

    private void evaluate() {
        Path run = runs.chosen();
        if (run == null || running != null) {
            return;
        }
        String on = chosenSplit();
        evaluate.setEnabled(false);
        status.setText("Evaluating " + run.getFileName() + " on its " + on + " split...");
        running = Job.create("Evaluating " + run.getFileName(), monitor -> {
            Evaluation result = null;
            String failure = null;
            try {
                result = RunEvaluation.run(run, on, monitor);
            } catch (CoreException e) {
                failure = e.getStatus().getMessage();
            } catch (OperationCanceledException e) {
                failure = "Evaluation cancelled";
            }
            Evaluation done = result;
            String problem = failure;
            root.getDisplay().asyncExec(() -> {
                running = null;
                if (root.isDisposed()) {
                    return;
                }
                evaluate.setEnabled(true);
                if (problem != null) {
                    status.setText(run.getFileName() + ": " + problem);
                } else if (run.equals(runs.chosen()) && on.equals(chosenSplit())) {
                    draw(done);
                }
            });
            return Status.OK_STATUS;
        });
        running.setUser(true);
        running.schedule();
    }

    private void draw(Evaluation evaluation) {
        shown = evaluation;
        scores.removeAll();
        for (TableColumn column : scores.getColumns()) {
            column.dispose();
        }
        ClassificationReport c = evaluation == null ? null : evaluation.classification();
        matrix.show(c);
        reliability.show(c);
        SequenceReport along = evaluation == null ? null : evaluation.sequence();
        mistakes.evaluation(runs.chosen(), along == null ? evaluation : null);
        sequence.show(along);
        var reconstruction = evaluation == null ? null : evaluation.reconstruction();
        reconstructions.show(reconstruction);
        matrix.control().setVisible((along == null || c != null) && reconstruction == null);
        mistakes.control().setVisible(along == null && reconstruction == null);
        sequence.control().setVisible(along != null);
        reconstructions.control().setVisible(reconstruction != null);
        if (c != null) {
            columns(new String[] {"Class", "Precision", "Recall", "F1", "Samples", "Predicted"});
            for (ClassificationReport.ClassScores s : c.classes()) {
                new TableItem(scores, SWT.NONE).setText(new String[] {String.valueOf(s.label()), fraction(s.precision()), fraction(s.recall()),
                    fraction(s.f1()), String.valueOf(s.support()), String.valueOf(s.predicted())});
            }
            var t = evaluation.temperatureScaling();
            status.setText(String.format(Locale.ROOT, "%s split of %s, %s: accuracy %s%s, log loss %.4f, balanced accuracy %s, "
                    + "macro F1 %.3f, calibration error %.3f%s%s. Rows: actual class; columns: predicted; colour: share of the actual class.",
                    evaluation.split(), evaluation.dataset(), counted(evaluation, c.samples()), percent(c.accuracy()), c.topK() == 0 ? "" : ", top-" + c.topK() + " "
                            + percent(c.topKAccuracy()), c.logLoss(), percent(c.balancedAccuracy()), c.macroF1(), c.calibrationError(), t == null ? ""
                                    : String.format(Locale.ROOT, " (%.3f with the temperature %.2f fitted on the validation split)",
                                            t.calibrationError(), t.temperature()), along(along)));
        } else if (reconstruction != null) {
            columns(new String[] {"Class", "Samples", "Mean error", "ROC AUC"});
            for (var k : reconstruction.classes()) {
                new TableItem(scores, SWT.NONE).setText(new String[] {String.valueOf(k.label()), String.valueOf(k.samples()), String.format(
                        Locale.ROOT, "%.5f", k.meanError()), fraction(k.auc())});
            }
            status.setText(String.format(Locale.ROOT, "%s split of %s, %,d samples reconstructed: mean squared error %.5f, PSNR %.2f dB. ROC AUC:"
                    + " how well the errors alone tell a class from the others, as anomaly detection by reconstruction does (0.5: chance).",
                    evaluation.split(), evaluation.dataset(), reconstruction.samples(), reconstruction.meanSquaredError(), reconstruction.psnr()));
        } else if (evaluation != null) {
            RegressionReport r = evaluation.regression();
            columns(new String[] {"Output", "MSE", "MAE", "R²"});
            for (RegressionReport.OutputScores s : r.outputs()) {
                new TableItem(scores, SWT.NONE).setText(new String[] {String.valueOf(s.index()), String.format(Locale.ROOT, "%.5g",
                        s.meanSquaredError()), String.format(Locale.ROOT, "%.5g", s.meanAbsoluteError()), fraction(s.r2())});
            }
            status.setText(String.format(Locale.ROOT, "%s split of %s, %s: MSE %.5g, RMSE %.5g, MAE %.5g, R² %s%s", evaluation.split(),
                    evaluation.dataset(), counted(evaluation, r.samples()), r.meanSquaredError(), r.rootMeanSquaredError(), r.meanAbsoluteError(),
                    fraction(r.r2()), along == null ? " (a regression model: no confusion matrix)" : ""));
        }
        for (TableColumn column : scores.getColumns()) {
            // Wide enough for the longest value (a regression error of five significant digits), never narrower than the header.
            int header = column.getWidth();
            column.pack();
            column.setWidth(Math.max(header, column.getWidth()));
        }
        root.layout(true, true);
    }

    /** "N samples", or for a sequence model scored per step "N steps of M sequences". */
    private static String counted(Evaluation evaluation, int predictions) {
        SequenceReport along = evaluation.sequence();
        return along != null && SequenceReport.PER_STEP.equals(along.unit()) ? String.format(Locale.ROOT, "%,d steps of %,d sequences",
                predictions, along.sequences()) : String.format(Locale.ROOT, "%,d %s", predictions, along == null ? "samples" : "sequences");
    }

    /** A sequence classifier's whole-sequence accuracy and greedy decoding, for the status line. */
    private static String along(SequenceReport along) {
        if (along == null) {
            return "";
        }
        String text = Double.isNaN(along.sequenceAccuracy()) ? "" : String.format(Locale.ROOT, "; every step right in %s of the sequences",
                percent(along.sequenceAccuracy()));
        var g = along.greedy();
        return g == null ? text : text + String.format(Locale.ROOT, "; greedy decoding: token accuracy %s, %s of the sequences entirely right",
                percent(g.tokenAccuracy()), percent(g.sequenceAccuracy()));
    }

    private void columns(String[] names) {
        for (String name : names) {
            TableColumn column = new TableColumn(scores, name.equals("Class") || name.equals("Output") ? SWT.LEFT : SWT.RIGHT);
            column.setText(name);
            column.setWidth(name.length() <= 6 ? 64 : 82);
        }
    }

    private static String percent(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f%%", 100 * value);
    }

    private static String fraction(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.4f", value);
    }

    @Override
    public void setFocus() {
        runs.setFocus();
    }
}
