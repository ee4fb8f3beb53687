package dev.dendrite.analysis.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.LineStyle;

import dev.dendrite.launching.internal.RunEnsemble;
import dev.dendrite.launching.ui.internal.ChartRanges;
import dev.dendrite.launching.ui.internal.ViewExports;
import dev.dendrite.train.run.RunReader;

/**
 * A deep ensemble of the chosen run and other runs on its data set, in a non-modal dialog: the runs
 * to add (those of the same network ticked), then each member's scores beside the ensemble's, its
 * uncertainty split, the accuracy on the share of samples each confidence keeps (risk-coverage), and
 * other data sets told apart. Score runs {@code dendrite ensemble} in a trainer JVM, and saves the
 * ensemble as one ONNX model in the chosen run's ensemble/ folder where asked. For a network trained
 * with dropout, MC dropout passes make the ensemble of the run alone (its passes with dropout on).
 */
public final class EnsembleDialog extends SideDialog {

    private static final int[] COLOURS = {SWT.COLOR_DARK_BLUE, SWT.COLOR_DARK_GREEN, SWT.COLOR_DARK_MAGENTA, SWT.COLOR_DARK_RED};

    private final Path run;
    private final List<Path> candidates = new ArrayList<>();
    private Table others;
    private Spinner samples;
    private Spinner passes;
    private Button save;
    private Button start;
    private Label status;
    private Table scores;
    private Table sets;
    private Chart coverage;
    private RunEnsemble.Outcome shown;

    EnsembleDialog(Shell parent, Path run) {
        super(parent, "Ensemble of " + run.getFileName() + " and other runs", new Point(1300, 780), false);
        this.run = run;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(7, false));
        Label members = new Label(area, SWT.NONE);
        members.setText(run.getFileName() + " and the runs ticked below (trained on its data set)");
        members.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(area, SWT.NONE).setText("Samples:");
        samples = new Spinner(area, SWT.BORDER);
        samples.setValues(2000, 10, 100_000, 0, 100, 1000);
        samples.setToolTipText("the first test samples scored (and of each other data set)");
        new Label(area, SWT.NONE).setText("MC dropout passes:");
        passes = new Spinner(area, SWT.BORDER);
        passes.setValues(0, 0, 1000, 0, 5, 10);
        boolean dropout = hasDropout(run);
        passes.setEnabled(dropout);
        // MC dropout scores the run alone: the runs to tick and saving (models trained apart, merged) do not apply.
        passes.addListener(SWT.Modify, e -> {
            members.setText(passes.getSelection() == 0 ? run.getFileName() + " and the runs ticked below (trained on its data set)"
                    : run.getFileName() + " alone: its passes with dropout on are the members");
            others.setEnabled(passes.getSelection() == 0);
            save.setEnabled(passes.getSelection() == 0);
        });
        passes.setToolTipText(dropout ? "0: the ticked runs; 2 or more: the ensemble of " + run.getFileName() + " alone, its passes with "
                + "dropout on (Monte Carlo dropout), beside the network with dropout off" : run.getFileName() + "'s network has no dropout layer: "
                        + "MC dropout needs one");
        save = new Button(area, SWT.CHECK);
        save.setText("Save as ONNX");
        save.setToolTipText("also write the ensemble as one ONNX model (the members side by side, their mean probability out) as "
                + "ensemble/ensemble.onnx in " + run.getFileName() + ": Predict, Evaluate and other tools read it as any classifier");
        start = new Button(area, SWT.PUSH);
        start.setText("Score");
        start.addListener(SWT.Selection, e -> score());
        status = new Label(area, SWT.WRAP);
        GridData statusData = new GridData(SWT.FILL, SWT.CENTER, true, false, 7, 1);
        statusData.widthHint = 1220;
        status.setLayoutData(statusData);
        SashForm body = new SashForm(area, SWT.HORIZONTAL);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 7, 1));
        SashForm left = new SashForm(body, SWT.VERTICAL);
        others = new Table(left, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION);
        others.setHeaderVisible(true);
        new TableColumn(others, SWT.LEFT).setText("Other runs on the same data set");
        new TableColumn(others, SWT.LEFT).setText("Network");
        scores = table(left, "Model", "Accuracy", "Log loss", "Calibration error");
        sets = table(left, "Other data", "ens. msp", "ens. entropy", "mutual info", "member msp", "epistemic");
        for (TableColumn column : sets.getColumns()) {
            column.setToolTipText("ROC AUC of telling each other data set from the test split by the ensemble's maximum probability, its "
                    + "negative entropy, the negative mutual information and the first member's maximum probability; and the set's mean "
                    + "epistemic uncertainty (the members' disagreement, in nats)");
        }
        left.setWeights(3, 2, 2);
        coverage = new Chart(body, SWT.NONE);
        coverage.getTitle().setText("Accuracy on the samples kept");
        coverage.getLegend().setPosition(SWT.BOTTOM);
        body.setWeights(11, 9);
        listCandidates();
        status.setText(candidates.isEmpty() ? "No other finished run on " + dataset(run) + ": train the network again with other seeds "
                + "(or other settings) to make an ensemble" : "Score averages the ticked runs' class probabilities with " + run.getFileName()
                        + "'s and compares the ensemble with each member");
        return area;
    }

    private static Table table(Composite parent, String... titles) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int c = 0; c < titles.length; c++) {
            new TableColumn(table, c == 0 ? SWT.LEFT : SWT.RIGHT).setText(titles[c]);
        }
        pack(table);
        return table;
    }

    private static void pack(Table table) {
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
    }

    /**
     * The workspace's other finished runs on the chosen run's data set and of its kind (classifiers, which report a test accuracy, or
     * not: an autoencoder of the same digits is no member of a digit classifier's ensemble), those of its network ticked.
     */
    private void listCandidates() {
        String dataset = dataset(run);
        String network = network(run);
        boolean classifier = classifier(run);
        for (Path other : ViewExports.workspaceFolders(4, EvaluationView::finished)) {
            if (!other.equals(run) && Objects.equals(dataset(other), dataset) && classifier(other) == classifier) {
                candidates.add(other);
                TableItem item = new TableItem(others, SWT.NONE);
                item.setText(new String[] {other.getParent().getFileName() + "/" + other.getFileName(), String.valueOf(network(other))});
                item.setChecked(network != null && network.equals(network(other)));
            }
        }
        pack(others);
    }

    /** Whether the run's model embeds a network with a dropout layer (what MC dropout samples). */
    private static boolean hasDropout(Path run) {
        try {
            var model = ai.onnx.proto.OnnxMl.ModelProto.parseFrom(java.nio.file.Files.readAllBytes(run.resolve("model.onnx")));
            return !dev.dendrite.analysis.ensemble.McDropout.rates(model, run.getFileName().toString()).isEmpty();
        } catch (java.io.IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean classifier(Path run) {
        try {
            return !Double.isNaN(RunReader.readWithoutMetrics(run).testAccuracy());
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static String dataset(Path run) {
        return setting(run, "dataset");
    }

    private static String network(Path run) {
        return setting(run, "network");
    }

    private static String setting(Path run, String key) {
        try {
            return RunReader.readWithoutMetrics(run).config().get(key) instanceof String s ? s : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** Ticks exactly {@code chosen} among the listed runs and presses Score (tests). */
    public void score(List<Path> chosen, int count, boolean saved) {
        for (int i = 0; i < candidates.size(); i++) {
            others.getItem(i).setChecked(chosen.contains(candidates.get(i)));
        }
        samples.setSelection(count);
        save.setSelection(saved);
        score();
    }

    /** Scores {@code count} MC dropout passes of the run alone (tests). */
    public void mcDropout(int count, int sampleCount) {
        passes.setSelection(count);
        samples.setSelection(sampleCount);
        score();
    }

    /** The runs listed to add (tests). */
    public List<Path> candidates() {
        return List.copyOf(candidates);
    }

    /** The report shown, or null (tests). */
    public RunEnsemble.Outcome shown() {
        return shown;
    }

    /** The status line (tests). */
    public String statusText() {
        return status.isDisposed() ? "" : status.getText();
    }

    /** The scores table's rows (tests). */
    public int scoreRows() {
        return scores.getItemCount();
    }

    /** The coverage chart's series (tests). */
    public int coverageSeries() {
        return coverage.getSeriesSet().getSeries().length;
    }

    private void score() {
        if (passes.getSelection() > 0) {
            scoreMcDropout(passes.getSelection());
            return;
        }
        List<Path> members = new ArrayList<>(List.of(run));
        for (int i = 0; i < candidates.size(); i++) {
            if (others.getItem(i).getChecked()) {
                members.add(candidates.get(i));
            }
        }
        if (members.size() < 2) {
            status.setText("Tick one run or more to average with " + run.getFileName());
            return;
        }
        int n = samples.getSelection();
        Path file = save.getSelection() ? run.resolve("ensemble").resolve("ensemble.onnx") : null;
        inTrainer(start, status, String.format(Locale.ROOT, "Scoring an ensemble of %d runs on %,d test samples...", members.size(), n),
                "Scoring an ensemble of " + members.size() + " runs", "Scoring cancelled", monitor -> RunEnsemble.run(members, n, file, monitor),
                this::show);
    }

    private void scoreMcDropout(int count) {
        if (count < 2) {
            status.setText("MC dropout averages two passes or more");
            return;
        }
        int n = samples.getSelection();
        inTrainer(start, status, String.format(Locale.ROOT, "Scoring %d MC dropout passes of %s on %,d test samples...", count, run.getFileName(),
                n), "Scoring MC dropout passes", "Scoring cancelled", monitor -> RunEnsemble.mcDropout(run, count, n, monitor), this::show);
    }

    private void show(RunEnsemble.Outcome outcome) {
        shown = outcome;
        if (outcome instanceof RunEnsemble.RegressionReport regression) {
            showRegression(regression);
            return;
        }
        RunEnsemble.Report report = (RunEnsemble.Report) outcome;
        status.setText(summary(report));
        status.getParent().layout(true);
        titles(scores, "Model", "Accuracy", "Log loss", "Calibration error");
        sets.setVisible(true);
        sets.getColumn(4).setText(report.single() != null ? "dropout off msp" : "member msp");
        sets.getParent().layout(true);
        if (report.single() != null) {
            // A row per pass would be dozens of near twins: their mean stands for one pass.
            row(scores, "dropout off", report.single());
            row(scores, "one pass (mean of " + report.members().size() + ")", new RunEnsemble.Scores("pass", report.members().stream()
                    .mapToDouble(RunEnsemble.Scores::accuracy).average().orElse(Double.NaN), report.members().stream().mapToDouble(
                            RunEnsemble.Scores::logLoss).average().orElse(Double.NaN), report.members().stream().mapToDouble(
                                    RunEnsemble.Scores::calibrationError).average().orElse(Double.NaN)));
            row(scores, "MC dropout mean", report.ensemble());
        } else {
            for (RunEnsemble.Scores s : report.members()) {
                row(scores, Path.of(s.name()).getFileName().toString(), s);
            }
            row(scores, "ensemble", report.ensemble());
        }
        TableItem mean = scores.getItem(scores.getItemCount() - 1);
        if (report.scaled() != null) {
            RunEnsemble.Scaled t = report.scaled();
            row(scores, String.format(Locale.ROOT, "  ÷ temperature %.2f", t.temperature()), new RunEnsemble.Scores("scaled", report.ensemble()
                    .accuracy(), t.logLoss(), t.calibrationError()));
        }
        mean.setFont(org.eclipse.jface.resource.JFaceResources.getFontRegistry().getBold(org.eclipse.jface.resource.JFaceResources
                .DEFAULT_FONT));
        pack(scores);
        sets.removeAll();
        for (RunEnsemble.OutSet set : report.sets()) {
            List<String> cells = new ArrayList<>(List.of(set.name()));
            set.auroc().values().forEach(a -> cells.add(String.format(Locale.ROOT, "%.3f", a)));
            cells.add(String.format(Locale.ROOT, "%.4f", set.uncertainty().epistemic()));
            new TableItem(sets, SWT.NONE).setText(cells.toArray(String[]::new));
        }
        pack(sets);
        drawCoverage(report);
    }

    /** Regressors: their errors beside the ensemble's, and the mean prediction with the members' spread along the one input. */
    private void showRegression(RunEnsemble.RegressionReport report) {
        double best = report.members().stream().mapToDouble(RunEnsemble.Errors::mse).min().orElse(Double.NaN);
        status.setText(String.format(Locale.ROOT, "%d regressors on %,d %s samples: ensemble MSE %.3g (the best member's %.3g); the members' "
                + "variance %.3g, its rank correlation with the squared error %.2f%s", report.members().size(), report.samples(), report.split(),
                report.ensemble().mse(), best, report.meanVariance(), report.errorRankCorrelation(), report.saved() == null ? "" : "; saved as "
                        + report.saved()));
        status.getParent().layout(true);
        titles(scores, "Model", "MSE", "MAE");
        for (RunEnsemble.Errors e : report.members()) {
            new TableItem(scores, SWT.NONE).setText(new String[] {Path.of(e.name()).getFileName().toString(), String.format(Locale.ROOT, "%.6f", e
                    .mse()), String.format(Locale.ROOT, "%.6f", e.mae())});
        }
        new TableItem(scores, SWT.NONE).setText(new String[] {"ensemble", String.format(Locale.ROOT, "%.6f", report.ensemble().mse()), String
                .format(Locale.ROOT, "%.6f", report.ensemble().mae())});
        scores.getItem(scores.getItemCount() - 1).setFont(org.eclipse.jface.resource.JFaceResources.getFontRegistry().getBold(
                org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT));
        pack(scores);
        sets.removeAll();
        // Other data sets are told apart by a classifier's confidence: a regression ensemble has none.
        sets.setVisible(false);
        sets.getParent().layout(true);
        coverage.suspendUpdate(true);
        ChartLines.clear(coverage);
        RunEnsemble.Band band = report.band();
        if (band == null) {
            coverage.getTitle().setText("More than one input or output: no curve along the input");
        } else {
            coverage.getTitle().setText("Mean prediction ± 2 standard deviations");
            double[] upper = new double[band.x().length];
            double[] lower = new double[band.x().length];
            double top = Double.NEGATIVE_INFINITY;
            double bottom = Double.POSITIVE_INFINITY;
            for (int i = 0; i < upper.length; i++) {
                upper[i] = band.mean()[i] + 2 * band.std()[i];
                lower[i] = band.mean()[i] - 2 * band.std()[i];
                top = Math.max(top, upper[i]);
                bottom = Math.min(bottom, lower[i]);
            }
            ChartLines.line(coverage, "ensemble mean", band.x(), band.mean(), SWT.COLOR_DARK_BLUE, LineStyle.SOLID, false, true);
            ChartLines.line(coverage, "mean ± 2 standard deviations of the members", band.x(), upper, SWT.COLOR_DARK_RED, LineStyle.DASH, false,
                    true);
            ChartLines.line(coverage, "lower", band.x(), lower, SWT.COLOR_DARK_RED, LineStyle.DASH, false, false);
            ChartLines.line(coverage, "the data's span", new double[] {band.low(), band.low()}, new double[] {bottom, top}, SWT.COLOR_DARK_GRAY,
                    LineStyle.DOT, false, true);
            ChartLines.line(coverage, "high end", new double[] {band.high(), band.high()}, new double[] {bottom, top}, SWT.COLOR_DARK_GRAY,
                    LineStyle.DOT, false, false);
            coverage.getAxisSet().getXAxis(0).getTitle().setText("input");
            coverage.getAxisSet().getYAxis(0).getTitle().setText("prediction");
        }
        coverage.suspendUpdate(false);
        coverage.updateLayout();
        coverage.getAxisSet().adjustRange();
        ChartRanges.fit(coverage);
        coverage.redraw();
    }

    /** Gives {@code table} these columns, its rows cleared. */
    private static void titles(Table table, String... titles) {
        table.removeAll();
        for (TableColumn column : table.getColumns()) {
            column.dispose();
        }
        for (int c = 0; c < titles.length; c++) {
            new TableColumn(table, c == 0 ? SWT.LEFT : SWT.RIGHT).setText(titles[c]);
        }
    }

    private static void row(Table table, String name, RunEnsemble.Scores s) {
        new TableItem(table, SWT.NONE).setText(new String[] {name, String.format(Locale.ROOT, "%.2f%%", 100 * s.accuracy()), String.format(
                Locale.ROOT, "%.4f", s.logLoss()), String.format(Locale.ROOT, "%.4f", s.calibrationError())});
    }

    static String summary(RunEnsemble.Report r) {
        if (r.single() != null) {
            return String.format(Locale.ROOT, "MC dropout, %d passes on %,d %s samples: %.2f%% (%+.2f points over dropout off), passes disagree "
                    + "on %.1f%%; epistemic uncertainty %.3f nats on right samples, %.3f on wrong ones", r.members().size(), r.samples(), r
                            .split(), 100 * r.ensemble().accuracy(), 100 * (r.ensemble().accuracy() - r.single().accuracy()), 100 * r.disagreement(),
                    r.uncertainty().get("right").epistemic(), r.uncertainty().get("wrong").epistemic());
        }
        double best = r.members().stream().mapToDouble(RunEnsemble.Scores::accuracy).max().orElse(Double.NaN);
        RunEnsemble.Parts right = r.uncertainty().get("right");
        RunEnsemble.Parts wrong = r.uncertainty().get("wrong");
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%d members on %,d %s samples: ensemble %.2f%% (%+.2f points over the "
                + "best member), oracle %.1f%%, members disagree on %.1f%%; epistemic uncertainty %.3f nats on right samples, %.3f on wrong ones",
                r.members().size(), r.samples(), r.split(), 100 * r.ensemble().accuracy(), 100 * (r.ensemble().accuracy() - best), 100 * r
                        .oracleAccuracy(), 100 * r.disagreement(), right.epistemic(), wrong.epistemic()));
        if (r.saved() != null) {
            text.append("; saved as ").append(r.saved());
        }
        return text.toString();
    }

    /** Accuracy against the share of samples kept, surest first, per confidence. */
    private void drawCoverage(RunEnsemble.Report report) {
        coverage.suspendUpdate(true);
        ChartLines.clear(coverage);
        coverage.getTitle().setText("Accuracy on the samples kept");
        int k = 0;
        for (var entry : report.selective().entrySet()) {
            double[] curve = entry.getValue().curve();
            double[] x = new double[curve.length];
            double[] y = new double[curve.length];
            for (int i = 0; i < curve.length; i++) {
                x[i] = 100.0 * (i + 1) / curve.length;
                y[i] = 100 * curve[i];
            }
            String name = entry.getKey().equals("member-msp") && report.single() != null ? "dropout off" : entry.getKey();
            ChartLines.line(coverage, String.format(Locale.ROOT, "%s (AURC %.4f)", name, entry.getValue().aurc()), x, y, COLOURS[k++
                    % COLOURS.length], entry.getKey().equals("member-msp") ? LineStyle.DASH : LineStyle.SOLID, true, true);
        }
        coverage.getAxisSet().getXAxis(0).getTitle().setText("samples kept, surest first (%)");
        coverage.getAxisSet().getYAxis(0).getTitle().setText("accuracy on them (%)");
        coverage.suspendUpdate(false);
        coverage.updateLayout();
        coverage.getAxisSet().adjustRange();
        ChartRanges.fit(coverage);
        coverage.redraw();
    }
}
