package dev.dendrite.analysis.ui.internal;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.LineStyle;

import dev.dendrite.launching.internal.RunOod;
import dev.dendrite.launching.ui.internal.ChartRanges;

/**
 * Out-of-distribution detection of a run's classifier in a non-modal dialog: per other data set, how
 * well each score tells it from the test split (ROC AUC, the best marked), the chosen score's
 * histograms of both sides with the threshold that keeps 95% of the test split, and the set's
 * samples the model is surest of. Each Check runs {@code dendrite ood} in a trainer JVM; the run
 * keeps the last report, shown on opening.
 */
public final class OodDialog extends SideDialog {

    private static final String[] SCORES = {"msp", "max-logit", "energy", "entropy", "odin", "mahalanobis", "knn"};

    private final Path run;
    private Text against;
    private Spinner samples;
    private Spinner fitSamples;
    private Combo score;
    private Combo background;
    /** The runs the Background box offers, after its "(none)". */
    private java.util.List<Path> backgrounds = java.util.List.of();
    private Button start;
    private Label status;
    private Table table;
    private Chart histogram;
    private OodExamplesStrip examples;
    private RunOod.Report shown;

    OodDialog(Shell parent, Path run) {
        super(parent, "Out-of-distribution detection of " + run.getFileName(), new Point(1300, 760), false);
        this.run = run;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(11, false));
        new Label(area, SWT.NONE).setText("Against:");
        against = new Text(area, SWT.BORDER);
        GridData againstData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        againstData.widthHint = 320;
        against.setLayoutData(againstData);
        against.setMessage("the other packaged set, noise, inverted, held-out");
        against.setToolTipText("data sets (mnist, fashion-mnist, idx:...) or the controls noise (uniform values), inverted (the test pictures' "
                + "negatives) and held-out (the class a run trained with --hold-out never saw), separated by commas");
        new Label(area, SWT.NONE).setText("Samples:");
        samples = new Spinner(area, SWT.BORDER);
        samples.setValues(2000, 10, 100_000, 0, 100, 1000);
        samples.setToolTipText("the first samples of the test split and of each other set");
        new Label(area, SWT.NONE).setText("Fit on:");
        fitSamples = new Spinner(area, SWT.BORDER);
        fitSamples.setValues(5000, 0, 100_000, 0, 500, 5000);
        fitSamples.setToolTipText("training samples the feature scores (Mahalanobis, k-NN) are fitted on; 0 leaves them out");
        new Label(area, SWT.NONE).setText("Score:");
        score = new Combo(area, SWT.READ_ONLY);
        score.setItems(SCORES);
        score.select(0);
        GridData scoreData = new GridData();
        scoreData.widthHint = 150;
        score.setLayoutData(scoreData);
        score.setToolTipText("the score whose histograms are drawn: msp (maximum softmax probability), max-logit, energy (log-sum-exp of "
                + "the logits), entropy (negative), odin (the softmax at a high temperature after a small input step), mahalanobis and knn "
                + "(distances of the penultimate features to the training samples')");
        score.addListener(SWT.Selection, e -> drawHistogram());
        new Label(area, SWT.NONE).setText("Background:");
        background = new Combo(area, SWT.READ_ONLY);
        backgrounds = otherRuns();
        java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of("(none)"));
        backgrounds.forEach(r -> names.add(r.getFileName().toString()));
        background.setItems(names.toArray(String[]::new));
        background.select(0);
        background.setToolTipText("for an autoencoder: another run's autoencoder of the same data, trained on perturbed inputs (--augment "
                + "mutate:20), whose loss less the model's is the likelihood ratio (Ren et al., 2019): what both find likely alike cancels");
        start = new Button(area, SWT.PUSH);
        start.setText("Check");
        start.addListener(SWT.Selection, e -> check());
        status = new Label(area, SWT.WRAP);
        GridData statusData = new GridData(SWT.FILL, SWT.CENTER, true, false, 11, 1);
        statusData.widthHint = 1220;
        status.setLayoutData(statusData);
        SashForm body = new SashForm(area, SWT.HORIZONTAL);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 11, 1));
        SashForm left = new SashForm(body, SWT.VERTICAL);
        table = new Table(left, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setToolTipText("ROC AUC of each score against the test split (1: every test sample above every other; 0.5: chance); "
                + "* the set's best; conf.: the mean maximum softmax probability");
        table.addListener(SWT.Selection, e -> {
            examples.select(table.getSelectionIndex());
            drawHistogram();
        });
        examples = new OodExamplesStrip(left);
        left.setWeights(1, 2);
        histogram = new Chart(body, SWT.NONE);
        histogram.getTitle().setText("Scores of both sides");
        histogram.getLegend().setPosition(SWT.BOTTOM);
        body.setWeights(1, 1);
        RunOod.Report kept = RunOod.kept(run);
        if (kept != null) {
            show(kept, "kept from the last check of " + run.getFileName());
        } else {
            status.setText("Check scores the test split and other data sets (other pictures, noise, negatives, a class never seen) by the "
                    + "model's confidence, logits and features, and measures how well each score tells them apart");
        }
        return area;
    }

    /** The finished runs beside this one, which the Background box offers. */
    private java.util.List<Path> otherRuns() {
        try (var siblings = java.nio.file.Files.list(run.toAbsolutePath().getParent())) {
            return siblings.filter(p -> !p.equals(run.toAbsolutePath()) && SimilarityView.finished(p)).sorted().toList();
        } catch (java.io.IOException | RuntimeException e) {
            return java.util.List.of();
        }
    }

    /** Chooses the Background box's run (tests; null: none). */
    public void chooseBackground(Path chosen) {
        background.select(chosen == null ? 0 : backgrounds.indexOf(chosen) + 1);
    }

    /** Sets the check and presses Check (tests): {@code sets} comma-separated, or blank for the defaults. */
    public void check(String sets, int count, int fitted) {
        against.setText(sets);
        samples.setSelection(count);
        fitSamples.setSelection(fitted);
        check();
    }

    /** Chooses the set (a table row) and the score drawn (tests). */
    public void choose(int set, String scoreKey) {
        table.setSelection(set);
        examples.select(set);
        score.select(java.util.Arrays.asList(score.getItems()).indexOf(scoreKey));
        drawHistogram();
    }

    /** The report shown, or null (tests). */
    public RunOod.Report shown() {
        return shown;
    }

    /** The status line (tests). */
    public String statusText() {
        return status.isDisposed() ? "" : status.getText();
    }

    /** The table's cell (tests). */
    public String cell(int row, int column) {
        return table.getItem(row).getText(column);
    }

    /** The samples drawn (tests). */
    public int examplesDrawn() {
        return examples.drawn();
    }

    /** The histogram chart's series (tests). */
    public int histogramSeries() {
        return histogram.getSeriesSet().getSeries().length;
    }

    private void check() {
        String sets = against.getText().strip();
        int n = samples.getSelection();
        int fitted = fitSamples.getSelection();
        String progress = String.format(Locale.ROOT, "Scoring %,d samples of each side%s...", n, fitted > 0 ? String.format(Locale.ROOT,
                ", the feature scores fitted on %,d training samples", fitted) : "");
        Path chosen = background.getSelectionIndex() > 0 ? backgrounds.get(background.getSelectionIndex() - 1) : null;
        inTrainer(start, status, progress, "Checking " + run.getFileName() + " against other data", "Check cancelled",
                monitor -> RunOod.run(run, sets, n, fitted, chosen, monitor), done -> show(done, "kept in the run"));
    }

    private void show(RunOod.Report report, String where) {
        shown = report;
        status.setText(summary(report) + " (" + where + ")");
        status.getParent().layout(true);
        fillTable(report);
        examples.show(report);
        // An autoencoder's scores: its reconstruction error, and a variational one's loss as trained and KL term.
        score.setItems(report.autoencoder() ? report.scores().toArray(String[]::new) : SCORES);
        if (!report.sets().isEmpty()) {
            table.setSelection(0);
            score.select(java.util.Arrays.asList(score.getItems()).indexOf(report.sets().get(0).best()));
        }
        drawHistogram();
    }

    static String summary(RunOod.Report r) {
        StringBuilder text = new StringBuilder(r.autoencoder() ? String.format(Locale.ROOT, "%,d samples of %s rebuilt with a mean squared "
                + "error of %.4g", r.samples(), r.in(), r.meanError()) : String.format(Locale.ROOT, "%,d samples of %s: accuracy %.1f%%, mean "
                        + "confidence %.3f", r.samples(), r.in(), 100 * r.accuracy(), r.confidence()));
        for (RunOod.OutSet set : r.sets()) {
            RunOod.Metrics best = set.metrics().get(set.best());
            text.append(String.format(Locale.ROOT, "; %s told apart best by %s (ROC AUC %.3f, %.0f%% let through)", set.name(), set.best(),
                    best.auroc(), 100 * best.fprAt95()));
            if (!r.autoencoder() && set.confidence() >= r.confidence() - 0.02) {
                text.append(", read as surely as the test split");
            }
        }
        r.skipped().forEach((key, why) -> text.append("; ").append(key).append(" not computed: ").append(why));
        return text.toString();
    }

    private void fillTable(RunOod.Report report) {
        table.removeAll();
        for (TableColumn column : table.getColumns()) {
            column.dispose();
        }
        String[] titles = new String[report.scores().size() + 2];
        titles[0] = "Set";
        titles[1] = report.autoencoder() ? "Error" : "Conf.";
        for (int s = 0; s < report.scores().size(); s++) {
            titles[s + 2] = report.scores().get(s);
        }
        for (int c = 0; c < titles.length; c++) {
            new TableColumn(table, c == 0 ? SWT.LEFT : SWT.RIGHT).setText(titles[c]);
        }
        for (RunOod.OutSet set : report.sets()) {
            TableItem item = new TableItem(table, SWT.NONE);
            String[] cells = new String[titles.length];
            cells[0] = set.name();
            cells[1] = report.autoencoder() ? String.format(Locale.ROOT, "%.4g", set.meanError()) : String.format(Locale.ROOT, "%.3f", set
                    .confidence());
            for (int s = 0; s < report.scores().size(); s++) {
                String key = report.scores().get(s);
                cells[s + 2] = String.format(Locale.ROOT, "%.3f%s", set.metrics().get(key).auroc(), key.equals(set.best()) ? " *" : "");
            }
            item.setText(cells);
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
    }

    /** The chosen score's share of each side per bin, and the threshold that keeps 95% of the test split. */
    private void drawHistogram() {
        if (shown == null || shown.sets().isEmpty()) {
            return;
        }
        int index = Math.max(0, table.getSelectionIndex());
        RunOod.OutSet set = shown.sets().get(index);
        String key = score.getItem(Math.max(0, score.getSelectionIndex()));
        histogram.suspendUpdate(true);
        ChartLines.clear(histogram);
        RunOod.Histogram h = set.histograms().get(key);
        if (h == null) {
            histogram.getTitle().setText(key + " was not computed: " + shown.skipped().getOrDefault(key, "see the status line"));
        } else {
            histogram.getTitle().setText(String.format(Locale.ROOT, "%s: ROC AUC %.3f, %.0f%% let through", key, set.metrics().get(key).auroc(),
                    100 * set.metrics().get(key).fprAt95()));
            int bins = h.in().length;
            double width = (h.high() - h.low()) / bins;
            double[] x = new double[bins];
            for (int b = 0; b < bins; b++) {
                x[b] = h.low() + (b + 0.5) * width;
            }
            ChartLines.line(histogram, "test split (" + shown.in() + ")", x, shares(h.in()), SWT.COLOR_DARK_BLUE, LineStyle.SOLID, false, true);
            ChartLines.line(histogram, set.name(), x, shares(h.out()), SWT.COLOR_DARK_RED, LineStyle.SOLID, false, true);
            double threshold = set.metrics().get(key).threshold();
            double top = java.util.stream.DoubleStream.concat(java.util.Arrays.stream(shares(h.in())), java.util.Arrays.stream(shares(h.out())))
                    .max().orElse(1);
            ChartLines.line(histogram, "threshold keeping 95% of the test split", new double[] {threshold, threshold}, new double[] {0, top},
                    SWT.COLOR_DARK_GRAY, LineStyle.DASH, false, true);
            histogram.getAxisSet().getXAxis(0).getTitle().setText(key + " (higher: more like the training data)");
            histogram.getAxisSet().getYAxis(0).getTitle().setText("share of the side's samples (%)");
        }
        histogram.suspendUpdate(false);
        histogram.updateLayout();
        histogram.getAxisSet().adjustRange();
        ChartRanges.fit(histogram);
        histogram.redraw();
    }

    private static double[] shares(int[] counts) {
        double total = java.util.Arrays.stream(counts).sum();
        return java.util.Arrays.stream(counts).mapToDouble(c -> total > 0 ? 100 * c / total : 0).toArray();
    }
}
